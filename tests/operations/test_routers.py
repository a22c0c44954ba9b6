"""Public reads go to a replica; writes, editors and API clients with credentials stay on the primary."""

import pytest
from django.db import OperationalError
from django.test import RequestFactory, override_settings

from coalition import routers

factory = RequestFactory()


def read_alias_seen(request) -> str:
    seen = []
    routers.ReplicaMiddleware(lambda request: seen.append(routers._read_alias.get()))(request)
    return seen[0]


@pytest.fixture
def replica(monkeypatch):
    monkeypatch.setattr(routers, "replica_aliases", lambda: ["replica_0"])
    monkeypatch.setattr(routers, "_usable", lambda alias: True)


@override_settings(DATABASE_ROUTERS=["coalition.routers.ReplicaRouter"])
@pytest.mark.parametrize(
    ("request_", "alias"),
    [
        (factory.get("/en/places/iq/"), "replica_0"),
        (factory.head("/api/v1/claims"), "replica_0"),
        (factory.post("/api/v1/documents/"), "default"),
        (factory.get("/review/"), "default"),
        (factory.get("/admin/"), "default"),
        (factory.get("/en/", HTTP_COOKIE="sessionid=abc"), "default"),
        (factory.get("/api/v1/claims", HTTP_AUTHORIZATION="Bearer token"), "default"),
    ],
)
def test_who_reads_from_the_replica(replica, request_, alias):
    assert read_alias_seen(request_) == alias


def test_without_replicas_everything_reads_from_the_primary(replica):
    assert read_alias_seen(factory.get("/en/")) == "default"


def test_outside_a_request_reads_go_to_the_primary():
    assert routers.ReplicaRouter().db_for_read(None) == "default"
    assert routers.ReplicaRouter().db_for_write(None) == "default"
    assert routers.ReplicaRouter().allow_migrate("replica_0", "claims") is False


def test_a_replica_that_does_not_answer_is_skipped_for_a_while(monkeypatch):
    class DeadConnection:
        connection = None
        calls = 0

        def close_if_health_check_failed(self):
            pass

        def ensure_connection(self):
            DeadConnection.calls += 1
            raise OperationalError("connection refused")

        def close(self):
            pass

    monkeypatch.setattr(routers, "connections", {"replica_0": DeadConnection()})
    monkeypatch.setattr(routers, "replica_aliases", lambda: ["replica_0"])
    monkeypatch.setattr(routers, "_down_until", {})
    assert routers.replica_for_read() == "default"
    assert routers.replica_for_read() == "default"
    assert DeadConnection.calls == 1
