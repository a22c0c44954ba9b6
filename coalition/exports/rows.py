"""One flat row per claim with its provenance: the shape shared by the API, the CSV/JSON/XLSX exports
and the import. ``FORMAT_VERSION`` changes whenever a column is renamed, removed or changes meaning."""

from django.db.models import F, Prefetch

from coalition.claims.models import Claim, Line
from coalition.partners.models import Country

FORMAT_VERSION = 1

COLUMNS = (
    "id",
    "partner",
    "kind",
    "value",
    "currency",
    "qualifier",
    "period",
    "year",
    "since",
    "stage",
    "mission",
    "places",
    "lines",
    "parent",
    "status",
    "reviewed_by",
    "reviewed_at",
    "version",
    "position",
    "evidence",
    "evidence_start",
    "evidence_end",
    "document_sha256",
    "document_title",
    "document_as_of",
    "document_source_url",
    "created_at",
    "updated_at",
)


def claims_with_provenance(queryset=None):
    """Claims with what a row needs in one query per chunk (documents' text and bytes are never loaded)."""
    queryset = Claim.objects.all() if queryset is None else queryset
    return queryset.annotate(
        partner_code=F("partner__code"),
        reviewer=F("reviewed_by__username"),
        document_sha256=F("document__sha256"),
        document_title=F("document__title"),
        document_as_of=F("document__as_of"),
        document_source_url=F("document__source_url"),
    ).prefetch_related(
        Prefetch("places", queryset=Country.objects.order_by("code")),
        Prefetch("lines", queryset=Line.objects.order_by("code")),
    )


def claim_row(claim: Claim) -> dict:
    return {
        "id": claim.pk,
        "partner": claim.partner_code,
        "kind": claim.kind,
        "value": claim.value,
        "currency": claim.currency,
        "qualifier": claim.qualifier,
        "period": claim.period,
        "year": claim.year,
        "since": claim.since,
        "stage": claim.stage,
        "mission": claim.mission,
        "places": [place.code for place in claim.places.all()],
        "lines": [line.code for line in claim.lines.all()],
        "parent": claim.parent_id,
        "status": claim.status,
        "reviewed_by": claim.reviewer,
        "reviewed_at": claim.reviewed_at,
        "version": claim.version,
        "position": claim.position,
        "evidence": claim.evidence,
        "evidence_start": claim.evidence_start,
        "evidence_end": claim.evidence_end,
        "document_sha256": claim.document_sha256,
        "document_title": claim.document_title,
        "document_as_of": claim.document_as_of,
        "document_source_url": claim.document_source_url,
        "created_at": claim.created_at,
        "updated_at": claim.updated_at,
    }
