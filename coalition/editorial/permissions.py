"""The one permission policy for editorial work on every partner's data.

Every view, admin page, API write and CLI command asks this module, never ``user.has_perm``:

- ``user_can(user, action, obj)`` answers for one object (a Partner, or anything with a ``partner``);
- ``partners_user_can(user, action)`` gives the partners a user may act for, and
  ``rows_user_can(user, action, model)`` the rows of any partner-owned model (claims, documents, profile
  pieces...), so lists and lookups never show another partner's rows (a foreign id is simply not found: 404);
- ``require(user, action, obj)`` raises ``EditorialPermissionError`` (a ``PermissionDenied``: 403);
- ``is_secretariat(user)`` says who decides what is no one partner's (proposed partners, partner records).

Roles (``Editor.role``): a secretariat editor may do every action for every partner; a partner editor may do
every action, but only for the partners assigned to them; everyone else, including anonymous visitors and
signed-in accounts without a role, may do none (the public sees published rows through
``coalition.editorial.visibility``, not through this policy). Superusers count as secretariat editors.
"""

from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _

from coalition.errors import CoalitionError
from coalition.partners.models import Partner

from .models import Editor, Role


class Action(models.TextChoices):
    VIEW_DRAFT = "view_draft", _("see drafts and history")
    EDIT = "edit", _("edit")
    ACCEPT = "accept", _("accept")
    REJECT = "reject", _("reject")
    PUBLISH = "publish", _("publish or restore the profile")
    UPLOAD = "upload", _("upload a factsheet")


class EditorialPermissionError(CoalitionError, PermissionDenied):
    """The user may not do this action on this partner's data; nothing was written."""


def _editor(user) -> Editor | None:
    if user is None or not user.is_authenticated or not user.is_active:
        return None
    return Editor.objects.filter(user=user).first()


def is_secretariat(user) -> bool:
    """Whether ``user`` covers every partner: decisions that are no one partner's (a proposed partner) are theirs."""
    if user is not None and user.is_authenticated and user.is_active and user.is_superuser:
        return True
    editor = _editor(user)
    return editor is not None and editor.role == Role.SECRETARIAT


def partners_user_can(user, action: str) -> models.QuerySet:
    """The partners on whose data ``user`` may do ``action``."""
    Action(action)  # an unknown action is a programming error, never a silent "no"
    if is_secretariat(user):
        return Partner.objects.all()
    editor = _editor(user)
    if editor is None or editor.role != Role.PARTNER_EDITOR:
        return Partner.objects.none()
    return Partner.objects.filter(editors=editor)


def rows_user_can(user, action: str, model) -> models.QuerySet:
    """The rows of ``model`` on whose partner ``user`` may do ``action``.

    A model's queryset says which of its rows belong to a set of partners (``of_partners``): for most that is
    the row's own ``partner``; a document naming many partners also belongs to each partner it holds claims of.
    """
    return model.objects.of_partners(partners_user_can(user, action).values("pk"))


def _partner(obj) -> Partner | None:
    return obj if obj is None or isinstance(obj, Partner) else obj.partner


def _partner_id(obj) -> int | None:
    if obj is None:
        return None
    return obj.pk if isinstance(obj, Partner) else obj.partner_id


def user_can(user, action: str, obj) -> bool:
    """Whether ``user`` may do ``action`` on ``obj`` (a Partner or any row with a ``partner``).

    What is no one partner's (``obj`` None, or a document that names many partners) is the secretariat's: such a
    document's claims are each partner's."""
    Action(action)
    if is_secretariat(user):
        return True
    partner_id = _partner_id(obj)
    return partner_id is not None and partners_user_can(user, action).filter(pk=partner_id).exists()


def require(user, action: str, obj) -> None:
    """Raise ``EditorialPermissionError`` unless ``user_can(user, action, obj)``."""
    if not user_can(user, action, obj):
        partner = _partner(obj)
        raise EditorialPermissionError(
            "review.permission_denied", action=Action(action).label, partner=partner.code if partner else "-"
        )
