"""A small published profile for Norway, written for these tests, chained partner -> document -> claims."""

from types import SimpleNamespace

import pytest
from django.utils import timezone

from coalition.claims.models import Claim
from coalition.editorial.models import Role
from coalition.partners.models import Membership
from coalition.profiles.models import HeadlineFigure, MediaLink, Quote, SocialHandle, SocialPlatform, Statement
from coalition.totals.services import claim_amount_refresh
from coalition.vocab import ClaimKind, LineOfEffort, Period, Qualifier, ReviewStatus
from coalition.website.page_cache import forget_pages
from coalition.website.totals import forget_coalition_totals
from tests.factories import ClaimFactory, PartnerFactory, SourceDocumentFactory, WorkingGroupFactory, make_user

FACTSHEET = (
    "Norway and the coalition, a test sheet\n"
    "Norway sends roughly EUR 9 million a year to stabilization projects in Iraq.\n"
    "Some 45 instructors from Norway train forces in Iraq.\n"
    "A draft line that no editor has accepted mentions USD 3 million for Syria.\n"
)


def accepted(claim: Claim, *, places=(), lines=()) -> Claim:
    """Starting data, stored as an accepted claim; a test of what follows an accept calls ``claim_accept``."""
    claim.status = ReviewStatus.ACCEPTED
    claim.reviewed_at = timezone.now()
    claim.save()
    claim.places.set(places)
    claim.lines.set(lines)
    claim_amount_refresh(claim=claim)
    return claim


@pytest.fixture(autouse=True)
def fresh_totals():
    """Kept totals and pages are keyed by data versions and ids, which restart with every test's rolled-back
    database."""
    forget_coalition_totals()
    forget_pages()
    yield
    forget_coalition_totals()
    forget_pages()


@pytest.fixture
def secretariat(db):
    """The editor whose reviews the pages must show at once."""
    return make_user("sec", Role.SECRETARIAT)


@pytest.fixture
def partner(db):
    return PartnerFactory(code="NO", founding_member=True)


@pytest.fixture
def document(partner):
    return SourceDocumentFactory(partner=partner, text=FACTSHEET, filename="norway-test.txt")


@pytest.fixture
def norway(partner, document):
    """Norway with two accepted claims, one draft claim, and one accepted piece of every profile kind."""
    stabilization = accepted(
        ClaimFactory(
            document=document,
            needle="roughly EUR 9 million a year",
            value=9_000_000,
            currency="EUR",
            qualifier=Qualifier.APPROXIMATE,
            period=Period.ANNUAL,
            position=1,
        ),
        places=["IQ"],
        lines=[LineOfEffort.STABILIZATION],
    )
    instructors = accepted(
        ClaimFactory(
            document=document,
            needle="Some 45 instructors",
            kind=ClaimKind.PERSONNEL,
            value=45,
            currency=None,
            qualifier=Qualifier.APPROXIMATE,
            position=2,
        ),
        places=["IQ"],
        lines=[LineOfEffort.MILITARY],
    )
    draft = ClaimFactory(document=document, needle="USD 3 million", value=3_000_000, currency="USD", position=3)
    draft.places.set(["SY"])
    draft.lines.set([LineOfEffort.STABILIZATION])
    published = {"partner": partner, "document": document, "status": ReviewStatus.ACCEPTED}
    Statement.objects.create(**published, line=LineOfEffort.STABILIZATION, text="Norway funds stabilization work.")
    Statement.objects.create(partner=partner, line=LineOfEffort.MILITARY, text="An unreviewed draft statement.")
    HeadlineFigure.objects.create(**published, label="instructors", value=45, claim=instructors, position=1)
    HeadlineFigure.objects.create(**published, label="to run a field hospital", incomplete=True, position=2)
    Quote.objects.create(**published, text="We stay the course.", speaker="Kari Testesen", role="Minister of Tests")
    MediaLink.objects.create(**published, title="A test news story", url="https://example.org/story")
    SocialHandle.objects.create(**published, platform=SocialPlatform.X, handle="@NorwayTest", owner="Norway MFA")
    group = WorkingGroupFactory(slug="stabilization", name="Stabilization group")
    Membership.objects.create(partner=partner, group=group)
    return SimpleNamespace(
        partner=partner, document=document, stabilization=stabilization, instructors=instructors, draft=draft, group=group
    )


SHARED_SHEET = (
    "A test sheet for shared figures\n"
    "More than USD 85 million went to Iraq and Syria for humanitarian and stabilization work.\n"
    "USD 10 million went to stabilization in Iraq.\n"
)


@pytest.fixture
def shared(db):
    """Denmark: one figure for Iraq and Syria, humanitarian and stabilization, and one for Iraq alone."""
    document = SourceDocumentFactory(partner=PartnerFactory(code="DK"), text=SHARED_SHEET)
    both = {"currency": "USD", "period": Period.CUMULATIVE}
    accepted(
        ClaimFactory(document=document, needle="More than USD 85 million", value=85_000_000,
                     qualifier=Qualifier.AT_LEAST, position=1, **both),
        places=["IQ", "SY"], lines=[LineOfEffort.HUMANITARIAN, LineOfEffort.STABILIZATION],
    )
    accepted(
        ClaimFactory(document=document, needle="USD 10 million", value=10_000_000, position=2, **both),
        places=["IQ"], lines=[LineOfEffort.STABILIZATION],
    )
