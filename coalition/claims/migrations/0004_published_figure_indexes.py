"""Indexes for the place and line pages: the published figures naming one place or line are counted by
walking two small indexes (the place's or line's claim ids, and the ids of accepted claims) instead of
reading the claims table. Plain SQL, the same on SQLite and PostgreSQL: the link tables are Django's own."""

from django.db import migrations

INDEXES = {
    "claim_published_id": "claims_claim (id) WHERE status = 'accepted'",
    "claim_place_by_country": "claims_claim_places (country_id, claim_id)",
    "claim_line_by_line": "claims_claim_lines (line_id, claim_id)",
}


class Migration(migrations.Migration):
    dependencies = [("claims", "0003_review_flags")]

    operations = [
        migrations.RunSQL(f"CREATE INDEX {name} ON {target}", reverse_sql=f"DROP INDEX {name}")
        for name, target in INDEXES.items()
    ]
