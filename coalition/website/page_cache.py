"""Rendered public pages kept in Django's cache, keyed by everything the page shows.

A partner's profile costs tens of queries and a large template; what it shows changes only when an editor
acts. The key holds a version of the partner's public data read in two small queries (see
``selectors.profile_version``), so a change is visible at the next request and nothing stale is served.
"""

import hashlib
import time
from functools import cache as once
from functools import wraps
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import translation

TIMEOUT = 600
_generation = [0]


def forget_pages() -> None:
    """Stop using this process's kept pages (tests, and after a backup is loaded: ids may repeat then)."""
    _generation[0] += 1


@once
def _code_version() -> str:
    """The website's code, templates and translations as deployed: a new release never serves older pages.

    A hash of the files' contents, not their times, so app servers on different machines share kept pages.
    """
    roots = (Path(__file__).parent, *map(Path, settings.LOCALE_PATHS))
    files = sorted(path for root in roots for path in root.rglob("*") if path.suffix in {".py", ".html", ".mo"})
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def cached_body(request, *, name: str, version: tuple, render) -> str | None:
    """The page body for this request: kept if the same page was rendered at the same version, else ``render()``
    (which may return None for a page not to keep).

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
        if body is not None:
            cache.set(key, body, TIMEOUT)
    return body


#: Query parameters a kept page may have; any other makes the page built fresh, so odd addresses fill nothing.
KEPT_PARAMETERS = frozenset({"page"})
STRUCTURE_KEY = "website:structure"


@once
def _site_version_sql() -> str:
    """The newest history row of claims and of each kind of profile piece, the newest publication, and the
    totals' data version: every save, delete, review and publication moves one of them. MAX over a primary
    key, so the query costs the same for ten claims or a million."""
    from coalition.claims.models import Claim
    from coalition.profiles.models import Publication
    from coalition.totals.models import DataVersion

    from .selectors import PIECE_MODELS

    latest = [f"(SELECT MAX(history_id) FROM {model.history.model._meta.db_table})" for model in (Claim, *PIECE_MODELS)]
    latest.append(f"(SELECT MAX(id) FROM {Publication._meta.db_table})")
    latest.append(f"(SELECT MAX(version) FROM {DataVersion._meta.db_table})")
    return "SELECT " + ", ".join(latest)


def site_version() -> tuple:
    """What every public page shows, as one value: the data's latest change and the partners' structure."""
    from django.db import connections, router

    from coalition.claims.models import Claim

    with connections[router.db_for_read(Claim)].cursor() as cursor:
        cursor.execute(_site_version_sql())
        row = tuple(cursor.fetchone())
    return row, cache.get(STRUCTURE_KEY)


def structure_changed(**kwargs) -> None:
    """Partners, working groups and memberships keep no history: a change to one is marked in the cache."""
    cache.set(STRUCTURE_KEY, time.time_ns(), None)


def kept_page(name: str):
    """Keep a public page's 200 answers, keyed by the site's version: after any change every app server sharing
    the cache builds the page again at its next request. Pages with other query parameters are built fresh."""

    def decorate(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method not in ("GET", "HEAD") or set(request.GET) - KEPT_PARAMETERS:
                return view(request, *args, **kwargs)
            answered = []

            def render() -> str | None:
                response = view(request, *args, **kwargs)
                answered.append(response)
                return response.content.decode() if response.status_code == 200 else None

            body = cached_body(request, name=name, version=(args, kwargs, site_version()), render=render)
            if answered and answered[0].status_code != 200:
                return answered[0]
            return HttpResponse(body)

        return wrapper

    return decorate
