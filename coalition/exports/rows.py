"""One flat row per claim with its provenance: the shape shared by the API, the CSV/JSON/XLSX exports
and the import. ``FORMAT_VERSION`` changes whenever a column is renamed, removed or changes meaning.

Rows are read as plain values (no model instances) and places and lines come from their link tables in
one query per batch: a page of 100 claims or a chunk of an export costs three queries.
"""

from collections import defaultdict
from collections.abc import Iterable, Iterator

from django.db.models import F

from coalition.claims.models import Claim

FORMAT_VERSION = 1

COLUMNS = (
    "id",
    "partner",
    "kind",
    "value",
    "currency",
    "qualifier",
    "period",
    "year",
    "since",
    "stage",
    "mission",
    "places",
    "lines",
    "parent",
    "status",
    "reviewed_by",
    "reviewed_at",
    "version",
    "position",
    "evidence",
    "evidence_start",
    "evidence_end",
    "document_sha256",
    "document_title",
    "document_as_of",
    "document_source_url",
    "created_at",
    "updated_at",
)
_OWN = ("id", "kind", "value", "currency", "qualifier", "period", "year", "since", "stage", "mission", "status",
        "reviewed_at", "version", "position", "evidence", "evidence_start", "evidence_end", "created_at", "updated_at")


def claim_values(queryset=None):
    """The claims of ``queryset`` as dicts of every column but places and lines (see ``with_links``)."""
    queryset = Claim.objects.all() if queryset is None else queryset
    return queryset.values(
        *_OWN,
        "parent",
        partner_code=F("partner__code"),
        reviewer=F("reviewed_by__username"),
        document_sha256=F("document__sha256"),
        document_title=F("document__title"),
        document_as_of=F("document__as_of"),
        document_source_url=F("document__source_url"),
    )


def with_links(rows: list[dict]) -> list[dict]:
    """Add each row's place and line codes, sorted, read in one query per link table."""
    ids = [row["id"] for row in rows]
    for name, through, column in (
        ("places", Claim.places.through, "country_id"),
        ("lines", Claim.lines.through, "line_id"),
    ):
        codes = defaultdict(list)
        for claim_id, code in through.objects.filter(claim_id__in=ids).values_list("claim_id", column):
            codes[claim_id].append(code)
        for row in rows:
            row[name] = sorted(codes[row["id"]])
    for row in rows:
        row["partner"], row["reviewed_by"] = row.pop("partner_code"), row.pop("reviewer")
    return [{column: row[column] for column in COLUMNS} for row in rows]


def rows_in_chunks(values: Iterable[dict], size: int) -> Iterator[dict]:
    chunk = []
    for row in values:
        chunk.append(row)
        if len(chunk) == size:
            yield from with_links(chunk)
            chunk = []
    if chunk:
        yield from with_links(chunk)
