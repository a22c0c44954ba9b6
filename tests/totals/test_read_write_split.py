"""The selectors only read: over fresh stored cells a total writes nothing, and stale cells are rebuilt by the
write side (``totals.cells.cells_refresh``), never by the selectors themselves."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from coalition.claims.models import Claim
from coalition.claims.services import claim_edit
from coalition.partners.models import Partner
from coalition.totals import cells, selectors
from coalition.totals.selectors import excluded_claims, total_parts, totals

pytestmark = pytest.mark.django_db

WRITES = ("INSERT", "UPDATE", "DELETE")
QUESTIONS = [
    {},
    {"group_by": ("partner", "year")},
    {"kind": "personnel", "group_by": ("line",)},
    {"group_by": ("partner",), "place": "IQ"},
    {"include_drafts": True, "group_by": ("place",)},
    {"include_drafts": True, "drafts_of": "norway", "group_by": ("place",)},
    {"partners": "norway", "group_by": ("place", "year")},
]


def _asked(options: dict) -> dict:
    norway = [Partner.objects.get(code="NO").pk]
    return {name: norway if value == "norway" else value for name, value in options.items()}


def _writes(queries) -> list[str]:
    return [query["sql"] for query in queries if query["sql"].lstrip().upper().startswith(WRITES)]


@pytest.mark.parametrize("options", QUESTIONS)
def test_a_total_over_fresh_cells_writes_nothing(norway_claims, options):
    options = _asked(options)
    first = totals(**options)
    with CaptureQueriesContext(connection) as queries:
        again = totals(**options)
    assert _writes(queries.captured_queries) == []
    assert again.rows == first.rows


def test_totals_from_the_claims_and_their_parts_write_nothing(norway_claims):
    with CaptureQueriesContext(connection) as queries:
        result = totals(claims=Claim.objects.all())
        totals(as_of=norway_claims["syria"].document.as_of)
        for row in result.rows:
            total_parts(key=row.key)
        excluded_claims()
    assert len(queries.captured_queries) > len(result.rows)
    assert _writes(queries.captured_queries) == []


@pytest.mark.parametrize("options", QUESTIONS)
def test_stale_cells_are_rebuilt_by_the_write_side_only(norway_claims, secretariat, monkeypatch, options):
    options = _asked(options)
    totals(**options)
    for name, value in (("iraq_stabilization", 9_000_000), ("operation", 75)):
        claim = norway_claims[name]
        claim_edit(claim=claim, actor=secretariat, expected_version=claim.version, value=value)
    inside, seen = [False], []
    refresh = cells.cells_refresh

    def watched_refresh(**kwargs):
        inside[0] = True
        try:
            return refresh(**kwargs)
        finally:
            inside[0] = False

    def record(execute, sql, params, many, context):
        if sql.lstrip().upper().startswith(WRITES):
            seen.append((inside[0], sql))
        return execute(sql, params, many, context)

    monkeypatch.setattr(selectors, "cells_refresh", watched_refresh)
    with connection.execute_wrapper(record):
        stored = totals(**options)
    assert seen, "the changed claims' cells were not rebuilt"
    assert [sql for within, sql in seen if not within] == []
    assert stored.rows == totals(claims=Claim.objects.all(), **options).rows


def test_totals_from_the_claims_never_ask_for_stored_cells(norway_claims, monkeypatch):
    monkeypatch.setattr(selectors, "cells_refresh", lambda **kwargs: pytest.fail("cells_refresh was called"))
    assert totals(claims=Claim.objects.all()).rows
    assert totals(as_of=norway_claims["syria"].document.as_of, group_by=("partner",)).rows
