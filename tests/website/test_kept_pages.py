"""Every public page type is kept in the cache and built again after any change, on every app server."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from coalition.claims.services import claim_accept
from coalition.website import page_cache
from tests.factories import PartnerFactory

from .conftest import accepted

PAGES = [
    "/en/",
    "/en/partners/",
    "/en/partners/no/changes/",
    "/en/places/iq/",
    "/en/lines/stabilization/",
]


def page_addresses(norway) -> list[str]:
    return [*PAGES, f"/en/documents/{norway.document.sha256}/"]


@pytest.mark.django_db
def test_a_kept_page_is_served_with_one_query(client, norway, django_assert_max_num_queries):
    for address in page_addresses(norway):
        first = client.get(address)
        assert first.status_code == 200, address
        with django_assert_max_num_queries(1):
            again = client.get(address)
        assert again.content == first.content, address


@pytest.mark.django_db
def test_an_accepted_claim_shows_at_once_on_every_page_type(client, norway):
    before = {address: client.get(address).content for address in page_addresses(norway)}
    accepted(norway.draft, places=["IQ"])
    changed = [address for address in page_addresses(norway) if client.get(address).content != before[address]]
    assert "/en/places/iq/" in changed and "/en/" in changed


@pytest.mark.django_db
def test_a_new_partner_shows_in_the_directory_at_once(client, norway):
    assert "Testland" not in client.get("/en/partners/").content.decode()
    PartnerFactory(code="nato", kind="organisation", organisation_name="Testland Alliance")
    assert "Testland Alliance" in client.get("/en/partners/").content.decode()


@pytest.mark.django_db
def test_pages_with_other_query_parameters_are_not_kept(client, norway):
    client.get("/en/partners/?q=nor")
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/partners/?q=nor")
    assert len(queries) > 1


@pytest.mark.django_db
def test_a_post_is_never_answered_with_a_kept_page(client, norway):
    client.get("/en/places/iq/")
    assert client.post("/en/places/iq/").status_code == 405


@pytest.mark.django_db
def test_a_missing_page_is_not_kept(client, norway):
    assert client.get("/en/places/zz/").status_code == 404
    assert client.get("/en/places/zz/").status_code == 404


@pytest.mark.django_db
def test_an_accept_through_the_review_service_shows_at_once(client, norway, secretariat):
    """The key holds a version read from the database, so a server that kept the page sees the change too."""
    assert "Syria" not in client.get("/en/lines/stabilization/").content.decode()
    claim_accept(claim=norway.draft, actor=secretariat, expected_version=norway.draft.version)
    assert "Syria" in client.get("/en/lines/stabilization/").content.decode()


def test_site_version_is_one_query(db, django_assert_num_queries):
    with django_assert_num_queries(1):
        page_cache.site_version()


@pytest.mark.django_db
def test_coalition_totals_are_shared_through_the_cache(client, norway, monkeypatch):
    """A second app server (another process: its own memo forgotten) takes the totals from the shared cache."""
    from coalition.website import totals as website_totals

    client.get("/en/places/iq/")
    calls = []
    monkeypatch.setattr(website_totals, "totals", lambda **kwargs: calls.append(kwargs))
    website_totals._memo.clear()  # as in another process: nothing of its own kept yet
    page_cache.forget_pages()
    assert client.get("/en/places/iq/").status_code == 200
    assert calls == []
