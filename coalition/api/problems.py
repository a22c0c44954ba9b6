"""Every API error as an RFC 9457 problem document (``application/problem+json``) with a stable code.

One shape for every failure: ``type``, ``title``, ``status``, ``detail`` and ``code`` (a key of
``coalition.errors.MESSAGES``), plus ``errors`` for a request that failed validation.
"""

import logging
from http import HTTPStatus

from django.core.exceptions import PermissionDenied, RequestDataTooBig, SuspiciousOperation
from django.http import Http404, HttpResponse, JsonResponse
from django.http.multipartparser import MultiPartParserError
from ninja import Schema
from ninja.errors import AuthenticationError, HttpError, Throttled, ValidationError

from coalition.conf import coalition_settings
from coalition.errors import HTTP_STATUS, ApiError, CoalitionError
from coalition.health.deadline import RequestTimedOut
from coalition.health.logs import current_request_id

PROBLEM_MEDIA_TYPE = "application/problem+json"
TYPE_BASE = "urn:coalition-ledger:problem:"

logger = logging.getLogger(__name__)

class Problem(Schema):
    type: str
    title: str
    status: int
    detail: str
    code: str


def problem_response(*, status: int, code: str, detail: str, **extra) -> HttpResponse:
    body = {
        "type": TYPE_BASE + code,
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        "code": code,
        **extra,
    }
    if request_id := current_request_id():
        body["request_id"] = request_id  # the same id as the server's log lines for this request
    return JsonResponse(body, status=status, content_type=PROBLEM_MEDIA_TYPE, json_dumps_params={"ensure_ascii": False})


def from_error(error: CoalitionError, status: int | None = None) -> HttpResponse:
    response = problem_response(
        status=status or HTTP_STATUS.get(error.code, 400), code=error.code, detail=error.message
    )
    if response.status_code == 401:
        response["WWW-Authenticate"] = "Bearer"
    return response


def _validation(request, exc: ValidationError) -> HttpResponse:
    errors = [
        {"location": ".".join(str(part) for part in error.get("loc", ())), "message": error.get("msg", "")}
        for error in exc.errors
    ]
    detail = "; ".join(f"{error['location']}: {error['message']}" for error in errors) or "invalid input"
    message = ApiError("api.bad_request", detail=detail).message
    return problem_response(status=400, code="api.bad_request", detail=message, errors=errors)


def _http_error(request, exc: HttpError) -> HttpResponse:
    if isinstance(exc, Throttled):
        response = from_error(ApiError("api.rate_limited"))
        if exc.wait:
            response["Retry-After"] = str(int(exc.wait) + 1)
        return response
    if exc.status_code == 404:
        return from_error(ApiError("api.not_found"))
    return from_error(ApiError("api.bad_request", detail=str(exc)), status=exc.status_code)


def _malformed_body(request, exc: Exception) -> HttpResponse:
    """A body Django cannot read (multipart without a boundary, too many fields, ...) is the client's fault."""
    if isinstance(exc, RequestDataTooBig):
        return from_error(ApiError("api.body_too_large"))
    return from_error(ApiError("api.bad_request", detail=str(exc) or "the body cannot be read"))


def _forbidden(request, exc: PermissionDenied) -> HttpResponse:
    """Our own refusals keep their code; one of Django's says no more than that the request is not allowed."""
    if isinstance(exc, CoalitionError):
        return from_error(exc, status=403)
    return from_error(ApiError("api.forbidden"))


def _server_error(request, exc: Exception) -> HttpResponse:
    logger.exception("API request failed: %s %s", request.method, request.path)
    return from_error(ApiError("api.server_error"))


def _timed_out(request, exc: RequestTimedOut) -> HttpResponse:
    return from_error(ApiError("api.timed_out", seconds=coalition_settings().request_deadline_seconds))


def install_handlers(api) -> None:
    api.add_exception_handler(ValidationError, _validation)
    api.add_exception_handler(HttpError, _http_error)
    api.add_exception_handler(AuthenticationError, lambda request, exc: from_error(ApiError("api.unauthenticated")))
    api.add_exception_handler(Http404, lambda request, exc: from_error(ApiError("api.not_found")))
    api.add_exception_handler(PermissionDenied, _forbidden)
    api.add_exception_handler(MultiPartParserError, _malformed_body)
    api.add_exception_handler(SuspiciousOperation, _malformed_body)
    api.add_exception_handler(CoalitionError, lambda request, exc: from_error(exc))
    api.add_exception_handler(RequestTimedOut, _timed_out)
    api.add_exception_handler(Exception, _server_error)


def not_found_view(request, rest: str = "") -> HttpResponse:
    """Addresses under /api/v1/ that no operation serves."""
    return from_error(ApiError("api.not_found"))


def answers(schema, *codes: int) -> dict:
    """The responses of a read operation: its schema, and problems for bad input, bad tokens and rate limits."""
    return {200: schema, frozenset({400, 401, 429, *codes}): Problem}
