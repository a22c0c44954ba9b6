"""document_ingest: one transaction per file, content-addressed, drafts of claims and profile pieces."""

from datetime import date
from pathlib import Path

import pytest

from coalition.claims.models import Claim
from coalition.documents.models import SourceDocument
from coalition.editorial.models import Role
from coalition.editorial.permissions import EditorialPermissionError
from coalition.errors import ExtractionError, IngestError
from coalition.ingest.services import document_ingest, document_ingest_outcome
from coalition.partners.models import Membership, PartnerKind, ProfileFact
from coalition.profiles.models import HeadlineFigure, MediaLink, Quote, SocialHandle, Statement
from coalition.vocab import ReviewStatus
from tests.factories import PartnerFactory, WorkingGroupFactory, make_user

GOLD = Path(__file__).with_name("gold")
AS_OF = date(2024, 3, 1)


@pytest.fixture
def norway(db):
    return PartnerFactory(code="NO", founding_member=False, joined_on=None)


@pytest.fixture
def germany(db):
    return PartnerFactory(code="DE", kind=PartnerKind.COUNTRY)


def _counts():
    return (SourceDocument.objects.count(), Claim.objects.count(), Statement.objects.count(),
            HeadlineFigure.objects.count(), SocialHandle.objects.count())


def test_ingest_stores_document_claims_and_profile_as_drafts(norway):
    WorkingGroupFactory(name="Small Group", slug="small-group")
    data = (GOLD / "norway.txt").read_bytes()
    outcome = document_ingest_outcome(data=data, filename="norway.txt", partner=norway, as_of=AS_OF,
                                      url="https://example.org/no")
    document = outcome.document
    assert outcome.created and document.partner == norway and document.source_url == "https://example.org/no"
    assert bytes(document.original) == data and document.as_of == AS_OF
    claims = list(document.claims.order_by("position"))
    assert len(claims) == 7
    assert {c.status for c in claims} == {ReviewStatus.DRAFT}
    for claim in claims:
        assert document.text[claim.evidence_start : claim.evidence_end] == claim.evidence
    personnel = claims[0]
    assert (personnel.kind, personnel.value, personnel.qualifier, personnel.stage) == ("personnel", 70, "at_most",
                                                                                        "ceiling")
    assert list(personnel.places.values_list("code", flat=True)) == ["IQ"]
    assert list(personnel.lines.values_list("code", flat=True)) == ["military"]
    assert personnel.mission == "Operation Inherent Resolve"
    statements = Statement.objects.filter(document=document)
    assert statements.count() == 5 and {s.status for s in statements} == {ReviewStatus.DRAFT}
    headline = HeadlineFigure.objects.get(document=document)
    assert (headline.value, headline.incomplete, headline.claim.value) == (110, False, 110)
    assert MediaLink.objects.filter(document=document).count() == 1
    assert SocialHandle.objects.get(document=document).handle == "@NorwayMFA"
    norway.refresh_from_db()
    assert not norway.founding_member and norway.joined_on is None  # proposed for review, not set
    fact = ProfileFact.objects.get(partner=norway)
    assert (fact.status, fact.founding_member, fact.joined_on, fact.joined_precision) == (
        ReviewStatus.DRAFT, True, date(2014, 1, 1), "year"
    )


def test_same_bytes_twice_is_one_document(norway):
    data = (GOLD / "norway.txt").read_bytes()
    first = document_ingest(data=data, filename="norway.txt", partner=norway, as_of=AS_OF)
    before = _counts()
    again = document_ingest_outcome(data=data, filename="copy.txt", partner=norway, as_of=AS_OF)
    assert again.document == first and not again.created and again.claims == []
    assert _counts() == before


def test_breakdown_keeps_its_parent_and_pdf_is_read(germany):
    data = (GOLD / "germany.pdf").read_bytes()
    document = document_ingest(data=data, filename="germany.pdf", partner="de", as_of=AS_OF)
    assert document.media_type == "application/pdf"
    part = document.claims.get(value=15_000_000)
    assert part.parent.value == 45_000_000 and part.year == 2017


def test_incomplete_headline_figures(norway):
    text = ("Norway's contribution\n\nNorway gives USD 7 million annually to Syria, in a long sentence.\n\n"
            "in support to Iraq in 2018\n\n110 troops\n\ncommitted to helping train Iraqi forces\n")
    document = document_ingest(data=text.encode(), filename="tiles.txt", partner=norway, as_of=AS_OF)
    figures = list(HeadlineFigure.objects.filter(document=document).order_by("position"))
    assert [(f.value, f.incomplete) for f in figures] == [(None, True), (110, False)]
    assert figures[0].label == "in support to Iraq in 2018"


def test_quote_and_working_groups(norway):
    group = WorkingGroupFactory(name="Africa Focus Group", slug="africa-focus-group")
    text = ("Norway's contribution\n\n• Norway takes part in the Africa Focus Group and funds its work plan.\n\n"
            "“Norway will keep working with the Coalition until Daesh is defeated for good, in every region.”\n\n"
            "Minister of Defence, Kari Example\n")
    document = document_ingest(data=text.encode(), filename="q.txt", partner=norway, as_of=AS_OF)
    quote = Quote.objects.get(document=document)
    assert (quote.speaker, quote.role, quote.status) == ("Kari Example", "Minister of Defence", ReviewStatus.DRAFT)
    assert Membership.objects.filter(partner=norway, group=group).exists()


@pytest.mark.parametrize(("data", "filename", "code"), [
    (b"", "empty.txt", "ingest.empty_file"),
    (bytes(range(256)) * 4, "junk.txt", "ingest.binary"),
    (b"PK\x03\x04broken", "cut.docx", "ingest.truncated"),
    (b"\xef\xbb\xbfCaf\xe9 in Raqqa", "bom.txt", "ingest.bad_encoding"),
    ("Café".encode("latin-1"), "latin.txt", "ingest.no_sentence"),
    (b"<html><script>go()</script></html>", "scripts.html", "ingest.no_text"),
])
def test_bad_file_leaves_the_database_unchanged(norway, data, filename, code):
    before = _counts()
    with pytest.raises(IngestError) as caught:
        document_ingest(data=data, filename=filename, partner=norway, as_of=AS_OF)
    assert caught.value.code == code
    assert _counts() == before


def test_failure_while_storing_rolls_the_file_back(norway, monkeypatch):
    from coalition.ingest import services

    def broken(*args, **kwargs):
        raise IngestError("ingest.malformed", detail="simulated")

    monkeypatch.setattr(services, "_store_profile", broken)
    before = _counts()
    with pytest.raises(IngestError):
        document_ingest(data=(GOLD / "norway.txt").read_bytes(), filename="n.txt", partner=norway, as_of=AS_OF)
    assert _counts() == before


def test_unknown_partner(db):
    with pytest.raises(IngestError) as caught:
        document_ingest(data=b"text", filename="a.txt", partner="ZZ")
    assert caught.value.code == "ingest.unknown_partner"


def test_a_document_naming_no_partner_is_refused_by_extraction(db):
    """Raised as ExtractionError, as a queued upload's ``extract.*`` failure is raised again (jobs.models)."""
    before = _counts()
    with pytest.raises(ExtractionError) as caught:
        text = b"Some donor gave USD 5 million in 2023 for stabilisation in Iraq.\n"
        document_ingest(data=text, filename="a.txt", partner=None)
    assert caught.value.code == "extract.no_partner"
    assert _counts() == before


def test_every_gold_document_ingests(db):
    """Each page of the gold set goes into the database whole: the model's checks accept every claim."""
    import json

    from coalition.extraction.evaluate import gold_pairs
    from coalition.extraction.givers import giver_name, is_organisation
    from coalition.ingest.services import ORGANISATION_CODES

    organisations = {code: slug for slug, code in ORGANISATION_CODES.items()}
    for document, gold_path in gold_pairs(GOLD):
        code = json.loads(gold_path.read_text(encoding="utf-8"))["partner"]
        if code is None:  # a page of many partners is stored with none, each claim under its own giver
            for giver in {claim["partner"] for claim in json.loads(gold_path.read_text(encoding="utf-8"))["claims"]}:
                if is_organisation(giver):  # "european-union" beside the countries of a donors' round-up
                    PartnerFactory(code=giver, kind=PartnerKind.ORGANISATION, organisation_name=giver_name(giver))
                else:
                    PartnerFactory(code=giver)
            partner = None
        elif code in organisations:
            partner = PartnerFactory(code=organisations[code], kind=PartnerKind.ORGANISATION,
                                     organisation_name="European Union")
        else:
            partner = PartnerFactory(code=code)
        outcome = document_ingest_outcome(data=document.read_bytes(), filename=document.name, partner=partner,
                                          as_of=AS_OF)
        expected = len(json.loads(gold_path.read_text(encoding="utf-8"))["claims"])
        assert len(outcome.claims) == expected, document.name


def test_each_stored_draft_records_who_ingested_it_and_how(norway):
    editor = make_user("oslo", role=Role.PARTNER_EDITOR, partners=[norway])
    document = document_ingest(data=(GOLD / "norway.txt").read_bytes(), filename="n.txt", partner=norway,
                               as_of=AS_OF, actor=editor)
    claim = Claim.objects.filter(document=document).first()
    created = claim.history.earliest()
    assert (created.history_user, created.history_change_reason) == (editor, "claims.claim.extracted")
    statement = Statement.objects.filter(document=document).first().history.earliest()
    assert statement.history_change_reason == "profiles.statement.extracted"


def test_an_editor_of_another_partner_cannot_ingest_for_this_one(norway):
    denmark = PartnerFactory(code="DK")
    stranger = make_user("copenhagen", role=Role.PARTNER_EDITOR, partners=[denmark])
    with pytest.raises(EditorialPermissionError):
        document_ingest(data=(GOLD / "norway.txt").read_bytes(), filename="n.txt", partner=norway, as_of=AS_OF,
                        actor=stranger)
    assert not SourceDocument.objects.exists() and not Claim.objects.exists()
