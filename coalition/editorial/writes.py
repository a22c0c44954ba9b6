"""The one way an editorial change reaches the database: validated, version-checked and recorded in history.

Services call ``audited_create`` for a new row and ``reviewed_save`` (or ``status_save``) for a change; views,
commands and the admin call those services, never these. Each records who did it and a dotted event
(``claims.claim.accepted``) in the row's history. A service checks permission first; ``actor`` None is the
operator at the shell (``coalition ingest``, ``coalition import``), every page, API and admin write has a user.
``one_change`` groups many writes into one editorial change, so that work following each write (rebuilding
totals) runs once at its end.
"""

import logging
import threading
from contextlib import contextmanager

from django.core.exceptions import ValidationError
from django.db.models import F
from django.dispatch import Signal
from django.utils import timezone

from coalition.errors import ReviewError, StaleVersionError

logger = logging.getLogger("coalition.editorial")

CHANGE_REASON_LIMIT = 100  # simple_history's change-reason column

#: Sent when the outermost ``one_change`` block ends, with ``completed`` False when it raised.
change_ended = Signal()
_change = threading.local()


def in_one_change() -> bool:
    """Whether the current thread is inside a ``one_change`` block."""
    return getattr(_change, "depth", 0) > 0


@contextmanager
def one_change():
    """Many writes that make one editorial change: accepting a whole document, publishing, dating a document.

    Receivers of ``change_ended`` (the totals app) collect what each write asks of them and do it once, when the
    outermost block ends; a block that raises ends with ``completed=False``, and what was collected is dropped.
    """
    depth = getattr(_change, "depth", 0)
    _change.depth = depth + 1
    try:
        yield
    except BaseException:
        _change.depth = depth
        if not depth:
            change_ended.send(sender=one_change, completed=False)
        raise
    _change.depth = depth
    if not depth:
        change_ended.send(sender=one_change, completed=True)


def validation_detail(error: ValidationError) -> str:
    if hasattr(error, "message_dict"):
        return "; ".join(f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items())
    return " ".join(error.messages)


def _history(obj, *, actor, event: str, note: str) -> None:
    obj._history_user = actor
    obj._change_reason = f"{event} {note}".strip()[:CHANGE_REASON_LIMIT]


def _validated(obj) -> None:
    try:
        obj.full_clean()
    except ValidationError as error:
        raise ReviewError("review.invalid", detail=validation_detail(error)) from error


def audited_create(obj, *, actor, event: str, note: str = "", m2m: dict | None = None):
    """Store a new row, validated, with its creator and ``event`` (``claims.claim.extracted``) in its history.

    Many-to-many values are set after the row exists; their history records carry the same actor and event. A
    row the models refuse raises ``ValidationError``, which the calling service turns into its own coded error
    (``ingest.invalid``, ``export.invalid_claim``...).
    """
    obj.full_clean()
    _history(obj, actor=actor, event=event, note=note)
    obj.save()
    for name, values in (m2m or {}).items():
        getattr(obj, name).set(values)
    logger.info("%s %s #%s by %s", event, type(obj)._meta.label_lower, obj.pk, getattr(actor, "pk", None))
    return obj


def reviewed_save(
    obj,
    *,
    actor,
    expected_version: int,
    update_fields: list[str],
    event: str,
    note: str = "",
    m2m: dict | None = None,
) -> None:
    """Save ``obj`` only if its row is still at ``expected_version``, and record who did what, and why.

    The version check is one ``UPDATE ... SET version = version + 1 WHERE id = %s AND version = %s``: when
    two editors save the same row, the second matches no row and gets ``StaleVersionError``. The history
    record carries the actor and ``event`` (a dotted name such as ``claims.claim.accepted``) plus the note.
    Callers run inside ``transaction.atomic``, so a refusal leaves nothing behind.
    """
    _validated(obj)
    model = type(obj)
    bumped = model.objects.filter(pk=obj.pk, version=expected_version).update(version=F("version") + 1)
    if not bumped:
        current = model.objects.filter(pk=obj.pk).values_list("version", flat=True).first()
        raise StaleVersionError(
            "review.stale_version", object=model._meta.verbose_name, expected=expected_version, current=current
        )
    obj.version = expected_version + 1
    _history(obj, actor=actor, event=event, note=note)
    if m2m:
        # The m2m rows change first, without history, so that the one history record below holds them.
        obj.skip_history_when_saving = True
        try:
            for name, values in m2m.items():
                getattr(obj, name).set(values)
        finally:
            del obj.skip_history_when_saving
    obj.save(update_fields=[*update_fields, "version", "updated_at"])
    logger.info("%s %s #%s by %s", event, model._meta.label_lower, obj.pk, getattr(actor, "pk", None))


def status_save(obj, *, actor, status: str, event: str, note: str = "", expected_version: int | None = None):
    """Set a claim's or piece's review status, stamped with the reviewer, through ``reviewed_save``.

    ``expected_version`` defaults to the version the caller loaded.
    """
    obj.status = status
    obj.reviewed_by = actor
    obj.reviewed_at = timezone.now()
    reviewed_save(
        obj,
        actor=actor,
        expected_version=obj.version if expected_version is None else expected_version,
        update_fields=["status", "reviewed_by", "reviewed_at"],
        event=event,
        note=note,
    )
    return obj
