"""Publishing a partner's profile: what the public sees now, kept as a snapshot, and putting it back later.

A publication records who published, from which factsheet, and exactly which accepted claims and profile
pieces were public, so that a later factsheet can be compared with it and the profile restored to it.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction

from coalition.claims.models import Claim
from coalition.claims.services import EDITABLE_FIELDS, EDITABLE_M2M, claim_apply
from coalition.documents.models import SourceDocument
from coalition.editorial.permissions import Action, require
from coalition.editorial.writes import audited_create, one_change, status_save
from coalition.errors import ReviewError
from coalition.partners.models import Partner
from coalition.vocab import ReviewStatus

from .models import Publication
from .services import EDITABLE_FIELDS as PIECE_FIELDS
from .services import PIECE_MODELS, piece_apply

#: What a snapshot keeps of each claim: what editors can change, so that a restore can put it back.
CLAIM_SNAPSHOT_FIELDS = EDITABLE_FIELDS


def _plain(value):
    return str(value) if isinstance(value, Decimal) else value


def claim_snapshot(claim: Claim) -> dict:
    data = {name: _plain(getattr(claim, name)) for name in CLAIM_SNAPSHOT_FIELDS}
    data.update(
        id=claim.pk,
        document=claim.document.sha256,
        evidence=claim.evidence,
        places=sorted(place.pk for place in claim.places.all()),
        lines=sorted(line.pk for line in claim.lines.all()),
    )
    return data


def piece_snapshot(piece) -> dict:
    data = {name: _plain(getattr(piece, name)) for name in PIECE_FIELDS[type(piece)]}
    data["id"] = piece.pk
    return data


def profile_snapshot(*, partner: Partner) -> dict:
    """Everything of ``partner`` the public sees now, as plain JSON."""
    claims = (
        Claim.objects.published()
        .filter(partner=partner)
        .select_related("document")
        .prefetch_related("places", "lines")
        .order_by("pk")
    )
    pieces = {
        name: [piece_snapshot(piece) for piece in model.objects.published().filter(partner=partner).order_by("pk")]
        for name, model in PIECE_MODELS.items()
    }
    return {"claims": [claim_snapshot(claim) for claim in claims], "pieces": pieces}


def latest_publication(*, partner: Partner) -> Publication | None:
    return Publication.objects.filter(partner=partner).select_related("published_by", "document").first()


@transaction.atomic
def profile_publish(
    *, partner: Partner, actor, document: SourceDocument | None = None, note: str = ""
) -> Publication:
    """Record what of ``partner`` is public now; with ``document``, make it the partner's current factsheet.

    Accepted claims and pieces taken from the partner's other documents are withdrawn (status rejected,
    history event ``*.superseded``), so that an older factsheet's figures never add up with the newer ones.
    Pieces typed in by hand (no document) are kept.
    """
    require(actor, Action.PUBLISH, partner)
    if document is not None:
        if document.partner_id != partner.pk:
            raise ReviewError(
                "review.wrong_partner", document=document.sha256[:12], document_partner=document.partner.code if document.partner else "-",
                partner=partner.code,
            )
        # a document naming many partners (a conference's pledges) is no factsheet: its claims stay
        old_claims = (
            Claim.objects.published().filter(partner=partner, document__partner__isnull=False).exclude(document=document)
        )
        with one_change():  # their totals once at the end, by a worker when they are many
            for claim in old_claims.select_for_update():
                status_save(claim, actor=actor, status=ReviewStatus.REJECTED, event="claims.claim.superseded")
        for name, model in PIECE_MODELS.items():
            old_pieces = model.objects.published().filter(partner=partner, document__isnull=False)
            for piece in old_pieces.exclude(document=document).select_for_update():
                status_save(piece, actor=actor, status=ReviewStatus.REJECTED, event=f"profiles.{name}.superseded")
    snapshot = profile_snapshot(partner=partner)
    if not snapshot["claims"] and not any(snapshot["pieces"].values()):
        raise ReviewError("review.nothing_to_publish", partner=partner.code)
    publication = Publication(
        partner=partner, document=document, published_by=actor, note=note[:500], snapshot=snapshot
    )
    return audited_create(publication, actor=actor, event="profiles.profile.published")


def _restore_rows(*, model, wanted: dict[int, dict], partner: Partner, actor, event: str, apply, snapshot) -> int:
    """Accept exactly the rows in ``wanted`` with their published values; withdraw the others.

    A row whose values are still the published ones is not rewritten, so its history shows no empty change.
    """
    restored = 0
    for obj in model.objects.select_for_update().filter(partner=partner).order_by("pk"):
        published = wanted.get(obj.pk)
        if published is None:
            if obj.status == ReviewStatus.ACCEPTED:
                status_save(obj, actor=actor, status=ReviewStatus.REJECTED, event=event)
            continue
        restored += 1
        if snapshot(obj) != published:
            apply(obj, {name: value for name, value in published.items() if name not in ("id", "document", "evidence")})
        if obj.status != ReviewStatus.ACCEPTED:
            status_save(obj, actor=actor, status=ReviewStatus.ACCEPTED, event=event)
    return restored


@dataclass
class RestoreResult:
    publication: Publication
    restored: int
    missing: int


@transaction.atomic
def profile_restore(*, publication: Publication, actor, partner: Partner | None = None) -> RestoreResult:
    """Put a partner's public profile back to what ``publication`` published, and publish that again.

    Rows deleted since then cannot come back; they are counted in ``missing``.
    """
    partner = partner or publication.partner
    require(actor, Action.PUBLISH, partner)
    if publication.partner_id != partner.pk:
        raise ReviewError("review.foreign_publication", partner=partner.code)
    event = "claims.claim.restored"

    def apply_claim(claim, changes):
        values = {name: changes[name] for name in (*CLAIM_SNAPSHOT_FIELDS, *EDITABLE_M2M) if name in changes}
        claim_apply(claim=claim, actor=actor, expected_version=claim.version, event=event, **values)

    wanted_claims = {row["id"]: row for row in publication.snapshot["claims"]}
    restored = _restore_rows(
        model=Claim, wanted=wanted_claims, partner=partner, actor=actor, event=event, apply=apply_claim,
        snapshot=claim_snapshot,
    )
    wanted_total = len(wanted_claims)
    for name, model in PIECE_MODELS.items():
        piece_event = f"profiles.{name}.restored"
        wanted = {row["id"]: row for row in publication.snapshot["pieces"].get(name, [])}
        wanted_total += len(wanted)
        restored += _restore_rows(
            model=model, wanted=wanted, partner=partner, actor=actor, event=piece_event,
            apply=lambda piece, changes, piece_event=piece_event: piece_apply(
                piece=piece, actor=actor, expected_version=piece.version, event=piece_event, **changes
            ),
            snapshot=piece_snapshot,
        )
    republished = Publication(
        partner=partner, document=publication.document, published_by=actor, restored_from=publication,
        snapshot=profile_snapshot(partner=partner),
    )
    audited_create(republished, actor=actor, event="profiles.profile.restored", note=f"from #{publication.pk}")
    return RestoreResult(publication=republished, restored=restored, missing=wanted_total - restored)
