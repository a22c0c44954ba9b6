"""Sign in, review and publish in headless Chromium, then see the figure on the public profile."""

import pytest

from coalition.claims.models import Claim
from coalition.review.models import Publication
from coalition.vocab import ReviewStatus
from tests.browser.conftest import browser, page  # noqa: F401  (fixtures)
from tests.factories import ClaimFactory
from tests.review.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def sign_in(tab, base: str, username: str) -> None:
    tab.goto(f"{base}/review/")
    assert "/review/login/" in tab.url
    tab.fill("input[name=username]", username)
    tab.fill("input[name=password]", PASSWORD)
    tab.click("form[action='/review/login/'] button[type=submit]")
    tab.wait_for_url(f"{base}/review/")


def test_review_edit_accept_and_publish(live_server, page, norway_editor, norway_claim):  # noqa: F811
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
