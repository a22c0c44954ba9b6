"""Django's Redis cache, made forgiving: when Redis cannot be reached, the site works as if nothing were kept.

Pages are then built for every request (slower, never an error). After a failure Redis is left alone for
``PAUSE`` seconds, so a dead Redis costs one connection timeout per process every few seconds, not per request.
"""

import logging
import time
from functools import wraps

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

PAUSE = 5.0


def _forgiving(default=None):
    def decorate(method):
        @wraps(method)
        def wrapper(self, *args, **kwargs):
            if time.monotonic() < self._paused_until:
                return default(args, kwargs) if callable(default) else default
            try:
                return method(self, *args, **kwargs)
            except RedisError as error:
                self._paused_until = time.monotonic() + PAUSE
                logger.warning("cache unreachable, serving uncached for %.0f s: %s", PAUSE, error)
                return default(args, kwargs) if callable(default) else default

        return wrapper

    return decorate


def _default_argument(args, kwargs):
    """``get(key, default)``: what the caller asked to receive when nothing is kept."""
    return kwargs.get("default", args[1] if len(args) > 1 else None)


def _missing_key(args, kwargs):
    """``incr``/``decr``: an empty cache holds no counter, and says so as Django's caches do."""
    raise ValueError(f"Key {args[0] if args else kwargs.get('key')!r} not found (the cache is unreachable)")


class ForgivingRedisCache(RedisCache):
    _paused_until = 0.0

    get = _forgiving(_default_argument)(RedisCache.get)
    get_many = _forgiving({})(RedisCache.get_many)
    has_key = _forgiving(False)(RedisCache.has_key)
    set = _forgiving()(RedisCache.set)
    add = _forgiving(False)(RedisCache.add)
    touch = _forgiving(False)(RedisCache.touch)
    set_many = _forgiving(lambda args, kwargs: [])(RedisCache.set_many)
    delete = _forgiving(False)(RedisCache.delete)
    delete_many = _forgiving()(RedisCache.delete_many)
    clear = _forgiving(False)(RedisCache.clear)
    incr = _forgiving(_missing_key)(RedisCache.incr)
    decr = _forgiving(_missing_key)(RedisCache.decr)

    def reachable(self) -> bool:
        """Asked by /readyz: a real round trip, whatever the pause says."""
        try:
            return bool(self._cache.get_client(write=True).ping())
        except RedisError:
            return False
