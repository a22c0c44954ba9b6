"""Who may read what: the one rule behind the public site, every API read and every export.

- Anyone, signed in or not, sees accepted claims and profile pieces, and a source document once at least
  one accepted claim or piece points to it (``coalition.documents.selectors``): exactly what the public
  site shows.
- A partner editor also sees every row and document of the partners assigned to them, drafts included.
- The secretariat sees everything.

Editorial rights come from ``coalition.editorial.permissions`` (``Action.VIEW_DRAFT``), so a change of role
shows here at once; the public part is ``published()`` on each model.
"""

from django.db.models import Q, QuerySet

from coalition.vocab import ReviewStatus

from .permissions import Action, partners_user_can


def may_see_drafts(user) -> bool:
    """Whether ``user`` covers at least one partner's unpublished rows."""
    return user is not None and partners_user_can(user, Action.VIEW_DRAFT).exists()


def drafts_of(user) -> QuerySet:
    """The ids of the partners whose unpublished rows ``user`` may read."""
    return partners_user_can(user, Action.VIEW_DRAFT).values("pk")


def visible_to(user, model) -> QuerySet:
    """The rows of a reviewable ``model`` (claims, statements, ...) that ``user`` may read; None is anonymous."""
    if not may_see_drafts(user):
        return model.objects.published()
    return model.objects.filter(Q(status=ReviewStatus.ACCEPTED) | Q(partner__in=drafts_of(user)))
