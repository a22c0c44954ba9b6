"""The review pages: each reaches the services through the policy, and refuses other partners' data."""

import pytest
from django.urls import reverse

from coalition.claims.models import Claim
from coalition.claims.services import claim_accept
from coalition.profiles.models import Publication, Quote
from coalition.profiles.publishing import profile_publish
from coalition.review.selectors import partners_for_dashboard
from coalition.vocab import ReviewStatus
from tests.factories import SourceDocumentFactory


@pytest.fixture
def as_norway(client, norway_editor):
    client.force_login(norway_editor)
    return client


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_login(client, norway_claim):
    for url in (reverse("review:dashboard"), reverse("review:document", args=[norway_claim.document.sha256])):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/review/login/")
    response = client.post(reverse("review:claim_review", args=[norway_claim.pk]), {"action": "accept", "version": 1})
    assert response.status_code == 302
    assert Claim.objects.get().status == ReviewStatus.DRAFT


@pytest.mark.django_db
def test_login_with_password(client, norway_editor):
    from tests.review.conftest import PASSWORD

    page = client.get(reverse("review:login"))
    assert b"csrfmiddlewaretoken" in page.content
    response = client.post(reverse("review:login"), {"username": "oslo", "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == reverse("review:dashboard")


@pytest.mark.django_db
def test_dashboard_lists_only_own_partners(as_norway, norway_claim, denmark_claim):
    page = as_norway.get(reverse("review:dashboard")).content.decode()
    assert "/review/partners/no/" in page and "/review/partners/dk/" not in page


@pytest.mark.django_db
def test_document_page_shows_claims_beside_highlighted_evidence(as_norway, norway_claim):
    response = as_norway.get(reverse("review:document", args=[norway_claim.document.sha256]))
    page = response.content.decode()
    assert f'<mark class="evidence" id="evidence-{norway_claim.pk}"' in page
    assert f'<a href="#claim-{norway_claim.pk}">USD 5 million</a></mark>' in page
    assert f'id="claim-{norway_claim.pk}"' in page
    assert "Nothing published yet" in page


@pytest.mark.django_db
def test_accept_reject_and_accept_all_buttons(as_norway, norway_claim):
    url = reverse("review:claim_review", args=[norway_claim.pk])
    response = as_norway.post(url, {"action": "reject", "version": 1})
    assert response.status_code == 302
    assert Claim.objects.get().status == ReviewStatus.REJECTED
    as_norway.post(url, {"action": "accept", "version": 2})
    assert Claim.objects.get().status == ReviewStatus.ACCEPTED


@pytest.mark.django_db
def test_stale_accept_shows_the_message(as_norway, norway_claim):
    as_norway.post(reverse("review:claim_review", args=[norway_claim.pk]), {"action": "reject", "version": 1})
    response = as_norway.post(
        reverse("review:claim_review", args=[norway_claim.pk]), {"action": "accept", "version": 1}, follow=True
    )
    assert "while you were editing it" in response.content.decode()
    assert Claim.objects.get().status == ReviewStatus.REJECTED


def _edit_data(**overrides):
    data = {
        "version": 1, "kind": "funding", "value": "5200000", "currency": "usd", "qualifier": "at_least",
        "period": "cumulative", "year": "", "since": "2016", "stage": "unknown", "places": "IQ, SY",
        "lines": ["stabilization", "humanitarian"], "note": "",
    }
    data.update(overrides)
    return data


@pytest.mark.django_db
def test_edit_form_saves_all_fields(as_norway, norway_claim):
    url = reverse("review:claim_edit", args=[norway_claim.pk])
    assert as_norway.get(url).status_code == 200
    response = as_norway.post(url, {**_edit_data(), "mission": "Operation Inherent Resolve"})
    assert response.status_code == 302
    claim = Claim.objects.get()
    assert (claim.value, claim.currency, claim.qualifier, claim.since) == (5_200_000, "USD", "at_least", 2016)
    assert claim.mission == "Operation Inherent Resolve"
    assert sorted(claim.places.values_list("code", flat=True)) == ["IQ", "SY"]
    assert sorted(claim.lines.values_list("code", flat=True)) == ["humanitarian", "stabilization"]


@pytest.mark.django_db
def test_two_editors_in_the_browser_second_save_gets_409(client, as_norway, secretariat, norway_claim):
    url = reverse("review:claim_edit", args=[norway_claim.pk])
    as_norway.post(url, _edit_data(value="6000000"))
    client.force_login(secretariat)
    response = client.post(url, _edit_data(value="7000000"))
    assert response.status_code == 409
    assert "while you were editing it" in response.content.decode()
    assert Claim.objects.get().value == 6_000_000


@pytest.mark.django_db
def test_invalid_edit_is_a_400_and_changes_nothing(as_norway, norway_claim):
    response = as_norway.post(reverse("review:claim_edit", args=[norway_claim.pk]), _edit_data(places="IQ ZZ"))
    assert response.status_code == 409 and "unknown ZZ" in response.content.decode()
    response = as_norway.post(reverse("review:claim_edit", args=[norway_claim.pk]), _edit_data(value="lots"))
    assert response.status_code == 400
    assert Claim.objects.get().version == 1


@pytest.mark.django_db
def test_publish_history_and_restore_pages(as_norway, norway_claim):
    as_norway.post(reverse("review:accept_all", args=[norway_claim.document.sha256]))
    response = as_norway.post(reverse("review:publish", args=["no"]), {"document": norway_claim.document.sha256})
    assert response.status_code == 302
    first = Publication.objects.get()
    as_norway.post(reverse("review:claim_review", args=[norway_claim.pk]), {"action": "reject", "version": 2})
    assert not Claim.objects.published().exists()
    history = as_norway.get(reverse("review:history", args=["no"])).content.decode()
    assert "claims.claim.accepted" in history and "claims.claim.rejected" in history and "oslo" in history
    response = as_norway.post(reverse("review:restore", args=["no", first.pk]))
    assert response.status_code == 302
    assert Claim.objects.get().status == ReviewStatus.ACCEPTED
    assert Publication.objects.first().restored_from == first


@pytest.mark.django_db
def test_piece_review_and_edit(as_norway, norway):
    quote = Quote.objects.create(partner=norway, text="Steady.", speaker="A minister")
    page = as_norway.get(reverse("review:partner", args=["no"])).content.decode()
    assert reverse("review:piece_edit", args=["quote", quote.pk]) in page
    as_norway.post(reverse("review:piece_review", args=["quote", quote.pk]), {"action": "accept", "version": 1})
    response = as_norway.post(
        reverse("review:piece_edit", args=["quote", quote.pk]),
        {"version": 2, "text": "Steady and sure.", "speaker": "A minister", "role": ""},
    )
    assert response.status_code == 302
    quote.refresh_from_db()
    assert (quote.status, quote.text, quote.version) == (ReviewStatus.ACCEPTED, "Steady and sure.", 3)


def _foreign_requests(denmark_claim, quote):
    sha = denmark_claim.document.sha256
    return [
        ("get", reverse("review:partner", args=["dk"]), {}),
        ("get", reverse("review:history", args=["dk"]), {}),
        ("get", reverse("review:document", args=[sha]), {}),
        ("get", reverse("review:upload", args=["dk"]), {}),
        ("get", reverse("review:claim_edit", args=[denmark_claim.pk]), {}),
        ("post", reverse("review:claim_review", args=[denmark_claim.pk]), {"action": "accept", "version": 1}),
        ("post", reverse("review:claim_edit", args=[denmark_claim.pk]), _edit_data()),
        ("post", reverse("review:accept_all", args=[sha]), {}),
        ("post", reverse("review:publish", args=["dk"]), {"document": sha}),
        ("post", reverse("review:upload", args=["dk"]), {"text": "Anything", "as_of": "2024-01-01"}),
        ("post", reverse("review:piece_review", args=["quote", quote.pk]), {"action": "accept", "version": 1}),
        ("post", reverse("review:piece_edit", args=["quote", quote.pk]), {"version": 1, "text": "x", "speaker": "y"}),
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["norway_editor", "no_role"])
def test_other_partners_pages_are_404_and_nothing_changes(request, client, who, denmark, denmark_claim):
    client.force_login(request.getfixturevalue(who))
    quote = Quote.objects.create(partner=denmark, text="Quoted.", speaker="Someone")
    claim_accept(claim=denmark_claim, actor=request.getfixturevalue("secretariat"))
    publication = profile_publish(partner=denmark, actor=request.getfixturevalue("secretariat"))
    requests = _foreign_requests(denmark_claim, quote)
    requests.append(("post", reverse("review:restore", args=["dk", publication.pk]), {}))
    before = (Claim.history.count(), Quote.history.count(), Publication.objects.count())
    for method, url, data in requests:
        response = getattr(client, method)(url, data)
        assert response.status_code in (403, 404), (method, url, response.status_code)
    assert (Claim.history.count(), Quote.history.count(), Publication.objects.count()) == before


@pytest.mark.django_db
def test_dashboard_counts_drafts_once_whatever_the_number_of_documents(norway_editor, norway_claim):
    SourceDocumentFactory(partner=norway_claim.partner, text="Testland again, with other words.\n")
    (row,) = partners_for_dashboard(user=norway_editor)
    assert (row.drafts, row.document_count) == (1, 2)
