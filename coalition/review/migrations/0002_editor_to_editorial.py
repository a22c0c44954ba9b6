"""Roles moved to the editorial app: the table is renamed here and the model taken up by ``editorial.0001``."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('review', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.AlterModelTable(name='editor', table='editorial_editor')],
            state_operations=[migrations.DeleteModel(name='Editor')],
        ),
    ]
