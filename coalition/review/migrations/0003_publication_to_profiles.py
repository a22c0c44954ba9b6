"""Publications moved to the profiles app: the table is renamed here and the model taken up by ``profiles.0004``."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('review', '0002_editor_to_editorial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.AlterModelTable(name='publication', table='profiles_publication')],
            state_operations=[migrations.DeleteModel(name='Publication')],
        ),
    ]
