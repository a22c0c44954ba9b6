"""How figures read on the page and in CSV: localised numbers and the hedge and period of the source."""

import csv
import io
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.numbers import format_compact_decimal, format_decimal
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from coalition.vocab import Period, Qualifier

from .selectors import Figure

QUALIFIER_WORDS = {
    Qualifier.APPROXIMATE: lambda: pgettext("figure", "about"),
    Qualifier.AT_LEAST: lambda: pgettext("figure", "at least"),
    Qualifier.AT_MOST: lambda: pgettext("figure", "up to"),
}
CSV_COLUMNS = (
    "claim_id", "partner_code", "partner", "kind", "value", "currency", "qualifier", "period", "year", "since",
    "places", "lines", "document_sha256", "evidence",
)


@lru_cache(maxsize=16)
def babel_locale(language: str) -> Locale:
    """Parsed once per language: parsing a locale costs more than formatting a number with it."""
    return Locale.parse(language.replace("-", "_"))


def amount_text(value, currency: str | None, language: str) -> str:
    """ "USD 7 million" or "110 people", in the reader's language (CLDR compact long form)."""
    value = Decimal(value)
    locale = babel_locale(language)
    number = (
        format_compact_decimal(value, format_type="long", locale=locale, fraction_digits=1)
        if value >= 10_000
        else format_decimal(value, locale=locale)
    )
    if currency:
        return _("%(currency)s %(amount)s") % {"currency": currency, "amount": number}
    return _("%(amount)s people") % {"amount": number}


def figure_text(figure: Figure, language: str) -> str:
    """The figure with its qualifier and period, never rounder or surer than the source said."""
    text = amount_text(figure.value, figure.currency, language)
    hedge = QUALIFIER_WORDS.get(figure.qualifier)
    if hedge:
        text = _("%(qualifier)s %(amount)s") % {"qualifier": hedge(), "amount": text}
    if figure.period == Period.ANNUAL:
        text = _("%(amount)s per year") % {"amount": text}
    elif figure.period == Period.YEAR and figure.year:
        text = _("%(amount)s in %(year)s") % {"amount": text, "year": figure.year}
    elif figure.period == Period.CUMULATIVE and figure.since:
        text = _("%(amount)s since %(year)s") % {"amount": text, "year": figure.since}
    elif figure.period == Period.CUMULATIVE:
        text = _("%(amount)s in total") % {"amount": text}
    return text


def _safe_cell(value) -> str:
    """Text a spreadsheet would run as a formula is prefixed with an apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def figures_csv(figures: list[Figure], *, language: str) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for figure in figures:
        writer.writerow(
            [
                figure.id,
                figure.partner.code,
                _safe_cell(figure.partner.name(language)),
                figure.kind,
                figure.value,
                figure.currency or "",
                figure.qualifier,
                figure.period or "",
                figure.year or "",
                figure.since or "",
                " ".join(figure.place_codes),
                " ".join(figure.line_codes),
                figure.document.sha256,
                _safe_cell(figure.evidence),
            ]
        )
    return buffer.getvalue()
