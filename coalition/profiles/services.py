"""Editorial writes to profile pieces (statements, headline figures, quotes, media links, social handles)."""

from django.db import transaction

from coalition.claims.permissions import Action, require
from coalition.errors import ReviewError
from coalition.review.writes import reviewed_save, status_save
from coalition.vocab import ReviewStatus

from .models import HeadlineFigure, MediaLink, Quote, SocialHandle, Statement

EDITABLE_FIELDS = {
    Statement: ("line", "text"),
    HeadlineFigure: ("label", "value", "unit", "incomplete"),
    Quote: ("text", "speaker", "role"),
    MediaLink: ("title", "url"),
    SocialHandle: ("platform", "handle", "owner", "url"),
}
PIECE_MODELS = {model._meta.model_name: model for model in EDITABLE_FIELDS}


def _event(piece, verb: str) -> str:
    return f"profiles.{piece._meta.model_name}.{verb}"


@transaction.atomic
def piece_accept(*, piece, actor, note: str = "", expected_version: int | None = None):
    """Make a profile piece public."""
    require(actor, Action.ACCEPT, piece)
    return status_save(
        piece, actor=actor, status=ReviewStatus.ACCEPTED, event=_event(piece, "accepted"), note=note,
        expected_version=expected_version,
    )


@transaction.atomic
def piece_reject(*, piece, actor, note: str = "", expected_version: int | None = None):
    """Keep a profile piece off the public profile."""
    require(actor, Action.REJECT, piece)
    return status_save(
        piece, actor=actor, status=ReviewStatus.REJECTED, event=_event(piece, "rejected"), note=note,
        expected_version=expected_version,
    )


def piece_apply(*, piece, actor, expected_version: int, event: str, note: str = "", **changes):
    """Set editable fields and save under the version check; the caller has checked permission."""
    editable = EDITABLE_FIELDS[type(piece)]
    unknown = set(changes) - set(editable)
    if unknown:
        raise ReviewError("review.invalid", detail=f"not editable: {', '.join(sorted(unknown))}")
    for name, value in changes.items():
        setattr(piece, name, value)
    if isinstance(piece, HeadlineFigure) and "value" in changes:
        piece.value = None if changes["value"] in ("", None) else str(changes["value"])
        piece.incomplete = piece.value is None
    reviewed_save(
        piece,
        actor=actor,
        expected_version=expected_version,
        update_fields=sorted(set(changes) | ({"incomplete"} if isinstance(piece, HeadlineFigure) else set())),
        event=event,
        note=note,
    )
    return piece


@transaction.atomic
def piece_edit(*, piece, actor, expected_version: int, note: str = "", **changes):
    """Correct a piece's text or figure; refused with ``StaleVersionError`` if it changed meanwhile."""
    require(actor, Action.EDIT, piece)
    return piece_apply(
        piece=piece, actor=actor, expected_version=expected_version, event=_event(piece, "edited"), note=note,
        **changes,
    )
