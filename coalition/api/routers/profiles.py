from ninja import Query, Router
from ninja.decorators import decorate_view

from coalition.editorial.visibility import visible_to
from coalition.profiles.models import HeadlineFigure, Statement

from ..access import cacheable, request_user
from ..pagination import keyset_page
from ..problems import answers
from ..schemas import HeadlineFigurePage, PartnerFilterQuery, StatementPage

statements_router = Router(tags=["statements"])
headlines_router = Router(tags=["headline figures"])


def _visible(model, request, query: PartnerFilterQuery):
    """Accepted pieces for everyone; editors also see drafts and rejected ones."""
    pieces = visible_to(request_user(request), model).select_related("partner", "document")
    pieces = pieces.defer("document__text", "document__original")
    if query.partner:
        pieces = pieces.filter(partner__code__iexact=query.partner)
    return keyset_page(request, pieces, key="id", key_type=int, cursor=query.cursor, limit=query.limit)


@statements_router.get("/", response=answers(StatementPage), summary="List statements")
@decorate_view(cacheable)
def statement_list(request, query: Query[PartnerFilterQuery]):
    """Partners' prose bullets, one line of effort each, with their span in the source document."""
    page = _visible(Statement, request, query)
    items = [
        {
            "id": statement.pk,
            "partner": statement.partner.code,
            "line": statement.line,
            "text": statement.text,
            "status": statement.status,
            "position": statement.position,
            "document_sha256": statement.document.sha256 if statement.document else None,
            "evidence_start": statement.evidence_start,
            "evidence_end": statement.evidence_end,
        }
        for statement in page.items
    ]
    return {"items": items, "next": page.next}


@headlines_router.get(
    "/", response=answers(HeadlineFigurePage), summary="List headline figures"
)
@decorate_view(cacheable)
def headline_list(request, query: Query[PartnerFilterQuery]):
    """The figures a partner's profile shows as tiles; a tile whose number the source lacks is ``incomplete``."""
    page = _visible(HeadlineFigure, request, query)
    items = [
        {
            "id": figure.pk,
            "partner": figure.partner.code,
            "label": figure.label,
            "value": figure.value,
            "unit": figure.unit,
            "incomplete": figure.incomplete,
            "claim": figure.claim_id,
            "source_text": figure.source_text,
            "status": figure.status,
            "position": figure.position,
        }
        for figure in page.items
    ]
    return {"items": items, "next": page.next}
