"""Editors and roles, taken over from the review app with their rows (``review.0002`` renamed the table)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def content_type_to_editorial(apps, schema_editor, *, source="review", target="editorial"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label=source, model="editor").update(app_label=target)


def content_type_to_review(apps, schema_editor):
    content_type_to_editorial(apps, schema_editor, source="editorial", target="review")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('partners', '0002_countries'),
        ('review', '0002_editor_to_editorial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Editor',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('role', models.CharField(choices=[('secretariat', 'secretariat editor'), ('partner-editor', 'partner editor')], max_length=20, verbose_name='role')),
                        ('partners', models.ManyToManyField(blank=True, help_text='Only for partner editors: the partners they may edit.', related_name='editors', to='partners.partner', verbose_name='partners')),
                        ('user', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='editor', to=settings.AUTH_USER_MODEL, verbose_name='user')),
                    ],
                    options={
                        'verbose_name': 'editor',
                        'verbose_name_plural': 'editors',
                        'constraints': [models.CheckConstraint(condition=models.Q(('role__in', ['secretariat', 'partner-editor'])), name='editor_role_valid')],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(content_type_to_editorial, content_type_to_review),
    ]
