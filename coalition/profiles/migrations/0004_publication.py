"""Publications, taken over from the review app with their rows (``review.0003`` renamed the table)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def content_type_to_profiles(apps, schema_editor, *, source="review", target="profiles"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label=source, model="publication").update(app_label=target)


def content_type_to_review(apps, schema_editor):
    content_type_to_profiles(apps, schema_editor, source="profiles", target="review")


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('documents', '0001_initial'),
        ('partners', '0002_countries'),
        ('profiles', '0003_translations'),
        ('review', '0003_publication_to_profiles'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Publication',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('published_at', models.DateTimeField(auto_now_add=True, verbose_name='published at')),
                        ('note', models.CharField(blank=True, max_length=500, verbose_name='note')),
                        ('snapshot', models.JSONField(verbose_name='snapshot')),
                        ('document', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='publications', to='documents.sourcedocument', verbose_name='document')),
                        ('partner', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='publications', to='partners.partner', verbose_name='partner')),
                        ('published_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='published by')),
                        ('restored_from', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='profiles.publication', verbose_name='restored from')),
                    ],
                    options={
                        'verbose_name': 'publication',
                        'verbose_name_plural': 'publications',
                        'ordering': ['-published_at', '-id'],
                        'get_latest_by': ['published_at', 'id'],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(content_type_to_profiles, content_type_to_review),
    ]
