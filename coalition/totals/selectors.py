"""Totals: the one place where claims are added up, for the website, the API and the exports.

The rules (docs/totals.md):

- hedges are ranges (``ranges.hedge_range``), and a total with any open part is open;
- funding is added in USD or EUR, each figure converted at the mean rate of its year (a named-year figure)
  or of its document's as-of year (annual, cumulative and undated figures);
- series never mix: annual figures, named-year figures, cumulative figures and figures without a period
  are separate rows, and so are stages (pledged, disbursed, ...); an annual figure counts in each year of
  its span, so a row not split by year holds its value times the years it covers;
- personnel counts add up only for the same date (their document's as-of date);
- a breakdown is left out wherever its parent is counted in the same series;
- a figure restated by the same partner in a later document counts once: among claims with the same
  restatement key (partner, kind, stage, period, year, since, places, lines), only those from the
  document with the latest as-of date count;
- claims that cannot be counted (no exchange rate, not converted yet) are listed, never dropped silently.

Totals without a ``claims`` set or ``as_of`` date never scan the claims: every rule above is decided
within one partner and one series, so each (partner, series) share is stored as cells
(``PartnerTotal``/``PartnerCell``), rebuilt in SQL from those claims only when their version has moved, and
a total adds up the cells. The total over all partners is stored too (``Rollup``/``Cell``), and a rebuild
carries its change into it. Totals over a ``claims`` set or an ``as_of`` date are computed in SQL from the
claims at each call.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from functools import cached_property

from django.db import connection, transaction
from django.db.models import Count, Exists, F, Max, Min, OuterRef, Q, QuerySet, Sum

from coalition.claims.models import Claim
from coalition.errors import CoalitionError
from coalition.partners.models import Partner
from coalition.vocab import ClaimKind, Qualifier, ReviewStatus

from .models import (
    Cell,
    ClaimAmount,
    ClaimYear,
    DataVersion,
    ExclusionReason,
    PartnerCell,
    PartnerExclusion,
    PartnerTotal,
    PartnerVersion,
    Rollup,
    RollupExclusion,
    Series,
)
from .ranges import Range, approximate_band, hedge_range
from .services import SERIES_OF_PERIOD

CURRENCIES = ("USD", "EUR")
GROUPS = ("partner", "place", "line", "year")
FILTERS = ("place", "line", "year")
PATHS = {"partner": "partner__code", "place": "claim__places", "line": "claim__lines", "partner_id": "partner_id"}
PUBLISHED, EDITORIAL = "published", "editorial"
HEDGES = (Qualifier.EXACT, Qualifier.APPROXIMATE, Qualifier.AT_LEAST, Qualifier.AT_MOST)
CENTS = Decimal("0.01")
PEOPLE = "people"
CELL_FIELDS = (*GROUPS, "series", "stage", "on", "first_year", "last_year", *HEDGES, *(f"n_{h}" for h in HEDGES))
ADDED = (*HEDGES, *(f"n_{h}" for h in HEDGES))
PARTNER_CELL_FIELDS = ("partner_id", *FILTERS, "series", "stage", "on", "first_year", "last_year", *ADDED)
SUMMED = ("first_year", "last_year", *ADDED)
CARRY_UNITS = 8  # more (partner, series) pairs rebuilt at once: adding every cell up again is as quick


class TotalsError(CoalitionError):
    """A total was asked for in a way that has no answer (unknown grouping, currency or kind)."""


@dataclass(frozen=True)
class TotalRow:
    """One total: its key, its range in ``unit`` and how many claims make it up.

    ``key`` holds the grouping values (``None`` for "not stated") plus ``series``, ``stage`` and, for
    personnel, ``on`` (the date the head counts stood); pass it to ``total_parts`` to list the claims.
    ``first_year``/``last_year`` are the years the row's figures cover, where known. ``shared_with`` maps
    "place" or "line" (when the total is grouped by it) to the other places or lines that some of the row's
    figures also name: those figures count in full in each of those rows too, so such rows must never be
    added to each other (a total not grouped by place or line counts each figure once).
    """

    key: dict
    unit: str
    range: Range
    claim_count: int
    approximate_only: bool
    first_year: int | None
    last_year: int | None
    shared_with: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def series(self) -> str:
        return self.key["series"]

    @property
    def stage(self) -> str:
        return self.key["stage"]


@dataclass(frozen=True)
class ExcludedClaim:
    claim_id: int
    reason: str
    value: Decimal
    currency: str
    evidence: str
    document_sha256: str

    @property
    def reason_text(self) -> str:
        return str(ExclusionReason(self.reason).label)


@dataclass(frozen=True)
class TotalsResult:
    """The rows of a total, and the claims it left out: ``excluded_reasons`` maps claim id to reason code,
    ``excluded`` loads those claims' values, evidence and documents when first read."""

    kind: str
    unit: str
    band: Decimal
    group_by: tuple[str, ...]
    rows: list[TotalRow]
    excluded_reasons: dict[int, str] = field(default_factory=dict)

    @cached_property
    def excluded(self) -> list[ExcludedClaim]:
        return _excluded(self.excluded_reasons)


@dataclass(frozen=True)
class Part:
    """A claim inside a total, with everything needed to audit it.

    ``counted`` is False for a claim that the total lists but does not add: ``left_out_because`` is then
    "restated" (a later document of the partner says the same) or "breakdown" (its parent is counted).
    """

    claim: Claim
    stated: Range
    converted: Range
    unit: str
    rate: Decimal | None
    rate_year: int | None
    rate_date: date | None
    rate_source: str
    first_year: int | None
    last_year: int | None
    counted: bool
    left_out_because: str

    @property
    def evidence(self) -> str:
        return self.claim.evidence

    @property
    def document_sha256(self) -> str:
        return self.claim.document.sha256


def _check(kind: str, currency: str, group_by=()) -> None:
    if kind not in ClaimKind.values:
        raise TotalsError("totals.unknown_kind", kind=kind)
    if kind == ClaimKind.FUNDING and currency not in CURRENCIES:
        raise TotalsError("totals.unknown_currency", currency=currency)
    for name in group_by:
        if name not in GROUPS:
            raise TotalsError("totals.unknown_group", group=name)


def _statuses(include_drafts: bool) -> list[str]:
    return [ReviewStatus.ACCEPTED, ReviewStatus.DRAFT] if include_drafts else [ReviewStatus.ACCEPTED]


def _selection(prefix: str, *, claims, include_drafts: bool, as_of: date | None) -> Q:
    """The claims a total may use, as a filter on a model reaching Claim through ``prefix``."""
    q = Q(**{f"{prefix}status__in": _statuses(include_drafts)})
    if claims is not None:
        q &= Q(**{f"{prefix}pk__in": claims.values("pk")})
    if as_of is not None:
        q &= Q(**{f"{prefix}document__as_of__lte": as_of})
    return q


def _amount_selection(prefix: str, *, claims, include_drafts: bool, as_of: date | None) -> Q:
    """The same choice as ``_selection``, on the copies kept in ``ClaimAmount`` (reached through ``prefix``)."""
    q = Q(**{f"{prefix}status__in": _statuses(include_drafts)})
    if claims is not None:
        q &= Q(**{f"{prefix}claim__in": claims.values("pk")})
    if as_of is not None:
        q &= Q(**{f"{prefix}as_of__lte": as_of})
    return q


def _left_out(amount_ref: str, **selection) -> tuple[Exists, Exists]:
    """Subqueries true for a restated claim (a later document says the same) and for a counted breakdown."""
    chosen = ClaimAmount.objects.filter(excluded_reason="").filter(_amount_selection("", **selection))
    restated = Exists(
        chosen.filter(
            restatement_key=OuterRef(f"{amount_ref}restatement_key"), as_of__gt=OuterRef(f"{amount_ref}as_of")
        )
    )
    breakdown = Exists(
        chosen.filter(claim=OuterRef(f"{amount_ref}claim__parent"), series=OuterRef(f"{amount_ref}series"))
    )
    return restated, breakdown


def _value_column(kind: str, currency: str) -> str:
    return "value" if kind == ClaimKind.PERSONNEL else f"value_{currency.lower()}"


def _computed_cells(**options) -> list[dict]:
    """Add up in SQL: one dict per row with the keys and, per hedge, the summed values and the count."""
    return [{name.removeprefix("k_"): v for name, v in record.items()} for record in _computed_query(**options)]


def _computed_query(
    *, kind: str, unit: str, group_by: tuple[str, ...], units: list[tuple[int, str]] | None = None, **selection
) -> QuerySet:
    """The SQL that adds claim amounts up: columns ``k_<key>``, ``first_year``, ``last_year``, the sum and
    count of each hedge.

    ``units`` ((partner id, series) pairs) keeps only those rows; whether a claim is restated or a counted breakdown
    is still decided over the whole selection, as in a total over every partner.
    """
    if "year" in group_by:
        base, prefix, weight = ClaimYear.objects.all(), "amount__", None
        keys = {"year": F("year")}
    else:
        base, prefix, weight = ClaimAmount.objects.all(), "", F("span_years")
        keys = {}
    keys |= {name: F(f"{prefix}{PATHS[name]}") for name in group_by if name != "year"}
    keys |= {"series": F(f"{prefix}series"), "stage": F(f"{prefix}stage")}
    if kind == ClaimKind.PERSONNEL:
        keys["on"] = F(f"{prefix}as_of")
    restated, breakdown = _left_out(prefix, **selection)
    value = F(f"{prefix}{_value_column(kind, unit)}")
    if weight is not None:
        value = value * weight
    sums = {}
    for hedge in HEDGES:
        only = Q(**{f"{prefix}qualifier": hedge})
        sums[hedge] = Sum(value, filter=only)
        sums[f"n_{hedge}"] = Count("pk", filter=only)
    if units is not None:
        base = base.filter(_units(prefix, units))
    query = (
        base.filter(_amount_selection(prefix, **selection), **{f"{prefix}kind": kind})
        .filter(**{f"{prefix}excluded_reason": ""})
        .filter(~restated, ~breakdown)
        .annotate(**{f"k_{name}": expression for name, expression in keys.items()})
        .values(*(f"k_{name}" for name in keys))
        .annotate(first_year=Min(f"{prefix}first_year"), last_year=Max(f"{prefix}last_year"), **sums)
        .order_by(*_order(group_by, kind, prefix="k_"))
    )
    return query


def _order(group_by: tuple[str, ...], kind: str, *, prefix: str) -> list:
    """Rows in key order (grouping, then series, stage and date), "not stated" last on every database."""
    names = [*group_by, "series", "stage", *(["on"] if kind == ClaimKind.PERSONNEL else [])]
    return [F(f"{prefix}{name}").asc(nulls_last=True) for name in names]


def _excluded_ids(
    *, kind: str, claims=None, include_drafts=False, as_of=None, units: list[tuple[int, str]] | None = None
) -> list[tuple[int, str, int, str]]:
    """(claim id, reason, partner id, series) of the chosen claims that cannot be added up; ``units`` keeps
    only those (partner id, series) pairs."""
    chosen = Claim.objects.filter(_selection("", claims=claims, include_drafts=include_drafts, as_of=as_of), kind=kind)
    if units is not None:
        by_series = {}
        for partner, series in units:
            by_series.setdefault(series, []).append(partner)
        dated = list(SERIES_OF_PERIOD)
        periods = {s: Q(period=p) for p, s in SERIES_OF_PERIOD.items()}
        periods[Series.UNDATED] = Q(period__isnull=True) | ~Q(period__in=dated)
        mine = Q(pk__in=[])
        for series, partners in by_series.items():
            mine |= Q(partner_id__in=partners) & periods[series]
        chosen = chosen.filter(mine)
    missing = chosen.filter(Q(amount__isnull=True) | ~Q(amount__excluded_reason=""))
    fields = ("pk", "amount__excluded_reason", "partner_id", "amount__series", "period")
    return [
        (pk, reason or ExclusionReason.NOT_CONVERTED, partner, series or SERIES_OF_PERIOD.get(period, Series.UNDATED))
        for pk, reason, partner, series, period in missing.order_by("pk").values_list(*fields)
    ]


def _excluded(reasons: Mapping[int, str]) -> list[ExcludedClaim]:
    fields = ("pk", "value", "currency", "evidence", "document__sha256")
    found = Claim.objects.filter(pk__in=reasons).order_by("pk").values_list(*fields)
    return [
        ExcludedClaim(claim_id=pk, reason=reasons[pk], value=v, currency=c or "", evidence=e, document_sha256=sha)
        for pk, v, c, e, sha in found
    ]


def data_version() -> int:
    return DataVersion.objects.values_list("version", flat=True).first() or 0


def _partner_grouping(group_by: tuple[str, ...]) -> str:
    return ",".join(name for name in FILTERS if name in group_by)


def _stated(cell: Mapping) -> dict:
    """A cell's values without the empty ones, which the model's defaults fill."""
    return {name: value for name, value in cell.items() if value is not None}


def _lock_cells_version() -> int:
    """Take the lock that orders rebuilds of partners' cells and stores of coalition-wide totals (a write to
    the counter row), and return the cells version."""
    if not DataVersion.objects.update(cells=F("cells")):
        DataVersion.objects.create()
    return DataVersion.objects.order_by("pk").values_list("cells", flat=True).first()


def _units(prefix: str, units) -> Q:
    """A filter keeping the given (partner id, series) pairs, one clause per series."""
    by_series = {}
    for partner, series in units:
        by_series.setdefault(series, []).append(partner)
    q = Q(pk__in=[])
    for series, partners in sorted(by_series.items()):
        q |= Q(**{f"{prefix}series": series, f"{prefix}partner_id__in": partners})
    return q


def _stale_units(same: Mapping, partners) -> tuple[list[tuple[int, str]], dict]:
    current = {(p, s): v for p, s, v in PartnerVersion.objects.values_list("partner_id", "series", "version")}
    stored = PartnerTotal.objects.filter(**same).values_list("partner_id", "series", "version")
    built = {(p, s): v for p, s, v in stored}
    units = [(pk, series) for pk in partners for series in Series.values]
    return [unit for unit in units if built.get(unit) != current.get(unit, 0)], current


def _fresh_partner_totals(*, scope: str, kind: str, unit: str, grouping: str) -> list[tuple[int, str]]:
    """Rebuild the stored cells of the (partner, series) pairs whose claims changed since they were built, in
    SQL from those claims only, and carry the change into the stored coalition-wide totals; returns the
    pairs rebuilt."""
    same = {"scope": scope, "kind": kind, "unit": unit, "grouping": grouping}
    partners = list(Partner.objects.order_by("pk").values_list("pk", flat=True))
    if not _stale_units(same, partners)[0]:
        return []
    with transaction.atomic():
        cells_version = _lock_cells_version()
        # Looked at again under the lock: another request may have rebuilt some of them meanwhile.
        stale, current = _stale_units(same, partners)
        if not stale:
            return stale
        derived = Rollup.objects.filter(
            scope=scope, kind=kind, unit=unit, grouping__in=[grouping, ",".join(filter(None, ("partner", grouping)))]
        )
        carry = len(stale) <= CARRY_UNITS and derived.filter(version=cells_version).exists()
        old_totals = list(PartnerTotal.objects.filter(_units("", stale), **same).values_list("pk", flat=True))
        old_cells, old_excluded = [], []
        if carry:
            old_cells = list(PartnerCell.objects.filter(total__in=old_totals).values(*PARTNER_CELL_FIELDS))
            old_excluded = list(PartnerExclusion.objects.filter(total__in=old_totals).values_list("claim", flat=True))
        PartnerTotal.objects.filter(pk__in=old_totals).delete()
        made = PartnerTotal.objects.bulk_create(
            [PartnerTotal(partner_id=p, series=s, version=current.get((p, s), 0), **same) for p, s in stale]
        )
        group_by = ("partner_id", *filter(None, grouping.split(",")))
        selection = {"claims": None, "include_drafts": scope == EDITORIAL, "as_of": None}
        query = _computed_query(kind=kind, unit=unit, group_by=group_by, units=stale, **selection)
        keys = [name for name in (*group_by, "series", "stage") if name != "partner_id"]
        keys += ["on"] if kind == ClaimKind.PERSONNEL else []
        quote = connection.ops.quote_name
        _insert_select(
            PartnerCell,
            query,
            {"partner": "k_partner_id"} | {name: f"k_{name}" for name in keys} | {n: n for n in SUMMED},
            constants=same,
            joined={"total": "t.id"},
            join=(
                f"INNER JOIN {quote(PartnerTotal._meta.db_table)} t ON t.partner_id = s.{quote('k_partner_id')} "
                f"AND t.series = s.{quote('k_series')} AND t.scope = %s AND t.kind = %s AND t.unit = %s "
                f"AND t.{quote('grouping')} = %s"
            ),
            join_params=list(same.values()),
        )
        ids = {(total.partner_id, total.series): total.pk for total in made}
        excluded = [
            (pk, reason, (partner, series))
            for pk, reason, partner, series in _excluded_ids(kind=kind, units=stale, **selection)
            if (partner, series) in ids
        ]
        PartnerExclusion.objects.bulk_create(
            [PartnerExclusion(total_id=ids[unit], claim_id=pk, reason=reason) for pk, reason, unit in excluded],
            batch_size=1000,
        )
        codes = dict(Partner.objects.filter(pk__in=[p for p, _ in stale]).values_list("pk", "code"))
        new_cells = list(PartnerCell.objects.filter(total__in=made).values(*PARTNER_CELL_FIELDS)) if carry else []
        new_excluded = [(pk, reason) for pk, reason, _ in excluded]
        carried = [
            rollup.pk
            for rollup in derived.filter(version=cells_version)
            if carry and _carry(rollup, old_cells, new_cells, codes, old_excluded, new_excluded)
        ]
        derived.exclude(pk__in=carried).delete()
        derived.filter(pk__in=carried).update(version=cells_version + 1)
        DataVersion.objects.update(cells=F("cells") + 1)
    return stale


def _cell_sums(cells, key) -> dict:
    """Per key: the hedge sums and counts added up, the first year's minimum and the last year's maximum."""
    found = {}
    for cell in cells:
        entry = found.setdefault(key(cell), {**dict.fromkeys(ADDED, 0), "first_year": None, "last_year": None})
        for name in ADDED:
            entry[name] += cell.get(name) or 0
        for name, pick in (("first_year", min), ("last_year", max)):
            if cell.get(name) is not None:
                entry[name] = cell[name] if entry[name] is None else pick(entry[name], cell[name])
    return found


def _carry(rollup: Rollup, old_cells, new_cells, codes, old_excluded, new_excluded) -> bool:
    """Take rebuilt partners' old cells off a stored coalition-wide total and add their new ones.

    Returns False, changing nothing, when a first or last year is no longer known without adding up again
    (the rebuilt partners held it and no longer do); the caller then drops the stored total.
    """
    by_partner = rollup.grouping.startswith("partner")

    def key(cell):
        partner = codes[cell["partner_id"]] if by_partner else None
        where = (cell.get("place"), cell.get("line"), cell.get("year"))
        return (partner, *where, cell["series"], cell["stage"], cell.get("on"))

    old, new = _cell_sums(old_cells, key), _cell_sums(new_cells, key)
    empty = {**dict.fromkeys(ADDED, 0), "first_year": None, "last_year": None}
    keys = [k for k in old.keys() | new.keys() if old.get(k, empty) != new.get(k, empty)]
    # Only the stored cells that may match a changed key are loaded.
    near = Q(series__in={k[4] for k in keys})
    for position, name in enumerate(("partner", "place", "line", "year")):
        values = {k[position] for k in keys}
        unstated = Q(**{f"{name}__isnull": True}) if None in values else Q(pk__in=[])
        near &= Q(**{f"{name}__in": values - {None}}) | unstated
    stored = {(c.partner, c.place, c.line, c.year, c.series, c.stage, c.on): c for c in rollup.cells.filter(near)}
    changed, created, emptied = [], [], []
    for k in keys:
        before, after = old.get(k, empty), new.get(k, empty)
        cell = stored.get(k) or Cell(
            rollup=rollup, partner=k[0], place=k[1], line=k[2], year=k[3], series=k[4], stage=k[5], on=k[6]
        )
        for name in ADDED:
            setattr(cell, name, getattr(cell, name) - before[name] + after[name])
        if not any(getattr(cell, f"n_{hedge}") for hedge in HEDGES):
            if cell.pk:
                emptied.append(cell.pk)
            continue
        for name, pick in (("first_year", min), ("last_year", max)):
            held, now, kept = before[name], after[name], getattr(cell, name)
            if held is not None and held == kept and now != held and (now is None or pick(now, held) == held):
                return False
            setattr(cell, name, pick((y for y in (kept, now) if y is not None), default=None))
        (changed if cell.pk else created).append(cell)
    Cell.objects.bulk_update(changed, [*ADDED, "first_year", "last_year"], batch_size=500)
    Cell.objects.bulk_create(created, batch_size=1000)
    Cell.objects.filter(pk__in=emptied).delete()
    RollupExclusion.objects.filter(rollup=rollup, claim_id__in=old_excluded).delete()
    RollupExclusion.objects.bulk_create(
        [RollupExclusion(rollup=rollup, claim_id=pk, reason=reason) for pk, reason in new_excluded], batch_size=1000
    )
    return True


def _scope_filter(prefix: str, *, include_drafts: bool, partners, drafts_of) -> Q:
    """Which partners' stored totals a total adds up: editorial ones (accepted and draft claims) for the
    partners whose drafts count, published ones (accepted claims) for the others."""
    if not include_drafts:
        q = Q(**{f"{prefix}scope": PUBLISHED})
    elif drafts_of is None:
        q = Q(**{f"{prefix}scope": EDITORIAL})
    else:
        q = Q(**{f"{prefix}scope": EDITORIAL, f"{prefix}partner_id__in": drafts_of}) | (
            Q(**{f"{prefix}scope": PUBLISHED}) & ~Q(**{f"{prefix}partner_id__in": drafts_of})
        )
    if partners is not None:
        q &= Q(**{f"{prefix}partner_id__in": partners})
    return q


def _summed_cells(
    *, kind: str, unit: str, group_by: tuple[str, ...], filters: Mapping, include_drafts: bool, partners, drafts_of
):
    """A total added up from the partners' stored cells, and its exclusions (call ``_fresh_partner_totals``
    first)."""
    options = {"include_drafts": include_drafts, "partners": partners, "drafts_of": drafts_of}
    query = _summed_query(kind=kind, unit=unit, group_by=group_by, filters=filters, **options)
    cells = [{name[2:]: value for name, value in record.items()} for record in query]
    excluded = PartnerExclusion.objects.filter(
        _scope_filter("total__", **options),
        total__kind=kind,
        total__unit=unit,
        total__grouping=_partner_grouping(group_by),
    )
    return cells, list(excluded.order_by("claim_id").values_list("claim_id", "reason"))


def _summed_query(*, kind: str, unit: str, group_by: tuple[str, ...], filters: Mapping, **options) -> QuerySet:
    """The SQL that adds partners' cells up: columns ``k_<key>`` and ``s_<sum>``."""
    keys = {name: F("partner__code") if name == "partner" else F(name) for name in group_by}
    keys |= {"series": F("series"), "stage": F("stage")}
    if kind == ClaimKind.PERSONNEL:
        keys["on"] = F("on")
    sums = {f"s_{name}": Sum(name) for name in ADDED}
    grouping = _partner_grouping(group_by)
    return (
        PartnerCell.objects.filter(_scope_filter("", **options), kind=kind, unit=unit, grouping=grouping, **filters)
        .annotate(**{f"k_{name}": expression for name, expression in keys.items()})
        .values(*(f"k_{name}" for name in keys))
        .annotate(s_first_year=Min("first_year"), s_last_year=Max("last_year"), **sums)
        .order_by(*_order(group_by, kind, prefix="k_"))
    )


def _insert_select(
    model, query: QuerySet, columns: Mapping[str, str], *, constants: Mapping, joined=None, join="", join_params=()
) -> None:
    """``INSERT INTO <model> SELECT ...`` from an aggregating query, so stored cells never pass through
    Python. ``columns`` maps field names to the query's column aliases, ``constants`` to fixed values and
    ``joined`` to SQL over the ``join`` (table alias ``t``)."""
    quote = connection.ops.quote_name
    sql, params = query.order_by().query.sql_with_params()
    joined = joined or {}
    fields = [*constants, *joined, *columns]
    sources = ["%s"] * len(constants) + list(joined.values()) + [
        f"COALESCE(s.{quote(alias)}, 0)" if name in ADDED else f"s.{quote(alias)}" for name, alias in columns.items()
    ]
    targets = ", ".join(quote(model._meta.get_field(name).column) for name in fields)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {quote(model._meta.db_table)} ({targets}) SELECT {', '.join(sources)} FROM ({sql}) s {join}",
            [*constants.values(), *params, *join_params],
        )


def _scope(include_drafts: bool) -> str:
    return EDITORIAL if include_drafts else PUBLISHED


def _stored_cells(*, kind: str, unit: str, group_by: tuple[str, ...], include_drafts: bool):
    """The cells and exclusions of a total over every partner: stored, or added up from the partners' cells
    (in SQL, straight into the store) when the cells changed in a way that could not be carried into it."""
    scope = _scope(include_drafts)
    _fresh_partner_totals(scope=scope, kind=kind, unit=unit, grouping=_partner_grouping(group_by))
    grouping = ",".join(name for name in GROUPS if name in group_by)
    same = {"scope": scope, "kind": kind, "unit": unit, "grouping": grouping}
    cells_version = DataVersion.objects.order_by("pk").values_list("cells", flat=True).first()
    rollup = Rollup.objects.filter(version=cells_version, **same).first()
    if rollup is None:
        with transaction.atomic():
            cells_version = _lock_cells_version()
            rollup = Rollup.objects.filter(version=cells_version, **same).first()
            if rollup is None:
                rollup = _store_rollup(kind=kind, unit=unit, group_by=group_by, include_drafts=include_drafts,
                                       version=cells_version, same=same)
    cells = list(rollup.cells.order_by(*_order(group_by, kind, prefix="")).values(*CELL_FIELDS))
    return cells, list(rollup.exclusions.order_by("claim_id").values_list("claim_id", "reason"))


def _store_rollup(*, kind, unit, group_by, include_drafts, version, same) -> Rollup:
    """Add the partners' cells up into a new stored coalition-wide total (under the cells lock)."""
    Rollup.objects.filter(**same).delete()
    rollup = Rollup.objects.create(version=version, **same)
    options = {"include_drafts": include_drafts, "partners": None, "drafts_of": None}
    query = _summed_query(kind=kind, unit=unit, group_by=group_by, filters={}, **options)
    keys = [*group_by, "series", "stage", *(["on"] if kind == ClaimKind.PERSONNEL else [])]
    columns = {name: f"k_{name}" for name in keys} | {n: f"s_{n}" for n in SUMMED}
    _insert_select(Cell, query, columns, constants={"rollup": rollup.pk})
    excluded = PartnerExclusion.objects.filter(
        _scope_filter("total__", **options), total__kind=kind, total__unit=unit,
        total__grouping=_partner_grouping(group_by),
    ).values_list("claim_id", "reason")
    RollupExclusion.objects.bulk_create(
        [RollupExclusion(rollup=rollup, claim_id=pk, reason=reason) for pk, reason in excluded], batch_size=1000
    )
    return rollup


def _row(cell: Mapping, group_by: tuple[str, ...], unit: str, band: Decimal) -> TotalRow:
    key = {name: cell.get(name) for name in group_by}
    key.update(series=cell["series"], stage=cell["stage"])
    if unit == PEOPLE:
        key["on"] = cell["on"]
    amount = {hedge: Decimal(cell.get(hedge) or 0) for hedge in HEDGES}
    low = amount[Qualifier.EXACT] + amount[Qualifier.APPROXIMATE] * (1 - band) + amount[Qualifier.AT_LEAST]
    high = amount[Qualifier.EXACT] + amount[Qualifier.APPROXIMATE] * (1 + band) + amount[Qualifier.AT_MOST]
    counts = {hedge: cell[f"n_{hedge}"] for hedge in HEDGES}
    return TotalRow(
        key=key,
        unit=unit,
        range=Range(low.quantize(CENTS), None if counts[Qualifier.AT_LEAST] else high.quantize(CENTS)),
        claim_count=sum(counts.values()),
        approximate_only=counts[Qualifier.APPROXIMATE] > 0
        and counts[Qualifier.AT_LEAST] == counts[Qualifier.AT_MOST] == 0,
        first_year=cell.get("first_year"),
        last_year=cell.get("last_year"),
    )


SHARED = ("place", "line")


def _sharing(*, kind: str, group_by: tuple[str, ...], selection: Mapping) -> dict[tuple, dict[str, set]]:
    """For each row key (as in ``TotalRow.key`` without "on" and in ``group_by`` order, then series and
    stage, then "on" for personnel), the other places and lines its figures also name.

    Only counted figures naming more than one place or line (of those in ``group_by``) are read, so this
    is one small query next to the total itself.
    """
    names = [name for name in SHARED if name in group_by]
    if not names:
        return {}
    restated, breakdown = _left_out("", **selection)
    several = Q(pk__in=[])
    for name in names:
        links = getattr(Claim, PATHS[name].removeprefix("claim__")).through.objects
        counted = links.values("claim_id").annotate(n=Count("pk")).filter(n__gt=1)
        if selection["claims"] is None:
            several |= Q(pk__in=counted.values("claim_id"))
        else:  # a few chosen claims (one partner's): look up their own links, not group every claim's
            several |= Q(Exists(counted.filter(claim_id=OuterRef("claim_id"))))
    chosen = (
        ClaimAmount.objects.filter(_amount_selection("", **selection), kind=kind, excluded_reason="")
        .filter(several)
        .filter(~restated, ~breakdown)
    )
    found = {
        pk: {"partner": code, "series": series, "stage": stage, "on": on, "place": set(), "line": set(), "year": set()}
        for pk, code, series, stage, on in chosen.values_list("pk", "partner__code", "series", "stage", "as_of")
    }
    if not found:
        return {}
    for pk, place in Claim.places.through.objects.filter(claim_id__in=found).values_list("claim_id", "country_id"):
        found[pk]["place"].add(place)
    for pk, line in Claim.lines.through.objects.filter(claim_id__in=found).values_list("claim_id", "line_id"):
        found[pk]["line"].add(line)
    if "year" in group_by:
        for pk, year in ClaimYear.objects.filter(amount_id__in=found).values_list("amount_id", "year"):
            found[pk]["year"].add(year)
    shared: dict[tuple, dict[str, set]] = {}
    for claim in found.values():
        choices = [
            [claim[name]] if name == "partner" else sorted(claim[name], key=str) or [None] for name in group_by
        ]
        tail = (claim["series"], claim["stage"], *([claim["on"]] if kind == ClaimKind.PERSONNEL else []))
        for values in _product(choices):
            entry = shared.setdefault((*values, *tail), {})
            for name in names:
                others = claim[name] - {values[group_by.index(name)]}
                if others:
                    entry.setdefault(name, set()).update(others)
    return shared


def _product(choices: list[list]) -> list[tuple]:
    combos = [()]
    for options in choices:
        combos = [(*combo, option) for combo in combos for option in options]
    return combos


def _with_sharing(row: TotalRow, group_by: tuple[str, ...], shared: Mapping[tuple, dict[str, set]]) -> TotalRow:
    tail = [row.key["series"], row.key["stage"], *([row.key["on"]] if "on" in row.key else [])]
    found = shared.get((*(row.key[name] for name in group_by), *tail))
    if not found:
        return row
    return replace(row, shared_with={name: tuple(sorted(found[name])) for name in SHARED if name in found})


def totals(
    *,
    claims: QuerySet[Claim] | None = None,
    group_by: tuple[str, ...] = ("place", "line"),
    kind: str = ClaimKind.FUNDING,
    currency: str = "USD",
    include_drafts: bool = False,
    as_of: date | None = None,
    partners: Iterable[int] | None = None,
    drafts_of: Iterable[int] | None = None,
    place: str | None = None,
    line: str | None = None,
    year: int | None = None,
) -> TotalsResult:
    """Add up claims as ranges, grouped by any of "partner", "place", "line", "year".

    ``claims`` narrows the set (any filter); accepted claims only unless ``include_drafts`` (for editors:
    accepted and draft, never rejected; with ``drafts_of``, only those partners' drafts). ``partners``
    (ids) keeps only those partners' claims. ``place``, ``line`` and ``year`` keep only the rows with that
    key (they are added to ``group_by``). ``as_of`` gives the totals as they stood on that date: only
    documents dated on or before it. A claim with several places or lines counts in each of their rows, so
    rows of one total are not added to each other. ``currency`` is "USD" or "EUR" (funding).

    Without ``claims`` and ``as_of`` the total is added up from the partners' stored cells, never from the
    claims; with either, from the claims at the call.
    """
    filters = {name: value for name, value in (("place", place), ("line", line), ("year", year)) if value is not None}
    group_by = tuple(dict.fromkeys((*group_by, *filters)))
    _check(kind, currency, group_by)
    unit = currency if kind == ClaimKind.FUNDING else PEOPLE
    partners = None if partners is None else sorted(set(partners))
    drafts_of = None if drafts_of is None or not include_drafts else sorted(set(drafts_of))
    if claims is None and as_of is None:
        if filters or partners is not None or drafts_of is not None:
            for scope in [EDITORIAL, PUBLISHED] if drafts_of is not None else [_scope(include_drafts)]:
                _fresh_partner_totals(scope=scope, kind=kind, unit=unit, grouping=_partner_grouping(group_by))
            cells, excluded = _summed_cells(
                kind=kind, unit=unit, group_by=group_by, filters=filters, include_drafts=include_drafts,
                partners=partners, drafts_of=drafts_of,
            )
        else:
            cells, excluded = _stored_cells(kind=kind, unit=unit, group_by=group_by, include_drafts=include_drafts)
    else:
        if partners is not None:
            claims = (Claim.objects.all() if claims is None else claims).filter(partner_id__in=partners)
        if drafts_of is not None:
            claims = (Claim.objects.all() if claims is None else claims).filter(
                Q(status=ReviewStatus.ACCEPTED) | Q(partner_id__in=drafts_of)
            )
        selection = {"claims": claims, "include_drafts": include_drafts, "as_of": as_of}
        cells = _computed_cells(kind=kind, unit=unit, group_by=group_by, **selection)
        cells = [cell for cell in cells if all(cell[name] == value for name, value in filters.items())]
        excluded = [found[:2] for found in _excluded_ids(kind=kind, **selection)]
    band = approximate_band()
    rows = [_row(cell, group_by, unit, band) for cell in cells]
    if claims is None and as_of is None and (partners is not None or drafts_of is not None):
        claims = Claim.objects.all()
        if partners is not None:
            claims = claims.filter(partner_id__in=partners)
        if drafts_of is not None:
            claims = claims.filter(Q(status=ReviewStatus.ACCEPTED) | Q(partner_id__in=drafts_of))
    shared = _sharing(
        kind=kind, group_by=group_by,
        selection={"claims": claims, "include_drafts": include_drafts, "as_of": as_of},
    )
    if shared:
        rows = [_with_sharing(row, group_by, shared) for row in rows]
    return TotalsResult(
        kind=kind, unit=unit, band=band, group_by=group_by, rows=rows, excluded_reasons=dict(excluded)
    )


def excluded_claims(*, kind=ClaimKind.FUNDING, claims=None, include_drafts=False, as_of=None) -> list[ExcludedClaim]:
    """The claims a total had to leave out, each with the reason."""
    found = _excluded_ids(kind=kind, claims=claims, include_drafts=include_drafts, as_of=as_of)
    return _excluded({pk: reason for pk, reason, *_ in found})


def total_parts(
    *,
    key: Mapping,
    claims: QuerySet[Claim] | None = None,
    kind: str = ClaimKind.FUNDING,
    currency: str = "USD",
    include_drafts: bool = False,
    as_of: date | None = None,
) -> list[Part]:
    """The claims a total row is made of (``key`` as in ``TotalRow.key``), counted ones and left-out ones.

    Each part carries its stated figure, its converted range, the rate with its year, date and source, its
    evidence and its document's SHA-256.
    """
    _check(kind, currency)
    selection = {"claims": claims, "include_drafts": include_drafts, "as_of": as_of}
    restated, breakdown = _left_out("", **selection)
    query = ClaimAmount.objects.filter(
        _amount_selection("", **selection), kind=kind, excluded_reason="", series=key["series"], stage=key["stage"]
    )
    for name, path in PATHS.items():
        if name in key:
            query = query.filter(**({f"{path}__isnull": True} if key[name] is None else {path: key[name]}))
    if key.get("year") is not None:
        query = query.filter(years__year=key["year"])
    if kind == ClaimKind.PERSONNEL and key.get("on") is not None:
        query = query.filter(as_of=key["on"])
    query = query.annotate(is_restated=restated, is_breakdown=breakdown).select_related("claim__document")
    band = approximate_band()
    column = _value_column(kind, currency)
    parts = []
    for amount in query.order_by("-as_of", "claim_id"):
        left_out = "restated" if amount.is_restated else "breakdown" if amount.is_breakdown else ""
        rate = None if kind == ClaimKind.PERSONNEL else getattr(amount, f"rate_{currency.lower()}")
        parts.append(
            Part(
                claim=amount.claim,
                stated=hedge_range(amount.value, amount.qualifier, band=band),
                converted=hedge_range(getattr(amount, column), amount.qualifier, band=band),
                unit=currency if kind == ClaimKind.FUNDING else PEOPLE,
                rate=rate,
                rate_year=amount.rate_year,
                rate_date=amount.rate_date,
                rate_source=amount.rate_source,
                first_year=amount.first_year,
                last_year=amount.last_year,
                counted=not left_out,
                left_out_because=left_out,
            )
        )
    return parts
