"""A request past its deadline is answered by the application (issue 10, item 8), not left to gunicorn's worker
timeout, whose client gets no answer or gunicorn's own HTML."""

import time

import pytest
from django.test import override_settings

from coalition.health.deadline import RequestDeadlineMiddleware

pytestmark = pytest.mark.django_db


def slow(*args, **kwargs):
    time.sleep(5)


@pytest.fixture
def deadline(settings):
    settings.COALITION = {**settings.COALITION, "REQUEST_DEADLINE_SECONDS": 1}


def test_a_slow_api_request_is_a_503_problem(client, deadline, monkeypatch):
    monkeypatch.setattr("coalition.api.routers.partners._partners", slow)
    started = time.monotonic()
    response = client.get("/api/v1/partners/")
    assert time.monotonic() - started < 4
    assert response.status_code == 503
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["code"] == "api.timed_out"


@override_settings(DEBUG=False)
def test_a_slow_page_is_the_sites_own_error_page(client, deadline, monkeypatch):
    monkeypatch.setattr("coalition.website.views.render", slow)
    client.raise_request_exception = False
    response = client.get("/fr/about/")
    assert response.status_code == 500
    assert '<html lang="fr"' in response.content.decode()


def test_the_timer_is_disarmed_after_each_request(client, deadline):
    import signal

    assert client.get("/api/v1/partners/").status_code == 200
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_no_deadline_off_the_main_thread(rf, deadline):
    """Threaded servers (the browser tests' live server) cannot take a signal: the request runs unarmed."""
    import signal
    import threading

    seen = []
    middleware = RequestDeadlineMiddleware(lambda request: seen.append(signal.getitimer(signal.ITIMER_REAL)))
    worker = threading.Thread(target=middleware, args=(rf.get("/"),))
    worker.start()
    worker.join()
    assert seen == [(0.0, 0.0)]
