"""Who sees what, and which questions a total refuses."""

import pytest

from coalition.claims.models import Claim
from coalition.claims.services import claim_accept
from coalition.partners.models import Partner
from coalition.totals.selectors import TotalsError, totals
from coalition.totals.services import claim_amounts_refresh
from tests.factories import PartnerFactory, SourceDocumentFactory

from .conftest import NORWAY_TEXT, make_claim

pytestmark = pytest.mark.django_db


def test_drafts_are_only_in_editors_totals(norway_document, norway_claims, secretariat):
    draft = make_claim(
        norway_document, "USD 7 mill. per year", value=7_000_000, period="annual", places=["JO"], status="draft"
    )
    claim_amounts_refresh(claims=Claim.objects.all())
    public = {(r.key["series"], r.key["place"]) for r in totals(group_by=("place",)).rows}
    editors = {(r.key["series"], r.key["place"]) for r in totals(group_by=("place",), include_drafts=True).rows}
    assert ("annual", "JO") not in public
    assert ("annual", "JO") in editors
    claim_accept(claim=draft, actor=secretariat)
    assert ("annual", "JO") in {(r.key["series"], r.key["place"]) for r in totals(group_by=("place",)).rows}


def test_totals_by_partner_keep_partners_apart(norway_claims):
    denmark = SourceDocumentFactory(partner=PartnerFactory(code="DK"), text=NORWAY_TEXT + "Denmark too.\n")
    make_claim(denmark, "USD 7 mill. per year", value=7_000_000, period="annual", places=["IQ"])
    claim_amounts_refresh(claims=Claim.objects.all())
    rows = totals(group_by=("partner", "place"), claims=Claim.objects.filter(period="annual")).rows
    assert {(r.key["partner"], r.key["place"]) for r in rows} == {("NO", "SY"), ("NO", "IQ"), ("DK", "IQ")}


def test_a_claims_queryset_narrows_the_total(norway_claims):
    only_norway = Claim.objects.filter(partner=Partner.objects.get(code="NO"), places="SY")
    assert {row.key["place"] for row in totals(claims=only_norway).rows} == {"SY"}


def test_claims_without_place_or_line_are_grouped_as_not_stated(norway_document):
    make_claim(norway_document, "USD 7 mill. per year", value=7_000_000)
    claim_amounts_refresh(claims=Claim.objects.all())
    [row] = totals().rows
    assert (row.key["place"], row.key["line"], row.key["series"]) == (None, None, "undated")


@pytest.mark.parametrize(
    ("options", "code"),
    [
        ({"currency": "GBP"}, "totals.unknown_currency"),
        ({"kind": "ships"}, "totals.unknown_kind"),
        ({"group_by": ("mood",)}, "totals.unknown_group"),
    ],
)
def test_questions_without_an_answer_raise_a_coded_error(options, code):
    with pytest.raises(TotalsError) as error:
        totals(**options)
    assert error.value.code == code
