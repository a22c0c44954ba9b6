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

This module only reads. Totals without a ``claims`` set or ``as_of`` date never scan the claims: they add
up the partners' stored cells, after one call to ``cells.cells_refresh``, the write side, which rebuilds
the cells whose claims changed (and only reads when none did). Totals over a ``claims`` set or an
``as_of`` date are computed in SQL from the claim amounts at each call. The SQL both sides share is in
``query``, the answers' shapes in ``results``, the rows' shared places and lines in ``sharing``.
"""

from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal

from django.db.models import Q, QuerySet

from coalition.claims.models import Claim
from coalition.vocab import ClaimKind, Qualifier, ReviewStatus

from .cells import cells_refresh
from .models import ClaimAmount, DataVersion, PartnerExclusion
from .query import (
    EDITORIAL,
    GROUPS,
    HEDGES,
    PATHS,
    PUBLISHED,
    amount_selection,
    computed_query,
    excluded_ids,
    key_order,
    left_out,
    partner_grouping,
    scope_filter,
    scope_of,
    summed_query,
    value_column,
)
from .ranges import Range, approximate_band, hedge_range
from .results import ExcludedClaim, Part, TotalRow, TotalsError, TotalsResult, excluded_claims_of
from .sharing import sharing, with_sharing

CURRENCIES = ("USD", "EUR")
PEOPLE = "people"
CENTS = Decimal("0.01")
CELL_FIELDS = (*GROUPS, "series", "stage", "on", "first_year", "last_year", *HEDGES, *(f"n_{h}" for h in HEDGES))


def _check(kind: str, currency: str, group_by=()) -> None:
    if kind not in ClaimKind.values:
        raise TotalsError("totals.unknown_kind", kind=kind)
    if kind == ClaimKind.FUNDING and currency not in CURRENCIES:
        raise TotalsError("totals.unknown_currency", currency=currency)
    for name in group_by:
        if name not in GROUPS:
            raise TotalsError("totals.unknown_group", group=name)


def _computed_cells(**options) -> list[dict]:
    """Add up in SQL: one dict per row with the keys and, per hedge, the summed values and the count."""
    return [{name.removeprefix("k_"): v for name, v in record.items()} for record in computed_query(**options)]


def data_version() -> int:
    return DataVersion.objects.values_list("version", flat=True).first() or 0


def _summed_cells(
    *, kind: str, unit: str, group_by: tuple[str, ...], filters: Mapping, include_drafts: bool, partners, drafts_of
):
    """A total added up from the partners' stored cells (brought up to date first), and its exclusions."""
    scopes = [EDITORIAL, PUBLISHED] if drafts_of is not None else [scope_of(include_drafts)]
    cells_refresh(kind=kind, unit=unit, group_by=group_by, scopes=scopes)
    options = {"include_drafts": include_drafts, "partners": partners, "drafts_of": drafts_of}
    query = summed_query(kind=kind, unit=unit, group_by=group_by, filters=filters, **options)
    cells = [{name[2:]: value for name, value in record.items()} for record in query]
    excluded = PartnerExclusion.objects.filter(
        scope_filter("total__", **options),
        total__kind=kind,
        total__unit=unit,
        total__grouping=partner_grouping(group_by),
    )
    return cells, list(excluded.order_by("claim_id").values_list("claim_id", "reason"))


def _stored_cells(*, kind: str, unit: str, group_by: tuple[str, ...], include_drafts: bool):
    """The cells and exclusions of a total over every partner, from its stored coalition-wide total (brought
    up to date first)."""
    scopes = [scope_of(include_drafts)]
    rollup = cells_refresh(kind=kind, unit=unit, group_by=group_by, scopes=scopes, rollup=True)
    cells = list(rollup.cells.order_by(*key_order(group_by, kind, prefix="")).values(*CELL_FIELDS))
    return cells, list(rollup.exclusions.order_by("claim_id").values_list("claim_id", "reason"))


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
        excluded = [found[:2] for found in excluded_ids(kind=kind, **selection)]
    band = approximate_band()
    rows = [_row(cell, group_by, unit, band) for cell in cells]
    if claims is None and as_of is None and (partners is not None or drafts_of is not None):
        claims = Claim.objects.all()
        if partners is not None:
            claims = claims.filter(partner_id__in=partners)
        if drafts_of is not None:
            claims = claims.filter(Q(status=ReviewStatus.ACCEPTED) | Q(partner_id__in=drafts_of))
    shared = sharing(
        kind=kind, group_by=group_by,
        selection={"claims": claims, "include_drafts": include_drafts, "as_of": as_of},
    )
    if shared:
        rows = [with_sharing(row, group_by, shared) for row in rows]
    return TotalsResult(
        kind=kind, unit=unit, band=band, group_by=group_by, rows=rows, excluded_reasons=dict(excluded)
    )


def excluded_claims(*, kind=ClaimKind.FUNDING, claims=None, include_drafts=False, as_of=None) -> list[ExcludedClaim]:
    """The claims a total had to leave out, each with the reason."""
    found = excluded_ids(kind=kind, claims=claims, include_drafts=include_drafts, as_of=as_of)
    return excluded_claims_of({pk: reason for pk, reason, *_ in found})


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
    restated, breakdown = left_out("", **selection)
    query = ClaimAmount.objects.filter(
        amount_selection("", **selection), kind=kind, excluded_reason="", series=key["series"], stage=key["stage"]
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
    column = value_column(kind, currency)
    parts = []
    for amount in query.order_by("-as_of", "claim_id"):
        because = "restated" if amount.is_restated else "breakdown" if amount.is_breakdown else ""
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
                counted=not because,
                left_out_because=because,
            )
        )
    return parts
