"""Range arithmetic: a total's bounds always hold the sum of any values its parts allow."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coalition.totals.ranges import Range, hedge_range, sum_ranges
from coalition.vocab import Qualifier

values = st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False)
fractions = st.decimals(min_value=0, max_value=1, places=4)
bands = st.decimals(min_value=0, max_value=Decimal("0.5"), places=3)


@st.composite
def parts_with_choices(draw):
    """A list of hedged figures, and for each one a value inside its range."""
    band = draw(bands)
    parts, chosen = [], []
    for _ in range(draw(st.integers(min_value=0, max_value=12))):
        part = hedge_range(draw(values), draw(st.sampled_from(Qualifier.values)), band=band)
        top = part.high if part.high is not None else part.low + draw(values)
        parts.append(part)
        chosen.append(part.low + (top - part.low) * draw(fractions))
    return parts, chosen


@given(parts_with_choices())
def test_a_total_contains_every_sum_of_values_within_its_parts(case):
    parts, chosen = case
    assert sum_ranges(parts).contains(sum(chosen, Decimal(0)))


@given(parts_with_choices())
def test_a_total_is_open_exactly_when_a_part_is_open(case):
    parts, _ = case
    assert sum_ranges(parts).is_open == any(part.is_open for part in parts)


@given(st.lists(st.tuples(values, values).map(sorted), max_size=8), st.permutations(range(8)))
def test_the_order_of_the_parts_does_not_matter(bounds, order):
    parts = [Range(low, high) for low, high in bounds]
    shuffled = [parts[i] for i in order if i < len(parts)]
    assert sum_ranges(parts) == sum_ranges(shuffled)


@given(values, bands)
def test_every_hedge_contains_the_stated_value(value, band):
    for qualifier in Qualifier.values:
        assert hedge_range(value, qualifier, band=band).contains(value)


@pytest.mark.parametrize(
    ("qualifier", "expected"),
    [
        (Qualifier.EXACT, Range(Decimal(100), Decimal(100))),
        (Qualifier.APPROXIMATE, Range(Decimal(90), Decimal(110))),
        (Qualifier.AT_LEAST, Range(Decimal(100), None)),
        (Qualifier.AT_MOST, Range(Decimal(0), Decimal(100))),
    ],
)
def test_hedges_become_ranges(qualifier, expected):
    assert hedge_range(Decimal(100), qualifier) == expected


def test_the_approximate_band_is_read_from_the_settings_at_call_time(settings):
    settings.COALITION = {**settings.COALITION, "APPROXIMATE_BAND": "0.25"}
    assert hedge_range(Decimal(100), Qualifier.APPROXIMATE) == Range(Decimal(75), Decimal(125))
