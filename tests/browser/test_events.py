"""An event page in headless Chromium, in English, French and Arabic."""

import pytest

from tests.events.test_event_page import event  # noqa: F401  (fixture)

pytestmark = pytest.mark.browser

HEADINGS = {"en": "Pledges at", "fr": "Promesses de dons", "ar": "التعهدات"}


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_event_page_in_each_language(live_server, page, axe, screenshot, event, language):
    page.goto(f"{live_server.url}/{language}/events/{event.slug}/")
    assert page.locator("h1").inner_text().strip().startswith(HEADINGS[language])
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    assert page.locator("table.event-pledges tbody tr").count() == 6
    page.locator("table.event-pledges a.source-link").first.click()
    page.wait_for_load_state()
    assert f"/{language}/documents/{event.documents.get().sha256}/#claim-" in page.url
    page.go_back()
    screenshot(page, f"event-{language}")
    assert axe(page) == []
