"""The words for a total never claim more than its range holds."""

from decimal import Decimal

import pytest
from django.utils import translation

from coalition.totals.ranges import Range
from coalition.totals.render import render_amount, render_range

M = Decimal(1_000_000)


@pytest.mark.parametrize(
    ("total", "unit", "about", "text"),
    [
        (Range(277 * M, None), "USD", False, "at least USD 277 million"),
        (Range(150 * M, 180 * M), "USD", False, "USD 150–180 million"),
        (Range(144 * M, 176 * M), "USD", True, "about USD 160 million"),
        (Range(Decimal(0), Decimal(80)), "people", False, "up to 80 people"),
        (Range(Decimal(110), Decimal(110)), "people", False, "110 people"),
        (Range(Decimal("6312345"), Decimal("7787654")), "EUR", False, "EUR 6.3–7.8 million"),
        (Range(Decimal(2_500_000_000), Decimal(2_500_000_000)), "NOK", False, "NOK 2.5 billion"),
        (Range(Decimal(277_900_000), None), "USD", False, "at least USD 277 million"),
    ],
)
def test_ranges_read_honestly(total, unit, about, text):
    assert render_range(total, unit, about=about) == text


def test_numbers_follow_the_active_language():
    """French writes a decimal comma, whatever words its translation puts around the number."""
    with translation.override("fr"):
        text = render_amount(Decimal("7500000"), "EUR")
    assert "7,5" in text and "EUR" in text
