"""The bundled example data loads, loads idempotently, and gives Norway a page."""

import pytest

from coalition.claims.models import Claim
from coalition.documents.models import SourceDocument
from coalition.examples.loader import load_examples
from coalition.partners.models import Partner, WorkingGroup

pytestmark = pytest.mark.django_db


def test_examples_hold_at_least_three_partners_with_factsheets():
    load_examples()
    with_documents = Partner.objects.filter(documents__isnull=False).distinct()
    assert with_documents.count() >= 3
    norway = Partner.objects.get(code="NO")
    assert norway.founding_member
    assert norway.working_groups.filter(name="Africa Focus Group").exists()


def test_loading_twice_changes_nothing():
    load_examples()
    counts = (Partner.objects.count(), WorkingGroup.objects.count(), SourceDocument.objects.count())
    load_examples()
    assert (Partner.objects.count(), WorkingGroup.objects.count(), SourceDocument.objects.count()) == counts


def test_norway_has_a_page(client):
    load_examples()
    response = client.get("/en/partners/no/")
    assert response.status_code == 200
    assert "Norway’s contribution" in response.content.decode() or "Norway's contribution" in response.content.decode()


def test_root_redirects_to_the_browser_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9")
    assert response.status_code == 302
    assert response["Location"] == "/fr/"


def test_example_factsheets_are_extracted_reviewed_and_published(client):
    summary = load_examples()
    assert summary.claims >= 7
    norway_claims = Claim.objects.published().filter(partner__code="NO")
    assert norway_claims.filter(kind="personnel", value=70, qualifier="at_most").exists()
    assert norway_claims.filter(kind="funding", value=270_000_000, qualifier="at_least", since=2014).exists()
    assert not Claim.objects.drafts().filter(partner__code="NO").exists()
    page = client.get("/en/partners/no/").content.decode()
    assert "Espen Barth Eide" in page
