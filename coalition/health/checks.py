"""Readiness: can this app server reach what it needs? Each check names its part and says what it found."""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connections


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    #: A part the site can serve without (the cache: pages are then built for every request).
    optional: bool = False


def database_checks() -> list[Check]:
    found = []
    for alias in settings.DATABASES:
        try:
            with connections[alias].cursor() as cursor:
                cursor.execute("SELECT 1")
            found.append(Check(_database_name(alias), True, connections[alias].vendor))
        except DatabaseError as error:
            connections[alias].close()
            # A replica that is down costs nothing: the router sends its reads to the primary.
            found.append(Check(_database_name(alias), False, _first_line(error), optional=alias != "default"))
    return found


def _database_name(alias: str) -> str:
    return "database" if alias == "default" else f"database:{alias}"


def cache_check() -> Check:
    reachable = getattr(cache, "reachable", None)
    if reachable is None:
        return Check("cache", True, f"local ({type(cache).__name__})", optional=True)
    ok = reachable()
    return Check("cache", ok, "redis" if ok else "redis unreachable: pages are built uncached", optional=True)


def storage_check() -> Check:
    if "originals" not in settings.STORAGES:
        return Check("storage", True, "originals in the database")
    from coalition.originals import bucket_reachable

    ok, detail = bucket_reachable()
    return Check("storage", ok, detail)


def queue_check() -> Check:
    if not settings.COALITION_QUEUE:
        return Check("queue", True, "inline (no queue configured)")
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM procrastinate_jobs WHERE status = 'todo'")
            waiting = cursor.fetchone()[0]
    except DatabaseError as error:
        connections["default"].close()
        return Check("queue", False, _first_line(error))
    return Check("queue", True, f"procrastinate, {waiting} waiting")


def readiness() -> list[Check]:
    return [*database_checks(), cache_check(), storage_check(), queue_check()]


def _first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]
