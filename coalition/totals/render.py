"""Honest text for ranges: "at least USD 277 million", "USD 150–180 million", "about USD 160 million".

The lower end is rounded down and the upper end up, so the words never claim more precision or more money
than the figures hold.
"""

from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal

from babel.numbers import format_decimal
from django.utils.translation import get_language, to_locale
from django.utils.translation import gettext_lazy as _

from .ranges import Range

SCALES = (
    (Decimal(10) ** 9, _("%(currency)s %(amount)s billion")),
    (Decimal(10) ** 6, _("%(currency)s %(amount)s million")),
    (Decimal(1), _("%(currency)s %(amount)s")),
)
PEOPLE = _("%(amount)s people")
AT_LEAST = _("at least %(amount)s")
UP_TO = _("up to %(amount)s")
ABOUT = _("about %(amount)s")
BETWEEN = _("%(low)s–%(high)s")


def _scale(value: Decimal, unit: str) -> tuple[Decimal, object]:
    if unit == "people":
        return Decimal(1), PEOPLE
    for size, template in SCALES:
        if value >= size:
            return size, template
    return Decimal(1), SCALES[-1][1]


def _number(value: Decimal, rounding: str) -> str:
    places = Decimal(1) if value >= 100 or value == value.to_integral_value() else Decimal("0.1")
    rounded = value.quantize(places, rounding=rounding)
    return format_decimal(rounded, locale=to_locale(get_language() or "en"))


def _phrase(amount: str, unit: str, template) -> str:
    return str(template) % {"currency": unit, "amount": amount}


def render_amount(value: Decimal, unit: str, *, rounding: str = ROUND_HALF_EVEN) -> str:
    """One amount in words: "USD 7.7 million", "80 people"."""
    size, template = _scale(value, unit)
    return _phrase(_number(value / size, rounding), unit, template)


def render_range(total: Range, unit: str, *, about: bool = False) -> str:
    """A range in words. ``about``: the range is only a hedge band around its middle (``approximate_only``)."""
    if total.high is None:
        return str(AT_LEAST) % {"amount": render_amount(total.low, unit, rounding=ROUND_FLOOR)}
    if total.low == total.high:
        return render_amount(total.low, unit)
    if about:
        return str(ABOUT) % {"amount": render_amount((total.low + total.high) / 2, unit)}
    if total.low == 0:
        return str(UP_TO) % {"amount": render_amount(total.high, unit, rounding=ROUND_CEILING)}
    size, template = _scale(total.high, unit)
    between = str(BETWEEN) % {
        "low": _number(total.low / size, ROUND_FLOOR),
        "high": _number(total.high / size, ROUND_CEILING),
    }
    return _phrase(between, unit, template)
