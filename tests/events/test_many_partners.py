"""Ingest and review of a document that names many partners: each partner's editors see their own claims, the
secretariat sees all and decides on the givers that are no partner yet."""

import pytest
from click.testing import CliRunner
from django.urls import reverse

from coalition.claims.models import Claim
from coalition.documents.models import SourceDocument
from coalition.documents.selectors import documents_visible_to
from coalition.editorial.models import Role
from coalition.editorial.permissions import Action, EditorialPermissionError, rows_user_can, user_can
from coalition.errors import ReviewError
from coalition.events.models import ProposalStatus, ProposedPartner
from coalition.ingest.many import proposal_confirm, proposal_map, proposal_reject
from coalition.ingest.services import document_ingest_outcome
from coalition.partners.models import Partner
from coalition.review.selectors import claims_for_document
from tests.factories import PartnerFactory, make_user

PLEDGES = (
    "Pledges for the reconstruction of Iraq\n\n"
    "Norway pledged NOK 200 million and Denmark DKK 150 million. Finland promised EUR 25 million. "
    "In total, donors pledged USD 30 billion.\n"
)


@pytest.fixture
def denmark_editor(denmark):
    return make_user("copenhagen", Role.PARTNER_EDITOR, [denmark])


@pytest.fixture
def outcome(norway, denmark):
    return document_ingest_outcome(data=PLEDGES.encode(), filename="pledges.txt", partner=None)


@pytest.fixture
def proposal(outcome):
    return outcome.proposals[0]


@pytest.mark.django_db
def test_the_document_has_no_partner_and_each_claim_its_own(outcome):
    assert outcome.document.partner is None
    assert sorted((c.partner.code, int(c.value)) for c in outcome.claims) == [("DK", 150_000_000),
                                                                             ("NO", 200_000_000)]
    assert all(c.places.get().code == "IQ" for c in outcome.claims)


@pytest.mark.django_db
def test_a_giver_that_is_no_partner_is_proposed_and_nothing_is_created(outcome, proposal):
    assert (proposal.code, proposal.name, proposal.status) == ("FI", "Finland", ProposalStatus.PROPOSED)
    assert [claim["value"] for claim in proposal.claims] == [25_000_000]
    assert not Partner.objects.filter(code="FI").exists()
    assert not Claim.objects.filter(value=25_000_000).exists()


# (editor fixture, sees Norway's claim, sees Denmark's claim)
MATRIX = [
    ("secretariat", True, True),
    ("norway_editor", True, False),
    ("denmark_editor", False, True),
    ("no_role", False, False),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("who", "sees_norway", "sees_denmark"), MATRIX)
def test_each_editor_sees_their_partners_claims_of_it(request, outcome, who, sees_norway, sees_denmark):
    user = request.getfixturevalue(who)
    document = outcome.document
    shown = {c.partner.code for c in claims_for_document(user=user, document=document)}
    assert shown == {code for code, seen in (("NO", sees_norway), ("DK", sees_denmark)) if seen}
    assert rows_user_can(user, Action.VIEW_DRAFT, SourceDocument).filter(pk=document.pk).exists() is (sees_norway or sees_denmark)
    assert documents_visible_to(user).filter(pk=document.pk).exists() is (sees_norway or sees_denmark)
    for claim in outcome.claims:
        allowed = {"NO": sees_norway, "DK": sees_denmark}[claim.partner.code]
        assert user_can(user, Action.ACCEPT, claim) is allowed
        assert rows_user_can(user, Action.ACCEPT, Claim).filter(pk=claim.pk).exists() is allowed
    # the document itself (its date) is no one partner's: only the secretariat edits it
    assert user_can(user, Action.EDIT, document) is (who == "secretariat")


@pytest.mark.django_db
def test_the_document_page_shows_an_editor_only_their_claims(client, outcome, norway_editor):
    client.force_login(norway_editor)
    page = client.get(reverse("review:document", args=[outcome.document.sha256])).content.decode()
    assert "NOK 200 million" in page and f"claim-{outcome.claims[0].pk}" in page
    denmark_claim = next(c for c in outcome.claims if c.partner.code == "DK")
    assert f'id="claim-{denmark_claim.pk}"' not in page


@pytest.mark.django_db
def test_confirming_makes_the_partner_and_stores_its_claims(outcome, proposal, secretariat):
    stored = proposal_confirm(proposal=proposal, actor=secretariat)
    finland = Partner.objects.get(code="FI")
    assert [(c.partner, int(c.value), c.currency) for c in stored] == [(finland, 25_000_000, "EUR")]
    assert stored[0].document == outcome.document and stored[0].evidence in outcome.document.text
    proposal.refresh_from_db()
    assert (proposal.status, proposal.partner, proposal.decided_by) == (ProposalStatus.CONFIRMED, finland, secretariat)


@pytest.mark.django_db
def test_mapping_stores_the_claims_under_an_existing_partner(proposal, secretariat, norway):
    stored = proposal_map(proposal=proposal, partner=norway, actor=secretariat)
    assert [c.partner for c in stored] == [norway]
    assert not Partner.objects.filter(code="FI").exists()


@pytest.mark.django_db
def test_rejecting_keeps_the_claims_out(proposal, secretariat):
    proposal_reject(proposal=proposal, actor=secretariat)
    assert not Claim.objects.filter(value=25_000_000).exists()
    with pytest.raises(ReviewError) as caught:
        proposal_confirm(proposal=proposal, actor=secretariat)
    assert caught.value.code == "events.proposal_decided"


@pytest.mark.django_db
def test_only_the_secretariat_decides(proposal, norway_editor):
    with pytest.raises(EditorialPermissionError) as caught:
        proposal_confirm(proposal=proposal, actor=norway_editor)
    assert caught.value.code == "events.proposal_secretariat_only"
    assert ProposedPartner.objects.get(pk=proposal.pk).status == ProposalStatus.PROPOSED


@pytest.mark.django_db
def test_the_proposals_page_is_the_secretariats(client, proposal, secretariat, norway_editor):
    client.force_login(norway_editor)
    assert client.get(reverse("review:proposals")).status_code == 404
    assert client.post(reverse("review:proposal_decide", args=[proposal.pk]), {"decision": "confirm"}).status_code == 404
    client.force_login(secretariat)
    page = client.get(reverse("review:proposals"))
    assert page.status_code == 200 and "Finland" in page.content.decode()
    client.post(reverse("review:proposal_decide", args=[proposal.pk]), {"decision": "map", "partner": "dk"})
    assert ProposedPartner.objects.get(pk=proposal.pk).partner.code == "DK"
    assert Claim.objects.filter(partner__code="DK", value=25_000_000).exists()


@pytest.mark.django_db
def test_ingest_on_the_command_line_without_a_partner(tmp_path, norway, denmark):
    from coalition.cli import main

    path = tmp_path / "pledges.txt"
    path.write_text(PLEDGES, encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(path)])
    assert result.exit_code == 0, result.output
    assert "2 draft claims" in result.output and "Finland (FI) is not a partner yet" in result.output


@pytest.mark.django_db
def test_a_one_partner_document_without_a_partner_needs_a_known_one(tmp_path):
    from coalition.cli import main

    PartnerFactory(code="NO")
    known = tmp_path / "norway.txt"
    known.write_text("Norway's contribution\n\nNorway gave USD 7 million to Iraq in 2018.\n", encoding="utf-8")
    assert CliRunner().invoke(main, ["ingest", str(known)]).exit_code == 0
    assert Claim.objects.get().partner.code == "NO"
    unknown = tmp_path / "chile.txt"
    unknown.write_text("Chile's contribution\n\nChile gave USD 2 million to Iraq in 2018.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(unknown)])
    assert result.exit_code == 1 and "ingest.many_unknown_partner" in result.output


@pytest.mark.django_db
def test_publishing_a_factsheet_keeps_the_conference_pledges(outcome, secretariat, norway):
    from coalition.claims.services import claim_accept
    from coalition.profiles.publishing import profile_publish
    from coalition.vocab import ReviewStatus

    pledge = next(c for c in outcome.claims if c.partner == norway)
    claim_accept(claim=pledge, actor=secretariat)
    sheet = document_ingest_outcome(data=b"Norway's contribution\n\nNorway gave USD 7 million to Iraq in 2018.\n",
                                    filename="no.txt", partner=norway)
    claim_accept(claim=sheet.claims[0], actor=secretariat)
    profile_publish(partner=norway, actor=secretariat, document=sheet.document)
    pledge.refresh_from_db()
    assert pledge.status == ReviewStatus.ACCEPTED
