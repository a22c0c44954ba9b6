"""A figure that names several places or lines counts once in every total spanning more than one of them.

Per-place and per-line rows hold such a figure in full, and say which other places or lines share it
(``TotalRow.shared_with``), so nobody adds those rows up.
"""

from decimal import Decimal
from itertools import combinations

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coalition.claims.models import Claim
from coalition.totals.selectors import totals
from coalition.vocab import Period
from tests.factories import SourceDocumentFactory

from .conftest import NORWAY_TEXT, make_claim

pytestmark = pytest.mark.django_db

PLACES = ["IQ", "SY", "JO"]
LINES = ["humanitarian", "stabilization"]
GROUPINGS = [combo for size in range(3) for combo in combinations(("partner", "place", "line", "year"), size)]

figures = st.lists(
    st.tuples(
        st.integers(min_value=1, max_value=10**6),
        st.sampled_from([Period.ANNUAL, Period.CUMULATIVE]),
        st.sets(st.sampled_from(PLACES), max_size=3),
        st.sets(st.sampled_from(LINES), max_size=2),
    ),
    min_size=1,
    max_size=5,
)


def _matches(claim: dict, key: dict) -> bool:
    for name in ("place", "line"):
        if name in key and (key[name] not in claim[name] if key[name] is not None else claim[name]):
            return False
    return claim["series"] == key["series"]


def _check_rows(result, made: list[dict]) -> None:
    for row in result.rows:
        inside = [claim for claim in made if _matches(claim, row.key)]
        # Each figure once: the row is the plain sum of the distinct figures it holds.
        assert row.range.low == sum((claim["value"] for claim in inside), Decimal(0)), (row.key, inside)
        assert row.claim_count == len(inside)
        for name in ("place", "line"):
            expected = set().union(*(claim[name] for claim in inside)) - {row.key.get(name)}
            if name in result.group_by:
                assert set(row.shared_with.get(name, ())) == expected, (name, row.key, inside)
            else:
                assert name not in row.shared_with


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(figures)
def test_a_shared_figure_counts_once_in_every_total_spanning_several_places_or_lines(db, figures):
    with transaction.atomic():
        document = SourceDocumentFactory(text=NORWAY_TEXT)
        made = []
        for value, period, places, lines in figures:
            make_claim(
                document, "USD 7 mill. per year", value=value, currency="USD", period=period,
                places=sorted(places), lines=sorted(lines),
            )
            series = "annual" if period == Period.ANNUAL else "cumulative"
            made.append({"value": value, "series": series, "place": places, "line": lines})
        partner = document.partner_id
        for group_by in GROUPINGS:
            _check_rows(totals(group_by=group_by), made)  # stored coalition-wide cells
            _check_rows(totals(group_by=group_by, partners=[partner]), made)  # partners' cells
            _check_rows(totals(group_by=group_by, claims=Claim.objects.all()), made)  # from the claims
        for place in PLACES:
            _check_rows(totals(group_by=("line",), place=place), made)
        for series in ("annual", "cumulative"):
            whole = sum(claim["value"] for claim in made if claim["series"] == series)
            found = [row for row in totals(group_by=()).rows if row.series == series]
            assert [row.range.low for row in found] == ([whole] if whole else [])
        transaction.set_rollback(True)


def test_a_row_names_the_places_it_shares_a_figure_with(db):
    document = SourceDocumentFactory(text=NORWAY_TEXT)
    make_claim(document, "USD 7 mill. per year", value=85, currency="USD", period=Period.CUMULATIVE,
               places=["IQ", "SY"], lines=["humanitarian"])
    make_claim(document, "USD 7 mill. per year", value=5, currency="USD", period=Period.CUMULATIVE, places=["IQ"])
    rows = {row.key["place"]: row for row in totals(group_by=("place",)).rows}
    assert rows["IQ"].range.low == 90 and rows["IQ"].shared_with == {"place": ("SY",)}
    assert rows["SY"].range.low == 85 and rows["SY"].shared_with == {"place": ("IQ",)}
    [whole] = totals(group_by=()).rows
    assert whole.range.low == 90 and whole.shared_with == {}
