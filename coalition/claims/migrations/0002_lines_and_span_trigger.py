from django.db import migrations

from coalition.documents.span_triggers import span_trigger_operation
from coalition.vocab import LineOfEffort


def add_lines(apps, schema_editor):
    Line = apps.get_model("claims", "Line")
    Line.objects.bulk_create([Line(code=line) for line in LineOfEffort.values], ignore_conflicts=True)


class Migration(migrations.Migration):
    dependencies = [("claims", "0001_initial")]
    operations = [
        migrations.RunPython(add_lines, migrations.RunPython.noop),
        span_trigger_operation("claims_claim", copy_column="evidence"),
    ]
