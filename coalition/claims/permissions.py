"""The one permission policy for editorial work on claims, documents and profile pieces.

Every view, admin action, API write and CLI command asks this module, never ``user.has_perm``:

- ``user_can(user, action, obj)`` answers for one object (a Partner, or anything with a ``partner``);
- ``partners_user_can(user, action)``, ``claims_user_can(user, action)``, ``documents_user_can(...)``
  and ``pieces_user_can(user, action, model)`` give the querysets a user may act on, so lists and
  lookups never show another partner's rows (a foreign id is simply not found: 404).
- ``require(user, action, obj)`` raises ``ClaimPermissionError`` (a ``PermissionDenied``: 403).

Roles (``coalition.review.models.Role``): a secretariat editor may do every action for every partner; a
partner editor may do every action, but only for the partners assigned to them; everyone else, including
anonymous visitors and signed-in accounts without a role, may do none (the public sees published rows
through the public selectors, not through this policy). Superusers count as secretariat editors.
"""

from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _

from coalition.errors import CoalitionError
from coalition.partners.models import Partner


class Action(models.TextChoices):
    VIEW_DRAFT = "view_draft", _("see drafts and history")
    EDIT = "edit", _("edit")
    ACCEPT = "accept", _("accept")
    REJECT = "reject", _("reject")
    PUBLISH = "publish", _("publish or restore the profile")
    UPLOAD = "upload", _("upload a factsheet")


class ClaimPermissionError(CoalitionError, PermissionDenied):
    """The user may not do this action on this partner's data; nothing was written."""


def _editor(user):
    if user is None or not user.is_authenticated or not user.is_active:
        return None
    from coalition.review.models import Editor  # the review app owns roles; imported late to avoid a cycle

    return Editor.objects.filter(user=user).first()


def _covers_all(user) -> bool:
    from coalition.review.models import Role

    if user is not None and user.is_authenticated and user.is_active and user.is_superuser:
        return True
    editor = _editor(user)
    return editor is not None and editor.role == Role.SECRETARIAT


def is_secretariat(user) -> bool:
    """Whether ``user`` covers every partner: decisions that are no one partner's (a proposed partner) are theirs."""
    return _covers_all(user)


def partners_user_can(user, action: str) -> models.QuerySet:
    """The partners on whose data ``user`` may do ``action``."""
    from coalition.review.models import Role

    Action(action)  # an unknown action is a programming error, never a silent "no"
    if _covers_all(user):
        return Partner.objects.all()
    editor = _editor(user)
    if editor is None or editor.role != Role.PARTNER_EDITOR:
        return Partner.objects.none()
    return Partner.objects.filter(editors=editor)


def _partner_ids(user, action: str):
    return partners_user_can(user, action).values("pk")


def claims_user_can(user, action: str) -> models.QuerySet:
    from coalition.claims.models import Claim

    return Claim.objects.filter(partner__in=_partner_ids(user, action))


def documents_user_can(user, action: str) -> models.QuerySet:
    """A partner's documents, and the documents naming many partners that hold a claim of that partner."""
    from coalition.claims.models import Claim
    from coalition.documents.models import SourceDocument

    ids = _partner_ids(user, action)
    theirs = Claim.objects.filter(document=models.OuterRef("pk"), partner__in=ids)
    return SourceDocument.objects.filter(
        models.Q(partner__in=ids) | models.Q(partner__isnull=True) & models.Exists(theirs)
    )


def pieces_user_can(user, action: str, model) -> models.QuerySet:
    """Statements, headline figures, quotes, media links or social handles ``user`` may act on."""
    return model.objects.filter(partner__in=_partner_ids(user, action))


def _partner_id(obj) -> int | None:
    return obj.pk if isinstance(obj, Partner) else obj.partner_id


def user_can(user, action: str, obj) -> bool:
    """Whether ``user`` may do ``action`` on ``obj`` (a Partner or any row with a ``partner``).

    A document that names many partners (no partner of its own) is the secretariat's: its claims are each
    partner's."""
    Action(action)
    if _covers_all(user):
        return True
    partner_id = _partner_id(obj)
    return partner_id is not None and partners_user_can(user, action).filter(pk=partner_id).exists()


def require(user, action: str, obj) -> None:
    """Raise ``ClaimPermissionError`` unless ``user_can(user, action, obj)``."""
    if not user_can(user, action, obj):
        partner = obj if isinstance(obj, Partner) else obj.partner
        raise ClaimPermissionError("review.permission_denied", action=Action(action).label,
                                   partner=partner.code if partner else "-")
