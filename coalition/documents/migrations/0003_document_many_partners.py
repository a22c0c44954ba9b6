# A document that names many partners has no partner of its own (issue 16).

import django.db.models.deletion
from django.db import migrations, models

from coalition.documents.span_triggers import sqlite_span_triggers


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0003_review_flags'),
        ('documents', '0002_document_date_source'),
        ('partners', '0002_countries'),
        ('profiles', '0002_span_trigger'),
    ]

    operations = [
        sqlite_span_triggers(install=False),
        migrations.AlterField(
            model_name='sourcedocument',
            name='partner',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='documents', to='partners.partner', verbose_name='partner'),
        ),
        sqlite_span_triggers(install=True),
    ]
