"""A breakdown never adds to its parent, and a figure restated in a later document counts once."""

from datetime import date
from decimal import Decimal

import pytest

from coalition.claims.models import Claim
from coalition.claims.services import claim_accept, claim_reject
from coalition.totals.ranges import Range
from coalition.totals.selectors import total_parts, totals
from coalition.totals.services import claim_amounts_refresh
from coalition.vocab import Period
from tests.factories import SourceDocumentFactory

from .conftest import make_claim

pytestmark = pytest.mark.django_db

BREAKDOWN_TEXT = "Testland gave EUR 45 million to Iraq since 2017, of which EUR 15 million went to demining.\n"
OLDER_TEXT = "Testland has put USD 90 million into stabilization in Iraq since 2016.\n"
NEWER_TEXT = "Since 2016 Testland has put USD 120 million into stabilization in Iraq.\n"


def test_a_breakdown_never_adds_to_its_parent():
    document = SourceDocumentFactory(text=BREAKDOWN_TEXT)
    cumulative = {"period": Period.CUMULATIVE, "currency": "EUR", "places": ["IQ"], "lines": ["stabilization"]}
    parent = make_claim(document, "EUR 45 million to Iraq since 2017", value=45_000_000, since=2017, **cumulative)
    child = make_claim(document, "EUR 15 million went to demining", value=15_000_000, parent=parent, **cumulative)
    claim_amounts_refresh(claims=Claim.objects.all())

    [row] = totals(group_by=("place",), currency="EUR").rows
    assert row.range.low == Decimal("45000000.00")
    assert row.claim_count == 1
    parts = {part.claim: part for part in total_parts(key=row.key, currency="EUR")}
    assert parts[parent].counted
    assert not parts[child].counted and parts[child].left_out_because == "breakdown"


def test_a_breakdown_counts_when_its_parent_is_not_in_the_total():
    """A breakdown whose parent is still a draft is the only published figure, so it counts."""
    document = SourceDocumentFactory(text=BREAKDOWN_TEXT)
    cumulative = {"period": Period.CUMULATIVE, "currency": "EUR", "places": ["IQ"]}
    parent = make_claim(document, "EUR 45 million to Iraq since 2017", value=45_000_000, status="draft", **cumulative)
    make_claim(document, "EUR 15 million went to demining", value=15_000_000, parent=parent, **cumulative)
    claim_amounts_refresh(claims=Claim.objects.all())

    [row] = totals(group_by=("place",), currency="EUR").rows
    assert row.range.low == Decimal("15000000.00")
    [row] = totals(group_by=("place",), currency="EUR", include_drafts=True).rows
    assert row.range.low == Decimal("45000000.00")


@pytest.fixture
def restated():
    older = SourceDocumentFactory(text=OLDER_TEXT, as_of=date(2022, 5, 1))
    newer = SourceDocumentFactory(text=NEWER_TEXT, as_of=date(2023, 5, 1))
    same = {"period": Period.CUMULATIVE, "since": 2016, "places": ["IQ"], "lines": ["stabilization"]}
    claims = (
        make_claim(older, "USD 90 million", value=90_000_000, **same),
        make_claim(newer, "USD 120 million", value=120_000_000, **same),
    )
    claim_amounts_refresh(claims=Claim.objects.all())
    return claims


def test_a_figure_restated_in_a_later_document_counts_once(restated):
    older, newer = restated
    [row] = totals(group_by=("place", "line")).rows
    assert row.range == Range(Decimal("120000000.00"), Decimal("120000000.00"))
    parts = {part.claim: part for part in total_parts(key=row.key)}
    assert parts[newer].counted
    assert parts[older].left_out_because == "restated"


def test_totals_as_they_stood_on_a_date_use_the_documents_known_then(restated):
    [row] = totals(group_by=("place", "line"), as_of=date(2022, 12, 31)).rows
    assert row.range.low == Decimal("90000000.00")


def test_a_restated_figure_still_counts_while_the_restatement_is_a_draft(secretariat):
    older = SourceDocumentFactory(text=OLDER_TEXT, as_of=date(2022, 5, 1))
    newer = SourceDocumentFactory(text=NEWER_TEXT, as_of=date(2023, 5, 1))
    same = {"period": Period.CUMULATIVE, "since": 2016, "places": ["IQ"], "lines": ["stabilization"]}
    make_claim(older, "USD 90 million", value=90_000_000, **same)
    restatement = make_claim(newer, "USD 120 million", value=120_000_000, status="draft", **same)
    claim_amounts_refresh(claims=Claim.objects.all())
    [row] = totals(group_by=("place",)).rows
    assert row.range.low == Decimal("90000000.00")
    claim_accept(claim=restatement, actor=secretariat)
    [row] = totals(group_by=("place",)).rows
    assert row.range.low == Decimal("120000000.00")


def test_rejected_claims_never_appear_in_totals(restated, secretariat):
    for claim in restated:
        claim_reject(claim=claim, actor=secretariat)
    assert totals(include_drafts=True).rows == []
