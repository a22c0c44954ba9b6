"""Ingest keeps the document's own date (or none, never the ingest day), its language, and each claim's
reasons to look twice."""

from datetime import date

import pytest
from click.testing import CliRunner
from django.utils import timezone

from coalition.cli import main
from coalition.documents.models import DateSource, SourceDocument
from coalition.editorial.models import Role
from coalition.errors import IngestError
from coalition.ingest import services
from coalition.ingest.services import document_ingest
from coalition.review.selectors import DATE_UNKNOWN, claims_for_queue
from coalition.vocab import ReviewReason
from tests.factories import PartnerFactory, make_user

DATELINED = (
    "CANBERRA, 12 March 2019 — Australia will keep up to 300 personnel in Iraq.\n"
    "The Government also gives USD 20 million for stabilization in Iraq in 2019.\n"
)
UNDATED = (
    "Australia and the coalition\n"
    "Australia keeps up to 300 personnel in Iraq.\n"
    "Australia gives USD 20 million for stabilization in Iraq in 2019.\n"
)
FRENCH = (
    "Paris, le 3 mars 2019.\n"
    "La France a déployé jusqu'à 600 militaires en Irak et elle finance des projets pour la stabilisation.\n"
)
ARABIC = (
    "بغداد، ٣ آذار ٢٠١٩ - أعلنت الحكومة أنها قدمت دعما جديدا للعراق في إطار التحالف.\n"
    "وتشارك القوات في تدريب القوات العراقية.\n"
)
HTML = (
    b'<html><head><title>Release</title><meta property="article:published_time" content="2021-06-30T09:00:00Z">'
    b"</head><body><p>Australia gives USD 20 million for stabilization in Iraq in 2021.</p></body></html>"
)


@pytest.fixture
def australia(db):
    return PartnerFactory(code="AU")


def test_the_date_is_read_from_the_document(australia):
    document = document_ingest(data=DATELINED.encode(), filename="release.txt", partner=australia)
    assert (document.as_of, document.as_of_source) == (date(2019, 3, 12), DateSource.DATELINE)


def test_html_metadata_dates_the_document(australia):
    document = document_ingest(data=HTML, filename="release.html", partner=australia)
    assert (document.as_of, document.as_of_source) == (date(2021, 6, 30), DateSource.METADATA)


def test_without_a_stated_date_it_stays_unknown_and_every_claim_asks_for_it(australia):
    document = document_ingest(data=UNDATED.encode(), filename="sheet.txt", partner=australia)
    assert document.as_of is None and document.as_of_source == DateSource.UNKNOWN
    assert document.as_of != timezone.localdate()
    claims = set(document.claims.all())
    assert claims
    waiting = claims_for_queue(user=make_user("sec", Role.SECRETARIAT), reason=DATE_UNKNOWN)
    assert set(waiting) == claims and {claim.flag_count for claim in waiting} == {1}


def test_as_of_given_by_hand_overrides_the_document(australia):
    document = document_ingest(data=DATELINED.encode(), filename="r.txt", partner=australia, as_of=date(2020, 1, 1))
    assert (document.as_of, document.as_of_source) == (date(2020, 1, 1), DateSource.ENTERED)


@pytest.mark.parametrize(("text", "language"), [(UNDATED, "en"), (FRENCH, "fr"), (ARABIC, "ar")])
def test_language_is_detected(australia, text, language):
    document = document_ingest(data=text.encode(), filename="sheet.txt", partner=australia)
    assert document.language == language


def test_french_and_arabic_datelines(australia):
    french = document_ingest(data=FRENCH.encode(), filename="fr.txt", partner=australia)
    arabic = document_ingest(data=ARABIC.encode(), filename="ar.txt", partner=australia)
    assert french.as_of == arabic.as_of == date(2019, 3, 3)


def test_language_given_overrides_and_an_unknown_one_is_refused(australia):
    document = document_ingest(data=UNDATED.encode(), filename="sheet.txt", partner=australia, language="fr")
    assert document.language == "fr"
    with pytest.raises(IngestError) as caught:
        document_ingest(data=DATELINED.encode(), filename="r.txt", partner=australia, language="xx")
    assert caught.value.code == "ingest.unknown_language"
    assert SourceDocument.objects.count() == 1


def test_the_extractors_reasons_are_kept(australia, monkeypatch):
    extract = services.extract_text

    def with_reasons(*args, **kwargs):
        extraction = extract(*args, **kwargs)
        for claim in extraction.claims:
            claim.review_reasons = ["currency_inferred", "place_from_heading", "not_a_reason"]
        return extraction

    monkeypatch.setattr(services, "extract_text", with_reasons)
    document = document_ingest(data=DATELINED.encode(), filename="r.txt", partner=australia)
    for claim in document.claims.all():
        assert set(claim.review_flags.values_list("reason", flat=True)) == {"currency_inferred", "place_from_heading"}


def test_a_figure_far_above_the_partners_others_is_an_outlier(australia):
    lines = [f"Australia gives USD {n} million for stabilization in Iraq in 201{n}." for n in (2, 3, 4)]
    document_ingest(data="\n".join(lines).encode(), filename="a.txt", partner=australia, as_of=date(2019, 1, 1))
    text = "Australia gives USD 900 million for stabilization in Iraq in 2020.\nUSD 4 million more in 2020 too."
    document = document_ingest(data=text.encode(), filename="b.txt", partner=australia, as_of=date(2020, 1, 1))
    flagged = {c.value: set(c.review_flags.values_list("reason", flat=True)) for c in document.claims.all()}
    assert ReviewReason.OUTLIER in flagged[900_000_000]
    assert ReviewReason.OUTLIER not in flagged[4_000_000]


def test_ingest_command_takes_lang_and_reads_the_date(australia, tmp_path):
    path = tmp_path / "release.txt"
    path.write_text(DATELINED, encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(path), "--partner", "AU", "--lang", "fr"])
    assert result.exit_code == 0, result.output
    document = SourceDocument.objects.get()
    assert (document.language, document.as_of) == ("fr", date(2019, 3, 12))
    refused = CliRunner().invoke(main, ["ingest", str(path), "--partner", "AU", "--lang", "de"])
    assert refused.exit_code != 0
