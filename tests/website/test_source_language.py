"""Words quoted from a source keep the source's language and direction on every page, Arabic ones included."""

from html.parser import HTMLParser

import pytest

from coalition.profiles.models import HeadlineFigure, Statement
from coalition.vocab import LineOfEffort, ReviewStatus
from tests.factories import SourceDocumentFactory

SOURCE_WORDS = (
    "Norway funds stabilization work.",
    "We stay the course.",
    "Kari Testesen",
    "Minister of Tests",
    "A test news story",
    "Norway MFA",
    "instructors",
    "to run a field hospital",
    "Stabilization group",
)


class _Languages(HTMLParser):
    """For each run of text: the nearest ``lang`` and ``dir`` around it."""

    VOID = {"meta", "link", "br", "img", "input", "hr", "source", "wbr"}

    def __init__(self):
        super().__init__()
        self.stack: list[dict] = []
        self.found: list[tuple[str, str | None, str | None]] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(dict(attrs))

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not any(attrs.get("id") == "main" for attrs in self.stack):
            return  # the <title> and the site's own words are not quoted from a source
        lang = next((attrs["lang"] for attrs in reversed(self.stack) if "lang" in attrs), None)
        direction = next((attrs["dir"] for attrs in reversed(self.stack) if "dir" in attrs), None)
        self.found.append((data, lang, direction))


def _around(html: str, words: str) -> tuple[str | None, str | None]:
    parser = _Languages()
    parser.feed(html)
    matches = [(lang, direction) for data, lang, direction in parser.found if words in data]
    assert matches, f"{words!r} is not on the page"
    assert len(set(matches)) == 1, matches
    return matches[0]


@pytest.mark.django_db
@pytest.mark.parametrize("words", SOURCE_WORDS)
def test_english_source_words_stay_left_to_right_on_the_arabic_profile(client, norway, words):
    html = client.get("/ar/partners/no/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert _around(html, words) == ("en", "ltr")


@pytest.mark.django_db
def test_a_piece_from_an_arabic_source_is_right_to_left_on_the_english_profile(client, norway):
    document = SourceDocumentFactory(partner=norway.partner, language="ar", text="بيان للاختبار فقط.\n")
    Statement.objects.create(
        partner=norway.partner, document=document, status=ReviewStatus.ACCEPTED, line=LineOfEffort.MILITARY,
        text="بيان للاختبار فقط.",
    )
    html = client.get("/en/partners/no/").content.decode()
    assert _around(html, "بيان للاختبار فقط.") == ("ar", "rtl")


@pytest.mark.django_db
def test_a_piece_without_a_document_counts_as_english(client, norway):
    HeadlineFigure.objects.filter(label="instructors").update(document=None)
    html = client.get("/ar/partners/no/").content.decode()
    assert _around(html, "instructors") == ("en", "ltr")


@pytest.mark.django_db
def test_source_text_and_change_log_keep_the_source_language(client, norway):
    html = client.get(f"/ar/documents/{norway.document.sha256}/").content.decode()
    assert _around(html, "Norway and the coalition, a test sheet") == ("en", "ltr")
    html = client.get("/ar/partners/no/changes/").content.decode()
    assert _around(html, "We stay the course.") == ("en", "ltr")
