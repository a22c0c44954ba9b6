"""Endpoints for load balancers and monitoring: /healthz, /readyz and /metrics. None of them sets a cookie."""

import hmac
import os

from django.conf import settings
from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, generate_latest, multiprocess

from coalition.errors import CoalitionError

from .checks import readiness


@never_cache
@require_safe
def healthz(request):
    """The process answers: nothing else is asked, so a slow database never gets an app server restarted."""
    return JsonResponse({"status": "alive"})


@never_cache
@require_safe
def readyz(request):
    """Each part by name. 503 when a part the site cannot serve without is down; the cache is not one of them."""
    checks = readiness()
    ready = all(check.ok or check.optional for check in checks)
    body = {
        "status": "ready" if ready else "unavailable",
        "degraded": sorted(check.name for check in checks if not check.ok),
        "checks": {check.name: {"ok": check.ok, "detail": check.detail} for check in checks},
    }
    return JsonResponse(body, status=200 if ready else 503)


def _metrics_allowed(request) -> bool:
    options = settings.COALITION_OPERATIONS
    token = options["METRICS_TOKEN"]
    offered = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    if token and offered and hmac.compare_digest(offered.encode(), token.encode()):
        return True
    return request.META.get("REMOTE_ADDR", "") in options["METRICS_ALLOWED_IPS"]


@never_cache
@require_safe
def metrics(request):
    """Prometheus text format; refused unless a token or an allowed address is configured and matches."""
    if not _metrics_allowed(request):
        refusal = CoalitionError("health.metrics_forbidden")
        return HttpResponseForbidden(f"{refusal}\n", content_type="text/plain")
    registry = REGISTRY
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        # Several gunicorn workers: add up what each process wrote to the shared directory.
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    return HttpResponse(generate_latest(registry), content_type=CONTENT_TYPE_LATEST)
