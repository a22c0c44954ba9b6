"""Reads for the event pages: the pledges made at an event, by donor, and a total that says what it can and cannot."""

from __future__ import annotations

from dataclasses import dataclass, field

from coalition.claims.models import Claim
from coalition.partners.models import Partner
from coalition.totals.ranges import Range, hedge_range, sum_ranges
from coalition.totals.rates import year_rate
from coalition.totals.render import ABOUT, AT_LEAST, UP_TO, render_amount, render_range
from coalition.vocab import ClaimKind, Qualifier

from .models import Event


@dataclass
class Donor:
    partner: Partner
    pledges: list[Claim] = field(default_factory=list)


@dataclass
class CurrencyTotal:
    currency: str
    text: str
    hedged: bool  # some of its pledges are "about", "at least" or "up to": the total is a range


@dataclass
class EventPledges:
    donors: list[Donor]
    totals: list[CurrencyTotal]
    usd: str | None  # every currency converted at the mean rate of the event's year, when each has a rate
    unconverted: list[str]  # currencies without a rate for that year, left out of ``usd``
    parts: int  # pledges that are a part of another one ("of which ..."), listed but not added


def event_pledges(*, event: Event) -> EventPledges:
    """The published money pledges of the documents that report ``event``, by donor.

    Totals are ranges per currency (hedges widen them); the two ends of a stated range ("between USD 500 and 700
    million": at least 500, at most 700) are one range, not two pledges; parts ("of which") are not added again."""
    claims = list(
        Claim.objects.published()
        .filter(document__events=event, kind=ClaimKind.FUNDING)
        .select_related("partner", "document")
        .order_by("partner__code", "evidence_start", "pk")
        .distinct()
    )
    donors: dict[int, Donor] = {}
    for claim in claims:
        claim.pledge_text = pledge_text(claim)
        donors.setdefault(claim.partner_id, Donor(partner=claim.partner)).pledges.append(claim)
    by_currency: dict[str, list[Range]] = {}
    hedged: set[str] = set()
    for currency, value in _stated_ranges(claims):
        by_currency.setdefault(currency, []).append(value)
        if not value.is_exact:
            hedged.add(currency)
    totals = [CurrencyTotal(currency, render_range(sum_ranges(ranges), currency), currency in hedged)
              for currency, ranges in sorted(by_currency.items())]
    usd, unconverted = _in_usd(by_currency, event.held_on.year)
    return EventPledges(donors=sorted(donors.values(), key=lambda d: d.partner.name()), totals=totals, usd=usd,
                        unconverted=unconverted, parts=sum(c.parent_id is not None for c in claims))


_HEDGE_WORDS = {Qualifier.APPROXIMATE: ABOUT, Qualifier.AT_LEAST: AT_LEAST, Qualifier.AT_MOST: UP_TO}


def pledge_text(claim: Claim) -> str:
    """One pledge as its source hedges it: "about EUR 350 million", "at least GBP 205 million"."""
    amount = render_amount(claim.value, claim.currency)
    hedge = _HEDGE_WORDS.get(claim.qualifier)
    return str(hedge) % {"amount": amount} if hedge else amount


def _stated_ranges(claims: list[Claim]):
    """(currency, range) per pledge as stated: both ends of one stated range make one range."""
    spans: dict[tuple, list[Claim]] = {}
    for claim in claims:
        if claim.parent_id is None:
            spans.setdefault((claim.partner_id, claim.document_id, claim.evidence_start, claim.currency), []).append(claim)
    for (_, _, _, currency), group in spans.items():
        bounds = {c.qualifier: c.value for c in group}
        if len(group) == 2 and set(bounds) == {Qualifier.AT_LEAST, Qualifier.AT_MOST}:
            yield currency, Range(bounds[Qualifier.AT_LEAST], bounds[Qualifier.AT_MOST])
            continue
        for claim in group:
            yield currency, hedge_range(claim.value, claim.qualifier)


def _in_usd(by_currency: dict[str, list[Range]], year: int) -> tuple[str | None, list[str]]:
    parts, unconverted = [], []
    for currency, ranges in by_currency.items():
        rate = year_rate(currency, year)
        if rate is None:
            unconverted.append(currency)
            continue
        total = sum_ranges(ranges)
        high = None if total.high is None else total.high * rate.usd
        parts.append(Range(total.low * rate.usd, high))
    if not parts:
        return None, sorted(unconverted)
    return render_range(sum_ranges(parts), "USD"), sorted(unconverted)


def events_of_partner(*, partner: Partner):
    """Events at which ``partner`` has a published pledge, latest first."""
    published = Claim.objects.published().filter(partner=partner)
    return Event.objects.filter(documents__claims__in=published).distinct().order_by("-held_on", "slug")


