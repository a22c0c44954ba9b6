from ninja import Query, Router
from ninja.decorators import decorate_view

from coalition.errors import ApiError
from coalition.totals.selectors import totals

from ..access import cacheable, request_user
from ..problems import answers
from ..schemas import TotalsOut, TotalsQuery
from ..selectors import claims_visible_to, may_see_drafts

router = Router(tags=["totals"])


@router.get("/", response=answers(TotalsOut, 403), summary="Totals of claims")
@decorate_view(cacheable)
def total_list(request, query: Query[TotalsQuery]):
    """Claims added up by the aggregation service, as ranges (hedged figures widen them), grouped as asked.

    Funding is converted to USD or EUR at the mean rate of each figure's year; series (annual, one year,
    cumulative, undated) and stages are never mixed. Claims that could not be counted are listed.
    """
    user = request_user(request)
    if query.include_drafts and not may_see_drafts(user):
        raise ApiError("api.status_needs_editor")
    claims = claims_visible_to(user)
    if query.partner:
        claims = claims.filter(partner__code__iexact=query.partner)
    result = totals(
        claims=claims,
        group_by=tuple(dict.fromkeys(query.group_by)),
        kind=query.kind,
        currency=query.currency,
        include_drafts=query.include_drafts,
        as_of=query.as_of,
    )
    return {
        "kind": result.kind,
        "unit": result.unit,
        "band": result.band,
        "group_by": list(result.group_by),
        "rows": [
            {
                "key": row.key,
                "low": row.range.low,
                "high": row.range.high,
                "claim_count": row.claim_count,
                "approximate_only": row.approximate_only,
            }
            for row in result.rows
        ],
        "excluded": [
            {
                "claim_id": item.claim_id,
                "reason": item.reason,
                "value": item.value,
                "currency": item.currency,
                "evidence": item.evidence,
                "document_sha256": item.document_sha256,
            }
            for item in result.excluded
        ],
    }
