"""Norway's figures, told in our own words, as accepted claims in one document dated March 2023."""

from datetime import date

import pytest

from coalition.claims.models import Claim
from coalition.editorial.models import Role
from coalition.totals.services import claim_amounts_refresh
from coalition.vocab import ClaimKind, Period, Qualifier, ReviewStatus
from tests.factories import ClaimFactory, SourceDocumentFactory, make_user

NORWAY_TEXT = (
    "Norway and the coalition, a summary in our own words\n"
    "For the last 5 years Norway has spent close to 160 million US dollars annually on the Syria response.\n"
    "Stabilization work in Syria gets approximately USD 7 million annually.\n"
    "Iraq has received more than $ 270 million in humanitarian and stabilization help since 2014.\n"
    "Stabilization in Iraq ran at USD 7 mill. per year.\n"
    "Up to 70 personnel serve with the operation in Iraq and up to 10 personnel with the NATO mission.\n"
    "110 troops help train Iraqi forces.\n"
)


def make_claim(document, needle, *, places=(), lines=(), status=ReviewStatus.ACCEPTED, **fields) -> Claim:
    claim = ClaimFactory(document=document, needle=needle, status=status, **fields)
    claim.places.set(places)
    claim.lines.set(lines)
    return claim


@pytest.fixture
def secretariat(db):
    """The editor whose accepts, rejects and edits the totals must follow."""
    return make_user("sec", Role.SECRETARIAT)


@pytest.fixture
def norway_document(db):
    return SourceDocumentFactory(text=NORWAY_TEXT, as_of=date(2023, 3, 1))


@pytest.fixture
def norway_claims(norway_document):
    doc = norway_document
    personnel = {"kind": ClaimKind.PERSONNEL, "currency": None, "qualifier": Qualifier.AT_MOST}
    claims = {
        "syria": make_claim(
            doc, "For the last 5 years Norway has spent close to 160 million US dollars annually",
            value=160_000_000, qualifier=Qualifier.APPROXIMATE, period=Period.ANNUAL,
            places=["SY"], lines=["humanitarian"],
        ),
        "syria_stabilization": make_claim(
            doc, "approximately USD 7 million annually", value=7_000_000, qualifier=Qualifier.APPROXIMATE,
            period=Period.ANNUAL, places=["SY"], lines=["stabilization"],
        ),
        "iraq_since_2014": make_claim(
            doc, "more than $ 270 million in humanitarian and stabilization help since 2014",
            value=270_000_000, qualifier=Qualifier.AT_LEAST, period=Period.CUMULATIVE, since=2014,
            places=["IQ"], lines=["humanitarian", "stabilization"],
        ),
        "iraq_stabilization": make_claim(
            doc, "USD 7 mill. per year", value=7_000_000, period=Period.ANNUAL,
            places=["IQ"], lines=["stabilization"],
        ),
        "operation": make_claim(
            doc, "Up to 70 personnel", value=70, places=["IQ"], lines=["military"], **personnel
        ),
        "nato": make_claim(doc, "up to 10 personnel", value=10, places=["IQ"], lines=["military"], **personnel),
        "troops": make_claim(
            doc, "110 troops", value=110, places=["IQ"], lines=["military"],
            **{**personnel, "qualifier": Qualifier.EXACT},
        ),
    }
    claim_amounts_refresh(claims=Claim.objects.all())
    return claims
