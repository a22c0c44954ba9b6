"""Reasons to look twice at a claim, one row per reason."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0002_lines_and_span_trigger'),
    ]

    operations = [
        migrations.CreateModel(
            name='ReviewFlag',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('reason', models.CharField(choices=[('currency_inferred', 'currency inferred'), ('place_from_heading', 'place taken from a heading'), ('place_from_reference', 'place taken from an earlier sentence'), ('no_period', 'no period'), ('shared_sentence', 'another figure in the same sentence'), ('outlier', "far larger than the partner's other figures")], max_length=24, verbose_name='reason')),
                ('claim', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='review_flags', to='claims.claim', verbose_name='claim')),
            ],
            options={
                'verbose_name': 'review flag',
                'verbose_name_plural': 'review flags',
                'ordering': ['claim', 'reason'],
                'indexes': [models.Index(fields=['reason', 'claim'], name='review_flag_reason')],
                'constraints': [models.UniqueConstraint(fields=('claim', 'reason'), name='review_flag_once'), models.CheckConstraint(condition=models.Q(('reason__in', ['currency_inferred', 'place_from_heading', 'place_from_reference', 'no_period', 'shared_sentence', 'outlier'])), name='review_flag_reason_known')],
            },
        ),
    ]
