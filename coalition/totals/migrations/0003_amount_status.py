from django.db import migrations, models


def copy_status(apps, schema_editor):
    schema_editor.execute(
        "UPDATE totals_claimamount SET status = "
        "(SELECT status FROM claims_claim WHERE claims_claim.id = totals_claimamount.claim_id)"
    )


class Migration(migrations.Migration):
    dependencies = [("totals", "0002_rollups")]

    operations = [
        migrations.AddField(
            model_name="claimamount",
            name="status",
            field=models.CharField(
                choices=[("draft", "draft"), ("accepted", "accepted"), ("rejected", "rejected")],
                default="draft",
                max_length=10,
                verbose_name="review status",
            ),
            preserve_default=False,
        ),
        migrations.RunPython(copy_status, migrations.RunPython.noop),
        migrations.RemoveIndex(model_name="claimamount", name="amount_restatement"),
        migrations.AddIndex(
            model_name="claimamount",
            index=models.Index(fields=["restatement_key", "status", "as_of"], name="amount_restatement_status"),
        ),
    ]
