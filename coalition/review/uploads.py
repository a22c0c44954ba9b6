"""An editor's factsheet, uploaded or pasted, handed to the ingest service under the permission policy."""

from datetime import date

from django.core.files.uploadedfile import UploadedFile

from coalition.claims.permissions import Action, require
from coalition.conf import coalition_settings
from coalition.documents.models import SourceDocument
from coalition.errors import IngestError, ReviewError
from coalition.partners.models import Partner

PASTED_FILENAME = "pasted.txt"


def factsheet_upload(
    *, partner: Partner, actor, upload: UploadedFile | None, text: str, title: str, as_of: date | None,
    language: str | None = None,
) -> SourceDocument:
    """Store and extract a factsheet for ``partner``; the bytes are read only after permission is checked.

    Without ``as_of`` or ``language`` they are read from the factsheet.
    """
    require(actor, Action.UPLOAD, partner)
    from coalition.ingest.services import document_ingest

    if upload is not None:
        limit = coalition_settings().max_upload_bytes
        if upload.size > limit:
            raise IngestError("ingest.too_large", limit=limit)
        data, filename = upload.read(), upload.name or ""
    else:
        data, filename = text.replace("\r\n", "\n").encode("utf-8"), PASTED_FILENAME
    document = document_ingest(
        data=data, filename=filename, partner=partner, actor=actor, title=title, as_of=as_of, language=language
    )
    if document.partner_id != partner.pk:
        # The same bytes were stored earlier for another partner: one document cannot serve two.
        raise ReviewError(
            "review.wrong_partner", document=document.sha256[:12], document_partner=document.partner.code if document.partner else "-",
            partner=partner.code,
        )
    return document
