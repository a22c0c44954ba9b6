"""What a total answers with: its rows, the claims it left out and the parts of a row.

Kept apart from ``selectors`` so the shapes callers receive (the website, the API, the exports) can be read
without the SQL that fills them. Import them from ``coalition.totals.selectors`` as before.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cached_property

from coalition.claims.fields import Use, claim_fields
from coalition.claims.models import Claim
from coalition.errors import CoalitionError

from .models import ExclusionReason
from .ranges import Range


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
    """A claim a total leaves out: its id and the reason, then its fields marked ``Use.EXCLUDED``."""

    claim_id: int
    reason: str
    value: Decimal
    currency: str
    evidence: str
    document_sha256: str

    @property
    def reason_text(self) -> str:
        return str(ExclusionReason(self.reason).label)


def excluded_claims_of(reasons: Mapping[int, str]) -> list[ExcludedClaim]:
    """The left-out claims with these ids, each with its reason and the fields a left-out claim is listed with."""
    listed = claim_fields(Use.EXCLUDED)
    found = Claim.objects.filter(pk__in=reasons).order_by("pk").values_list("pk", *(f.source for f in listed))
    excluded = []
    for pk, *values in found:
        fields = dict(zip((field.name for field in listed), values))
        fields["currency"] = fields["currency"] or ""  # a head count has none
        excluded.append(ExcludedClaim(claim_id=pk, reason=reasons[pk], **fields))
    return excluded


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
        return excluded_claims_of(self.excluded_reasons)


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
