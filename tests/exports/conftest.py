"""A small but complete data set: partners, a group, documents, claims with places, lines and a breakdown,
reviewed claims with history, a statement and a headline figure."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from coalition.partners.models import Membership
from coalition.profiles.models import HeadlineFigure, Statement
from coalition.vocab import ReviewStatus
from tests.factories import ClaimFactory, PartnerFactory, SourceDocumentFactory, WorkingGroupFactory

BREAKDOWN_SHEET = (
    "Otherland and the coalition\n"
    "• Otherland has pledged EUR 45 million since 2017, of which EUR 15 million in 2017.\n"
    "• Roughly 25 trainers serve in Jordan.\n"
)


@pytest.fixture
def dataset(db):
    reviewer = get_user_model().objects.create_user(username="reviewer", password="long enough password 42")
    norway, denmark = PartnerFactory(code="NO"), PartnerFactory(code="DK", founding_member=False)
    group = WorkingGroupFactory(slug="stabilization", name="Stabilization")
    Membership.objects.create(partner=norway, group=group, role="co_lead")
    first = SourceDocumentFactory(partner=norway, source_url="https://example.org/norway")
    second = SourceDocumentFactory(partner=denmark, text=BREAKDOWN_SHEET, original=b"\x89binary original\x00bytes")
    funding = ClaimFactory(document=first, period="cumulative", since=2016, status=ReviewStatus.ACCEPTED,
                           reviewed_by=reviewer, reviewed_at=timezone.now())
    funding.places.set(["IQ"])
    funding.lines.set(["stabilization"])
    total = ClaimFactory(document=second, needle="EUR 45 million", currency="EUR", value=45_000_000,
                         period="cumulative", since=2017, stage="pledged")
    part = ClaimFactory(document=second, needle="EUR 15 million", currency="EUR", value=15_000_000,
                        period="year", year=2017, parent=total, position=1)
    people = ClaimFactory(document=second, needle="25 trainers", kind="personnel", value=25, currency=None,
                          qualifier="approximate", position=2, mission="Training mission")
    people.places.set(["JO"])
    people.lines.set(["military", "other"])
    people.status = ReviewStatus.REJECTED
    people.save()
    Statement.objects.create(partner=norway, document=first, line="stabilization", text="Norway funds recovery work.",
                             evidence_start=0, evidence_end=8)
    HeadlineFigure.objects.create(partner=denmark, label="trainers", incomplete=True)
    return {"claims": [funding, total, part, people], "documents": [first, second]}
