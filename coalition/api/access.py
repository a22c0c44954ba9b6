"""Who is asking: a bearer token, a signed-in session, or nobody; and how fast anonymous clients may ask."""

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
    """Anonymous clients get ``COALITION["API_ANON_RATE"]`` requests, read on every request so it can change."""

    def __init__(self):
        super().__init__(rate=coalition_settings().api_anon_rate)

    def allow_request(self, request) -> bool:
        self.rate = coalition_settings().api_anon_rate
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request)

    def get_cache_key(self, request):
        try:
            if request_user(request) is not None:
                return None
        except ApiError:
            pass  # counted as anonymous; the operation answers 401
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


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
