"""The anonymous rate limit: X-Forwarded-For is read only as far as the configured proxies wrote it, and the
counter lets exactly the allowed number of requests through per window, across worker processes too."""

import multiprocessing

import pytest
from django.core.cache import cache
from django.core.cache.backends.filebased import FileBasedCache
from django.test import Client, override_settings

from coalition.api.access import AnonymousRateThrottle, _count

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch):
    """One window for the whole test unless the test moves the clock; no timing involved."""
    now = [1_000_020.0]
    monkeypatch.setattr(AnonymousRateThrottle, "timer", staticmethod(lambda: now[0]))
    cache.clear()
    yield now
    cache.clear()


def statuses(headers_list) -> list[int]:
    client = Client()
    return [client.get("/api/v1/partners/", **headers).status_code for headers in headers_list]


@override_settings(COALITION={"API_ANON_RATE": "5/min"})
def test_rotating_x_forwarded_for_does_not_reset_the_count():
    """With no trusted proxy (the default) the header is the client's own words and is ignored."""
    spoofed = [{"HTTP_X_FORWARDED_FOR": f"203.0.113.{n}"} for n in range(12)]
    assert statuses(spoofed) == [200] * 5 + [429] * 7


@override_settings(COALITION={"API_ANON_RATE": "3/min", "NUM_PROXIES": 1})
def test_behind_one_proxy_only_the_address_it_appended_counts():
    spoofed = [{"HTTP_X_FORWARDED_FOR": f"198.51.100.{n}, 192.0.2.10"} for n in range(5)]
    assert statuses(spoofed) == [200, 200, 200, 429, 429]
    # Another real client behind the same proxy has its own count.
    assert statuses([{"HTTP_X_FORWARDED_FOR": "192.0.2.99"}]) == [200]


@override_settings(COALITION={"API_ANON_RATE": "4/min"})
def test_exactly_the_allowed_number_pass_in_each_window(fixed_clock):
    assert statuses([{}] * 6) == [200] * 4 + [429] * 2
    response = Client().get("/api/v1/partners/")
    assert response.json()["code"] == "api.rate_limited"
    assert 1 <= int(response["Retry-After"]) <= 60
    fixed_clock[0] += 60
    assert statuses([{}] * 6) == [200] * 4 + [429] * 2


def _hits(location: str, times: int, queue) -> None:
    shared = FileBasedCache(location, {})
    queue.put([_count(shared, "coalition:test-counter", timeout=60) for _ in range(times)])


def test_the_file_cache_counter_is_atomic_across_processes(tmp_path):
    """Four processes counting at once on one file cache never see the same number twice."""
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    workers = [context.Process(target=_hits, args=(str(tmp_path), 40, queue)) for _ in range(4)]
    for worker in workers:
        worker.start()
    seen = [n for _ in workers for n in queue.get(timeout=60)]
    for worker in workers:
        worker.join()
    assert sorted(seen) == list(range(1, 161))
