"""Editorial writes to claims: accept, reject, edit, accept all. Admin, web pages, API and CLI call these."""

from collections.abc import Iterable
from decimal import Decimal

from django.db import transaction

from coalition.documents.models import SourceDocument
from coalition.editorial.permissions import Action, require
from coalition.editorial.writes import one_change, reviewed_save, status_save
from coalition.errors import ReviewError
from coalition.partners.models import Country
from coalition.vocab import ReviewStatus

from .fields import Use, claim_fields
from .models import Claim, Line

EDITABLE_FIELDS = tuple(field.name for field in claim_fields(Use.EDITED) if not field.many)
EDITABLE_M2M = tuple(field.name for field in claim_fields(Use.EDITED) if field.many)


@transaction.atomic
def claim_accept(*, claim: Claim, actor, note: str = "", expected_version: int | None = None) -> Claim:
    """Make a claim public. ``expected_version`` defaults to the version the caller loaded.

    A claim that is already accepted is left as it is (same reviewer, same version): accepting is idempotent.
    """
    require(actor, Action.ACCEPT, claim)
    if claim.status == ReviewStatus.ACCEPTED:
        return claim
    return status_save(
        claim, actor=actor, status=ReviewStatus.ACCEPTED, event="claims.claim.accepted", note=note,
        expected_version=expected_version,
    )


@transaction.atomic
def claim_reject(*, claim: Claim, actor, note: str = "", expected_version: int | None = None) -> Claim:
    """Keep a claim out of the public profile (it stays in the database and its history)."""
    require(actor, Action.REJECT, claim)
    return status_save(
        claim, actor=actor, status=ReviewStatus.REJECTED, event="claims.claim.rejected", note=note,
        expected_version=expected_version,
    )


def _codes(model, codes: Iterable[str], field: str) -> list:
    codes = [getattr(code, "pk", code) for code in codes]  # codes or rows, as forms give them
    wanted = sorted({str(code).strip() for code in codes if str(code).strip()})
    if field == "places":
        wanted = [code.upper() for code in wanted]
    found = list(model.objects.filter(pk__in=wanted))
    unknown = sorted(set(wanted) - {row.pk for row in found})
    if unknown:
        raise ReviewError("review.invalid", detail=f"{field}: unknown {', '.join(unknown)}")
    return found


def claim_apply(
    *, claim: Claim, actor, expected_version: int, event: str, note: str = "", **changes
) -> Claim:
    """Set editable fields and save under the version check; the caller has checked permission."""
    unknown = set(changes) - set(EDITABLE_FIELDS) - set(EDITABLE_M2M)
    if unknown:
        raise ReviewError("review.invalid", detail=f"not editable: {', '.join(sorted(unknown))}")
    for name in EDITABLE_FIELDS:
        if name in changes:
            value = changes[name]
            if name == "value" and value is not None and not isinstance(value, Decimal):
                value = str(value)
            if name == "currency" and value:
                value = str(value).strip().upper()
            if name in ("currency", "period", "year", "since") and value in ("", None):
                value = None
            setattr(claim, name, value)
    m2m = {}
    if "places" in changes:
        m2m["places"] = _codes(Country, changes["places"] or [], "places")
    if "lines" in changes:
        m2m["lines"] = _codes(Line, changes["lines"] or [], "lines")
    reviewed_save(
        claim,
        actor=actor,
        expected_version=expected_version,
        update_fields=[name for name in EDITABLE_FIELDS if name in changes],
        event=event,
        note=note,
        m2m=m2m,
    )
    return claim


@transaction.atomic
def claim_edit(*, claim: Claim, actor, expected_version: int, note: str = "", **changes) -> Claim:
    """Correct what extraction got wrong (value, currency, qualifier, period, places, lines...).

    Refused with ``StaleVersionError`` when someone saved the claim since ``expected_version`` was read.
    The review status is kept: an accepted claim stays public with its corrected figure.
    """
    require(actor, Action.EDIT, claim)
    return claim_apply(
        claim=claim, actor=actor, expected_version=expected_version, event="claims.claim.edited", note=note,
        **changes,
    )


@transaction.atomic
def claims_accept_all(*, document: SourceDocument, actor, note: str = "") -> int:
    """Accept every draft claim of a document; returns how many were accepted."""
    require(actor, Action.ACCEPT, document)
    drafts = list(Claim.objects.select_for_update().filter(document=document, status=ReviewStatus.DRAFT))
    with one_change():  # their totals once at the end, by a worker when they are many
        for claim in drafts:
            claim_accept(claim=claim, actor=actor, note=note)
    return len(drafts)
