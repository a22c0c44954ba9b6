"""The admin obeys the same policy and writes through the same services as the review pages."""

import pytest
from django.urls import reverse

from coalition.claims.models import Claim
from coalition.documents.models import SourceDocument
from coalition.profiles.models import Quote
from coalition.vocab import ReviewStatus


@pytest.fixture
def staff_norway(client, norway_editor):
    norway_editor.is_staff = True
    norway_editor.save()
    client.force_login(norway_editor)
    return client


def _change_data(claim, **overrides):
    data = {
        "kind": claim.kind, "value": str(claim.value), "currency": claim.currency or "", "qualifier": claim.qualifier,
        "period": "", "year": "", "since": "", "stage": claim.stage, "mission": "", "version": claim.version,
    }
    data.update(overrides)
    return data


@pytest.mark.django_db
def test_changelist_shows_only_own_partner(staff_norway, norway_claim, denmark_claim):
    page = staff_norway.get(reverse("admin:claims_claim_changelist")).content.decode()
    assert f"/admin/claims/claim/{norway_claim.pk}/change/" in page
    assert f"/admin/claims/claim/{denmark_claim.pk}/change/" not in page
    documents = staff_norway.get(reverse("admin:documents_sourcedocument_changelist")).content.decode()
    assert f"/admin/documents/sourcedocument/{norway_claim.document.pk}/change/" in documents


@pytest.mark.django_db
def test_other_partners_rows_are_404_in_the_admin(staff_norway, denmark_claim):
    for url in (
        reverse("admin:claims_claim_change", args=[denmark_claim.pk]),
        reverse("admin:documents_sourcedocument_change", args=[denmark_claim.document.pk]),
    ):
        assert staff_norway.get(url).status_code == 404
    response = staff_norway.post(
        reverse("admin:claims_claim_change", args=[denmark_claim.pk]), _change_data(denmark_claim, value="1")
    )
    assert response.status_code == 404
    assert Claim.objects.get(pk=denmark_claim.pk).value == 3_000_000


@pytest.mark.django_db
def test_change_form_saves_through_the_service(staff_norway, norway_claim):
    response = staff_norway.post(
        reverse("admin:claims_claim_change", args=[norway_claim.pk]),
        _change_data(norway_claim, value="4500000", places=["IQ"]),
    )
    assert response.status_code == 302
    claim = Claim.objects.get()
    assert (claim.value, claim.version) == (4_500_000, 2)
    assert list(claim.places.values_list("code", flat=True)) == ["IQ"]
    assert claim.history.first().history_change_reason == "claims.claim.edited"


@pytest.mark.django_db
def test_stale_change_form_is_refused(staff_norway, norway_claim):
    Claim.objects.filter(pk=norway_claim.pk).update(version=2)  # another editor saved it meanwhile
    response = staff_norway.post(
        reverse("admin:claims_claim_change", args=[norway_claim.pk]), _change_data(norway_claim, value="1")
    )
    assert response.status_code == 200 and "while you were editing it" in response.content.decode()
    assert Claim.objects.get().value == 5_000_000


@pytest.mark.django_db
def test_accept_action_ignores_other_partners_ids(staff_norway, norway_claim, denmark_claim):
    response = staff_norway.post(
        reverse("admin:claims_claim_changelist"),
        {"action": "accept_selected", "_selected_action": [norway_claim.pk, denmark_claim.pk]},
    )
    assert response.status_code == 302
    assert dict(Claim.objects.values_list("pk", "status")) == {
        norway_claim.pk: ReviewStatus.ACCEPTED, denmark_claim.pk: ReviewStatus.DRAFT
    }
    assert Claim.objects.get(pk=norway_claim.pk).history.first().history_change_reason == "claims.claim.accepted"


@pytest.mark.django_db
def test_pieces_admin_and_no_add_or_delete(staff_norway, norway, denmark):
    own = Quote.objects.create(partner=norway, text="Ours.", speaker="A")
    Quote.objects.create(partner=denmark, text="Theirs.", speaker="B")
    page = staff_norway.get(reverse("admin:profiles_quote_changelist")).content.decode()
    assert "Ours." in page and "Theirs." not in page
    assert staff_norway.get(reverse("admin:profiles_quote_add")).status_code == 403
    assert staff_norway.post(reverse("admin:profiles_quote_delete", args=[own.pk]), {"post": "yes"}).status_code == 403
    assert Quote.objects.count() == 2 and SourceDocument.objects.count() == 0


@pytest.mark.django_db
def test_editor_roles_are_for_superusers_only(staff_norway):
    assert staff_norway.get(reverse("admin:editorial_editor_changelist")).status_code == 403
