"""Profile pieces, publication, the diff a newer factsheet shows, and putting a profile back."""

from datetime import date

import pytest

from coalition.claims.models import Claim
from coalition.claims.services import claim_accept, claim_edit
from coalition.editorial.permissions import EditorialPermissionError
from coalition.errors import ReviewError, StaleVersionError
from coalition.profiles.models import HeadlineFigure, Publication, Quote, Statement
from coalition.profiles.publishing import profile_publish, profile_restore
from coalition.profiles.services import piece_accept, piece_edit, piece_reject
from coalition.review.selectors import profile_diff
from coalition.vocab import ReviewStatus
from tests.factories import ClaimFactory, SourceDocumentFactory

NEWER_FACTSHEET = (
    "Testland's contribution, updated\n"
    "• Testland has given USD 8 million to stabilization in Iraq since 2016.\n"
    "• Testland sends 12 police advisers to Iraq.\n"
)


@pytest.fixture
def quote(norway, norway_document):
    return Quote.objects.create(
        partner=norway, document=norway_document, text="We will not step back.", speaker="The minister"
    )


@pytest.mark.django_db
def test_piece_accept_edit_reject_with_history(norway_editor, quote):
    piece_accept(piece=quote, actor=norway_editor)
    piece_edit(piece=quote, actor=norway_editor, expected_version=2, speaker="The foreign minister")
    piece_reject(piece=quote, actor=norway_editor, note="outdated")
    reasons = [record.history_change_reason for record in Quote.history.filter(id=quote.pk).order_by("history_id")]
    assert reasons == [None, "profiles.quote.accepted", "profiles.quote.edited", "profiles.quote.rejected outdated"]
    assert Quote.objects.get().speaker == "The foreign minister"


@pytest.mark.django_db
def test_piece_stale_and_foreign_edits_are_refused(norway_editor, secretariat, denmark, quote):
    piece_edit(piece=Quote.objects.get(), actor=secretariat, expected_version=1, text="First edit.")
    with pytest.raises(StaleVersionError):
        piece_edit(piece=quote, actor=norway_editor, expected_version=1, text="Second edit.")
    foreign = Statement.objects.create(partner=denmark, line="military", text="Jets fly.")
    with pytest.raises(EditorialPermissionError):
        piece_edit(piece=foreign, actor=norway_editor, expected_version=1, text="Changed.")
    assert Quote.objects.get().text == "First edit." and Statement.objects.get().text == "Jets fly."


@pytest.mark.django_db
def test_headline_value_removed_marks_it_incomplete(secretariat, norway):
    figure = HeadlineFigure.objects.create(partner=norway, label="troops", value=70)
    piece_edit(piece=figure, actor=secretariat, expected_version=1, value=None)
    figure.refresh_from_db()
    assert figure.incomplete and figure.value is None


@pytest.mark.django_db
def test_publish_snapshots_what_is_public(secretariat, norway, norway_claim, quote):
    claim_accept(claim=norway_claim, actor=secretariat)
    piece_accept(piece=quote, actor=secretariat)
    publication = profile_publish(partner=norway, actor=secretariat, document=norway_claim.document)
    assert publication.published_by == secretariat
    assert [claim["id"] for claim in publication.snapshot["claims"]] == [norway_claim.pk]
    assert publication.snapshot["claims"][0]["value"] == "5000000.00"
    assert [row["speaker"] for row in publication.snapshot["pieces"]["quote"]] == ["The minister"]


@pytest.mark.django_db
def test_publish_refuses_empty_profiles_foreign_documents_and_other_editors(
    norway_editor, secretariat, norway, denmark, norway_claim, denmark_document
):
    with pytest.raises(ReviewError) as caught:
        profile_publish(partner=norway, actor=secretariat)
    assert caught.value.code == "review.nothing_to_publish"
    with pytest.raises(ReviewError) as caught:
        profile_publish(partner=norway, actor=secretariat, document=denmark_document)
    assert caught.value.code == "review.wrong_partner"
    with pytest.raises(EditorialPermissionError):
        profile_publish(partner=denmark, actor=norway_editor)
    assert not Publication.objects.exists()


@pytest.fixture
def published(secretariat, norway, norway_claim, quote):
    """Norway's first factsheet, accepted and published."""
    claim_accept(claim=norway_claim, actor=secretariat)
    piece_accept(piece=quote, actor=secretariat)
    return profile_publish(partner=norway, actor=secretariat, document=norway_claim.document)


@pytest.fixture
def newer(norway):
    document = SourceDocumentFactory(partner=norway, text=NEWER_FACTSHEET, as_of=date(2024, 5, 1))
    changed = ClaimFactory(document=document, needle="USD 8 million", value=8_000_000)
    added = ClaimFactory(document=document, needle="12 police advisers", kind="personnel", value=12, currency=None)
    return document, changed, added


@pytest.mark.django_db
def test_diff_of_a_newer_factsheet(published, newer):
    document, changed, added = newer
    diff = profile_diff(partner=document.partner, document=document)
    assert diff.published == published
    assert [claim["id"] for claim in diff.added] == [added.pk]
    assert [(change.before["value"], change.after["value"], change.fields) for change in diff.changed] == [
        ("5000000.00", "8000000.00", ["value"])
    ]
    assert diff.removed == []


@pytest.mark.django_db
def test_diff_reports_removed_claims(published, norway):
    document = SourceDocumentFactory(partner=norway, text="Testland: only words this time, no figures.\n")
    diff = profile_diff(partner=norway, document=document)
    assert [claim["id"] for claim in diff.removed] == [published.snapshot["claims"][0]["id"]]


@pytest.mark.django_db
def test_publishing_a_newer_factsheet_supersedes_the_older(secretariat, published, newer, norway_claim, quote):
    document, changed, added = newer
    claim_accept(claim=changed, actor=secretariat)
    profile_publish(partner=document.partner, actor=secretariat, document=document)
    assert set(Claim.objects.published().values_list("pk", flat=True)) == {changed.pk}
    old = Claim.objects.get(pk=norway_claim.pk)
    assert old.status == ReviewStatus.REJECTED
    assert old.history.first().history_change_reason == "claims.claim.superseded"
    assert Quote.objects.get().status == ReviewStatus.REJECTED


@pytest.mark.django_db
def test_restore_puts_back_the_earlier_publication(secretariat, published, newer, norway_claim, quote):
    claim_edit(claim=Claim.objects.get(pk=norway_claim.pk), actor=secretariat, expected_version=2, value="1")
    document, changed, added = newer
    claim_accept(claim=changed, actor=secretariat)
    profile_publish(partner=document.partner, actor=secretariat, document=document)

    result = profile_restore(publication=published, actor=secretariat)

    assert result.missing == 0
    assert set(Claim.objects.published().values_list("pk", flat=True)) == {norway_claim.pk}
    assert Claim.objects.get(pk=norway_claim.pk).value == 5_000_000
    assert Quote.objects.get().status == ReviewStatus.ACCEPTED
    assert result.publication.restored_from == published
    assert result.publication.snapshot["claims"] == published.snapshot["claims"]
    assert Claim.objects.get(pk=changed.pk).history.first().history_change_reason == "claims.claim.restored"


@pytest.mark.django_db
def test_restore_needs_publish_permission_on_that_partner(
    norway_editor, secretariat, published, denmark, denmark_claim
):
    with pytest.raises(EditorialPermissionError):
        profile_restore(publication=published, actor=norway_editor, partner=denmark)
    with pytest.raises(ReviewError) as caught:
        profile_restore(publication=published, actor=secretariat, partner=denmark)
    assert caught.value.code == "review.foreign_publication"
    foreign = Publication.objects.create(partner=denmark, snapshot={"claims": [], "pieces": {}})
    with pytest.raises(EditorialPermissionError):
        profile_restore(publication=foreign, actor=norway_editor)
    assert Publication.objects.count() == 2


@pytest.mark.django_db
def test_restore_leaves_unchanged_rows_alone(secretariat, published, norway_claim, quote):
    before = (Claim.history.count(), Quote.history.count())
    profile_restore(publication=published, actor=secretariat)
    assert (Claim.history.count(), Quote.history.count()) == before
