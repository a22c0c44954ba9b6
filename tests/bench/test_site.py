"""`coalition bench site`: its dataset renders, its servers are started as `coalition serve` starts them."""

import pytest

from coalition.bench import site
from coalition.bench.data import generate
from coalition.bench.timing import Timing
from coalition.errors import CoalitionError
from coalition.serving import gunicorn_argv


@pytest.mark.django_db
def test_the_benchmark_dataset_renders(client):
    """The generated partners and claims satisfy the database's rules and every kind of page shows them."""
    data = generate(partners=3, claims=30)
    assert (data.partners, data.claims) == (3, 30)
    assert client.get("/en/partners/no/").status_code == 200
    assert client.get("/en/places/iq/").status_code == 200
    assert client.get("/en/partners/no/changes/").status_code == 200


def test_servers_run_with_the_production_limits_and_without_the_control_socket():
    argv = site.server_argv(port=8123, workers=3)
    assert argv[0].endswith("gunicorn")
    assert argv[1:-2] == gunicorn_argv(address="127.0.0.1:8123", workers=3)[1:]
    assert "--no-control-socket" in argv
    assert argv[-2:] == ["--log-level", "warning"]


def test_the_cluster_run_needs_redis_and_a_postgresql_database(monkeypatch):
    monkeypatch.delenv("REDIS_URL", raising=False)
    with pytest.raises(CoalitionError) as error:
        site.run_cluster(partners=1, claims=1, database_url="postgres://db/bench")
    assert error.value.code == "bench.cluster_needs_redis"
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/0")
    with pytest.raises(CoalitionError) as error:
        site.run_cluster(partners=1, claims=1, database_url="sqlite:///bench.sqlite3")
    assert error.value.code == "bench.cluster_needs_database"


def test_percentiles():
    timing = Timing("p", [float(n) for n in range(1, 101)])
    assert timing.p50 == 50.5
    assert timing.p95 == 95.0


def test_a_dataset_the_child_cannot_prepare_stops_the_run_with_its_reason():
    with pytest.raises(CoalitionError) as error:
        site.run(partners=1, claims=1, database_url="postgres://nobody@127.0.0.1:9/none", echo=lambda line: None)
    assert error.value.code == "bench.failed"
    assert "preparing the dataset" in error.value.message and "127.0.0.1" in error.value.message
