from django.db import migrations

from coalition.documents.span_triggers import span_trigger_operation


class Migration(migrations.Migration):
    dependencies = [("profiles", "0001_initial")]
    operations = [span_trigger_operation("profiles_statement")]
