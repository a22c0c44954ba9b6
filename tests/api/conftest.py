import pytest
from django.core.cache import cache
from django.test import Client

from coalition.vocab import ReviewStatus
from tests.factories import ClaimFactory, SourceDocumentFactory


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
def document(db):
    return SourceDocumentFactory()


@pytest.fixture
def accepted_claim(document):
    return ClaimFactory(document=document, status=ReviewStatus.ACCEPTED, year=None)


@pytest.fixture
def draft_claim(document):
    return ClaimFactory(
        document=document, needle="40 personnel", kind="personnel", value=40, currency=None, qualifier="at_most"
    )
