"""Chained fixtures for the editorial tests: partners -> editors -> documents -> claims."""

import pytest

from coalition.editorial.models import Role
from tests.factories import EDITOR_PASSWORD, ClaimFactory, PartnerFactory, SourceDocumentFactory, make_user

OTHER_FACTSHEET = (
    "Otherland and the coalition\n"
    "• Otherland funds demining in Iraq with EUR 3 million per year.\n"
    "• About 25 trainers are deployed in Iraq.\n"
)
PASSWORD = EDITOR_PASSWORD


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
