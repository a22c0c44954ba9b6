"""The SQL of totals, shared by the read side (``selectors``) and the write side (``cells``).

Which claim amounts a total may use, which of them are left out (restated, a counted breakdown, not
convertible), and how amounts or stored partner cells are added up: the same querysets serve a total
computed from the claims at the call, the rebuild of a partner's stored cells and the store of a
coalition-wide total, so the three can never disagree on a rule. Nothing here writes.
"""

from collections.abc import Mapping
from datetime import date

from django.db.models import Count, Exists, F, Max, Min, OuterRef, Q, QuerySet, Sum

from coalition.claims.models import Claim
from coalition.vocab import ClaimKind, Qualifier, ReviewStatus

from .models import ClaimAmount, ClaimYear, ExclusionReason, PartnerCell, Series
from .services import SERIES_OF_PERIOD

GROUPS = ("partner", "place", "line", "year")
FILTERS = ("place", "line", "year")
PATHS = {"partner": "partner__code", "place": "claim__places", "line": "claim__lines", "partner_id": "partner_id"}
PUBLISHED, EDITORIAL = "published", "editorial"
HEDGES = (Qualifier.EXACT, Qualifier.APPROXIMATE, Qualifier.AT_LEAST, Qualifier.AT_MOST)
ADDED = (*HEDGES, *(f"n_{h}" for h in HEDGES))
PARTNER_CELL_FIELDS = ("partner_id", *FILTERS, "series", "stage", "on", "first_year", "last_year", *ADDED)
SUMMED = ("first_year", "last_year", *ADDED)


def statuses(include_drafts: bool) -> list[str]:
    return [ReviewStatus.ACCEPTED, ReviewStatus.DRAFT] if include_drafts else [ReviewStatus.ACCEPTED]


def claim_selection(prefix: str, *, claims, include_drafts: bool, as_of: date | None) -> Q:
    """The claims a total may use, as a filter on a model reaching Claim through ``prefix``."""
    q = Q(**{f"{prefix}status__in": statuses(include_drafts)})
    if claims is not None:
        q &= Q(**{f"{prefix}pk__in": claims.values("pk")})
    if as_of is not None:
        q &= Q(**{f"{prefix}document__as_of__lte": as_of})
    return q


def amount_selection(prefix: str, *, claims, include_drafts: bool, as_of: date | None) -> Q:
    """The same choice as ``claim_selection``, on the copies kept in ``ClaimAmount`` (reached through
    ``prefix``)."""
    q = Q(**{f"{prefix}status__in": statuses(include_drafts)})
    if claims is not None:
        q &= Q(**{f"{prefix}claim__in": claims.values("pk")})
    if as_of is not None:
        q &= Q(**{f"{prefix}as_of__lte": as_of})
    return q


def left_out(amount_ref: str, **selection) -> tuple[Exists, Exists]:
    """Subqueries true for a restated claim (a later document says the same) and for a counted breakdown."""
    chosen = ClaimAmount.objects.filter(excluded_reason="").filter(amount_selection("", **selection))
    restated = Exists(
        chosen.filter(
            restatement_key=OuterRef(f"{amount_ref}restatement_key"), as_of__gt=OuterRef(f"{amount_ref}as_of")
        )
    )
    breakdown = Exists(
        chosen.filter(claim=OuterRef(f"{amount_ref}claim__parent"), series=OuterRef(f"{amount_ref}series"))
    )
    return restated, breakdown


def value_column(kind: str, currency: str) -> str:
    return "value" if kind == ClaimKind.PERSONNEL else f"value_{currency.lower()}"


def computed_query(
    *, kind: str, unit: str, group_by: tuple[str, ...], units: list[tuple[int, str]] | None = None, **selection
) -> QuerySet:
    """The SQL that adds claim amounts up: columns ``k_<key>``, ``first_year``, ``last_year``, the sum and
    count of each hedge.

    ``units`` ((partner id, series) pairs) keeps only those rows; whether a claim is restated or a counted
    breakdown is still decided over the whole selection, as in a total over every partner.
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
    restated, breakdown = left_out(prefix, **selection)
    value = F(f"{prefix}{value_column(kind, unit)}")
    if weight is not None:
        value = value * weight
    sums = {}
    for hedge in HEDGES:
        only = Q(**{f"{prefix}qualifier": hedge})
        sums[hedge] = Sum(value, filter=only)
        sums[f"n_{hedge}"] = Count("pk", filter=only)
    if units is not None:
        base = base.filter(units_filter(prefix, units))
    return (
        base.filter(amount_selection(prefix, **selection), **{f"{prefix}kind": kind})
        .filter(**{f"{prefix}excluded_reason": ""})
        .filter(~restated, ~breakdown)
        .annotate(**{f"k_{name}": expression for name, expression in keys.items()})
        .values(*(f"k_{name}" for name in keys))
        .annotate(first_year=Min(f"{prefix}first_year"), last_year=Max(f"{prefix}last_year"), **sums)
        .order_by(*key_order(group_by, kind, prefix="k_"))
    )


def key_order(group_by: tuple[str, ...], kind: str, *, prefix: str) -> list:
    """Rows in key order (grouping, then series, stage and date), "not stated" last on every database."""
    names = [*group_by, "series", "stage", *(["on"] if kind == ClaimKind.PERSONNEL else [])]
    return [F(f"{prefix}{name}").asc(nulls_last=True) for name in names]


def excluded_ids(
    *, kind: str, claims=None, include_drafts=False, as_of=None, units: list[tuple[int, str]] | None = None
) -> list[tuple[int, str, int, str]]:
    """(claim id, reason, partner id, series) of the chosen claims that cannot be added up; ``units`` keeps
    only those (partner id, series) pairs."""
    selection = claim_selection("", claims=claims, include_drafts=include_drafts, as_of=as_of)
    chosen = Claim.objects.filter(selection, kind=kind)
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


def units_filter(prefix: str, units) -> Q:
    """A filter keeping the given (partner id, series) pairs, one clause per series."""
    by_series = {}
    for partner, series in units:
        by_series.setdefault(series, []).append(partner)
    q = Q(pk__in=[])
    for series, partners in sorted(by_series.items()):
        q |= Q(**{f"{prefix}series": series, f"{prefix}partner_id__in": partners})
    return q


def partner_grouping(group_by: tuple[str, ...]) -> str:
    """The grouping partners' cells are stored under: the part of ``group_by`` that is not the partner."""
    return ",".join(name for name in FILTERS if name in group_by)


def scope_of(include_drafts: bool) -> str:
    return EDITORIAL if include_drafts else PUBLISHED


def scope_filter(prefix: str, *, include_drafts: bool, partners, drafts_of) -> Q:
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


def summed_query(*, kind: str, unit: str, group_by: tuple[str, ...], filters: Mapping, **options) -> QuerySet:
    """The SQL that adds partners' stored cells up: columns ``k_<key>`` and ``s_<sum>``."""
    keys = {name: F("partner__code") if name == "partner" else F(name) for name in group_by}
    keys |= {"series": F("series"), "stage": F("stage")}
    if kind == ClaimKind.PERSONNEL:
        keys["on"] = F("on")
    sums = {f"s_{name}": Sum(name) for name in ADDED}
    grouping = partner_grouping(group_by)
    return (
        PartnerCell.objects.filter(scope_filter("", **options), kind=kind, unit=unit, grouping=grouping, **filters)
        .annotate(**{f"k_{name}": expression for name, expression in keys.items()})
        .values(*(f"k_{name}" for name in keys))
        .annotate(s_first_year=Min("first_year"), s_last_year=Max("last_year"), **sums)
        .order_by(*key_order(group_by, kind, prefix="k_"))
    )
