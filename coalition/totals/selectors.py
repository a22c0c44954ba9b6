"""Totals: the one place where claims are added up, for the website, the API and the exports.

``totals()`` adds up in SQL, over the rows ``services.claim_amounts_refresh`` keeps. The rules (docs/totals.md):

- hedges are ranges (``ranges.hedge_range``), and a total with any open part is open;
- funding is added in USD or EUR, each figure converted at the mean rate of its year (a named-year figure)
  or of its document's as-of year (annual, cumulative and undated figures);
- series never mix: annual figures (counted in each year of their span), named-year figures, cumulative
  figures and figures without a period are separate rows, and so are stages (pledged, disbursed, ...);
- personnel counts add up only for the same date (their document's as-of date);
- a breakdown is left out wherever its parent is counted in the same series;
- a figure restated by the same partner in a later document counts once: among claims with the same
  restatement key (partner, kind, stage, period, year, since, places, lines), only those from the
  document with the latest as-of date count;
- claims that cannot be counted (no exchange rate, not converted yet) are listed, never dropped silently.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.db.models import Case, Count, DateField, DecimalField, Exists, F, OuterRef, Q, QuerySet, Sum, Value, When

from coalition.claims.models import Claim
from coalition.errors import CoalitionError
from coalition.vocab import ClaimKind, Qualifier, ReviewStatus

from .models import ClaimAmount, ClaimYear, ExclusionReason
from .ranges import Range, approximate_band, hedge_range

CURRENCIES = ("USD", "EUR")
GROUPS = {
    "partner": "amount__partner__code",
    "place": "amount__claim__places",
    "line": "amount__claim__lines",
    "year": "year",
}
ROW_KEYS = ("series", "stage", "on")
AMOUNT = DecimalField(max_digits=30, decimal_places=4)


class TotalsError(CoalitionError):
    """A total was asked for in a way that has no answer (unknown grouping, currency or kind)."""


@dataclass(frozen=True)
class TotalRow:
    """One total: its key, its range in ``unit`` and how many claims make it up.

    ``key`` holds the grouping values (``None`` for "not stated") plus ``series``, ``stage`` and, for
    personnel, ``on`` (the date the head counts stood); pass it to ``total_parts`` to list the claims.
    """

    key: dict
    unit: str
    range: Range
    claim_count: int
    approximate_only: bool

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
    kind: str
    unit: str
    band: Decimal
    group_by: tuple[str, ...]
    rows: list[TotalRow]
    excluded: list[ExcludedClaim] = field(default_factory=list)


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


def _selection(prefix: str, *, claims, include_drafts: bool, as_of: date | None) -> Q:
    """The claims a total may use, as a filter on a model reaching Claim through ``prefix``."""
    statuses = [ReviewStatus.ACCEPTED, ReviewStatus.DRAFT] if include_drafts else [ReviewStatus.ACCEPTED]
    q = Q(**{f"{prefix}status__in": statuses})
    if claims is not None:
        q &= Q(**{f"{prefix}pk__in": claims.values("pk")})
    if as_of is not None:
        q &= Q(**{f"{prefix}document__as_of__lte": as_of})
    return q


def _left_out(amount_ref: str, **selection) -> tuple[Exists, Exists]:
    """Subqueries true for a restated claim (a later document says the same) and for a counted breakdown."""
    chosen = ClaimAmount.objects.filter(excluded_reason="").filter(_selection("claim__", **selection))
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
    if kind == ClaimKind.PERSONNEL:
        return "value"
    return f"value_{currency.lower()}"


def totals(
    *,
    claims: QuerySet[Claim] | None = None,
    group_by: tuple[str, ...] = ("place", "line"),
    kind: str = ClaimKind.FUNDING,
    currency: str = "USD",
    include_drafts: bool = False,
    as_of: date | None = None,
) -> TotalsResult:
    """Add up claims as ranges, grouped by any of "partner", "place", "line", "year".

    ``claims`` narrows the set (e.g. one partner's); accepted claims only unless ``include_drafts`` (for
    editors: accepted and draft, never rejected). ``as_of`` gives the totals as they stood on that date:
    only documents dated on or before it. A claim with several places or lines counts in each of their
    rows, so rows of one total are not added to each other.
    """
    group_by = tuple(group_by)
    _check(kind, currency, group_by)
    band = approximate_band()
    selection = {"claims": claims, "include_drafts": include_drafts, "as_of": as_of}
    restated, breakdown = _left_out("amount__", **selection)
    value = F(f"amount__{_value_column(kind, currency)}")
    qualifier = "amount__qualifier"
    low = Case(
        When(**{qualifier: Qualifier.APPROXIMATE}, then=value * Value(1 - band)),
        When(**{qualifier: Qualifier.AT_MOST}, then=Value(Decimal(0))),
        default=value,
        output_field=AMOUNT,
    )
    high = Case(
        When(**{qualifier: Qualifier.APPROXIMATE}, then=value * Value(1 + band)),
        When(**{qualifier: Qualifier.AT_LEAST}, then=Value(None)),
        default=value,
        output_field=AMOUNT,
    )
    on = F("amount__as_of") if kind == ClaimKind.PERSONNEL else Value(None, output_field=DateField())
    keys = {name: F(GROUPS[name]) for name in group_by}
    query = (
        ClaimYear.objects.filter(_selection("amount__claim__", **selection), amount__kind=kind)
        .filter(amount__excluded_reason="")
        .filter(~restated, ~breakdown)
        .annotate(k_series=F("amount__series"), k_stage=F("amount__stage"), k_on=on, **{f"k_{n}": e for n, e in keys.items()})
        .values("k_series", "k_stage", "k_on", *(f"k_{n}" for n in group_by))
        .annotate(
            low=Sum(low),
            high=Sum(high),
            open=Count("pk", filter=Q(**{qualifier: Qualifier.AT_LEAST})),
            hedged=Count("pk", filter=Q(**{f"{qualifier}__in": [Qualifier.AT_LEAST, Qualifier.AT_MOST]})),
            approximate=Count("pk", filter=Q(**{qualifier: Qualifier.APPROXIMATE})),
            claim_count=Count("pk"),
        )
        .order_by("k_series", "k_stage", "k_on", *(f"k_{n}" for n in group_by))
    )
    unit = currency if kind == ClaimKind.FUNDING else "people"
    rows = [_row(record, group_by, unit) for record in query]
    return TotalsResult(
        kind=kind,
        unit=unit,
        band=band,
        group_by=group_by,
        rows=rows,
        excluded=excluded_claims(**selection, kind=kind),
    )


def _row(record: dict, group_by: tuple[str, ...], unit: str) -> TotalRow:
    key = {name: record[f"k_{name}"] for name in group_by}
    key.update(series=record["k_series"], stage=record["k_stage"])
    if unit == "people":
        key["on"] = record["k_on"]
    places = Decimal("0.01")
    low = Decimal(record["low"] or 0).quantize(places)
    high = None if record["open"] else Decimal(record["high"] or 0).quantize(places)
    return TotalRow(
        key=key,
        unit=unit,
        range=Range(low, high),
        claim_count=record["claim_count"],
        approximate_only=record["approximate"] > 0 and record["hedged"] == 0,
    )


def excluded_claims(*, claims=None, include_drafts=False, as_of=None, kind=ClaimKind.FUNDING) -> list[ExcludedClaim]:
    """The claims a total had to leave out, each with the reason."""
    chosen = Claim.objects.filter(_selection("", claims=claims, include_drafts=include_drafts, as_of=as_of), kind=kind)
    missing = chosen.filter(Q(amount__isnull=True) | ~Q(amount__excluded_reason="")).select_related(
        "amount", "document"
    )
    result = []
    for claim in missing.order_by("pk"):
        amount = getattr(claim, "amount", None)
        result.append(
            ExcludedClaim(
                claim_id=claim.pk,
                reason=amount.excluded_reason if amount else ExclusionReason.NOT_CONVERTED,
                value=claim.value,
                currency=claim.currency or "",
                evidence=claim.evidence,
                document_sha256=claim.document.sha256,
            )
        )
    return result


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
        _selection("claim__", **selection), kind=kind, excluded_reason="", series=key["series"], stage=key["stage"]
    )
    for name, path in (("partner", "partner__code"), ("place", "claim__places"), ("line", "claim__lines")):
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
                unit=currency if kind == ClaimKind.FUNDING else "people",
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
