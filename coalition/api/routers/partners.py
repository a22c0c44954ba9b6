from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from ninja import Path, Query, Router
from ninja.decorators import decorate_view

from coalition.partners.models import Membership, Partner, WorkingGroup

from ..access import cacheable
from ..pagination import keyset_page
from ..problems import answers
from ..schemas import PageQuery, PartnerOut, PartnerPage, WorkingGroupPage

router = Router(tags=["partners"])
groups_router = Router(tags=["working groups"])


def _partner_out(partner: Partner) -> dict:
    return {
        "code": partner.code,
        "kind": partner.kind,
        "name": partner.name(),
        "joined_on": partner.joined_on,
        "founding_member": partner.founding_member,
        "working_groups": [membership.group.slug for membership in partner.memberships.all()],
    }


def _partners():
    return Partner.objects.prefetch_related(
        Prefetch("memberships", queryset=Membership.objects.select_related("group").order_by("group__slug"))
    )


@router.get("/", response=answers(PartnerPage), summary="List partners")
@decorate_view(cacheable)
def partner_list(request, query: Query[PageQuery]):
    """Every partner of the coalition, countries and organisations, in code order."""
    page = keyset_page(request, _partners(), key="code", key_type=str, cursor=query.cursor, limit=query.limit)
    return {"items": [_partner_out(partner) for partner in page.items], "next": page.next}


@router.get("/{code}", response=answers(PartnerOut, 404), summary="Get a partner")
@decorate_view(cacheable)
def partner_detail(request, code: Path[str]):
    """One partner by its code ("NO", "nato"); the code is not case-sensitive."""
    return _partner_out(get_object_or_404(_partners(), code__iexact=code))


def _group_out(group: WorkingGroup) -> dict:
    return {
        "slug": group.slug,
        "name": group.name,
        "description": group.description,
        "members": [{"partner": m.partner.code, "role": m.role} for m in group.memberships.all()],
    }


@groups_router.get("/", response=answers(WorkingGroupPage), summary="List working groups")
@decorate_view(cacheable)
def group_list(request, query: Query[PageQuery]):
    """The coalition's working groups with their members and the members' roles, in slug order."""
    groups = WorkingGroup.objects.prefetch_related(
        Prefetch("memberships", queryset=Membership.objects.select_related("partner").order_by("partner__code"))
    )
    page = keyset_page(request, groups, key="slug", key_type=str, cursor=query.cursor, limit=query.limit)
    return {"items": [_group_out(group) for group in page.items], "next": page.next}


