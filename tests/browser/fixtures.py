"""Fixtures for end-to-end tests in headless Chromium, shared by every browser test (a plugin of tests/conftest.py).

Debian's chromium is driven by Playwright's sync API against pytest-django's ``live_server``. The sync API
runs an event loop in the test thread, so Django's guard against ORM calls from async code must be relaxed
for these tests (the ORM is still called synchronously, from the test thread only).

Use them as::

    @pytest.mark.browser
    def test_something(live_server, page, axe, screenshot):
        page.goto(live_server.url + "/en/")
        assert not axe(page)
        screenshot(page, "home-en")

``live_server`` makes the test transactional: tables are flushed after each test, which also empties the
rows migrations create (countries, lines). ``reference_rows`` puts them back before every such test.
(``serialized_rollback`` is no help here: Playwright's event loop gives the test a different database
connection object from the one the serialised contents were stored on.)
"""

import os
from pathlib import Path

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
PROJECT_DIR = Path(__file__).resolve().parents[2]
AXE_SCRIPT = PROJECT_DIR / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS_DIR = PROJECT_DIR / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
BLOCKING_IMPACTS = frozenset({"serious", "critical"})


@pytest.fixture(autouse=True)
def reference_rows(request):
    """Countries and lines of effort, as the migrations create them, for tests on the live server.

    Kept totals and pages are dropped too: they are keyed by data versions and ids, which restart with each flush.
    """
    if "live_server" not in request.fixturenames:
        return
    request.getfixturevalue("transactional_db")
    from coalition.claims.models import Line
    from coalition.partners.countries import COUNTRY_CODES
    from coalition.partners.models import Country
    from coalition.vocab import LineOfEffort
    from coalition.website.page_cache import forget_pages
    from coalition.website.totals import forget_coalition_totals

    forget_coalition_totals()
    forget_pages()

    Country.objects.bulk_create([Country(code=code) for code in COUNTRY_CODES], ignore_conflicts=True)
    Line.objects.bulk_create([Line(code=code) for code in LineOfEffort.values], ignore_conflicts=True)


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole run; every test gets its own context through ``page``."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium (scripts/test does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    """A fresh page in a fresh context (no cookies or cache shared between tests).

    ``bypass_csp`` lets the test inject axe-core; the site's own pages never need it.
    """
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    yield tab
    context.close()


@pytest.fixture
def axe():
    """A function that runs axe-core on a page and returns its serious and critical violations."""
    if not AXE_SCRIPT.exists():
        pytest.skip(f"{AXE_SCRIPT} is missing: run `npm ci --no-audit --no-fund` (scripts/test does)")

    def run(tab) -> list[dict]:
        tab.add_script_tag(path=str(AXE_SCRIPT))
        violations = tab.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
        return [
            {"id": item["id"], "impact": item["impact"], "nodes": [node["target"] for node in item["nodes"]]}
            for item in violations
            if item["impact"] in BLOCKING_IMPACTS
        ]

    return run


@pytest.fixture
def screenshot():
    """A function that saves a full-page screenshot to test-artifacts/<name>.png and returns its path."""
    ARTIFACTS_DIR.mkdir(exist_ok=True)

    def save(tab, name: str) -> Path:
        path = ARTIFACTS_DIR / f"{name}.png"
        tab.screenshot(path=str(path), full_page=True)
        return path

    return save
