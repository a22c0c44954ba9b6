"""Every public page type in each language at phone and desktop widths: no sideways scrolling, the right
language and direction, nothing left in English on French and Arabic pages, and axe-core clean."""

import re

import pytest

from tests.website.conftest import document, norway, partner, shared  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser

LANGUAGES = ("en", "fr", "ar")
WIDTHS = (360, 1280)
# Text in the page's own language: everything outside elements marked with a source's language.
OWN_TEXT = """() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const found = [];
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const holder = node.parentElement;
    if (!holder || holder.closest('script, style, title, desc')) continue;
    if (holder.closest('[lang]').getAttribute('lang') !== document.documentElement.lang) continue;
    if (getComputedStyle(holder).display === 'none') continue;
    found.push(node.textContent);
  }
  return found.join(' ');
}"""
ENGLISH_WORDS = re.compile(r"\b(?:the|and|of|with|shared|per|year|from|which|this|that|has|not|published|people)\b")
OVERFLOW = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"


def _paths(norway) -> list[str]:
    return [
        "/{lang}/",
        "/{lang}/partners/",
        "/{lang}/partners/no/",
        "/{lang}/partners/no/changes/",
        "/{lang}/places/iq/",
        "/{lang}/lines/stabilization/",
        f"/{{lang}}/documents/{norway.document.sha256}/",
        "/{lang}/how-we-count/",
        "/{lang}/about/",
        "/{lang}/no-such-page/",
    ]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_fits_speaks_the_language_and_passes_axe(
    live_server, page, axe, screenshot, norway, shared, language, width
):
    page.set_viewport_size({"width": width, "height": 800})
    for template in _paths(norway):
        path = template.format(lang=language)
        page.goto(live_server.url + path)
        assert page.locator("html").get_attribute("lang") == language, path
        assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr"), path
        assert page.locator("header.site-header nav").count() >= 1, path
        assert page.evaluate(OVERFLOW) <= 0, f"{path} scrolls sideways at {width} px"
        if language != "en":
            english = ENGLISH_WORDS.findall(page.evaluate(OWN_TEXT))
            assert not english, f"{path}: English words {english[:10]} on a {language} page"
        assert axe(page) == [], path
        if width == 360:
            screenshot(page, f"{path.strip('/').replace('/', '-')[:40]}-{width}")


def test_the_arabic_404_is_arabic_with_the_site_header(live_server, page, norway):
    response = page.goto(f"{live_server.url}/ar/no-such-page/")
    assert response.status == 404
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("h1").inner_text() == "الصفحة غير موجودة"
    assert page.locator("header.site-header .brand").inner_text().strip() == "سجل التحالف"


def test_arabic_text_is_set_in_the_served_webfont(live_server, page, norway):
    page.goto(f"{live_server.url}/ar/")
    page.evaluate("document.fonts.ready")
    assert page.evaluate("document.fonts.check('16px \"Noto Naskh Arabic\"', 'سجل')")
    loaded = page.evaluate("[...document.fonts].filter(f => f.status === 'loaded').map(f => f.family)")
    assert any("Noto Naskh Arabic" in family for family in loaded)


@pytest.mark.parametrize("language", LANGUAGES)
def test_chart_labels_stay_readable_on_a_phone(live_server, page, norway, shared, language):
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(f"{live_server.url}/{language}/")
    label = page.locator("figure.chart svg text.chart-label").first.bounding_box()
    value = page.locator("figure.chart svg text.chart-value").first.bounding_box()
    assert label["height"] >= 10 and value["height"] >= 9, (label, value)
