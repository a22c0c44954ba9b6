"""`coalition bench api`: time a filtered page of 100 claims and a total over all claims through the API.

Requests go through the whole Django stack (middleware, routing, throttling, rendering) with the test
client, so the figures include everything but the network.
"""

from collections.abc import Callable

from django.conf import settings
from django.test import Client, override_settings

from coalition.errors import CoalitionError
from coalition.partners.models import Partner

from .data import Generated, generate
from .timing import Timing, timed


def _time(client: Client, urls: list[str]) -> list[float]:
    timings = []
    for url in urls:
        elapsed, response = timed(lambda: client.get(url))
        if response.status_code != 200:
            raise CoalitionError("bench.bad_answer", url=url, status=response.status_code)
        timings.append(elapsed)
    return timings


def run(*, claims: int, runs: int, progress: Callable[[int], None] = lambda done: None) -> tuple[Generated, list[Timing]]:
    """Top the database up to ``claims`` generated claims, then time ``runs`` requests of each kind."""
    data = generate(claims=claims, progress=progress)
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
    return data, timings
