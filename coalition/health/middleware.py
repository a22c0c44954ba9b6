"""Every request gets an id (taken from a trusted proxy's X-Request-ID, else new) and is counted for /metrics."""

import re
import time
import uuid

from prometheus_client import Counter, Histogram

from .logs import reset_request_id, set_request_id

HEADER = "X-Request-ID"
#: A proxy's id is used only if it looks like one, so a client cannot write arbitrary text into our logs.
ACCEPTED_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")

REQUESTS = Counter(
    "coalition_http_requests_total", "HTTP requests answered, by method, view and status.",
    ["method", "view", "status"],
)
LATENCY = Histogram(
    "coalition_http_request_seconds", "Time to answer an HTTP request, by view.", ["view"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        offered = request.headers.get(HEADER, "")
        request.id = offered if ACCEPTED_ID.match(offered) else uuid.uuid4().hex
        token = set_request_id(request.id)
        try:
            response = self.get_response(request)
        finally:
            reset_request_id(token)
        response[HEADER] = request.id
        return response


class MetricsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        view = match.view_name if match else "unresolved"
        REQUESTS.labels(request.method, view, str(response.status_code)).inc()
        LATENCY.labels(view).observe(time.perf_counter() - started)
        return response
