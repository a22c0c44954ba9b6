"""The public site in headless Chromium: each language, a figure followed to its source, RTL, axe, keyboard."""

import pytest

from tests.website.conftest import document, norway, partner, shared  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser

TITLES = {
    "en": "Norway's contribution towards the Global Coalition against Daesh",
    "fr": "Norvège : contribution à la Coalition mondiale contre Daech",
    "ar": "مساهمة النرويج في التحالف الدولي ضد داعش",
}


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_norway_profile_in_each_language(live_server, page, axe, screenshot, norway, language):
    page.goto(f"{live_server.url}/{language}/partners/no/")
    assert page.locator("h1").inner_text().strip().endswith(TITLES[language])
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    assert page.locator(".headline-value.missing").count() == 1
    screenshot(page, f"profile-no-{language}")
    assert axe(page) == []


def test_a_figure_leads_to_its_highlighted_source_sentence(live_server, page, axe, screenshot, norway):
    page.goto(f"{live_server.url}/en/partners/no/")
    page.locator("table.figures a.source-link").first.click()
    page.wait_for_load_state()
    assert f"/en/documents/{norway.document.sha256}/#claim-{norway.stabilization.pk}" in page.url
    target = page.locator(f"mark#claim-{norway.stabilization.pk}")
    assert target.inner_text() == "roughly EUR 9 million a year"
    assert target.evaluate("element => element.matches(':target')")
    assert target.is_visible()
    screenshot(page, "source-no-en")
    assert axe(page) == []


def test_arabic_layout_is_mirrored(live_server, page, norway, shared):
    page.goto(f"{live_server.url}/ar/partners/no/")
    brand = page.locator(".site-header .brand").bounding_box()
    languages = page.locator(".site-header .languages").bounding_box()
    assert brand["x"] > languages["x"], "in right-to-left the site name sits on the right, languages on the left"
    page.goto(f"{live_server.url}/ar/")
    chart = page.locator("figure.chart svg").first.bounding_box()
    label = page.locator("figure.chart svg text").first.bounding_box()
    assert chart["x"] <= label["x"] and label["x"] + label["width"] <= chart["x"] + chart["width"], "chart labels stay inside"


def test_english_source_words_run_left_to_right_on_the_arabic_page(live_server, page, norway):
    page.goto(f"{live_server.url}/ar/partners/no/")
    direction = "element => getComputedStyle(element).direction"
    assert page.locator("html").evaluate(direction) == "rtl"
    assert page.locator("ul.statements li > div").first.evaluate(direction) == "ltr"
    assert page.locator(".quote blockquote").evaluate(direction) == "ltr"


def test_place_and_directory_pages_pass_axe(live_server, page, axe, screenshot, norway):
    for path, name in (("/en/places/iq/", "place-iq-en"), ("/ar/lines/stabilization/", "line-stabilization-ar"),
                       ("/en/partners/", "directory-en"), ("/fr/", "home-fr")):
        page.goto(live_server.url + path)
        screenshot(page, name)
        assert axe(page) == [], path


def test_keyboard_reaches_the_skip_link_first(live_server, page, norway):
    page.goto(f"{live_server.url}/en/partners/no/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_pages_make_no_outside_request_and_set_no_cookie(live_server, page, norway):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{live_server.url}/en/partners/no/")
    page.goto(f"{live_server.url}/en/places/iq/")
    assert all(url.startswith(live_server.url) for url in requested), requested
    assert page.context.cookies() == []
