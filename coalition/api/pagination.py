"""Keyset pagination: pages follow a unique sort key, so rows added or removed between pages never shift
the next page, and page N costs the same as page 1 (no OFFSET)."""

import base64
import binascii
import json
from dataclasses import dataclass

from coalition.errors import ApiError

DEFAULT_LIMIT = 50
MAX_LIMIT = 500


def encode_cursor(key) -> str:
    return base64.urlsafe_b64encode(json.dumps({"after": key}).encode()).decode().rstrip("=")


def decode_cursor(cursor: str, key_type: type):
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        key = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))["after"]
    except (binascii.Error, ValueError, UnicodeError, KeyError, TypeError):
        raise ApiError("api.bad_cursor") from None
    if not isinstance(key, key_type) or isinstance(key, bool):
        raise ApiError("api.bad_cursor")
    return key


@dataclass(frozen=True)
class Page:
    items: list
    next: str | None


def keyset_page(request, queryset, *, key: str, key_type: type, cursor: str | None, limit: int) -> Page:
    """One page of ``queryset`` in ``key`` order after ``cursor``, with the address of the next page."""
    queryset = queryset.order_by(key)
    if cursor:
        queryset = queryset.filter(**{f"{key}__gt": decode_cursor(cursor, key_type)})
    rows = list(queryset[: limit + 1])
    items, more = rows[:limit], len(rows) > limit
    next_url = None
    if more:
        query = request.GET.copy()
        last = items[-1]
        query["cursor"] = encode_cursor(last[key] if isinstance(last, dict) else getattr(last, key))
        next_url = request.build_absolute_uri(f"{request.path}?{query.urlencode()}")
    return Page(items=items, next=next_url)
