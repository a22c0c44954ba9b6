import dataclasses

from ninja import Query, Router
from ninja.decorators import decorate_view

from coalition.editorial.permissions import Action, partners_user_can
from coalition.editorial.visibility import may_see_drafts
from coalition.errors import ApiError
from coalition.partners.models import Partner
from coalition.totals.selectors import totals

from ..access import cacheable, request_user
from ..problems import answers
from ..schemas import TotalsOut, TotalsQuery

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
    # Filters rather than a claims set, so that the service adds up its stored per-partner cells: everyone's
    # accepted claims, plus, for an editor who asks, the drafts of the partners the editor covers.
    partners = None
    if query.partner:
        partners = Partner.objects.filter(code__iexact=query.partner).values_list("pk", flat=True)
    drafts_of = None
    if query.include_drafts:
        drafts_of = partners_user_can(user, Action.VIEW_DRAFT).values_list("pk", flat=True)
    result = totals(
        group_by=tuple(dict.fromkeys(query.group_by)),
        kind=query.kind,
        currency=query.currency,
        include_drafts=query.include_drafts,
        as_of=query.as_of,
        partners=partners,
        drafts_of=drafts_of,
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
        "excluded": [dataclasses.asdict(item) for item in result.excluded],
    }
