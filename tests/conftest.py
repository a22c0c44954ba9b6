import pytest
from django.utils import translation

# The browser fixtures are one plugin for the whole suite, so that every browser test, wherever it lives,
# shares the one Playwright instance (a second one in the same thread fails).
pytest_plugins = ["tests.browser.fixtures"]


@pytest.fixture(autouse=True)
def english():
    """Every test starts in English, whatever an earlier test switched to."""
    translation.activate("en")
    yield
    translation.activate("en")
