"""The read API: what anonymous clients and editors see, filters, keyset pages, ETags, no cookies."""

import pytest

from coalition.claims.services import claim_edit
from tests.api.conftest import bearer
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db


def ids(response) -> list[int]:
    return [item["id"] for item in response.json()["items"]]


def test_anonymous_clients_see_accepted_claims_only(client, accepted_claim, draft_claim):
    assert ids(client.get("/api/v1/claims/")) == [accepted_claim.pk]
    assert client.get(f"/api/v1/claims/{draft_claim.pk}").status_code == 404


def test_a_claim_carries_its_provenance(client, accepted_claim):
    item = client.get(f"/api/v1/claims/{accepted_claim.pk}").json()
    document = accepted_claim.document
    assert item["document_sha256"] == document.sha256
    assert item["evidence"] == document.text[item["evidence_start"] : item["evidence_end"]] == "USD 5 million"
    assert item["value"] == "5000000.00"


def test_editors_see_drafts_of_their_partners_only(client, accepted_claim, draft_claim, denmark_draft, norway_editor):
    response = client.get("/api/v1/claims/?status=draft", **bearer(norway_editor))
    assert ids(response) == [draft_claim.pk]


def test_anonymous_status_filter_is_forbidden(client, accepted_claim):
    response = client.get("/api/v1/claims/?status=draft")
    assert response.status_code == 403
    assert response.json()["code"] == "api.status_needs_editor"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("partner=no", ["norway"]),
        ("partner=DK", ["denmark"]),
        ("kind=personnel", ["denmark"]),
        ("qualifier=exact", ["norway"]),
        ("place=jo", ["denmark"]),
        ("line=military", ["denmark"]),
        ("year_from=2016&year_to=2016", ["norway"]),
        ("year_from=2017", []),
    ],
)
def test_claim_filters(client, accepted_claim, denmark_accepted, query, expected):
    denmark_accepted.places.set(["JO"])
    denmark_accepted.lines.set(["military"])
    names = {accepted_claim.pk: "norway", denmark_accepted.pk: "denmark"}
    assert [names[pk] for pk in ids(client.get(f"/api/v1/claims/?{query}"))] == expected


def test_keyset_pages_cover_every_claim_once_in_a_stable_order(client, document):
    claims = [ClaimFactory(document=document, status="accepted", position=n) for n in range(7)]
    seen, url = [], "/api/v1/claims/?limit=3"
    while url:
        page = client.get(url).json()
        seen += [item["id"] for item in page["items"]]
        url = page["next"]
    assert seen == sorted(claim.pk for claim in claims)


def test_a_tampered_cursor_is_a_400(client, accepted_claim):
    response = client.get("/api/v1/claims/?cursor=eyJhZnRlciI6ICJ4In0")
    assert response.status_code == 400
    assert response.json()["code"] == "api.bad_cursor"


def test_etag_gives_304_when_nothing_changed(client, accepted_claim, secretariat):
    first = client.get("/api/v1/claims/")
    assert first.has_header("ETag")
    again = client.get("/api/v1/claims/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    claim_edit(
        claim=accepted_claim, actor=secretariat, expected_version=accepted_claim.version, mission="Inherent Resolve"
    )
    assert client.get("/api/v1/claims/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200


def test_anonymous_responses_set_no_cookies(client, accepted_claim):
    for url in ["/api/v1/claims/", "/api/v1/partners/", "/api/v1/docs", "/api/v1/openapi.json", "/api/v1/nowhere"]:
        assert not client.get(url).cookies, url


def test_partners_documents_and_profile_pieces(client, accepted_claim, denmark_accepted, denmark_document):
    assert [p["code"] for p in client.get("/api/v1/partners/").json()["items"]] == ["DK", "NO"]
    assert client.get("/api/v1/partners/no").json()["name"] == "Norway"
    documents = client.get("/api/v1/documents/?partner=DK").json()["items"]
    assert [d["sha256"] for d in documents] == [denmark_document.sha256]
    detail = client.get(f"/api/v1/documents/{denmark_document.sha256}").json()
    assert detail["text"] == denmark_document.text
    original = client.get(f"/api/v1/documents/{denmark_document.sha256}/original")
    assert original.content == bytes(denmark_document.original)
    assert client.get("/api/v1/statements/").json() == {"items": [], "next": None}


def test_csv_streams_every_matching_claim(client, document):
    for n in range(5):
        ClaimFactory(document=document, status="accepted", position=n)
    response = client.get("/api/v1/claims/?format=csv&limit=2")
    assert response.streaming
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert lines[0].startswith("id,partner,kind,value")
    assert len(lines) == 6


def test_docs_page_loads_its_assets_from_this_site(client):
    html = client.get("/api/v1/docs").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html
    assert "cdn" not in html.lower()
