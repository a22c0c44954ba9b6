"""Import of the claims JSON export: the inverse of ``writers.iter_json``.

Claims attach to documents already in the database (matched by SHA-256) and are matched to existing
claims by document, position and evidence span, so importing the same file twice changes nothing.
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
from coalition.errors import ExportError
from coalition.partners.models import Partner

from .rows import COLUMNS, FORMAT_VERSION

FIELDS = field_names(Use.IMPORT_COPIED)
#: What a claim row holds besides its parent: when none of it differs from the file, the row is not written.
STATE = tuple(field.attname for field in claim_fields(Use.IMPORT_STATE))


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
def claims_import(*, stream: IO, progress=lambda count: None) -> ImportSummary:
    """Create or update the claims of an export file; all or nothing. Claims that already say what the file
    says are left alone (not saved, ``updated_at`` kept) and counted as unchanged."""
    rows = _load(stream)
    documents = _lookup(
        SourceDocument, "sha256", [row["document_sha256"] for row in rows], "export.unknown_document", "sha256"
    )
    partners = _lookup(Partner, "code", [row["partner"] for row in rows], "export.unknown_partner", "code")
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
            claim.parent = None
            claim.full_clean(exclude=["parent"])
            claim.save()
            claim.places.set([code.upper() for code in row["places"]])
            claim.lines.set(row["lines"])
            (changed if before is not None else new).add(claim.pk)
        except (ValidationError, DatabaseError, InvalidOperation, TypeError, ValueError) as error:
            raise ExportError("export.invalid_claim", id=row["id"], detail=str(error)) from None
    for row in rows:
        if row["parent"] is not None and row["parent"] not in by_file_id:
            raise ExportError("export.invalid_claim", id=row["id"], detail="its parent is not in the file")
        claim = by_file_id[row["id"]]
        parent = by_file_id[row["parent"]] if row["parent"] is not None else None
        if claim.parent_id != (parent.pk if parent else None):
            claim.parent = parent
            claim.save(update_fields=["parent"])
            if claim.pk not in new:
                changed.add(claim.pk)
    return ImportSummary(created=len(new), updated=len(changed), unchanged=len(rows) - len(new) - len(changed))
