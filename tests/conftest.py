import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def english():
    """Every test starts in English, whatever an earlier test switched to."""
    translation.activate("en")
    yield
    translation.activate("en")
