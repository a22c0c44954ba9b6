"""How figures read on the page and in CSV: localised numbers, honest qualifiers, charts drawn on the server."""

import csv
import io
from dataclasses import dataclass
from decimal import Decimal

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
CHART_WIDTH = 640
CHART_LABEL_WIDTH = 200
CHART_ROW_HEIGHT = 28


def amount_text(value, currency: str | None, language: str) -> str:
    """ "USD 7 million" or "110 people", in the reader's language (CLDR compact long form)."""
    value = Decimal(value)
    number = (
        format_compact_decimal(value, format_type="long", locale=language, fraction_digits=1)
        if value >= 10_000
        else format_decimal(value, locale=language)
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


@dataclass(frozen=True)
class Bar:
    label: str
    value_text: str
    y: int
    width: int
    text_y: int


@dataclass(frozen=True)
class Chart:
    unit: str
    title: str
    height: int
    label_width: int
    bars: list[Bar]


def bar_charts(figures: list[Figure], *, language: str, subject: str) -> list[Chart]:
    """One horizontal bar chart per unit (each currency, and people), one bar per figure.

    Figures in different units are never drawn on one scale: that would need a conversion the reader
    cannot check.
    """
    by_unit: dict[str, list[Figure]] = {}
    for figure in figures:
        by_unit.setdefault(figure.currency or "", []).append(figure)
    charts = []
    for unit, rows in sorted(by_unit.items()):
        largest = max(Decimal(row.value) for row in rows) or Decimal(1)
        bars = []
        for index, row in enumerate(rows):
            y = index * CHART_ROW_HEIGHT
            width = int(Decimal(CHART_WIDTH - CHART_LABEL_WIDTH - 10) * Decimal(row.value) / largest)
            bars.append(
                Bar(
                    label=row.partner.name(language),
                    value_text=figure_text(row, language),
                    y=y + 4,
                    width=max(width, 1),
                    text_y=y + 19,
                )
            )
        unit_label = unit or _("people")
        charts.append(
            Chart(
                unit=unit_label,
                title=_("%(subject)s: figures in %(unit)s, by partner") % {"subject": subject, "unit": unit_label},
                height=len(rows) * CHART_ROW_HEIGHT + 8,
                label_width=CHART_LABEL_WIDTH,
                bars=bars,
            )
        )
    return charts


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
