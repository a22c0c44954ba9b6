"""Editors' accounts: setting one up with its role and partners, and finding the one a command acts as."""

import logging

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction

from coalition.errors import AccountError
from coalition.partners.models import Partner

from .models import Editor, Role

logger = logging.getLogger("coalition.editorial")


def active_account(username: str):
    """The active account a command acts as (``--as USERNAME``); its rights and name then apply as on the pages."""
    user = get_user_model().objects.filter(username=username, is_active=True).first()
    if user is None:
        raise AccountError("cli.unknown_user", username=username)
    return user


@transaction.atomic
def account_create(
    *, username: str, password: str, role: str, partner_codes: list[str] = (), email: str = "", staff: bool = False
) -> Editor:
    """Create a sign-in account with an editorial role (for `coalition createuser`).

    ``staff`` also opens the admin, which shows the account only what the same policy allows.
    """
    role = Role(role)
    User = get_user_model()
    if User.objects.filter(username=username).exists():
        raise AccountError("accounts.user_exists", username=username)
    codes = list(dict.fromkeys(partner_codes))
    if role == Role.PARTNER_EDITOR and not codes:
        raise AccountError("accounts.partner_required")
    if role == Role.SECRETARIAT and codes:
        raise AccountError("accounts.partner_not_allowed")
    partners = []
    for code in codes:
        partner = Partner.objects.filter(code__iexact=code).first()
        if partner is None:
            raise AccountError("accounts.unknown_partner", partner=code)
        partners.append(partner)
    user = User(username=username, email=email, is_staff=staff)
    try:
        user.full_clean(exclude=["password"])
        validate_password(password, user)
    except ValidationError as error:
        raise AccountError("accounts.weak_password", detail=" ".join(error.messages)) from error
    user.set_password(password)
    user.save()
    editor = Editor.objects.create(user=user, role=role)
    editor.partners.set(partners)
    logger.info("editorial.account.created %s as %s", username, role)
    return editor
