"""Who is asking: a bearer token, a signed-in session, or nobody; and how fast anonymous clients may ask."""

import hashlib
import os
from contextlib import contextmanager

from django.core.cache import caches
from django.core.cache.backends.filebased import FileBasedCache
from django.core.files import locks
from django.middleware.http import ConditionalGetMiddleware
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.decorators import decorator_from_middleware
from ninja.security import HttpBearer
from ninja.throttling import AnonRateThrottle

from coalition.conf import coalition_settings
from coalition.errors import ApiError

from .problems import from_error
from .services import token_user

_UNSET = object()
# The longest query string the API reads. gunicorn's request line limit (coalition/serving.py) sits above
# it, so that a long address reaches the API and gets a 414 problem document rather than gunicorn's HTML.
MAX_QUERY_STRING_BYTES = 4096


def request_user(request):
    """The user behind a request, or None when anonymous. A token that does not check out is refused (401)."""
    cached = getattr(request, "_api_user", _UNSET)
    if cached is not _UNSET:
        return cached
    user = None
    header = request.headers.get("Authorization", "")
    if header:
        scheme, _, raw = header.partition(" ")
        if scheme.lower() != "bearer" or not raw.strip():
            raise ApiError("api.bad_token")
        user = token_user(raw.strip())
        if user is None:
            raise ApiError("api.bad_token")
    elif getattr(request, "user", None) is not None and request.user.is_authenticated:
        user = request.user
    request._api_user = user
    return user


class TokenAuth(HttpBearer):
    """Write operations: a per-user token (``coalition token create USERNAME``) as ``Authorization: Bearer``."""

    def authenticate(self, request, token):
        user = token_user(token)
        if user is not None:
            request._api_user = user
        return user


class AnonymousRateThrottle(AnonRateThrottle):
    """Anonymous clients get ``COALITION["API_ANON_RATE"]`` requests per fixed window, per client address.

    The rate is read on every request, so it can change. The count is one integer per client and window in
    the shared cache: ``cache.add`` opens the window and ``cache.incr`` counts, so every worker adds to the
    same counter and exactly the allowed number of requests gets through.
    """

    def __init__(self):
        super().__init__(rate=coalition_settings().api_anon_rate)
        self._wait = None

    def allow_request(self, request) -> bool:
        key = self.get_cache_key(request)
        if key is None:
            return True
        self.num_requests, self.duration = self.parse_rate(coalition_settings().api_anon_rate)
        now = self.timer()
        window = int(now // self.duration)
        count = _count(caches["default"], f"{key}:{window}", timeout=2 * self.duration)
        self._wait = (window + 1) * self.duration - now
        return count <= self.num_requests

    def wait(self):
        return self._wait

    def get_ident(self, request) -> str:
        """The connecting address, or with N trusted proxies, the address the outermost of them saw.

        Each proxy appends the address it received the request from to X-Forwarded-For; everything to the
        left of what our own proxies wrote is the client's to invent, so it is never read.
        """
        proxies = coalition_settings().num_proxies
        remote = request.META.get("REMOTE_ADDR", "")
        if proxies <= 0:
            return remote
        hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
        return hops[-min(proxies, len(hops))] if hops else remote

    def get_cache_key(self, request):
        try:
            if request_user(request) is not None:
                return None
        except ApiError:
            pass  # counted as anonymous; the operation answers 401
        ident = hashlib.sha256(self.get_ident(request).encode()).hexdigest()[:32]
        return f"coalition:api-throttle:{ident}"


def _count(cache, key: str, *, timeout: int) -> int:
    """Add one to the counter at ``key`` and return it, atomically wherever the cache's ``incr`` is (Redis,
    Memcached, local memory); the file cache gets a lock file, since its ``incr`` is a read and a write."""
    with _file_cache_lock(cache):
        if cache.add(key, 1, timeout=timeout):
            return 1
        try:
            return cache.incr(key)
        except ValueError:  # expired between add and incr: this request opens the window again
            cache.set(key, 1, timeout=timeout)
            return 1


@contextmanager
def _file_cache_lock(cache):
    if not isinstance(cache, FileBasedCache):
        yield
        return
    os.makedirs(cache._dir, exist_ok=True)
    with open(os.path.join(cache._dir, "api-throttle.lock"), "ab") as handle:
        locks.lock(handle, locks.LOCK_EX)
        try:
            yield
        finally:
            locks.unlock(handle)


_conditional_get = decorator_from_middleware(ConditionalGetMiddleware)


def cacheable(view):
    """ETag on every read and a 304 answer to a matching If-None-Match; shared caches only for anonymous reads."""

    def wrapped(request, *args, **kwargs):
        try:
            request_user(request)
        except ApiError as error:
            return from_error(error)
        response = view(request, *args, **kwargs)
        patch_vary_headers(response, ["Authorization", "Cookie"])
        if getattr(request, "_api_user", None) is None and response.status_code == 200:
            patch_cache_control(response, public=True, max_age=60)
        else:
            patch_cache_control(response, private=True, no_cache=True)
        return response

    return _conditional_get(wrapped)


def bounded_query_string(view):
    """A query string over ``MAX_QUERY_STRING_BYTES`` is a 414 problem, before anything is parsed."""

    def wrapped(request, *args, **kwargs):
        if len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_STRING_BYTES:
            return from_error(ApiError("api.uri_too_long", limit=MAX_QUERY_STRING_BYTES))
        return view(request, *args, **kwargs)

    return wrapped
