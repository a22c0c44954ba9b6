"""Totals as the site shows them: the aggregation service's honest ranges, arranged for a page and a chart.

Nothing is added up here: ``coalition.totals.selectors.totals`` does that. This module only picks which of
its rows a page shows (for yearly series, the latest year) and turns ranges into words and bar geometry.
"""

from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache

from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import format_compact_decimal
from django.core.cache import cache
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from coalition.claims.models import Claim
from coalition.partners.countries import country_name
from coalition.partners.models import Partner
from coalition.totals.models import Series
from coalition.totals.ranges import Range
from coalition.totals.render import render_range
from coalition.totals.selectors import TotalRow, data_version, totals
from coalition.vocab import ClaimKind, LineOfEffort, Stage

from .presentation import babel_locale

YEARLY_SERIES = (Series.ANNUAL, Series.YEAR)
_memo: dict = {}
#: Raised by ``forget_coalition_totals``: data versions repeat after a backup is loaded (or between tests).
_generation = [0]
PAGE_FILTERS = {"place": "places", "line": "lines"}
CHART_WIDTH = 480
CHART_MARGIN = 8
CHART_BAR_SPACE = CHART_WIDTH - 2 * CHART_MARGIN
CHART_ROW_HEIGHT = 46
CHART_AXIS_HEIGHT = 30
CHART_VALUE_ROOM = 110  # a value label needs about this much room after its bar, or it goes inside the bar
CHART_MAX_ROWS = 12  # a place has up to a hundred partners per series: the page shows the largest
AXIS_STEPS = (1, 2, 2.5, 5, 10)


@dataclass(frozen=True)
class ShownTotal:
    label: str
    partner: Partner | None
    line: str | None
    series: str
    stage: str
    year: int | None
    on: object
    low: Decimal
    high: Decimal | None
    claim_count: int
    unit: str
    about: bool
    text: str = ""
    shared: str = ""
    on_text: str = ""


@dataclass(frozen=True)
class Bar:
    label: str
    y: int
    label_y: int
    low_width: int
    range_width: int
    is_open: bool
    value: str
    value_x: int
    value_inside: bool


@dataclass(frozen=True)
class Tick:
    x: int
    text: str


@dataclass(frozen=True)
class Chart:
    """One series (unit, period, stage): a bar chart (two rows or more) and the same rows as a table,
    largest first, with the series' total over all rows, each figure counted once (``overall``)."""

    title: str
    height: int
    axis_y: int
    bars: list[Bar]
    ticks: list[Tick]
    rows: list[ShownTotal]
    hidden: int
    overall: str
    overall_label: str

    @property
    def drawn(self) -> bool:
        return len(self.bars) > 1


@dataclass(frozen=True)
class TotalsView:
    charts: list[Chart]
    excluded: int


def _latest_years(rows, group: str):
    """For yearly series keep each row's latest year: a page answers "how much per year lately", not a sum.

    The year stays on the row, so a partner whose latest yearly figure is older says so.
    """
    latest = {}
    for row in rows:
        if row.series in YEARLY_SERIES:
            key = (row.key.get(group), row.series, row.stage)
            latest[key] = max(latest.get(key, 0), row.key.get("year") or 0)
    return [
        row
        for row in rows
        if row.series not in YEARLY_SERIES
        or (row.key.get("year") or 0) == latest[(row.key.get(group), row.series, row.stage)]
    ]


def _excluded_here(excluded: dict[int, str], field: str | None, value: str | None) -> int:
    """How many of the claims a coalition-wide total left out belong to this page."""
    if not excluded or not field:
        return len(excluded)
    ids = list(excluded)
    return Claim.objects.filter(pk__in=ids, **{PAGE_FILTERS[field]: value}).count()


#: Lazy labels, looked up by code: a line page names lines in hundreds of rows, and the enum is slow to ask.
LINE_LABELS = dict(LineOfEffort.choices)


def _line_label(code: str | None) -> str:
    return str(LINE_LABELS[code]) if code in LINE_LABELS else _("no line stated")


def shared_text(row: TotalRow, language: str) -> str:
    """ "shared with Syria and Jordan": the other places or lines some of the row's figures also name."""
    names = [country_name(code, language) for code in row.shared_with.get("place", ())]
    names += [_line_label(code) for code in row.shared_with.get("line", ())]
    if not names:
        return ""
    return _("shared with %(names)s") % {"names": format_list(names, locale=babel_locale(language))}


@lru_cache(maxsize=4096)
def day_text(day: date | None, language: str) -> str:
    """A date in words in the reader's language, as CLDR writes it ("March 1, 2023", "1 mars 2023")."""
    return format_date(day, format="long", locale=babel_locale(language)) if day else ""


@lru_cache(maxsize=4096)  # the same few values recur on every chart (axis steps, round sums)
def _compact(value: Decimal, language: str) -> str:
    return format_compact_decimal(value, format_type="short", locale=babel_locale(language), fraction_digits=1)


def _value_label(row: ShownTotal, language: str) -> str:
    """The short figure drawn at the end of a bar: "≥ 270M", "≤ 80", "150M–180M", "~160M"."""
    if row.high is None:
        return f"≥ {_compact(row.low, language)}"
    if row.low == row.high:
        return _compact(row.low, language)
    if row.about:
        return f"~{_compact((row.low + row.high) / 2, language)}"
    if row.low == 0:
        return f"≤ {_compact(row.high, language)}"
    return f"{_compact(row.low, language)}–{_compact(row.high, language)}"


def _axis_top(largest: Decimal) -> tuple[Decimal, Decimal]:
    """A round top for the axis and its step (four steps of 1, 2, 2.5 or 5 times a power of ten)."""
    if largest <= 0:
        return Decimal(4), Decimal(1)
    power = Decimal(10) ** (len(str(int(largest / 4))) - 1)
    for step in AXIS_STEPS:
        size = Decimal(str(step)) * power
        if size * 4 >= largest:
            return size * 4, size
    return Decimal(40) * power, Decimal(10) * power


def _bars(rows: list[ShownTotal], language: str) -> tuple[list[Bar], list[Tick], int]:
    """Bars with a label above and the value after them, and an axis whose top is a round number."""
    largest = max((row.high if row.high is not None else row.low) for row in rows)
    top, step = _axis_top(largest)
    bars = []
    for index, row in enumerate(rows):
        low = int(Decimal(CHART_BAR_SPACE) * row.low / top)
        end = CHART_BAR_SPACE if row.high is None else int(Decimal(CHART_BAR_SPACE) * row.high / top)
        inside = end > CHART_BAR_SPACE - CHART_VALUE_ROOM
        bars.append(
            Bar(
                label=row.label,
                y=index * CHART_ROW_HEIGHT + 22,
                label_y=index * CHART_ROW_HEIGHT + 16,
                low_width=max(low, 1),
                range_width=max(end - low, 0),
                is_open=row.high is None,
                value=_value_label(row, language),
                value_x=CHART_MARGIN + (max(low, 1) - 6 if inside else end + 6),
                value_inside=inside,
            )
        )
    ticks = [
        Tick(x=CHART_MARGIN + int(CHART_BAR_SPACE * n / 4), text=_compact(step * n, language)) for n in range(5)
    ]
    return bars, ticks, len(rows) * CHART_ROW_HEIGHT + 8


def forget_coalition_totals() -> None:
    """Drop this process's copies of the coalition-wide totals (tests, and after a backup is loaded)."""
    _memo.clear()
    _generation[0] += 1


def _coalition_totals(*, kind: str, group_by: tuple[str, ...], version: int):
    """The service's coalition-wide total for a grouping, kept in this process until the data version moves.

    One copy serves every place or line page of a worker; the shared cache (Redis on several app servers)
    keeps one for every worker of every server, and the service itself stores it once per data version.

    This memo earns its place beside the stored cells and the page cache: after any change the page cache
    answers no place or line page, so each is built again, and each build needs four of these totals to
    show a few hundred of their rows. They are large (thousands of rows, megabytes pickled): the stored
    cells give one in seconds, the shared cache in tens to hundreds of milliseconds, this memo at once, so
    a worker pays that price once per data version instead of on every page (figures in docs/totals.md).
    """
    if _memo.get("version") != version:
        _memo.clear()
        _memo["version"] = version
    key = (kind, group_by)
    if key not in _memo:
        shared = f"website:totals:{_generation[0]}:{kind}:{','.join(group_by)}:{version}"
        _memo[key] = cache.get_or_set(shared, lambda: totals(group_by=group_by, kind=kind, currency="USD"), 3600)
    return _memo[key]


def _coalition_rows(*, kind: str, group_by: tuple[str, ...], version: int, field: str | None, value: str | None):
    """The coalition-wide rows of one place or line (``field``/``value``), and the result they come from.

    The rows are sorted out by value once per data version and process, so a page takes its own rows
    instead of reading every place's (tens of thousands of rows) on each request.
    """
    result = _coalition_totals(kind=kind, group_by=group_by, version=version)
    if not field:
        return result, result.rows
    key = ("by", kind, group_by)
    if key not in _memo:
        by_value: dict[str, list[TotalRow]] = {}
        for row in result.rows:
            by_value.setdefault(row.key[field], []).append(row)
        _memo[key] = by_value
    return result, _memo[key].get(value, [])


def _overall(rows: list[TotalRow], series: str, stage: str) -> TotalRow | None:
    """The page's total of one series, every figure once: for yearly series its latest year; head counts
    only when they all stand on one date (counts of different dates are never added)."""
    found = [row for row in rows if row.series == series and row.stage == stage]
    if series in YEARLY_SERIES and found:
        latest = max(row.key.get("year") or 0 for row in found)
        found = [row for row in found if (row.key.get("year") or 0) == latest]
    return found[0] if len(found) == 1 else None


def totals_view(
    *, place: str | None = None, line: str | None = None, as_of: datetime | None = None, language: str = "en"
) -> TotalsView:
    """Funding (in USD) and personnel totals for a place or a line by partner, or for the coalition by line.

    Without ``as_of`` the rows come from the coalition-wide totals (see ``_coalition_totals``); with it, the
    service adds up the page's claims as they stood on that date. Each series also shows its total over all
    rows from the service, grouped without the rows' dimension, so a figure naming two lines counts once.
    """
    field, value = ("place", place) if place else ("line", line) if line else (None, None)
    group = "partner" if field else "line"
    version = None if as_of else data_version()
    charts, excluded = [], 0
    partners = {}
    for kind in (ClaimKind.FUNDING, ClaimKind.PERSONNEL):
        group_by = (group, "year") if kind == ClaimKind.FUNDING else (group,)
        whole_by = ((field,) if field else ()) + (("year",) if kind == ClaimKind.FUNDING else ())
        if as_of is not None:
            claims = Claim.objects.filter(**{PAGE_FILTERS[field]: value}) if field else None
            options = {"claims": claims, "kind": kind, "currency": "USD", "as_of": as_of.date()}
            result = totals(group_by=((field,) if field else ()) + group_by, **options)
            excluded += len(result.excluded_reasons)
            whole = totals(group_by=whole_by, **options).rows
            rows = [row for row in result.rows if row.key[field] == value] if field else result.rows
            if field:
                whole = [row for row in whole if row.key[field] == value]
        else:
            group_by = ((field,) if field else ()) + group_by
            result, rows = _coalition_rows(kind=kind, group_by=group_by, version=version, field=field, value=value)
            excluded += _excluded_here(result.excluded_reasons, field, value)
            whole = _coalition_rows(kind=kind, group_by=whole_by, version=version, field=field, value=value)[1]
        rows = _latest_years(rows, group)
        if group == "partner" and not partners:
            partners = Partner.objects.in_bulk(field_name="code")
        by_series: dict[tuple, list[tuple[ShownTotal, TotalRow]]] = {}
        for row in rows:
            partner = partners.get(row.key.get("partner")) if group == "partner" else None
            item = ShownTotal(
                label="",  # named in ``_worded``: only the rows shown are put in words
                partner=partner,
                line=row.key.get("line"),
                series=row.series,
                stage=row.stage,
                year=row.key.get("year"),
                on=row.key.get("on"),
                low=row.range.low,
                high=row.range.high,
                claim_count=row.claim_count,
                unit=row.unit,
                about=row.approximate_only,
            )
            by_series.setdefault((kind, row.series, row.stage), []).append((item, row))
        for (chart_kind, series, stage), items in sorted(by_series.items(), key=_series_order):
            largest = [
                _worded(item, row, language)
                for item, row in sorted(items, key=lambda pair: _size(pair[0]), reverse=True)[:CHART_MAX_ROWS]
            ]
            largest = _told_apart(largest)
            bars, ticks, axis_y = _bars(largest, language)
            overall = _overall(whole, series, stage) if len(items) > 1 else None
            charts.append(
                Chart(
                    title=series_title(chart_kind, series, stage),
                    height=axis_y + CHART_AXIS_HEIGHT,
                    axis_y=axis_y,
                    bars=bars,
                    ticks=ticks,
                    rows=largest,
                    hidden=len(items) - len(largest),
                    overall=render_range(overall.range, overall.unit, about=overall.approximate_only)
                    if overall else "",
                    overall_label=_("All partners, each figure once") if field
                    else _("All lines of effort, each figure once"),
                )
            )
    return TotalsView(charts=charts, excluded=excluded)


def _worded(item: ShownTotal, row: TotalRow, language: str) -> ShownTotal:
    return replace(
        item,
        label=item.partner.name(language) if item.partner else _line_label(item.line),
        stage=str(Stage(item.stage).label),
        text=render_range(Range(item.low, item.high), item.unit, about=item.about),
        shared=shared_text(row, language),
        on_text=day_text(item.on, language),
    )


def _told_apart(rows: list[ShownTotal]) -> list[ShownTotal]:
    """Rows with the same name (head counts of one line on different dates) carry their date in the label."""
    seen: dict[str, int] = {}
    for row in rows:
        seen[row.label] = seen.get(row.label, 0) + 1
    return [
        replace(row, label=_("%(name)s, %(day)s") % {"name": row.label, "day": row.on_text})
        if seen[row.label] > 1 and row.on_text else row
        for row in rows
    ]


SERIES_HEADINGS = {
    Series.ANNUAL: gettext_lazy("Per year"),
    Series.YEAR: gettext_lazy("In a named year"),
    Series.CUMULATIVE: gettext_lazy("Cumulative since a start year"),
    Series.UNDATED: gettext_lazy("No period stated"),
}


def series_title(kind: str, series: str, stage: str) -> str:
    """A series' name in plain words, e.g. "Per year (USD)" or "Head counts — authorised ceiling".

    The stage is named only when the sources state one; money names its currency, head counts are people.
    """
    if kind == ClaimKind.PERSONNEL:
        name = str(_("Head counts")) if series == Series.UNDATED else _("Head counts, %(series)s") % {
            "series": Series(series).label,
        }
    else:
        name = str(SERIES_HEADINGS[Series(series)])
    if stage != Stage.UNKNOWN:
        name = _("%(name)s — %(stage)s") % {"name": name, "stage": Stage(stage).label}
    if kind == ClaimKind.FUNDING:
        name = _("%(name)s (%(unit)s)") % {"name": name, "unit": "USD"}
    return name


@dataclass(frozen=True)
class PlaceTotal:
    """One row of a profile's funding totals: a place, a series and its range in words."""

    code: str | None
    name: str
    series: str
    text: str
    year: int | None
    shared: str = ""


@dataclass(frozen=True)
class PartnerTotals:
    rows: list[PlaceTotal]
    excluded: int


def partner_totals(*, partner: Partner, as_of: datetime | None = None, language: str = "en") -> PartnerTotals:
    """A partner's funding (in USD) by place, for its profile: the service's ranges, yearly series at their
    latest year as on place pages, ordered by place name and then series."""
    result = totals(
        group_by=("place", "year"),
        kind=ClaimKind.FUNDING,
        currency="USD",
        partners=[partner.pk],
        as_of=as_of.date() if as_of else None,
    )
    rows = [
        PlaceTotal(
            code=row.key.get("place"),
            name=country_name(row.key["place"], language) if row.key.get("place") else _("no place stated"),
            series=series_title(ClaimKind.FUNDING, row.series, row.stage),
            text=render_range(row.range, row.unit, about=row.approximate_only),
            year=row.key.get("year") if row.series in YEARLY_SERIES else None,
            shared=shared_text(row, language),
        )
        for row in _latest_years(result.rows, "place")
    ]
    rows.sort(key=lambda item: (item.code is None, item.name.casefold(), item.series))
    return PartnerTotals(rows=rows, excluded=len(result.excluded_reasons))


def _series_order(entry) -> tuple[int, int]:
    """Sections in a steady order: per year, named year, cumulative, undated; stages as the vocabulary lists them."""
    (_kind, series, stage), _items = entry
    return list(Series.values).index(series), list(Stage.values).index(stage)


def _size(item: ShownTotal) -> tuple:
    """Largest first: open ranges (no upper end) by their lower end, above closed ones of the same lower end.

    Only the rows shown are put in words: a place has hundreds of rows and wording them costs more than
    reading them.
    """
    return (item.high if item.high is not None else item.low, item.high is None)
