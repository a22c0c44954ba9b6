"""Documents keep their own date or none, and say where it came from; dates already stored were given by hand."""

from django.conf import settings
from django.db import migrations, models

from coalition.documents.span_triggers import sqlite_span_triggers


class Migration(migrations.Migration):

    dependencies = [
        ('documents', '0001_initial'),
        ('claims', '0002_lines_and_span_trigger'),
        ('profiles', '0002_span_trigger'),
        ('partners', '0002_countries'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        sqlite_span_triggers(install=False),
        migrations.AlterModelOptions(
            name='sourcedocument',
            options={'get_latest_by': 'as_of', 'ordering': [models.OrderBy(models.F('as_of'), descending=True, nulls_last=True), '-added_at'], 'verbose_name': 'source document', 'verbose_name_plural': 'source documents'},
        ),
        migrations.AddField(
            model_name='sourcedocument',
            name='as_of_source',
            field=models.CharField(blank=True, choices=[('metadata', "the web page's metadata"), ('date_line', 'a date line in the text'), ('dateline', 'the dateline of a press release'), ('as_of', 'an “as of” date in the text'), ('entered', 'entered by hand'), ('', 'unknown')], default='entered', max_length=10, verbose_name='date read from'),
        ),
        migrations.AlterField(
            model_name='sourcedocument',
            name='as_of',
            field=models.DateField(blank=True, help_text='The date the document speaks for.', null=True, verbose_name='as of'),
        ),
        migrations.AddConstraint(
            model_name='sourcedocument',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('as_of__isnull', True), ('as_of_source', '')), models.Q(('as_of__isnull', False), ('as_of_source__in', ['metadata', 'date_line', 'dateline', 'as_of', 'entered'])), _connector='OR'), name='document_date_has_source'),
        ),
        sqlite_span_triggers(install=True),
    ]
