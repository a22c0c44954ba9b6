from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404
from ninja import Path, Query, Router
from ninja.decorators import decorate_view

from coalition.claims.models import Claim
from coalition.claims.services import claim_accept, claim_reject
from coalition.exports.rows import claim_values, with_links
from coalition.exports.writers import CSV_MEDIA_TYPE, export_rows, iter_csv

from ..access import TokenAuth, cacheable, request_user
from ..pagination import keyset_page
from ..problems import Problem, answers
from ..schemas import ClaimOut, ClaimPage, ClaimQuery, ReviewIn
from ..selectors import ClaimFilters, claims_filtered, claims_visible_to

router = Router(tags=["claims"])


def _one(claims, claim_id: int) -> dict:
    return with_links([get_object_or_404(claim_values(claims), pk=claim_id)])[0]


_CSV_RESPONSE = {
    "responses": {
        200: {"content": {"text/csv": {"schema": {"type": "string", "description": "Every matching claim, unpaged."}}}}
    }
}


@router.get("/", response=answers(ClaimPage, 403), summary="List claims", openapi_extra=_CSV_RESPONSE)
@decorate_view(cacheable)
def claim_list(request, query: Query[ClaimQuery]):
    """Money and head-count figures with their provenance, in id order, 50 to a page by default.

    Filters combine with AND. ``year_from``/``year_to`` match a claim's year (period "year") or its first
    year (cumulative "since"). Anonymous clients see accepted claims only. ``format=csv`` streams every
    matching claim (no paging) as CSV with the columns of the export format.
    """
    filters = ClaimFilters(**query.dict(exclude={"cursor", "limit", "format"}))
    claims = claims_filtered(user=request_user(request), filters=filters)
    if query.format == "csv":
        response = StreamingHttpResponse(iter_csv(export_rows(claims)), content_type=CSV_MEDIA_TYPE)
        response["Content-Disposition"] = 'attachment; filename="claims.csv"'
        return response
    page = keyset_page(
        request, claim_values(claims), key="id", key_type=int, cursor=query.cursor, limit=query.limit
    )
    return {"items": with_links(page.items), "next": page.next}


@router.get("/{claim_id}", response=answers(ClaimOut, 404), summary="Get a claim")
@decorate_view(cacheable)
def claim_detail(request, claim_id: int = Path(..., ge=1, le=2**63 - 1)):
    """One claim with its provenance: document SHA-256, evidence span and evidence text."""
    return _one(claims_visible_to(request_user(request)), claim_id)


def _claim_for_review(user, claim_id: int):
    """A claim the user can see; the policy in the service decides whether they may change it (403)."""
    return get_object_or_404(claims_visible_to(user).select_related("partner"), pk=claim_id)


_WRITE = {200: ClaimOut, frozenset({400, 401, 403, 404, 409, 413}): Problem}


@router.post("/{claim_id}/accept", response=_WRITE, auth=TokenAuth(), summary="Accept a claim")
def claim_accept_view(request, payload: ReviewIn, claim_id: int = Path(..., ge=1, le=2**63 - 1)):
    """Publish a claim. Partner editors may accept their own partner's claims only; send the version you saw
    to be told (409) when someone else changed the claim since."""
    claim = _claim_for_review(request.auth, claim_id)
    claim_accept(claim=claim, actor=request.auth, note=payload.note, expected_version=payload.version)
    return _one(Claim.objects.all(), claim.pk)


@router.post("/{claim_id}/reject", response=_WRITE, auth=TokenAuth(), summary="Reject a claim")
def claim_reject_view(request, payload: ReviewIn, claim_id: int = Path(..., ge=1, le=2**63 - 1)):
    """Keep a claim out of the public data; it stays in the database and its history."""
    claim = _claim_for_review(request.auth, claim_id)
    claim_reject(claim=claim, actor=request.auth, note=payload.note, expected_version=payload.version)
    return _one(Claim.objects.all(), claim.pk)
