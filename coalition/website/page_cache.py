"""Rendered public pages kept in Django's cache, keyed by everything the page shows.

A partner's profile costs tens of queries and a large template; what it shows changes only when an editor
acts. The key holds a version of the partner's public data read in two small queries (see
``selectors.profile_version``), so a change is visible at the next request and nothing stale is served.
"""

import hashlib
from functools import cache as once
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

TIMEOUT = 600
_generation = [0]


def forget_pages() -> None:
    """Stop using this process's kept pages (tests, and after a backup is loaded: ids may repeat then)."""
    _generation[0] += 1


@once
def _code_version() -> str:
    """The website's code, templates and translations as deployed: a new release never serves older pages."""
    roots = (Path(__file__).parent, *map(Path, settings.LOCALE_PATHS))
    files = sorted(path for root in roots for path in root.rglob("*") if path.suffix in {".py", ".html", ".mo"})
    return hashlib.sha256(repr([(str(path), path.stat().st_mtime_ns) for path in files]).encode()).hexdigest()


def cached_body(request, *, name: str, version: tuple, render) -> str:
    """The page body for this request: kept if the same page was rendered at the same version, else ``render()``.

    The path with its query, the host and the scheme are part of the key because the page prints them
    (canonical and alternate links). The cache is shared by the server's workers (see ``CACHES``); after a
    backup is loaded, clear it: ids, and so versions, may repeat.
    """
    parts = (
        _code_version(), _generation[0], name, translation.get_language(), request.scheme, request.get_host(),
        request.get_full_path(), version,
    )
    key = "website:page:" + hashlib.sha256(repr(parts).encode()).hexdigest()
    body = cache.get(key)
    if body is None:
        body = render()
        cache.set(key, body, TIMEOUT)
    return body
