"""End to end on the public document page: a French or Arabic source keeps its language and direction around the
highlighted evidence, and a source without a date says so instead of showing the ingest day."""

import pytest
from django.utils import timezone

from coalition.claims.services import claims_accept_all
from coalition.editorial.models import Role
from coalition.ingest.services import document_ingest
from coalition.vocab import ReviewStatus
from tests.factories import ClaimFactory, PartnerFactory, make_user

pytestmark = pytest.mark.django_db

FRENCH = (
    "Paris, le 3 mars 2019.\n"
    "La France a déployé jusqu'à 600 militaires en Irak et elle finance des projets pour la stabilisation.\n"
)
ARABIC = "بغداد، ٣ آذار ٢٠١٩ - قدمت فرنسا 5 ملايين دولار لتحقيق الاستقرار في العراق، وهي مساهمة جديدة للتحالف.\n"
FIGURES = {"fr": "600 militaires", "ar": "5 ملايين دولار"}
UNDATED = "France and the coalition\nFrance keeps up to 600 military personnel in Iraq.\n"


@pytest.fixture
def publish(db):
    PartnerFactory(code="FR")
    editor = make_user("sec", Role.SECRETARIAT)

    def ingest_and_accept(text: str, name: str):
        document = document_ingest(data=text.encode(), filename=name, partner="FR")
        assert document.claims.exists()
        claims_accept_all(document=document, actor=editor)
        return document

    return ingest_and_accept


@pytest.mark.parametrize(("text", "lang", "direction"), [(FRENCH, "fr", "ltr"), (ARABIC, "ar", "rtl")])
def test_source_text_and_evidence_keep_their_language_and_direction(client, db, text, lang, direction):
    """The language is detected at ingest; the figure is put in by hand, whatever the extractor finds."""
    document = document_ingest(data=text.encode(), filename=f"{lang}.txt", partner=PartnerFactory(code="FR"))
    assert document.language == lang
    needle = FIGURES[lang]
    ClaimFactory(document=document, needle=needle, kind="personnel", value=600, currency=None,
                 status=ReviewStatus.ACCEPTED)
    page = client.get(f"/en/documents/{document.sha256}/").content.decode()
    opening = f'<div class="source-text" lang="{lang}" dir="{direction}">'
    assert opening in page
    assert page.index(opening) < page.index("<mark id=\"claim-")
    assert "March 3, 2019" in page  # the date the text states, in words


def test_an_undated_source_says_date_unknown_not_the_ingest_day(client, publish):
    document = publish(UNDATED, "undated.txt")
    page = client.get(f"/en/documents/{document.sha256}/").content.decode()
    assert "date unknown" in page
    assert timezone.localdate().isoformat() not in page


def test_the_profile_says_an_undated_figure_is_left_out_of_its_totals(client, publish):
    publish("Paris, le 3 mars 2019.\nFrance gives USD 20 million for stabilization in Iraq in 2019.\n", "dated.txt")
    publish("France and Iraq\nFrance gives USD 30 million for stabilization in Iraq in 2020.\n", "undated.txt")
    page = client.get("/en/partners/fr/").content.decode()
    assert "left out of the totals" in page and "date is not known yet" in page
