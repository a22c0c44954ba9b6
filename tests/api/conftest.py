"""Fixtures for the API tests, chained partner -> document -> claims, plus editors with tokens."""

import pytest
from django.core.cache import cache
from django.test import Client

from coalition.api.services import token_create
from coalition.editorial.models import Role
from coalition.vocab import ReviewStatus
from tests.factories import ClaimFactory, PartnerFactory, SourceDocumentFactory, make_user

OTHER_FACTSHEET = (
    "Otherland and the coalition\n"
    "• Otherland gives EUR 3 million a year to demining in Iraq since 2019.\n"
    "• Around 25 trainers serve in Jordan.\n"
)


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Each test starts with an empty throttle history."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def client():
    return Client()


@pytest.fixture
def norway(db):
    return PartnerFactory(code="NO")


@pytest.fixture
def denmark(db):
    return PartnerFactory(code="DK", founding_member=False)


@pytest.fixture
def document(norway):
    return SourceDocumentFactory(partner=norway)


@pytest.fixture
def denmark_document(denmark):
    return SourceDocumentFactory(partner=denmark, text=OTHER_FACTSHEET)


@pytest.fixture
def accepted_claim(document):
    return ClaimFactory(document=document, status=ReviewStatus.ACCEPTED, period="cumulative", since=2016)


@pytest.fixture
def draft_claim(document):
    return ClaimFactory(
        document=document, needle="40 personnel", kind="personnel", value=40, currency=None, qualifier="at_most",
        position=1,
    )


@pytest.fixture
def denmark_draft(denmark_document):
    return ClaimFactory(document=denmark_document, needle="EUR 3 million", currency="EUR", value=3_000_000)


@pytest.fixture
def denmark_accepted(denmark_document):
    return ClaimFactory(
        document=denmark_document, needle="25 trainers", kind="personnel", value=25, currency=None,
        qualifier="approximate", status=ReviewStatus.ACCEPTED, position=1,
    )


def bearer(user) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {token_create(username=user.username)[1]}"}


@pytest.fixture
def secretariat(db):
    return make_user("sec", Role.SECRETARIAT)


@pytest.fixture
def norway_editor(norway):
    return make_user("oslo", Role.PARTNER_EDITOR, [norway])


@pytest.fixture
def no_role(db):
    return make_user("reader")
