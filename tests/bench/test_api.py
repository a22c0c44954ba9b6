"""`coalition bench api`: every timed request must be answered with a page, or the run stops with its code."""

import pytest
from django.test import Client

from coalition.bench.api import _time, run
from coalition.errors import CoalitionError

pytestmark = pytest.mark.django_db


def test_a_request_not_answered_with_a_page_stops_the_run():
    with pytest.raises(CoalitionError) as error:
        _time(Client(), ["/api/v1/nowhere/"])
    assert error.value.code == "bench.bad_answer"
    assert "/api/v1/nowhere/ answered 404" in error.value.message


def test_the_benchmark_times_each_kind_of_request(settings):
    data, timings = run(claims=100, runs=2)
    assert data.claims == 100
    assert [len(timing.runs_ms) for timing in timings] == [2, 2, 2]
