"""Ranges of values: how a hedged figure is counted, and how ranges add up.

A figure is never a single number once it is hedged: "about 100" is 90 to 110, "more than 100" has no upper
end. Totals add the lower ends and the upper ends separately, and a sum with any open part is open.
"""

from dataclasses import dataclass
from decimal import Decimal

from coalition.conf import coalition_settings
from coalition.vocab import Qualifier


@dataclass(frozen=True)
class Range:
    """A closed range ``[low, high]``; ``high`` is None when there is no upper end."""

    low: Decimal
    high: Decimal | None

    def __add__(self, other: "Range") -> "Range":
        high = None if self.high is None or other.high is None else self.high + other.high
        return Range(self.low + other.low, high)

    @property
    def is_open(self) -> bool:
        return self.high is None

    @property
    def is_exact(self) -> bool:
        return self.high == self.low

    def contains(self, value: Decimal) -> bool:
        return self.low <= value and (self.high is None or value <= self.high)


ZERO = Range(Decimal(0), Decimal(0))


def approximate_band() -> Decimal:
    """The half-width of an "approximately" range, read from the settings at call time."""
    return Decimal(str(coalition_settings().approximate_band))


def hedge_range(value: Decimal, qualifier: str, *, band: Decimal | None = None) -> Range:
    """The range a stated figure stands for, given its hedge."""
    band = approximate_band() if band is None else band
    if qualifier == Qualifier.APPROXIMATE:
        return Range(value * (1 - band), value * (1 + band))
    if qualifier == Qualifier.AT_LEAST:
        return Range(value, None)
    if qualifier == Qualifier.AT_MOST:
        return Range(Decimal(0), value)
    return Range(value, value)


def sum_ranges(ranges) -> Range:
    total = ZERO
    for part in ranges:
        total = total + part
    return total
