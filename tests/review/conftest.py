"""Chained fixtures for the editorial tests: partners -> editors -> documents -> claims."""

import pytest
from django.contrib.auth import get_user_model

from coalition.review.models import Editor, Role
from tests.factories import ClaimFactory, PartnerFactory, SourceDocumentFactory

OTHER_FACTSHEET = (
    "Otherland and the coalition\n"
    "• Otherland funds demining in Iraq with EUR 3 million per year.\n"
    "• About 25 trainers are deployed in Iraq.\n"
)
PASSWORD = "correct horse battery staple 42"


def make_user(username: str, role: str | None = None, partners=()):
    user = get_user_model().objects.create_user(username=username, password=PASSWORD)
    if role is not None:
        editor = Editor.objects.create(user=user, role=role)
        editor.partners.set(partners)
    return user


@pytest.fixture
def norway(db):
    return PartnerFactory(code="NO")


@pytest.fixture
def denmark(db):
    return PartnerFactory(code="DK", founding_member=False)


@pytest.fixture
def secretariat(db):
    return make_user("sec", Role.SECRETARIAT)


@pytest.fixture
def norway_editor(norway):
    return make_user("oslo", Role.PARTNER_EDITOR, [norway])


@pytest.fixture
def no_role(db):
    return make_user("nobody")


@pytest.fixture
def norway_document(norway):
    return SourceDocumentFactory(partner=norway)


@pytest.fixture
def denmark_document(denmark):
    return SourceDocumentFactory(partner=denmark, text=OTHER_FACTSHEET)


@pytest.fixture
def norway_claim(norway_document):
    return ClaimFactory(document=norway_document)


@pytest.fixture
def denmark_claim(denmark_document):
    return ClaimFactory(document=denmark_document, needle="EUR 3 million", value=3_000_000, currency="EUR")
