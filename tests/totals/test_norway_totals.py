"""Worked examples: Norway's stated figures added up as honest ranges."""

from datetime import date
from decimal import Decimal

import pytest

from coalition.totals.ranges import Range
from coalition.totals.render import render_range
from coalition.totals.selectors import total_parts, totals

pytestmark = pytest.mark.django_db

MILLION = Decimal(1_000_000)


def rows_by(result, *names):
    return {tuple(row.key[name] for name in names): row for row in result.rows}


def test_cumulative_iraq_figure_is_an_open_range_in_each_of_its_lines(norway_claims):
    """"More than $ 270 million since 2014" reads as at least 270 million, with no upper end."""
    rows = rows_by(totals(group_by=("place", "line")), "series", "place", "line")
    for line in ("humanitarian", "stabilization"):
        row = rows[("cumulative", "IQ", line)]
        assert row.range == Range(270 * MILLION, None)
        assert render_range(row.range, row.unit) == "at least USD 270 million"


def test_annual_figures_count_in_each_year_of_their_span(norway_claims):
    """"Close to 160 million annually in the last 5 years", stated in 2023, covers 2018 to 2022."""
    rows = rows_by(totals(group_by=("place", "year")), "series", "place", "year")
    syria_years = sorted(year for series, place, year in rows if series == "annual" and place == "SY")
    assert syria_years == [2018, 2019, 2020, 2021, 2022, 2023]
    assert rows[("annual", "SY", 2020)].range == Range(144 * MILLION, 176 * MILLION)
    assert render_range(rows[("annual", "SY", 2020)].range, "USD", about=True) == "about USD 160 million"
    # An annual figure without a stated span counts for its document's year only.
    assert rows[("annual", "SY", 2023)].range == Range(Decimal("6300000.00"), Decimal("7700000.00"))
    assert rows[("annual", "IQ", 2023)].range == Range(7 * MILLION, 7 * MILLION)


def test_cumulative_figures_are_never_added_to_annual_ones(norway_claims):
    """Iraq's stabilization line has an annual row and a cumulative row, never one sum."""
    rows = rows_by(totals(group_by=("place", "line")), "series", "place", "line")
    assert rows[("annual", "IQ", "stabilization")].range == Range(7 * MILLION, 7 * MILLION)
    assert rows[("cumulative", "IQ", "stabilization")].range == Range(270 * MILLION, None)


def test_personnel_on_the_same_date_add_up_as_a_range(norway_claims):
    """Up to 70 plus up to 10 plus 110 troops, all stated on one date: 110 to 190 people."""
    result = totals(kind="personnel", group_by=("place",))
    [row] = result.rows
    assert row.key == {"place": "IQ", "series": "undated", "stage": "unknown", "on": date(2023, 3, 1)}
    assert row.range == Range(Decimal(110), Decimal(190))
    assert row.claim_count == 3
    assert render_range(row.range, row.unit) == "110–190 people"


def test_every_total_lists_its_claims_with_evidence_and_document(norway_claims, norway_document):
    row = rows_by(totals(group_by=("place", "line")), "series", "place", "line")[("annual", "SY", "humanitarian")]
    [part] = total_parts(key=row.key)
    assert part.claim == norway_claims["syria"]
    assert part.document_sha256 == norway_document.sha256
    assert "160 million US dollars annually" in part.evidence
    assert (part.first_year, part.last_year) == (2018, 2022)
    assert part.rate == Decimal(1) and part.rate_year == 2023 and "ECB" in part.rate_source
    assert part.counted


def test_totals_in_euros_use_the_as_of_year_rate(norway_claims):
    row = rows_by(totals(group_by=("place", "line"), currency="EUR"), "series", "place", "line")[
        ("annual", "IQ", "stabilization")
    ]
    [part] = total_parts(key=row.key, currency="EUR")
    assert part.rate_year == 2023
    assert row.range.low == (7 * MILLION * part.rate).quantize(Decimal("0.01"))
    assert Decimal("0.85") < part.rate < Decimal("1")
