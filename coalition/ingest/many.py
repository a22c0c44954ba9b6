"""Storing a document that names many partners, and deciding on the givers it brings in.

Each claim of such a document belongs to its own giver. A giver that is a partner gets its claims as drafts at
once, each partner's editors seeing only their own. A giver that is not a partner yet becomes a
:class:`~coalition.events.models.ProposedPartner` holding its claims; the secretariat confirms it as a new partner
(``proposal_confirm``) or maps it to an existing one (``proposal_map``, for an alias the table did not know), and
only then are its claims stored. ``proposal_reject`` keeps its claims out. Nothing is created silently.
"""

from __future__ import annotations

import dataclasses

from django.db import transaction
from django.utils import timezone

from coalition.claims.models import Claim
from coalition.documents.models import SourceDocument
from coalition.editorial.permissions import EditorialPermissionError, is_secretariat
from coalition.errors import ReviewError
from coalition.events.models import ProposalStatus, ProposedPartner
from coalition.extraction import ExtractedClaim, Extraction
from coalition.extraction.givers import giver_name, is_organisation
from coalition.partners.countries import COUNTRY_CODES
from coalition.partners.models import Partner, PartnerKind
from coalition.partners.services import partner_save

from .drafts import drafts_store


@dataclasses.dataclass
class ManyOutcome:
    claims: list[Claim]
    proposals: list[ProposedPartner]


def _by_giver(extraction: Extraction) -> dict[str, list[tuple[int, ExtractedClaim]]]:
    groups: dict[str, list[tuple[int, ExtractedClaim]]] = {}
    for index, claim in enumerate(extraction.claims):
        groups.setdefault(claim.partner, []).append((index, claim))
    return groups


def _subset(extraction: Extraction, members: list[tuple[int, ExtractedClaim]]) -> Extraction:
    """One giver's claims as an extraction of their own, a part's parent pointing inside the subset."""
    position = {index: i for i, (index, _) in enumerate(members)}
    claims = [dataclasses.replace(claim, parent_index=position.get(claim.parent_index)) for _, claim in members]
    return Extraction(partner=members[0][1].partner, claims=claims, language=extraction.language)


def partner_for_giver(code: str) -> Partner | None:
    return Partner.objects.filter(code__iexact=code).first()


def store_many(*, document: SourceDocument, extraction: Extraction, actor) -> ManyOutcome:
    """Store each known giver's claims as drafts under its partner; propose the others. Inside ingest's
    transaction."""
    outcome = ManyOutcome(claims=[], proposals=[])
    for code, members in _by_giver(extraction).items():
        subset = _subset(extraction, members)
        partner = partner_for_giver(code)
        if partner is not None:
            outcome.claims += drafts_store(document=document, partner=partner, extraction=subset, actor=actor)
            continue
        proposal = ProposedPartner(document=document, code=code, name=giver_name(code)[:200],
                                   claims=[_held(claim) for claim in subset.claims])
        proposal.full_clean()
        proposal.save()
        outcome.proposals.append(proposal)
    return outcome


def _held(claim: ExtractedClaim) -> dict:
    data = dataclasses.asdict(claim)
    data["span"] = list(claim.span) if claim.span else None
    return data


def _release(proposal: ProposedPartner, partner: Partner, actor) -> list[Claim]:
    claims = []
    for data in proposal.claims:
        data = dict(data, partner=partner.code)
        data["span"] = tuple(data["span"]) if data.get("span") else None
        claims.append(ExtractedClaim(**data))
    subset = Extraction(partner=partner.code, claims=claims)
    stored = drafts_store(document=proposal.document, partner=partner, extraction=subset, actor=actor)
    return stored


def _check(proposal: ProposedPartner, actor) -> None:
    if not is_secretariat(actor):
        raise EditorialPermissionError("events.proposal_secretariat_only")
    locked = ProposedPartner.objects.select_for_update().get(pk=proposal.pk)
    if locked.status != ProposalStatus.PROPOSED:
        raise ReviewError("events.proposal_decided", code=locked.code, status=locked.get_status_display())


def _record(proposal: ProposedPartner, *, actor, status: str, partner: Partner | None) -> None:
    proposal.status, proposal.partner = status, partner
    proposal.decided_by, proposal.decided_at = actor, timezone.now()
    proposal.full_clean()
    proposal.save(update_fields=["status", "partner", "decided_by", "decided_at"])


@transaction.atomic
def proposal_confirm(*, proposal: ProposedPartner, actor) -> list[Claim]:
    """Make the giver a new partner and store its claims as drafts."""
    _check(proposal, actor)
    code = proposal.code
    if partner_for_giver(code) is not None:
        raise ReviewError("events.proposal_partner_exists", code=code)
    if is_organisation(code) or code.upper() not in COUNTRY_CODES:
        partner = Partner(code=code.lower(), kind=PartnerKind.ORGANISATION, organisation_name=proposal.name)
    else:
        partner = Partner(code=code.upper(), kind=PartnerKind.COUNTRY)
    partner_save(partner, actor=actor, event="partners.partner.added")
    _record(proposal, actor=actor, status=ProposalStatus.CONFIRMED, partner=partner)
    return _release(proposal, partner, actor)


@transaction.atomic
def proposal_map(*, proposal: ProposedPartner, partner: Partner, actor) -> list[Claim]:
    """The giver is an existing partner under another name: store its claims under that partner."""
    _check(proposal, actor)
    _record(proposal, actor=actor, status=ProposalStatus.MAPPED, partner=partner)
    return _release(proposal, partner, actor)


@transaction.atomic
def proposal_reject(*, proposal: ProposedPartner, actor) -> None:
    """Not a giver of the coalition's (a misreading): its claims are never stored."""
    _check(proposal, actor)
    _record(proposal, actor=actor, status=ProposalStatus.REJECTED, partner=None)
