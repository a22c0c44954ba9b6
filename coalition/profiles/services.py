"""Editorial writes to profile pieces (statements, headline figures, quotes, media links, social handles)."""

from django.core.exceptions import ValidationError
from django.db import transaction

from coalition.editorial.permissions import Action, require
from coalition.editorial.writes import audited_create, reviewed_save, status_save, validation_detail
from coalition.errors import ReviewError
from coalition.vocab import ReviewStatus

from .models import (
    HeadlineFigure,
    HeadlineTranslation,
    MediaLink,
    Quote,
    QuoteTranslation,
    SocialHandle,
    Statement,
    StatementTranslation,
)

EDITABLE_FIELDS = {
    Statement: ("line", "text"),
    HeadlineFigure: ("label", "value", "unit", "incomplete"),
    Quote: ("text", "speaker", "role"),
    MediaLink: ("title", "url"),
    SocialHandle: ("platform", "handle", "owner", "url"),
    StatementTranslation: ("text",),
    QuoteTranslation: ("text", "role"),
    HeadlineTranslation: ("text",),
}
TRANSLATIONS = {Statement: StatementTranslation, Quote: QuoteTranslation, HeadlineFigure: HeadlineTranslation}
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


@transaction.atomic
def piece_translate(*, piece, actor, language: str, text: str, role: str = ""):
    """Add a French or Arabic version of a statement, quote or headline figure, as a draft to review.

    Editing an existing translation goes through ``piece_edit`` like any piece; a second one in the same
    language is refused.
    """
    require(actor, Action.EDIT, piece)
    model = TRANSLATIONS.get(type(piece))
    if model is None:
        raise ReviewError("review.invalid", detail=f"{piece._meta.model_name} has no translations")
    if model.objects.filter(piece=piece, language=language).exists():
        raise ReviewError("review.invalid", detail=f"a {language} translation exists already: edit it")
    translation = model(partner_id=piece.partner_id, piece=piece, language=language, text=text)
    if isinstance(translation, QuoteTranslation):
        translation.role = role
    try:
        return audited_create(translation, actor=actor, event=_event(translation, "created"))
    except ValidationError as error:
        raise ReviewError("review.invalid", detail=validation_detail(error)) from error
