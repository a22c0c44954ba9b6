"""Totals as the site shows them: the aggregation service's honest ranges, arranged for a page and a chart.

Nothing is added up here: ``coalition.totals.selectors.totals`` does that. This module only picks which of
its rows a page shows (for yearly series, the latest year) and turns ranges into words and bar geometry.
"""

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django.core.cache import cache
from django.utils.translation import gettext as _

from coalition.claims.models import Claim
from coalition.partners.models import Partner
from coalition.totals.models import Series
from coalition.totals.render import render_range
from coalition.totals.selectors import data_version, totals
from coalition.vocab import ClaimKind, LineOfEffort, Stage

YEARLY_SERIES = (Series.ANNUAL, Series.YEAR)
CACHE_SECONDS = 3600
CHART_WIDTH = 640
CHART_LABEL_WIDTH = 200
CHART_ROW_HEIGHT = 28
CHART_BAR_SPACE = CHART_WIDTH - CHART_LABEL_WIDTH - 10


@dataclass(frozen=True)
class ShownTotal:
    label: str
    partner: Partner | None
    line: str | None
    series: str
    series_label: str
    stage: str
    year: int | None
    on: object
    text: str
    low: Decimal
    high: Decimal | None
    claim_count: int


@dataclass(frozen=True)
class Bar:
    label: str
    y: int
    text_y: int
    low_width: int
    range_width: int
    is_open: bool


@dataclass(frozen=True)
class Chart:
    title: str
    height: int
    label_width: int
    bars: list[Bar]


@dataclass(frozen=True)
class TotalsView:
    rows: list[ShownTotal]
    charts: list[Chart]
    excluded: int


def _latest_years(rows, group: str):
    """For yearly series keep each group's latest year: a page answers "how much per year now", not a sum."""
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


def _line_label(code: str | None) -> str:
    return str(LineOfEffort(code).label) if code in LineOfEffort.values else _("no line stated")


def _series_label(series: str, year: int | None) -> str:
    if series == Series.ANNUAL and year:
        return _("per year, in %(year)s") % {"year": year}
    if series == Series.YEAR and year:
        return _("in %(year)s") % {"year": year}
    return str(Series(series).label)


def _bars(rows: list[ShownTotal]) -> list[Bar]:
    scale = max((row.high if row.high is not None else row.low) for row in rows) or Decimal(1)
    bars = []
    for index, row in enumerate(rows):
        low = int(Decimal(CHART_BAR_SPACE) * row.low / scale)
        top = CHART_BAR_SPACE if row.high is None else int(Decimal(CHART_BAR_SPACE) * row.high / scale)
        bars.append(
            Bar(
                label=row.label,
                y=index * CHART_ROW_HEIGHT + 4,
                text_y=index * CHART_ROW_HEIGHT + 19,
                low_width=max(low, 1),
                range_width=max(top - low, 0),
                is_open=row.high is None,
            )
        )
    return bars


def totals_view(
    *, place: str | None = None, line: str | None = None, as_of: datetime | None = None, language: str = "en"
) -> TotalsView:
    """Funding (in USD) and personnel totals for a place or a line, by partner; or by line for the whole coalition.

    Kept in the cache until the totals service's data version moves (any change of claims moves it), so a
    page adds up only once per change, not once per visitor.
    """
    if as_of is not None:
        return _totals_view(place=place, line=line, as_of=as_of, language=language)
    key = f"website:totals:{data_version()}:{place}:{line}:{language}"
    view = cache.get(key)
    if view is None:
        view = _totals_view(place=place, line=line, as_of=None, language=language)
        cache.set(key, view, CACHE_SECONDS)
    return view


def _totals_view(*, place: str | None, line: str | None, as_of: datetime | None, language: str) -> TotalsView:
    group = "partner" if (place or line) else "line"
    claims = None  # the whole coalition: the service's stored total
    if place:
        claims = Claim.objects.filter(places=place)
    if line:
        claims = (claims if claims is not None else Claim.objects.all()).filter(lines=line)
    day = as_of.date() if as_of else None
    shown, charts, excluded = [], [], 0
    partners = {}
    for kind in (ClaimKind.FUNDING, ClaimKind.PERSONNEL):
        group_by = (group, "year") if kind == ClaimKind.FUNDING else (group,)
        result = totals(claims=claims, group_by=group_by, kind=kind, currency="USD", as_of=day)
        excluded += len(result.excluded)
        rows = _latest_years(result.rows, group)
        if group == "partner" and not partners:
            partners = Partner.objects.in_bulk(field_name="code")
        by_series: dict[tuple, list[ShownTotal]] = {}
        for row in rows:
            partner = partners.get(row.key.get("partner")) if group == "partner" else None
            year = row.key.get("year")
            item = ShownTotal(
                label=partner.name(language) if partner else _line_label(row.key.get("line")),
                partner=partner,
                line=row.key.get("line"),
                series=row.series,
                series_label=_series_label(row.series, year),
                stage=str(Stage(row.stage).label),
                year=year,
                on=row.key.get("on"),
                text=render_range(row.range, row.unit, about=row.approximate_only),
                low=row.range.low,
                high=row.range.high,
                claim_count=row.claim_count,
            )
            shown.append(item)
            by_series.setdefault((kind, row.series, year, row.stage, row.key.get("on")), []).append(item)
        for (chart_kind, _series, _year, _stage, _on), items in by_series.items():
            unit = "USD" if chart_kind == ClaimKind.FUNDING else _("people")
            charts.append(
                Chart(
                    title=_("%(unit)s, %(series)s (%(stage)s): lower end dark, upper end light, open ends to the edge")
                    % {"unit": unit, "series": items[0].series_label, "stage": items[0].stage},
                    height=len(items) * CHART_ROW_HEIGHT + 8,
                    label_width=CHART_LABEL_WIDTH,
                    bars=_bars(items),
                )
            )
    return TotalsView(rows=shown, charts=charts, excluded=excluded)
