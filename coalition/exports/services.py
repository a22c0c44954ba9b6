"""Import of the claims JSON export: the inverse of ``writers.iter_json``.

Claims attach to documents already in the database (matched by SHA-256) and are matched to existing
claims by document, position and evidence span, so importing the same file twice changes nothing. Every
claim written goes through the editorial write path: the importer's permission is checked, a changed claim
must still be at the version the file was exported at, and its history records who imported it.
"""

import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import IO

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.utils.dateparse import parse_datetime

from coalition.claims.fields import Use, claim_fields, field_names
from coalition.claims.models import Claim
from coalition.documents.models import SourceDocument
from coalition.editorial.permissions import Action, require
from coalition.editorial.writes import audited_create, reviewed_save
from coalition.errors import ExportError
from coalition.partners.models import Partner

from .rows import COLUMNS, FORMAT_VERSION

FIELDS = field_names(Use.IMPORT_COPIED)
#: What a claim row holds besides its parent and version: when none of it differs from the file, the row is not
#: written. The version is the database's own: it rises with each write and is checked, never copied.
STATE = tuple(field.attname for field in claim_fields(Use.IMPORT_STATE))
WRITTEN = [field.name for field in claim_fields(Use.IMPORT_STATE)]
EVENT = "claims.claim.imported"


@dataclass(frozen=True)
class ImportSummary:
    created: int
    updated: int
    unchanged: int = 0


def _load(stream: IO) -> list[dict]:
    try:
        data = json.load(stream)
    except (ValueError, UnicodeDecodeError) as error:
        raise ExportError("export.malformed", detail=str(error)) from None
    if not isinstance(data, dict) or data.get("format") != "coalition-ledger.claims":
        raise ExportError("export.malformed", detail="not a claims export")
    if data.get("format_version") != FORMAT_VERSION:
        raise ExportError("export.bad_format_version", found=data.get("format_version"), expected=FORMAT_VERSION)
    claims = data.get("claims")
    if not isinstance(claims, list) or not all(isinstance(row, dict) and set(COLUMNS) <= row.keys() for row in claims):
        raise ExportError("export.malformed", detail="every claim needs the columns of format version 1")
    return claims


def _version(row: dict) -> int:
    """The version the file says the claim had when it was exported."""
    if not isinstance(row.get("version"), int):
        raise ExportError("export.invalid_claim", id=row["id"], detail="version: a whole number is required")
    return row["version"]


def _lookup(model, key: str, values, code: str, param: str) -> dict:
    objects = model.objects.filter(**{f"{key}__in": set(values)})
    if model is SourceDocument:
        objects = objects.only("pk", "sha256")  # the span triggers read the text in the database
    found = {getattr(obj, key): obj for obj in objects}
    for value in values:
        if value not in found:
            raise ExportError(code, **{param: value})
    return found


@transaction.atomic
def claims_import(*, stream: IO, actor=None, progress=lambda count: None) -> ImportSummary:
    """Create or update the claims of an export file as ``actor``; all or nothing.

    Claims that already say what the file says are left alone (not saved, ``updated_at`` kept) and counted as
    unchanged. A user must be allowed to edit every partner the file names; ``actor`` None is the operator at
    the shell. A claim changed in the database since the file was exported is refused (``review.stale_version``).
    """
    rows = _load(stream)
    documents = _lookup(
        SourceDocument, "sha256", [row["document_sha256"] for row in rows], "export.unknown_document", "sha256"
    )
    partners = _lookup(Partner, "code", [row["partner"] for row in rows], "export.unknown_partner", "code")
    if actor is not None:
        for partner in partners.values():
            require(actor, Action.EDIT, partner)
    reviewers = {row["reviewed_by"] for row in rows if row["reviewed_by"]}
    users = {user.username: user for user in get_user_model().objects.filter(username__in=reviewers)}
    by_file_id, changed, new = {}, set(), set()
    for row in rows:
        progress(1)
        document = documents[row["document_sha256"]]
        claim = Claim.objects.filter(
            document=document, position=row["position"],
            evidence_start=row["evidence_start"], evidence_end=row["evidence_end"],
        ).first()
        claim = claim or Claim(document=document, position=row["position"])
        before = None if claim.pk is None else (
            tuple(getattr(claim, name) for name in STATE), set(claim.places.values_list("code", flat=True)),
            set(claim.lines.values_list("code", flat=True)),
        )
        try:
            for name in FIELDS:
                setattr(claim, name, row[name])
            claim.partner = partners[row["partner"]]
            claim.value = Decimal(str(row["value"]))
            claim.evidence, claim.evidence_start, claim.evidence_end = (
                row["evidence"], row["evidence_start"], row["evidence_end"]
            )
            claim.reviewed_by = users.get(row["reviewed_by"])
            claim.reviewed_at = parse_datetime(row["reviewed_at"]) if row["reviewed_at"] else None
            after = (tuple(getattr(claim, name) for name in STATE), {code.upper() for code in row["places"]},
                     set(row["lines"]))
            by_file_id[row["id"]] = claim
            if before == after:
                continue
            m2m = {"places": [code.upper() for code in row["places"]], "lines": row["lines"]}
            if claim.pk is None:
                audited_create(claim, actor=actor, event=EVENT, m2m=m2m)
                new.add(claim.pk)
            else:
                claim.full_clean()
                reviewed_save(claim, actor=actor, expected_version=_version(row), update_fields=WRITTEN, event=EVENT,
                              m2m=m2m)
                changed.add(claim.pk)
        except (ValidationError, DatabaseError, InvalidOperation, TypeError, ValueError) as error:
            raise ExportError("export.invalid_claim", id=row["id"], detail=str(error)) from None
    for row in rows:
        if row["parent"] is not None and row["parent"] not in by_file_id:
            raise ExportError("export.invalid_claim", id=row["id"], detail="its parent is not in the file")
        claim = by_file_id[row["id"]]
        parent = by_file_id[row["parent"]] if row["parent"] is not None else None
        if claim.parent_id != (parent.pk if parent else None):
            claim.parent = parent
            reviewed_save(claim, actor=actor, expected_version=claim.version, update_fields=["parent"], event=EVENT)
            if claim.pk not in new:
                changed.add(claim.pk)
    return ImportSummary(created=len(new), updated=len(changed), unchanged=len(rows) - len(new) - len(changed))
