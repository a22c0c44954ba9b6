"""Reads behind the API: what each kind of client may see, and the claim filters."""

from dataclasses import dataclass

from django.db.models import Q

from coalition.claims.models import Claim
from coalition.editorial.visibility import may_see_drafts, visible_to
from coalition.errors import ApiError
from coalition.partners.models import Partner
from coalition.vocab import ReviewStatus


@dataclass(frozen=True)
class ClaimFilters:
    partner: str | None = None
    kind: str | None = None
    line: str | None = None
    place: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    qualifier: str | None = None
    status: str | None = None


def claims_visible_to(user):
    return visible_to(user, Claim)


def claims_filtered(*, user, filters: ClaimFilters):
    if filters.status not in (None, ReviewStatus.ACCEPTED) and not may_see_drafts(user):
        raise ApiError("api.status_needs_editor")
    if filters.year_from is not None and filters.year_to is not None and filters.year_from > filters.year_to:
        raise ApiError("api.bad_year_range", year_from=filters.year_from, year_to=filters.year_to)
    claims = claims_visible_to(user)
    if filters.status:
        claims = claims.filter(status=filters.status)
    if filters.partner:
        # Resolved first so that the claims query filters on the indexed partner_id.
        partner_id = Partner.objects.filter(code__iexact=filters.partner).values_list("pk", flat=True).first()
        claims = claims.filter(partner_id=partner_id) if partner_id else claims.none()
    if filters.kind:
        claims = claims.filter(kind=filters.kind)
    if filters.qualifier:
        claims = claims.filter(qualifier=filters.qualifier)
    if filters.line:
        claims = claims.filter(lines__code=filters.line)
    if filters.place:
        claims = claims.filter(places__code=filters.place.upper())
    # A claim's year is its one year (period "year") or the first year of a cumulative figure ("since").
    if filters.year_from is not None:
        claims = claims.filter(Q(year__gte=filters.year_from) | Q(since__gte=filters.year_from))
    if filters.year_to is not None:
        claims = claims.filter(Q(year__lte=filters.year_to) | Q(since__lte=filters.year_to))
    return claims
