"""Who may read what: the one rule behind the public site, every API read and every export.

- Anyone, signed in or not, sees accepted claims and profile pieces, and a source document once at least
  one accepted claim or piece points to it: exactly what the public site shows.
- A partner editor also sees every row and document of the partners assigned to them, drafts included.
- The secretariat sees everything.

Editorial rights come from ``coalition.claims.permissions`` (``Action.VIEW_DRAFT``), so a change of role
shows here at once; the public part is ``published()`` on each model.
"""

from django.db.models import Exists, OuterRef, Q, QuerySet

from coalition.claims.models import Claim
from coalition.claims.permissions import Action, partners_user_can
from coalition.documents.models import SourceDocument
from coalition.profiles.models import HeadlineFigure, MediaLink, Quote, SocialHandle, Statement
from coalition.vocab import ReviewStatus

# Everything that can make its source document public by being accepted.
PUBLISHING_MODELS = (Claim, Statement, HeadlineFigure, Quote, MediaLink, SocialHandle)


def may_see_drafts(user) -> bool:
    """Whether ``user`` covers at least one partner's unpublished rows."""
    return user is not None and partners_user_can(user, Action.VIEW_DRAFT).exists()


def _drafts_of(user):
    return partners_user_can(user, Action.VIEW_DRAFT).values("pk")


def visible_to(user, model) -> QuerySet:
    """The rows of a reviewable ``model`` (claims, statements, ...) that ``user`` may read; None is anonymous."""
    if not may_see_drafts(user):
        return model.objects.published()
    return model.objects.filter(Q(status=ReviewStatus.ACCEPTED) | Q(partner__in=_drafts_of(user)))


def public_documents() -> QuerySet:
    """Documents at least one accepted claim or profile piece points to; drafts' sources stay private."""
    behind = Q()
    for model in PUBLISHING_MODELS:
        behind |= Exists(model.objects.published().filter(document=OuterRef("pk")))
    return SourceDocument.objects.filter(behind)


def documents_visible_to(user) -> QuerySet:
    """The public documents, plus every document of the partners ``user`` edits (and the many-partner documents
    holding their claims)."""
    documents = public_documents()
    if may_see_drafts(user):
        # a document naming many partners shows to the editors of each partner it holds claims of
        theirs = Exists(Claim.objects.filter(document=OuterRef("pk"), partner__in=_drafts_of(user)))
        documents = SourceDocument.objects.filter(
            Q(pk__in=documents.values("pk")) | Q(partner__in=_drafts_of(user)) | Q(partner__isnull=True) & theirs
        )
    return documents
