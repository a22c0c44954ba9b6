"""`coalition review ...` acts as a named editor under the same policy and services as the pages."""

import pytest
from click.testing import CliRunner

from coalition.claims.models import Claim
from coalition.cli import main
from coalition.profiles.models import Publication
from coalition.vocab import ReviewStatus


def invoke(*args):
    return CliRunner().invoke(main, ["review", *args])


@pytest.mark.django_db
def test_accept_publish_restore_as_an_editor(norway_editor, norway_claim):
    result = invoke("accept", str(norway_claim.pk), "--as", "oslo", "--note", "by hand")
    assert result.exit_code == 0, result.output
    claim = Claim.objects.get()
    assert claim.status == ReviewStatus.ACCEPTED
    assert claim.history.first().history_user == norway_editor
    assert claim.history.first().history_change_reason == "claims.claim.accepted by hand"
    result = invoke("publish", "no", "--as", "oslo", "--document", norway_claim.document.sha256)
    assert result.exit_code == 0 and "1 claims" in result.output
    first = Publication.objects.get()
    assert invoke("reject", str(norway_claim.pk), "--as", "oslo").exit_code == 0
    result = invoke("restore", str(first.pk), "--as", "oslo")
    assert result.exit_code == 0, result.output
    assert Claim.objects.get().status == ReviewStatus.ACCEPTED


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["accept", "{denmark_claim}", "--as", "oslo"], "not found for oslo"),
        (["accept", "{norway_claim}", "{denmark_claim}", "--as", "oslo"], "not found for oslo"),
        (["reject", "{denmark_claim}", "--as", "nobody"], "not found for nobody"),
        (["publish", "dk", "--as", "oslo"], "partner dk not found for oslo"),
        (["publish", "no", "--as", "oslo", "--document", "{denmark_sha}"], "not found for NO"),
        (["publish", "no", "--as", "oslo"], "review.nothing_to_publish"),
        (["accept", "{norway_claim}", "--as", "ghost"], "no active user ghost"),
    ],
)
def test_refusals_are_one_line_and_change_nothing(norway_editor, no_role, norway_claim, denmark_claim, args, message):
    values = {
        "norway_claim": norway_claim.pk, "denmark_claim": denmark_claim.pk, "denmark_sha": denmark_claim.document.sha256
    }
    result = invoke(*[arg.format(**values) for arg in args])
    assert result.exit_code == 1
    assert message in result.output
    assert set(Claim.objects.values_list("status", flat=True)) == {ReviewStatus.DRAFT}
    assert not Publication.objects.exists()


@pytest.mark.django_db
def test_restore_of_another_partners_publication_is_not_found(norway_editor, secretariat, denmark_claim):
    invoke("accept", str(denmark_claim.pk), "--as", "sec")
    invoke("publish", "dk", "--as", "sec")
    result = invoke("restore", str(Publication.objects.get().pk), "--as", "oslo")
    assert result.exit_code == 1 and "not found for oslo" in result.output
    assert Publication.objects.count() == 1


@pytest.mark.django_db
def test_accepting_an_accepted_claim_is_a_no_op_that_says_so(norway_editor, secretariat, norway_claim):
    """The reviewer and the version stay; the command names the claims it left alone."""
    assert invoke("accept", str(norway_claim.pk), "--as", "oslo").exit_code == 0
    accepted = Claim.objects.get()
    result = invoke("accept", str(norway_claim.pk), "--as", "sec")
    assert result.exit_code == 0
    assert f"accepted 0 claims as sec. Already accepted, left as they were: {norway_claim.pk}." in result.output
    again = Claim.objects.get()
    assert (again.reviewed_by, again.version, again.reviewed_at) == (
        accepted.reviewed_by, accepted.version, accepted.reviewed_at
    )


@pytest.mark.django_db
def test_the_accept_service_is_idempotent(norway_editor, secretariat, norway_claim):
    from coalition.claims.services import claim_accept

    first = claim_accept(claim=norway_claim, actor=norway_editor)
    second = claim_accept(claim=Claim.objects.get(), actor=secretariat)
    assert second.reviewed_by == norway_editor and second.version == first.version
    assert Claim.history.filter(id=norway_claim.pk).count() == 2  # created, accepted once
