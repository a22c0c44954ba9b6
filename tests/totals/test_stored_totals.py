"""Totals over all claims are stored once per data version and follow every change to the claims."""

from decimal import Decimal

import pytest

from coalition.claims.models import Claim
from coalition.claims.services import claim_edit
from coalition.totals.models import ClaimAmount, Rollup
from coalition.totals.ranges import Range
from coalition.totals.selectors import totals

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("group_by", [(), ("place",), ("place", "line"), ("partner", "year"), ("line", "year")])
@pytest.mark.parametrize("kind", ["funding", "personnel"])
def test_stored_totals_equal_totals_computed_on_the_spot(norway_claims, group_by, kind):
    stored = totals(group_by=group_by, kind=kind)
    assert Rollup.objects.filter(grouping=",".join(group_by), kind=kind).exists()
    assert totals(group_by=group_by, kind=kind).rows == stored.rows
    assert totals(group_by=group_by, kind=kind, claims=Claim.objects.all()).rows == stored.rows


def test_an_edited_claim_changes_the_stored_total(norway_claims, secretariat):
    before = {(r.series, r.key["place"]): r for r in totals(group_by=("place",)).rows}
    assert before[("annual", "IQ")].range == Range(Decimal("7000000.00"), Decimal("7000000.00"))
    claim = norway_claims["iraq_stabilization"]
    claim_edit(claim=claim, actor=secretariat, expected_version=claim.version, value=Decimal(9_000_000))
    after = {(r.series, r.key["place"]): r for r in totals(group_by=("place",)).rows}
    assert after[("annual", "IQ")].range == Range(Decimal("9000000.00"), Decimal("9000000.00"))


def test_changing_places_moves_the_claim(norway_claims, secretariat):
    claim = norway_claims["iraq_stabilization"]
    claim_edit(claim=claim, actor=secretariat, expected_version=claim.version, places=["JO"])
    places = {(r.series, r.key["place"]) for r in totals(group_by=("place",)).rows}
    assert ("annual", "JO") in places and ("annual", "IQ") not in places


def test_a_deleted_claim_leaves_the_total(norway_claims):
    # No service or admin page deletes a claim (only the shell can): this checks the post_delete signal itself.
    norway_claims["iraq_stabilization"].delete()
    assert not ClaimAmount.objects.filter(pk=norway_claims["iraq_stabilization"].pk).exists()
    assert ("annual", "IQ") not in {(r.series, r.key["place"]) for r in totals(group_by=("place",)).rows}


def test_a_row_not_split_by_year_holds_an_annual_figure_for_each_year_it_covers(norway_claims):
    """About 160 million a year for five years: 720 to 880 million over 2018–2022."""
    syria = totals(group_by=("line",), claims=Claim.objects.filter(places="SY"))
    rows = {(r.series, r.key["line"]): r for r in syria.rows}
    row = rows[("annual", "humanitarian")]
    assert row.range == Range(Decimal("720000000.00"), Decimal("880000000.00"))
    assert (row.first_year, row.last_year, row.claim_count) == (2018, 2022, 1)
