"""Reads for the review pages: what a user may work on, a profile's snapshot, and what a factsheet changes."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Case, Count, Exists, IntegerField, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from coalition.claims.models import Claim, ReviewFlag
from coalition.documents.models import SourceDocument
from coalition.editorial.permissions import Action, is_secretariat, partners_user_can, rows_user_can
from coalition.events.models import ProposalStatus, ProposedPartner
from coalition.partners.models import Partner
from coalition.profiles.models import Publication
from coalition.profiles.publishing import claim_snapshot, latest_publication
from coalition.profiles.services import PIECE_MODELS
from coalition.vocab import ReviewReason, ReviewStatus

#: A reason to look twice that is the document's, not stored per claim: it lasts until the date is set.
DATE_UNKNOWN = "date_unknown"
#: A published profile keeps what editors can change, so that a restore puts it back through ``claim_edit``.


def partners_for_dashboard(*, user):
    """The partners ``user`` may edit, with how many claims wait for review."""
    return partners_user_can(user, Action.EDIT).annotate(
        drafts=Count("claims", filter=Q(claims__status=ReviewStatus.DRAFT), distinct=True),
        document_count=Count("documents", distinct=True),
    )


def documents_for_partner(*, user, partner: Partner):
    """The partner's documents, and the documents naming many partners that hold claims of it."""
    mine = Q(partner=partner) | Q(partner__isnull=True) & Exists(
        Claim.objects.filter(document=OuterRef("pk"), partner=partner)
    )
    return rows_user_can(user, Action.VIEW_DRAFT, SourceDocument).filter(mine).defer("original", "text")


def claims_for_document(*, user, document: SourceDocument):
    return (
        rows_user_can(user, Action.VIEW_DRAFT, Claim)
        .filter(document=document)
        .select_related("reviewed_by", "parent")
        .prefetch_related("places", "lines", "review_flags")
        .order_by("evidence_start", "position", "pk")
    )


def proposals_waiting(*, user):
    """Proposed partners still to decide, for the secretariat; nobody else decides them."""
    if not is_secretariat(user):
        return ProposedPartner.objects.none()
    return ProposedPartner.objects.filter(status=ProposalStatus.PROPOSED).select_related("document")


def queue_reasons() -> list[tuple[str, str]]:
    """The reasons the review queue sorts and filters by: those stored on claims, and an unknown date."""
    return [*ReviewReason.choices, (DATE_UNKNOWN, _("the document's date is unknown"))]


def claims_for_queue(*, user, reason: str = "", partner: str = ""):
    """Draft claims ``user`` may review, those with the most reasons to look twice first.

    ``reason`` keeps the claims with that reason; ``partner`` (a code) keeps that partner's.
    """
    queryset = rows_user_can(user, Action.VIEW_DRAFT, Claim).filter(status=ReviewStatus.DRAFT)
    if reason == DATE_UNKNOWN:
        queryset = queryset.filter(document__as_of__isnull=True)
    elif reason:
        queryset = queryset.filter(Exists(ReviewFlag.objects.filter(claim=OuterRef("pk"), reason=reason)))
    if partner:
        queryset = queryset.filter(partner__code__iexact=partner)
    flags = ReviewFlag.objects.filter(claim=OuterRef("pk")).order_by().values("claim").annotate(n=Count("pk"))
    undated = Case(When(document__as_of__isnull=True, then=Value(1)), default=Value(0))
    return (
        queryset.annotate(
            flag_count=Coalesce(Subquery(flags.values("n")), Value(0), output_field=IntegerField()) + undated
        )
        .select_related("partner", "document")
        .defer("document__text", "document__original")
        .prefetch_related("review_flags")
        .order_by("-flag_count", "partner__code", "document_id", "position", "pk")
    )


def queue_reason_counts(*, user) -> list[tuple[str, str, int]]:
    """(reason, label, number of draft claims ``user`` may review with it), for the queue's filters."""
    drafts = rows_user_can(user, Action.VIEW_DRAFT, Claim).filter(status=ReviewStatus.DRAFT)
    counted = dict(
        ReviewFlag.objects.filter(claim__in=drafts).values_list("reason").annotate(n=Count("pk")).order_by()
    )
    counted[DATE_UNKNOWN] = drafts.filter(document__as_of__isnull=True).count()
    return [(reason, label, counted.get(reason, 0)) for reason, label in queue_reasons()]


@dataclass
class ClaimChange:
    before: dict
    after: dict
    fields: list[str]


@dataclass
class ProfileDiff:
    """What publishing a factsheet would change in the partner's published claims."""

    added: list[dict] = field(default_factory=list)
    removed: list[dict] = field(default_factory=list)
    changed: list[ClaimChange] = field(default_factory=list)
    unchanged: int = 0
    published: Publication | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


def _match_key(claim: dict) -> tuple:
    """Claims about the same thing: same kind, unit, period and places. The value may differ."""
    return (claim["kind"], claim["currency"], claim["period"], claim["year"], claim["since"], tuple(claim["places"]))


COMPARED_FIELDS = ("value", "qualifier", "stage", "lines")


def profile_diff(*, partner: Partner, document: SourceDocument) -> ProfileDiff:
    """Compare the claims of ``document`` not yet rejected with the partner's last publication."""
    publication = latest_publication(partner=partner)
    before = publication.snapshot["claims"] if publication else []
    after = [
        claim_snapshot(claim)
        for claim in Claim.objects.filter(document=document)
        .exclude(status=ReviewStatus.REJECTED)
        .select_related("document")
        .prefetch_related("places", "lines")
        .order_by("evidence_start", "pk")
    ]
    diff = ProfileDiff(published=publication)
    waiting: dict[tuple, list[dict]] = {}
    for claim in before:
        waiting.setdefault(_match_key(claim), []).append(claim)
    for claim in after:
        candidates = waiting.get(_match_key(claim))
        if not candidates:
            diff.added.append(claim)
            continue
        # Prefer an old claim with the same value, so that a reordering is not reported as two changes.
        same = next((old for old in candidates if Decimal(old["value"]) == Decimal(claim["value"])), candidates[0])
        candidates.remove(same)
        changed = [
            name for name in COMPARED_FIELDS
            if (Decimal(same[name]) != Decimal(claim[name]) if name == "value" else same[name] != claim[name])
        ]
        if changed:
            diff.changed.append(ClaimChange(before=same, after=claim, fields=changed))
        else:
            diff.unchanged += 1
    diff.removed = [claim for candidates in waiting.values() for claim in candidates]
    return diff


@dataclass
class Segment:
    text: str
    claims: list = field(default_factory=list)


def evidence_segments(*, text: str, claims) -> list[Segment]:
    """Cut the document text where evidence starts and ends, so that each evidence can be highlighted.

    Overlapping evidence spans share the segments they overlap; each segment lists every claim covering it.
    """
    claims = list(claims)
    cuts = sorted({0, len(text), *(c.evidence_start for c in claims), *(c.evidence_end for c in claims)})
    segments = []
    for start, end in zip(cuts, cuts[1:]):
        if start >= end or end > len(text):
            continue
        covering = [c for c in claims if c.evidence_start <= start and end <= c.evidence_end]
        segments.append(Segment(text=text[start:end], claims=covering))
    return segments


def history_for_partner(*, partner: Partner, limit: int = 100) -> list:
    """Recent history records of the partner's claims and profile pieces, newest first, who and why.

    The caller has checked that the user may see the partner's drafts.
    """
    records = []
    for model in (Claim, *PIECE_MODELS.values()):
        records += list(
            model.history.filter(partner=partner).select_related("history_user").order_by("-history_date")[:limit]
        )
    records.sort(key=lambda record: record.history_date, reverse=True)
    return [_described(record) for record in records[:limit]]


def _described(record):
    """Attach the fields that changed against the previous record of the same row."""
    previous = record.prev_record
    record.changes = []
    if previous is not None:
        delta = record.diff_against(previous, excluded_fields=["version", "updated_at", "reviewed_at"])
        record.changes = [(change.field, change.old, change.new) for change in delta.changes]
    return record
