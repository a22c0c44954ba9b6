"""Writes of the totals app: rebuild the converted, time-placed copy of claims that totals add up in SQL.

Ingest and review call ``claim_amounts_refresh`` after they create or change claims (places, lines and
review status included); ``coalition totals refresh`` rebuilds every row. A change to many claims at once
(accepting a whole document, publishing over an older factsheet, dating a document) is brought up to date
once, at its end, and by a worker's ``totals_refresh`` job when it is large and a queue is configured.
"""

import hashlib
import json
import re
import threading
from collections.abc import Iterable
from decimal import Decimal

from django.db import transaction
from django.db.models import F, Q, QuerySet

from coalition.claims.fields import Use, claim_fields
from coalition.claims.models import Claim
from coalition.editorial.writes import in_one_change
from coalition.jobs.queue import job_run
from coalition.vocab import ClaimKind, Period

from .models import ClaimAmount, ClaimYear, DataVersion, ExclusionReason, PartnerVersion, Series
from .rates import year_rate

SERIES_OF_PERIOD = {Period.ANNUAL: Series.ANNUAL, Period.YEAR: Series.YEAR, Period.CUMULATIVE: Series.CUMULATIVE}
NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}
LAST_YEARS = re.compile(r"\b(?:last|past|previous)\s+(\d{1,2}|" + "|".join(NUMBER_WORDS) + r")\s+years\b", re.I)
FROM_YEAR = re.compile(r"\b(?:since|from)\s+((?:19|20)\d\d)\b", re.I)
BATCH = 2000
#: More changed claims than this are rebuilt by a worker (when a queue is configured), not in the request.
LARGE_REFRESH = 500
_collected = threading.local()
CENTS = Decimal("0.01")
#: What a claim amount copies as it is from its claim (``partner_id`` for the partner).
AMOUNT_FIELDS = tuple(field.attname for field in claim_fields(Use.AMOUNT))


def annual_span(*, evidence: str, as_of_year: int) -> tuple[int, int]:
    """The years an annual figure covers, from its own words and its document's as-of year.

    "in the last 5 years" -> the five full years before the as-of year; "since 2016" / "from 2016" -> 2016 to
    the as-of year; no stated span -> the as-of year alone.
    """
    if match := LAST_YEARS.search(evidence):
        count = match.group(1).lower()
        years = int(count) if count.isdigit() else NUMBER_WORDS[count]
        return as_of_year - years, as_of_year - 1
    if (match := FROM_YEAR.search(evidence)) and int(match.group(1)) <= as_of_year:
        return int(match.group(1)), as_of_year
    return as_of_year, as_of_year


def restatement_key(claim: Claim, places: list[str], lines: list[str]) -> str:
    """Claims of one partner sharing this key say the same thing; only the latest document's count."""
    parts = [
        claim.partner_id, claim.kind, claim.stage, claim.period or "", claim.year, claim.since,
        claim.parent_id is not None, sorted(places), sorted(lines),
    ]
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()


def _years_covered(claim: Claim, series: str, as_of) -> tuple[int | None, int | None]:
    if series == Series.ANNUAL:
        return annual_span(evidence=claim.evidence, as_of_year=as_of.year)
    if series == Series.YEAR:
        return claim.year, claim.year
    if series == Series.CUMULATIVE:
        return claim.since, as_of.year
    return None, None


def _amount_rows(claim: Claim, places: list[str], lines: list[str]) -> tuple[ClaimAmount, list[int | None]]:
    as_of = claim.document.as_of
    series = series_of(claim)
    first, last = _years_covered(claim, series, as_of) if as_of is not None else (None, None)
    amount = ClaimAmount(
        claim=claim,
        **{name: getattr(claim, name) for name in AMOUNT_FIELDS},
        series=series,
        currency=claim.currency or "",
        first_year=first,
        last_year=last,
        as_of=as_of,
        restatement_key=restatement_key(claim, places, lines),
    )
    if as_of is None:
        # Without its document's date a figure can be neither placed in time nor weighed against a
        # restatement: it is listed as left out until an editor sets the date.
        amount.excluded_reason = ExclusionReason.DATE_UNKNOWN
    elif claim.kind == ClaimKind.FUNDING:
        rate = year_rate(claim.currency, claim.year if series == Series.YEAR else as_of.year)
        if rate is None:
            amount.excluded_reason = ExclusionReason.UNSUPPORTED_CURRENCY
        else:
            amount.value_usd = (claim.value * rate.usd).quantize(CENTS)
            amount.value_eur = (claim.value * rate.eur).quantize(CENTS)
            amount.rate_usd, amount.rate_eur = rate.usd, rate.eur
            amount.rate_year, amount.rate_date, amount.rate_source = rate.year, rate.last_date, rate.source
    placed = as_of is not None and series in (Series.ANNUAL, Series.YEAR)
    years = list(range(first, last + 1)) if placed else [None]
    amount.span_years = len(years)
    return amount, years


def data_changed() -> None:
    """Raise the data version, which callers that keep totals of their own watch."""
    if not DataVersion.objects.update(version=F("version") + 1):
        DataVersion.objects.create(version=1)


def units_changed(units: Iterable[tuple[int, str]]) -> None:
    """Mark the stored cells of these (partner id, series) pairs stale."""
    units = sorted(set(units))
    PartnerVersion.objects.bulk_create(
        [PartnerVersion(partner_id=partner, series=series) for partner, series in units], ignore_conflicts=True
    )
    by_series = {}
    for partner, series in units:
        by_series.setdefault(series, []).append(partner)
    for series, partners in by_series.items():
        PartnerVersion.objects.filter(series=series, partner_id__in=partners).update(version=F("version") + 1)
    data_changed()


def series_of(claim: Claim) -> str:
    return SERIES_OF_PERIOD.get(claim.period, Series.UNDATED)


def claim_amounts_refresh(*, claims: QuerySet[Claim] | Iterable[Claim]) -> int:
    """Rebuild the amount rows of ``claims``; returns how many were written. All or nothing per call."""
    ids = list(claims.values_list("pk", flat=True)) if isinstance(claims, QuerySet) else [c.pk for c in claims]
    fields = [f.name for f in ClaimAmount._meta.concrete_fields if f.name not in ("claim", "refreshed_at")]
    written, units = 0, set()
    with transaction.atomic():
        for start in range(0, len(ids), BATCH):
            # The (partner, series) cells that change: the claims' own (before and after the change), and
            # those of their breakdowns, since whether a breakdown counts depends on its parent.
            chunk = ids[start : start + BATCH]
            # two indexed lookups: one OR across the join makes PostgreSQL scan every amount row for each chunk
            for owned in (Q(claim__in=chunk), Q(claim__parent__in=chunk)):
                units |= set(ClaimAmount.objects.filter(owned).values_list("partner_id", "series"))
            batch = (
                Claim.objects.filter(pk__in=chunk)
                .select_related("document")
                .prefetch_related("places", "lines")
            )
            amounts, years = [], []
            for claim in batch:
                places = [place.pk for place in claim.places.all()]
                lines = [line.pk for line in claim.lines.all()]
                amount, claim_years = _amount_rows(claim, places, lines)
                amounts.append(amount)
                units.add((amount.partner_id, amount.series))
                years.extend(ClaimYear(amount_id=claim.pk, year=year) for year in claim_years)
            ClaimYear.objects.filter(amount_id__in=[a.claim_id for a in amounts]).delete()
            ClaimAmount.objects.bulk_create(
                amounts, update_conflicts=True, unique_fields=["claim"], update_fields=[*fields, "refreshed_at"]
            )
            ClaimYear.objects.bulk_create(years)
            written += len(amounts)
        units_changed(units)
    return written


def claim_amount_refresh(*, claim: Claim) -> ClaimAmount:
    """Rebuild one claim's amount row, e.g. after an editor changed its value, places or status."""
    claim_amounts_refresh(claims=[claim])
    return ClaimAmount.objects.get(pk=claim.pk)


def totals_refresh(*, claim_ids: list[int] | None = None) -> int:
    """The ``totals_refresh`` job: rebuild the amount rows of these claims, or of every claim. A rebuild from
    the claims as they stand, so running it twice, or after a retry, leaves the same rows."""
    claims = Claim.objects.all() if claim_ids is None else Claim.objects.filter(pk__in=claim_ids)
    return claim_amounts_refresh(claims=claims)


def amounts_refresh_later(*, claim_ids: Iterable[int]) -> None:
    """Bring these claims' amounts up to date: at the end of the enclosing editorial change (``one_change``),
    else now.

    A large set goes to the queue (deferred in the caller's transaction, so it exists once the change is
    committed); without a queue, or for a few claims, it is rebuilt here.
    """
    ids = set(claim_ids)
    if in_one_change():
        _collected.ids = (getattr(_collected, "ids", None) or set()) | ids
        return
    if ids:
        job_run("totals_refresh", totals_refresh, claim_ids=sorted(ids), inline=len(ids) <= LARGE_REFRESH)


def change_ended(*, completed: bool) -> None:
    """An editorial change ended: rebuild the amounts of every claim it touched, once (nothing if it failed)."""
    ids, _collected.ids = getattr(_collected, "ids", None) or set(), None
    if completed:
        amounts_refresh_later(claim_ids=ids)
