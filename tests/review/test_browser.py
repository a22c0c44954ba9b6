"""Sign in, review and publish in headless Chromium, then see the figure on the public profile."""

import pytest

from coalition.claims.models import Claim
from coalition.profiles.models import Publication
from coalition.vocab import ReviewStatus
from tests.factories import ClaimFactory
from tests.review.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(tab, base: str, username: str) -> None:
    tab.goto(f"{base}/review/")
    assert "/review/login/" in tab.url
    tab.fill("input[name=username]", username)
    tab.fill("input[name=password]", PASSWORD)
    tab.click("form[action='/review/login/'] button[type=submit]")
    tab.wait_for_url(f"{base}/review/")


def test_review_edit_accept_and_publish(live_server, page, norway_editor, norway_claim):
    personnel = ClaimFactory(
        document=norway_claim.document, needle="40 personnel", kind="personnel", value=40, currency=None
    )
    failures = []
    page.on("response", lambda response: failures.append(response.url) if response.status >= 400 else None)
    sign_in(page, live_server.url, "oslo")

    page.click("a[href='/review/partners/no/']")
    page.click(f"a[href='/review/documents/{norway_claim.document.sha256}/']")
    evidence = page.locator(f"mark#evidence-{norway_claim.pk}")
    assert evidence.inner_text() == "USD 5 million"
    assert evidence.evaluate("element => getComputedStyle(element).backgroundColor") != "rgba(0, 0, 0, 0)"

    page.click(f"#claim-{personnel.pk} a:text('Edit')")
    page.fill("input[name=value]", "45")
    page.select_option("select[name=qualifier]", "at_most")
    page.fill("input[name=places]", "IQ")
    page.check("input[name=lines][value=military]")
    page.click("form button[type=submit]:text('Save')")
    assert page.locator(".message.success").inner_text() == "Claim saved."

    page.click(f"#claim-{norway_claim.pk} button[value=reject]")
    page.click(f"#claim-{norway_claim.pk} button[value=accept]")
    page.click("#accept-all")
    assert set(Claim.objects.values_list("status", flat=True)) == {ReviewStatus.ACCEPTED}

    assert page.locator("#diff .diff-added li").count() == 2
    page.click("#publish")
    assert page.locator(".message.success").inner_text() == "Profile published."
    assert Publication.objects.get().published_by == norway_editor

    page.goto(f"{live_server.url}/review/partners/no/history/")
    assert page.locator("td:text('claims.claim.edited')").count() == 1

    page.goto(f"{live_server.url}/en/partners/no/")
    assert "45" in page.locator("main").inner_text()
    assert [url for url in failures if not url.endswith('/favicon.ico')] == []


FIRST = (
    "Norway and the coalition against Daesh\n"
    "• Norway provides NOK 50 million for stabilization in Iraq in 2023.\n"
    "• Up to 60 personnel from the Norwegian armed forces serve in Iraq.\n"
)
NEWER = (
    "Norway and the coalition against Daesh, an update\n"
    "• Norway provides NOK 65 million for stabilization in Iraq in 2023.\n"
    "• Norway gives NOK 20 million in humanitarian aid to Syria in 2024.\n"
)


def paste(tab, base: str, text: str, as_of: str) -> None:
    tab.goto(f"{base}/review/partners/no/")
    tab.click("a[href='/review/partners/no/upload/']")
    tab.fill("textarea[name=text]", text)
    tab.fill("input[name=as_of]", as_of)
    tab.click("form button[type=submit]:text('Store and extract')")
    tab.wait_for_url(f"{base}/review/documents/**")


def test_upload_publish_update_and_restore(live_server, page, norway_editor, norway):
    sign_in(page, live_server.url, "oslo")

    paste(page, live_server.url, FIRST, "2024-01-15")
    assert page.locator("mark.evidence").count() == 2
    assert page.locator("#diff .diff-added li").count() == 2
    page.click("#accept-all")
    page.click("#publish")
    assert page.locator(".message.success").inner_text() == "Profile published."

    paste(page, live_server.url, NEWER, "2024-06-01")
    assert page.locator("#diff .diff-changed li").inner_text().startswith("50,000,000 → 65,000,000 NOK")
    assert page.locator("#diff .diff-added li").count() == 1
    assert page.locator("#diff .diff-removed li").count() == 1
    page.click("#accept-all")
    page.click("#publish")
    page.goto(f"{live_server.url}/en/partners/no/")
    assert "65" in page.locator("main").inner_text()

    page.goto(f"{live_server.url}/review/partners/no/history/")
    page.click("button:text('Put the profile back to this')")
    assert "Profile put back" in page.locator(".message.success").inner_text()
    published = Claim.objects.published()
    assert sorted(published.values_list("value", flat=True)) == [60, 50_000_000]
    assert Publication.objects.count() == 3
