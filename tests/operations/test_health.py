"""Load balancers ask /healthz and /readyz; monitoring reads /metrics; every request carries an id."""

import json
import logging

import pytest
from django.core.cache import caches
from django.test import override_settings

from coalition.health.logs import JsonFormatter, reset_request_id, set_request_id

from .services import redis_server

DEAD_REDIS = {
    "default": {
        "BACKEND": "coalition.health.cache.ForgivingRedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",  # the discard port: nothing answers there
        "OPTIONS": {"socket_connect_timeout": 0.1, "socket_timeout": 0.1},
    }
}


def test_healthz_answers_without_asking_anything_else(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "alive"}
    assert not response.cookies


@pytest.mark.django_db
def test_readyz_names_each_part():
    from django.test import Client

    body = Client().get("/readyz").json()
    assert body["status"] == "ready" and body["degraded"] == []
    assert set(body["checks"]) == {"database", "cache", "storage", "queue"}
    assert body["checks"]["queue"]["detail"].startswith("inline")


@pytest.mark.django_db
@override_settings(CACHES=DEAD_REDIS)
def test_a_dead_redis_is_named_by_readyz_but_the_site_stays_ready(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["degraded"] == ["cache"]
    assert response.json()["checks"]["cache"]["ok"] is False


@pytest.mark.django_db
@override_settings(CACHES=DEAD_REDIS)
def test_pages_are_served_uncached_when_redis_is_down(client, django_db_setup):
    from coalition.partners.models import Partner

    Partner.objects.create(kind="country", code="NO")
    for _ in range(2):
        assert client.get("/en/").status_code == 200
        assert client.get("/en/partners/no/").status_code == 200


@override_settings(CACHES=DEAD_REDIS)
def test_the_forgiving_cache_answers_like_an_empty_cache():
    cache = caches["default"]
    cache.set("key", "value")
    assert cache.get("key") is None and cache.get("key", "fallback") == "fallback"
    assert cache.get_many(["key"]) == {} and cache.add("key", 1) is False
    with pytest.raises(ValueError):  # no counter kept: the API's rate limit then opens a new window
        cache.incr("key")
    assert cache.reachable() is False


@pytest.mark.django_db
@override_settings(CACHES=DEAD_REDIS)
def test_the_api_answers_and_counts_its_rate_limit_when_redis_is_down(client):
    """The anonymous rate limit counts in the cache; with Redis down it lets requests through, never a 5xx."""
    for _ in range(3):
        assert client.get("/api/v1/partners/").status_code == 200


def test_two_app_servers_share_one_redis(tmp_path):
    with redis_server(tmp_path) as url:
        config = {"BACKEND": "coalition.health.cache.ForgivingRedisCache", "LOCATION": url}
        from django.core.cache import CacheHandler

        server_a = CacheHandler({"default": config})["default"]
        server_b = CacheHandler({"default": config})["default"]
        server_a.set("page", "kept by A")
        assert server_b.get("page") == "kept by A" and server_b.reachable()


def test_metrics_are_refused_to_the_public(client):
    response = client.get("/metrics")
    assert response.status_code == 403
    assert response.content.decode().startswith("health.metrics_forbidden: ")


@override_settings(COALITION_OPERATIONS={"METRICS_TOKEN": "s3cret-token", "METRICS_ALLOWED_IPS": ()})
def test_metrics_with_the_token(client):
    client.get("/healthz")
    response = client.get("/metrics", headers={"Authorization": "Bearer s3cret-token"})
    assert response.status_code == 200 and b"coalition_http_requests_total" in response.content
    assert client.get("/metrics", headers={"Authorization": "Bearer wrong"}).status_code == 403


@override_settings(COALITION_OPERATIONS={"METRICS_TOKEN": "", "METRICS_ALLOWED_IPS": ("127.0.0.1",)})
def test_metrics_from_an_allowed_address(client):
    assert client.get("/metrics", REMOTE_ADDR="127.0.0.1").status_code == 200
    assert client.get("/metrics", REMOTE_ADDR="203.0.113.9").status_code == 403


def test_every_response_carries_a_request_id_and_a_proxys_id_is_kept(client):
    assert len(client.get("/healthz")["X-Request-ID"]) == 32
    assert client.get("/healthz", headers={"X-Request-ID": "lb-12345678"})["X-Request-ID"] == "lb-12345678"
    assert client.get("/healthz", headers={"X-Request-ID": "bad id\nforged"})["X-Request-ID"] != "bad id\nforged"


@pytest.mark.django_db
def test_problem_bodies_carry_the_request_id(client):
    response = client.get("/api/v1/claims/?status=draft", headers={"X-Request-ID": "trace-0123456789"})
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["request_id"] == "trace-0123456789"


def test_json_log_lines_carry_the_request_id():
    record = logging.LogRecord("coalition", logging.WARNING, __file__, 1, "slow page %s", ("home",), None)
    token = set_request_id("req-abcdef12")
    try:
        line = json.loads(JsonFormatter().format(record))
    finally:
        reset_request_id(token)
    assert line["message"] == "slow page home" and line["request_id"] == "req-abcdef12"
    assert line["level"] == "WARNING"
