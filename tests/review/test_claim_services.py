"""Claim services: accept, reject, edit, accept all; each checked, version-locked and recorded in history."""

from decimal import Decimal

import pytest

from coalition.claims.models import Claim
from coalition.claims.services import claim_accept, claim_edit, claim_reject, claims_accept_all
from coalition.editorial.permissions import EditorialPermissionError
from coalition.errors import ReviewError, StaleVersionError
from coalition.vocab import Period, Qualifier, ReviewStatus
from tests.factories import ClaimFactory


@pytest.mark.django_db
def test_accept_stamps_reviewer_and_records_the_event(norway_editor, norway_claim):
    claim_accept(claim=norway_claim, actor=norway_editor, note="checked against the source")
    claim = Claim.objects.get(pk=norway_claim.pk)
    assert claim.status == ReviewStatus.ACCEPTED
    assert claim.reviewed_by == norway_editor and claim.reviewed_at is not None
    assert claim.version == 2
    record = claim.history.first()
    assert record.history_user == norway_editor
    assert record.history_change_reason == "claims.claim.accepted checked against the source"
    assert record.prev_record.status == ReviewStatus.DRAFT


@pytest.mark.django_db
def test_reject_keeps_the_claim_out_of_the_public_set(secretariat, norway_claim):
    claim_reject(claim=norway_claim, actor=secretariat)
    assert not Claim.objects.published().exists()
    assert Claim.objects.get().history.first().history_change_reason == "claims.claim.rejected"


@pytest.mark.django_db
@pytest.mark.parametrize("service", [claim_accept, claim_reject])
def test_other_partners_editor_changes_nothing(service, norway_editor, denmark_claim):
    with pytest.raises(EditorialPermissionError):
        service(claim=denmark_claim, actor=norway_editor)
    claim = Claim.objects.get(pk=denmark_claim.pk)
    assert (claim.status, claim.version, claim.history.count()) == (ReviewStatus.DRAFT, 1, 1)


@pytest.mark.django_db
def test_edit_changes_fields_places_and_lines_in_one_history_record(norway_editor, norway_claim):
    claim_edit(
        claim=norway_claim, actor=norway_editor, expected_version=1,
        value="5500000", qualifier=Qualifier.APPROXIMATE, period=Period.CUMULATIVE, since=2016,
        places=["iq", "SY"], lines=["stabilization"],
    )
    claim = Claim.objects.get(pk=norway_claim.pk)
    assert claim.value == Decimal("5500000") and claim.since == 2016
    assert sorted(claim.places.values_list("code", flat=True)) == ["IQ", "SY"]
    assert list(claim.lines.values_list("code", flat=True)) == ["stabilization"]
    assert claim.history.count() == 2
    record = claim.history.first()
    assert record.history_change_reason == "claims.claim.edited"
    assert sorted(place.country_id for place in record.places.all()) == ["IQ", "SY"]
    changed = {change.field for change in record.diff_against(record.prev_record).changes}
    assert {"value", "qualifier", "period", "since", "places", "lines"} <= changed


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "detail"),
    [
        ({"currency": "XXQ"}, "claim_funding_has_known_currency"),
        ({"value": "-4"}, "value"),
        ({"places": ["ZZ"]}, "places: unknown ZZ"),
        ({"lines": ["astrology"]}, "lines: unknown astrology"),
        ({"period": Period.YEAR}, "claim_year_only_for_year_period"),
        ({"evidence": "anything"}, "not editable: evidence"),
        ({"partner": 3}, "not editable: partner"),
    ],
)
def test_invalid_edits_are_refused_and_write_nothing(norway_editor, norway_claim, changes, detail):
    with pytest.raises(ReviewError) as caught:
        claim_edit(claim=norway_claim, actor=norway_editor, expected_version=1, **changes)
    assert caught.value.code == "review.invalid"
    assert detail in caught.value.message
    claim = Claim.objects.get(pk=norway_claim.pk)
    assert (claim.version, claim.currency, claim.value, claim.places.count()) == (1, "USD", 5_000_000, 0)
    assert claim.history.count() == 1


@pytest.mark.django_db
def test_two_editors_second_save_is_refused(secretariat, norway_editor, norway_claim):
    """Both load version 1; the first save wins, the second is refused with a clear message."""
    first = Claim.objects.get(pk=norway_claim.pk)
    second = Claim.objects.get(pk=norway_claim.pk)
    claim_edit(claim=first, actor=norway_editor, expected_version=first.version, value="6000000")
    with pytest.raises(StaleVersionError) as caught:
        claim_edit(claim=second, actor=secretariat, expected_version=second.version, value="7000000")
    assert caught.value.code == "review.stale_version"
    assert "you had version 1, it is now at version 2" in caught.value.message
    claim = Claim.objects.get(pk=norway_claim.pk)
    assert claim.value == 6_000_000 and claim.version == 2
    assert claim.history.count() == 2


@pytest.mark.django_db
def test_accept_from_a_stale_page_is_refused(secretariat, norway_editor, norway_claim):
    claim_reject(claim=Claim.objects.get(pk=norway_claim.pk), actor=norway_editor)
    with pytest.raises(StaleVersionError):
        claim_accept(claim=Claim.objects.get(pk=norway_claim.pk), actor=secretariat, expected_version=1)
    assert Claim.objects.get(pk=norway_claim.pk).status == ReviewStatus.REJECTED


@pytest.mark.django_db
def test_accept_all_accepts_only_drafts_of_that_document(norway_editor, norway_claim, denmark_claim):
    second = ClaimFactory(
        document=norway_claim.document, needle="40 personnel", kind="personnel", value=40, currency=None
    )
    claim_reject(claim=second, actor=norway_editor)
    assert claims_accept_all(document=norway_claim.document, actor=norway_editor) == 1
    statuses = dict(Claim.objects.values_list("pk", "status"))
    assert statuses == {
        norway_claim.pk: ReviewStatus.ACCEPTED, second.pk: ReviewStatus.REJECTED, denmark_claim.pk: ReviewStatus.DRAFT
    }


@pytest.mark.django_db
def test_accept_all_on_another_partner_changes_nothing(norway_editor, denmark_claim):
    with pytest.raises(EditorialPermissionError):
        claims_accept_all(document=denmark_claim.document, actor=norway_editor)
    assert not Claim.objects.published().exists()
