"""`coalition bench api`: time a filtered page of 100 claims and a total over all claims through the API.

Requests go through the whole Django stack (middleware, routing, throttling, rendering) with the test
client, so the figures include everything but the network. Claims come from the totals benchmark's
generator (real evidence spans, as the span triggers demand).
"""

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db import connection
from django.test import Client, override_settings

from coalition.claims.models import Claim
from coalition.partners.models import Partner
from coalition.totals import bench as totals_bench


@dataclass(frozen=True)
class Timing:
    name: str
    runs_ms: list[float]

    @property
    def p50(self) -> float:
        return statistics.median(self.runs_ms)

    @property
    def p95(self) -> float:
        ordered = sorted(self.runs_ms)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _time(client: Client, urls: list[str]) -> list[float]:
    timings = []
    for url in urls:
        began = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - began) * 1000)
        if response.status_code != 200:
            raise RuntimeError(f"{url} answered {response.status_code}: {response.content[:200]!r}")
    return timings


def run(*, claims: int, runs: int, progress: Callable[[int], None] = lambda done: None) -> tuple[int, list[Timing]]:
    """Top the database up to ``claims`` generated claims, then time ``runs`` requests of each kind."""
    existing = Claim.objects.count()
    if existing < claims:
        totals_bench.generate(claims - existing, progress=progress)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    codes = list(Partner.objects.filter(claims__isnull=False).distinct().values_list("code", flat=True)[:50])
    pages = [f"/api/v1/claims/?partner={codes[n % len(codes)]}&kind=funding&limit=100" for n in range(runs)]
    deep = ["/api/v1/claims/?line=humanitarian&place=IQ&year_from=2016&limit=100"] * runs
    unlimited = {**settings.COALITION, "API_ANON_RATE": "1000000/s"}
    with override_settings(COALITION=unlimited, ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, "testserver"]):
        client = Client()
        _time(client, pages[:2])  # warm caches and connections
        timings = [
            Timing("page of 100 claims (partner + kind)", _time(client, pages)),
            Timing("page of 100 claims (line + place + year)", _time(client, deep)),
            Timing("total over all claims (by place and line)", _time(client, ["/api/v1/totals/"] * runs)),
        ]
    return Claim.objects.count(), timings
