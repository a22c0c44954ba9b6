"""Dating a factsheet by hand, publishing a partner's profile, putting it back to an earlier publication, and
setting up editors."""

import logging
from dataclasses import dataclass
from datetime import date

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction

from coalition.claims.models import Claim
from coalition.claims.services import EDITABLE_M2M, claim_apply
from coalition.documents.models import DateSource, SourceDocument
from coalition.editorial.models import Editor, Role
from coalition.editorial.permissions import Action, require
from coalition.editorial.writes import one_change, status_save
from coalition.errors import AccountError, ReviewError
from coalition.partners.models import Partner
from coalition.profiles.services import PIECE_MODELS, piece_apply
from coalition.vocab import ReviewStatus

from .models import Publication
from .selectors import CLAIM_SNAPSHOT_FIELDS, claim_snapshot, piece_snapshot, profile_snapshot

logger = logging.getLogger("coalition.review")


@transaction.atomic
def document_date_set(*, document: SourceDocument, as_of: date, actor) -> SourceDocument:
    """Give a document the date it speaks for, by hand: its figures are then placed in time and counted in
    totals (the totals follow the document's save)."""
    require(actor, Action.EDIT, document)
    document.as_of, document.as_of_source = as_of, DateSource.ENTERED
    document.full_clean()
    document.save(update_fields=["as_of", "as_of_source"])
    logger.info("review.document.dated %s %s by %s", document.sha256[:12], as_of.isoformat(), actor.pk)
    return document


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
    publication.full_clean()
    publication.save()
    logger.info("review.profile.published %s #%s by %s", partner.code, publication.pk, actor.pk)
    return publication


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
    republished.full_clean()
    republished.save()
    logger.info("review.profile.restored %s #%s from #%s by %s", partner.code, republished.pk, publication.pk, actor.pk)
    return RestoreResult(publication=republished, restored=restored, missing=wanted_total - restored)


@transaction.atomic
def account_create(
    *, username: str, password: str, role: str, partner_codes: list[str] = (), email: str = "", staff: bool = False
) -> Editor:
    """Create a sign-in account with an editorial role (for `coalition createuser`).

    ``staff`` also opens the admin, which shows the account only what the same policy allows.
    """
    role = Role(role)
    User = get_user_model()
    if User.objects.filter(username=username).exists():
        raise AccountError("accounts.user_exists", username=username)
    codes = list(dict.fromkeys(partner_codes))
    if role == Role.PARTNER_EDITOR and not codes:
        raise AccountError("accounts.partner_required")
    if role == Role.SECRETARIAT and codes:
        raise AccountError("accounts.partner_not_allowed")
    partners = []
    for code in codes:
        partner = Partner.objects.filter(code__iexact=code).first()
        if partner is None:
            raise AccountError("accounts.unknown_partner", partner=code)
        partners.append(partner)
    user = User(username=username, email=email, is_staff=staff)
    try:
        user.full_clean(exclude=["password"])
        validate_password(password, user)
    except ValidationError as error:
        raise AccountError("accounts.weak_password", detail=" ".join(error.messages)) from error
    user.set_password(password)
    user.save()
    editor = Editor.objects.create(user=user, role=role)
    editor.partners.set(partners)
    logger.info("review.account.created %s as %s", username, role)
    return editor
