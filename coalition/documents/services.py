"""Writes to source documents: storing one, and dating it by hand."""

import hashlib
import logging
from datetime import date

from django.db import transaction

from coalition.editorial.permissions import Action, require
from coalition.originals import original_put
from coalition.partners.models import Partner

from .models import DateSource, SourceDocument

logger = logging.getLogger("coalition.documents")


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@transaction.atomic
def document_store(
    *,
    data: bytes,
    text: str,
    partner: Partner | None,
    media_type: str,
    as_of: date | None,
    as_of_source: str = DateSource.ENTERED,
    filename: str = "",
    title: str = "",
    source_url: str = "",
    language: str = "en",
    actor=None,
) -> tuple[SourceDocument, bool]:
    """Keep a document's original bytes and its text, once per distinct content.

    Returns the document and whether it was new: the same bytes stored twice are one document.
    """
    digest = sha256_of(data)
    existing = SourceDocument.objects.filter(sha256=digest).first()
    if existing is not None:
        return existing, False
    document = SourceDocument(
        sha256=digest,
        partner=partner,
        original=original_put(sha256=digest, data=data),
        size=len(data),
        filename=filename,
        media_type=media_type,
        text=text,
        title=title,
        source_url=source_url,
        language=language,
        as_of=as_of,
        as_of_source=as_of_source if as_of is not None else DateSource.UNKNOWN,
        added_by=actor,
    )
    document.full_clean()
    document.save()
    return document, True


@transaction.atomic
def document_date_set(*, document: SourceDocument, as_of: date, actor) -> SourceDocument:
    """Give a document the date it speaks for, by hand: its figures are then placed in time and counted in
    totals (the totals follow the document's save)."""
    require(actor, Action.EDIT, document)
    document.as_of, document.as_of_source = as_of, DateSource.ENTERED
    document.full_clean()
    document.save(update_fields=["as_of", "as_of_source"])
    logger.info("documents.document.dated %s %s by %s", document.sha256[:12], as_of.isoformat(), actor.pk)
    return document
