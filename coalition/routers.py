"""Read replicas: public reads go to a replica; writes, editors' reads and everything outside a request go to
the primary, so an editor always sees what they just did.

``ReplicaMiddleware`` decides per request: a safe request (GET/HEAD) from a visitor with no session cookie and
no API credentials, outside /review/ and /admin/, reads from a replica. It first makes sure the replica
answers (a kept connection is checked as ``CONN_HEALTH_CHECKS`` does); one that does not is skipped for
``PAUSE`` seconds and the primary serves the reads.
"""

import logging
import random
import time
from contextvars import ContextVar

from django.conf import settings
from django.db import DatabaseError, connections

from coalition.settings.services import REPLICA_PREFIX

logger = logging.getLogger(__name__)

PAUSE = 10.0
PRIMARY = "default"
EDITOR_PATHS = ("/review/", "/admin/")

_read_alias: ContextVar[str] = ContextVar("read_alias", default=PRIMARY)
_down_until: dict[str, float] = {}


def replica_aliases() -> list[str]:
    return [alias for alias in settings.DATABASES if alias.startswith(REPLICA_PREFIX)]


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        return _read_alias.get()

    def db_for_write(self, model, **hints):
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints):
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == PRIMARY


def _public_read(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "Authorization" not in request.headers
        and not request.path.startswith(EDITOR_PATHS)
    )


def _usable(alias: str) -> bool:
    """A replica that answers now; one that failed recently is not tried again until its pause is over."""
    if time.monotonic() < _down_until.get(alias, 0.0):
        return False
    connection = connections[alias]
    try:
        # Django's own check of a kept connection (CONN_HEALTH_CHECKS), done here once for the request.
        connection.close_if_health_check_failed()
        connection.ensure_connection()
    except DatabaseError as error:
        connection.close()
        _down_until[alias] = time.monotonic() + PAUSE
        logger.warning("replica %s unreachable, reading from the primary for %.0f s: %s", alias, PAUSE, error)
        return False
    return True


def replica_for_read() -> str:
    candidates = replica_aliases()
    random.shuffle(candidates)
    return next((alias for alias in candidates if _usable(alias)), PRIMARY)


class ReplicaMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.DATABASE_ROUTERS or not _public_read(request):
            return self.get_response(request)
        token = _read_alias.set(replica_for_read())
        try:
            return self.get_response(request)
        finally:
            _read_alias.reset(token)
