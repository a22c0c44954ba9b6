"""An editor's factsheet, uploaded or pasted: kept at once, read and extracted by ``upload_read`` now or in a
worker.

``upload_read`` may run more than once for one upload (a worker killed mid-job has its job retried): it
does nothing for an upload already extracted or failed, and the document is stored once whatever happens,
because documents are keyed by the SHA-256 of their bytes.
"""

import logging
from datetime import date

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from coalition.conf import coalition_settings
from coalition.documents.models import SourceDocument
from coalition.editorial.permissions import Action, require
from coalition.errors import CoalitionError, IngestError, ReviewError
from coalition.jobs.models import Upload, UploadState
from coalition.jobs.queue import job_run
from coalition.partners.models import Partner

from .services import document_ingest

logger = logging.getLogger(__name__)
PASTED_FILENAME = "pasted.txt"


def upload_queue(
    *, partner: Partner, actor, data: bytes, filename: str, title: str, as_of: date | None, language: str | None = None,
    queue: bool = True,
) -> Upload:
    """Keep the bytes and start reading them; without ``queue`` or a configured queue, before this returns."""
    with transaction.atomic():
        upload = Upload(
            partner=partner, added_by=actor, data=data, filename=filename[-255:], title=title, as_of=as_of,
            language=language or "",
        )
        upload.full_clean()
        upload.save()
        job_run("upload_read", upload_read, upload_id=upload.pk, inline=not queue)
    upload.refresh_from_db()
    return upload


def upload_read(*, upload_id: int) -> None:
    """Read, store and extract one upload; a bad file ends as ``failed`` with its error, never as a retry."""
    with transaction.atomic():
        upload = Upload.objects.select_for_update(of=("self",)).select_related("partner", "added_by").filter(pk=upload_id).first()
        if upload is None or upload.state in (UploadState.EXTRACTED, UploadState.FAILED):
            return
        upload.state = UploadState.READING
        upload.attempts += 1
        upload.save(update_fields=["state", "attempts", "changed_at"])
    try:
        with transaction.atomic():
            document = document_ingest(
                data=bytes(upload.data), filename=upload.filename, partner=upload.partner, actor=upload.added_by,
                title=upload.title, as_of=upload.as_of, language=upload.language or None,
            )
            if document.partner_id != upload.partner_id:
                # The same bytes were stored earlier for another partner: one document cannot serve two.
                raise ReviewError(
                    "review.wrong_partner", document=document.sha256[:12], document_partner=document.partner.code if document.partner else "-",
                    partner=upload.partner.code,
                )
            _finish(upload, state=UploadState.EXTRACTED, document=document)
    except CoalitionError as error:
        logger.warning("upload %s of %s refused: %s", upload.pk, upload.partner.code, error.code)
        _finish(upload, state=UploadState.FAILED, error=error)


def _finish(upload: Upload, *, state: str, document=None, error: CoalitionError | None = None) -> None:
    upload.state = state
    upload.document = document
    upload.error_code = error.code if error else ""
    upload.error_params = {key: str(value) for key, value in error.params.items()} if error else {}
    upload.data = b""  # stored as a document, or refused: the waiting bytes are no longer needed
    upload.save(update_fields=["state", "document", "error_code", "error_params", "data", "changed_at"])


def uploads_for_partner(*, partner: Partner, limit: int = 10):
    """The partner's latest uploads, newest first, for the review page."""
    return Upload.objects.filter(partner=partner).defer("data").select_related("document")[:limit]


def factsheet_upload(
    *, partner: Partner, actor, upload: UploadedFile | None, text: str, title: str, as_of: date | None,
    language: str | None = None, queue: bool = False,
) -> SourceDocument | None:
    """Store and extract a factsheet for ``partner``; the bytes are read only after permission is checked.

    Without ``as_of`` or ``language`` they are read from the factsheet. With ``queue``, a configured job queue
    reads it later and this returns None (the partner's review page shows the upload's state); else it is read
    now and the document returned.
    """
    require(actor, Action.UPLOAD, partner)

    if upload is not None:
        limit = coalition_settings().max_upload_bytes
        if upload.size > limit:
            raise IngestError("ingest.too_large", limit=limit)
        data, filename = upload.read(), upload.name or ""
    else:
        data, filename = text.replace("\r\n", "\n").encode("utf-8"), PASTED_FILENAME
    job = upload_queue(
        partner=partner, actor=actor, data=data, filename=filename, title=title, as_of=as_of, language=language,
        queue=queue,
    )
    if job.state == UploadState.FAILED:
        raise job.error
    return job.document
