"""An editor's factsheet, uploaded or pasted, handed to the upload job under the permission policy."""

from datetime import date

from django.core.files.uploadedfile import UploadedFile

from coalition.conf import coalition_settings
from coalition.documents.models import SourceDocument
from coalition.editorial.permissions import Action, require
from coalition.errors import IngestError
from coalition.jobs.models import UploadState
from coalition.jobs.services import upload_queue
from coalition.partners.models import Partner

PASTED_FILENAME = "pasted.txt"


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
