from django.shortcuts import get_object_or_404
from ninja import File, Form, Path, Query, Router, Status, UploadedFile
from ninja.decorators import decorate_view

from coalition.documents.models import SourceDocument
from coalition.documents.selectors import documents_visible_to
from coalition.errors import IngestError
from coalition.ingest.uploads import factsheet_upload
from coalition.originals import original_response
from coalition.partners.models import Partner

from ..access import TokenAuth, cacheable, request_user
from ..pagination import keyset_page
from ..problems import Problem, answers
from ..schemas import SHA256, DocumentDetailOut, DocumentIn, DocumentOut, DocumentPage, PartnerFilterQuery

router = Router(tags=["documents"])

_LIST_FIELDS = ("id", "sha256", "partner__code", "filename", "media_type", "size", "title", "source_url",
                "language", "as_of", "as_of_source", "added_at")


def _document_out(document: SourceDocument, *, with_text: bool = False) -> dict:
    out = {
        "sha256": document.sha256,
        "partner": document.partner.code if document.partner_id else None,
        "filename": document.filename,
        "media_type": document.media_type,
        "size": document.size,
        "title": document.title,
        "source_url": document.source_url,
        "language": document.language,
        "as_of": document.as_of,
        "as_of_source": document.as_of_source,
        "added_at": document.added_at,
    }
    if with_text:
        out["text"] = document.text
    return out


@router.get("/", response=answers(DocumentPage), summary="List source documents")
@decorate_view(cacheable)
def document_list(request, query: Query[PartnerFilterQuery]):
    """The factsheets published figures point back to, oldest first, without their text (see one document).
    Editors also see their partners' documents that nothing published points to yet."""
    documents = documents_visible_to(request_user(request)).select_related("partner").only(*_LIST_FIELDS)
    if query.partner:
        documents = documents.filter(partner__code__iexact=query.partner)
    page = keyset_page(request, documents, key="id", key_type=int, cursor=query.cursor, limit=query.limit)
    return {"items": [_document_out(document) for document in page.items], "next": page.next}


@router.get(
    "/{sha256}", response=answers(DocumentDetailOut, 404), summary="Get a source document"
)
@decorate_view(cacheable)
def document_detail(request, sha256: str = Path(..., pattern=SHA256)):
    """One document by the SHA-256 of its original bytes, with the text that evidence spans index into."""
    documents = documents_visible_to(request_user(request)).select_related("partner").defer("original")
    document = get_object_or_404(documents, sha256=sha256)
    return _document_out(document, with_text=True)


@router.get(
    "/{sha256}/original",
    response=answers(None, 404),
    summary="Download a document's original bytes",
    openapi_extra={
        "responses": {
            200: {
                "description": "The file as received.",
                "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
            }
        }
    },
)
@decorate_view(cacheable)
def document_original(request, sha256: str = Path(..., pattern=SHA256)):
    """The file exactly as it was received; its SHA-256 is the address."""
    document = get_object_or_404(documents_visible_to(request_user(request)), sha256=sha256)
    response = original_response(document, content_type="application/octet-stream")
    response["Content-Disposition"] = f'attachment; filename="{document.sha256}"'
    return response


@router.post(
    "/",
    response={201: DocumentOut, frozenset({400, 401, 403, 413, 415}): Problem},
    auth=TokenAuth(),
    summary="Add a source document",
)
def document_add(request, file: File[UploadedFile], payload: Form[DocumentIn]):
    """Store a factsheet and extract its claims as drafts, as ``coalition ingest`` does. The same bytes
    sent twice are one document. Partner editors may add documents for their own partner only."""
    target = Partner.objects.filter(code__iexact=payload.partner).first()
    if target is None:
        raise IngestError("ingest.unknown_partner", code=payload.partner)
    document = factsheet_upload(
        partner=target, actor=request.auth, upload=file, text="", title=payload.title, as_of=payload.as_of
    )
    return Status(201, _document_out(document))
