"""Creating and checking API tokens."""

import hashlib
import secrets
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from coalition.errors import ApiError

from .models import ApiToken

TOKEN_BYTES = 32
# Writing last_used_at on every request would turn reads into writes; once a minute is precise enough.
LAST_USED_RESOLUTION = timedelta(minutes=1)


def _hash(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


@transaction.atomic
def token_create(*, username: str, name: str = "") -> tuple[ApiToken, str]:
    """Make a new token for a user and return it with its secret, which is shown once and never stored."""
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise ApiError("api.unknown_user", username=username)
    raw = secrets.token_urlsafe(TOKEN_BYTES)
    token = ApiToken(user=user, name=name, prefix=raw[:8], key_hash=_hash(raw))
    token.full_clean()
    token.save()
    return token, raw


def token_user(raw: str):
    """The active user a token belongs to, or None for an unknown token or an inactive account."""
    token = ApiToken.objects.select_related("user").filter(key_hash=_hash(raw)).first()
    if token is None or not token.user.is_active:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user
