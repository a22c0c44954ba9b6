import django.db.models.deletion
from django.db import migrations, models

SERIES = [('annual', 'per year'), ('year', 'in a named year'), ('cumulative', 'cumulative'), ('undated', 'no period stated')]


def forget_stored_totals(apps, schema_editor):
    """Stored cells are derived data: they are rebuilt per partner and series at the next total."""
    for name in ("PartnerCell", "PartnerExclusion", "PartnerTotal", "Cell", "RollupExclusion", "Rollup"):
        apps.get_model("totals", name).objects.all().delete()
    if schema_editor.connection.vendor == "postgresql":
        # Check the deferred foreign keys now: PostgreSQL alters no table with checks still pending.
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0002_countries"),
        ("totals", "0005_cells_version"),
    ]

    operations = [
        migrations.RunPython(forget_stored_totals, migrations.RunPython.noop),
        migrations.DeleteModel(name="PartnerVersion"),
        migrations.CreateModel(
            name="PartnerVersion",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("series", models.CharField(choices=SERIES, max_length=12, verbose_name="series")),
                ("version", models.PositiveBigIntegerField(default=0, verbose_name="version")),
                (
                    "partner",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="partners.partner",
                        verbose_name="partner",
                    ),
                ),
            ],
            options={"verbose_name": "partner data version", "verbose_name_plural": "partner data versions"},
        ),
        migrations.AddConstraint(
            model_name="partnerversion",
            constraint=models.UniqueConstraint(fields=("partner", "series"), name="partner_version_once"),
        ),
        migrations.RemoveConstraint(model_name="partnertotal", name="partner_total_once"),
        migrations.AddField(
            model_name="partnertotal",
            name="series",
            field=models.CharField(choices=SERIES, default="undated", max_length=12, verbose_name="series"),
            preserve_default=False,
        ),
        migrations.AddConstraint(
            model_name="partnertotal",
            constraint=models.UniqueConstraint(
                fields=("scope", "kind", "unit", "grouping", "partner", "series"), name="partner_total_once"
            ),
        ),
    ]
