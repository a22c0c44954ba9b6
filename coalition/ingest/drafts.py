"""A document's extracted claims stored as drafts, each with its history event and its reasons to look twice."""

from decimal import Decimal
from statistics import median

from coalition.claims.fields import Use, field_names
from coalition.claims.models import Claim, Line, ReviewFlag
from coalition.documents.models import SourceDocument
from coalition.editorial.writes import audited_create
from coalition.extraction import Extraction
from coalition.partners.models import Country, Partner
from coalition.vocab import ReviewReason, ReviewStatus

#: A figure more than this many times the median of the partner's other figures of the same kind and currency
#: is flagged as an outlier, once the partner has at least ``OUTLIER_MIN_OTHERS`` such figures.
OUTLIER_RATIO = 10
OUTLIER_MIN_OTHERS = 3
#: What a stored claim takes as it is from the extracted claim (value, mission and the span are converted).
EXTRACTED_FIELDS = field_names(Use.EXTRACTED)


def drafts_store(*, document: SourceDocument, partner: Partner, extraction: Extraction, actor) -> list[Claim]:
    """Store ``extraction``'s claims as ``partner``'s drafts (event ``claims.claim.extracted``), with their review
    flags. Inside ingest's transaction; the caller has checked ``actor``'s permission."""
    claims = _claims_store(document, partner, extraction, actor)
    _review_flags_store(partner, extraction, claims)
    return claims


def _claims_store(document: SourceDocument, partner: Partner, extraction: Extraction, actor) -> list[Claim]:
    countries = {c.code: c for c in Country.objects.filter(code__in={p for c in extraction.claims for p in c.places})}
    lines = {line.code: line for line in Line.objects.all()}
    stored: list[Claim] = []
    for position, extracted in enumerate(extraction.claims):
        claim = Claim(
            document=document,
            partner=partner,
            **{name: getattr(extracted, name) for name in EXTRACTED_FIELDS},
            value=Decimal(str(round(extracted.value, 2))),
            mission=extracted.mission or "",
            parent=stored[extracted.parent_index] if extracted.parent_index is not None else None,
            evidence_start=extracted.start,
            evidence_end=extracted.end,
            position=position,
        )
        audited_create(claim, actor=actor, event="claims.claim.extracted", m2m={
            "places": [countries[code] for code in extracted.places if code in countries],
            "lines": [lines[code] for code in extracted.lines if code in lines],
        })
        stored.append(claim)
    return stored


def _review_flags_store(partner: Partner, extraction: Extraction, claims: list[Claim]) -> None:
    """Keep the reasons to look twice at each new claim: the extractor's, and outliers."""
    outliers = _outliers(partner, claims)
    flags = []
    for claim, extracted in zip(claims, extraction.claims):
        reasons = {reason for reason in getattr(extracted, "review_reasons", []) if reason in ReviewReason.values}
        if claim.pk in outliers:
            reasons.add(ReviewReason.OUTLIER)
        flags += [ReviewFlag(claim=claim, reason=reason) for reason in sorted(reasons)]
    ReviewFlag.objects.bulk_create(flags)


def _outliers(partner: Partner, claims: list[Claim]) -> set[int]:
    """The new claims far larger than the median of the partner's other figures of the same kind and unit."""
    others = (
        Claim.objects.filter(partner=partner)
        .exclude(status=ReviewStatus.REJECTED)
        .values_list("pk", "kind", "currency", "value")
    )
    by_unit: dict[tuple, list[tuple[int, Decimal]]] = {}
    for pk, kind, currency, value in others:
        by_unit.setdefault((kind, currency), []).append((pk, value))
    found = set()
    for claim in claims:
        values = [value for pk, value in by_unit.get((claim.kind, claim.currency), []) if pk != claim.pk]
        if len(values) >= OUTLIER_MIN_OTHERS and claim.value > OUTLIER_RATIO * median(values):
            found.add(claim.pk)
    return found
