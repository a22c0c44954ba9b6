"""One flat row per claim with its provenance: the shape shared by the API, the CSV/JSON/XLSX exports
and the import. ``FORMAT_VERSION`` changes whenever a column is renamed, removed or changes meaning.

Rows are read as plain values (no model instances) and places and lines come from their link tables in
one query per batch: a page of 100 claims or a chunk of an export costs three queries.
"""

from collections import defaultdict
from collections.abc import Iterable, Iterator

from django.db.models import F

from coalition.claims.fields import Use, claim_fields, field_names
from coalition.claims.models import Claim

FORMAT_VERSION = 1

#: The columns, in order: the claim's exported fields (``coalition.claims.fields``).
COLUMNS = field_names(Use.EXPORTED)
# Read from the claim's own row, through a relation (under another name: ``values`` refuses an alias that is
# a field of the model), or from a link table by ``with_links``.
_OWN = tuple(field.name for field in claim_fields(Use.EXPORTED) if not field.path and not field.many)
_THROUGH = {field.name: field.path for field in claim_fields(Use.EXPORTED) if field.path}
_LINKS = tuple(field.name for field in claim_fields(Use.EXPORTED) if field.many)


def _alias(name: str) -> str:
    return f"{name}_through"


def claim_values(queryset=None):
    """The claims of ``queryset`` as dicts of every column but places and lines (see ``with_links``)."""
    queryset = Claim.objects.all() if queryset is None else queryset
    return queryset.values(*_OWN, **{_alias(name): F(path) for name, path in _THROUGH.items()})


def with_links(rows: list[dict]) -> list[dict]:
    """Add each row's place and line codes, sorted, read in one query per link table."""
    ids = [row["id"] for row in rows]
    for name in _LINKS:
        link = Claim._meta.get_field(name)
        own, other = link.m2m_field_name(), link.m2m_reverse_field_name()
        pairs = link.remote_field.through.objects.filter(**{f"{own}__in": ids}).values_list(own, other)
        codes = defaultdict(list)
        for claim_id, code in pairs:
            codes[claim_id].append(code)
        for row in rows:
            row[name] = sorted(codes[row["id"]])
    for row in rows:
        for name in _THROUGH:
            row[name] = row.pop(_alias(name))
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
