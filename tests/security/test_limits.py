"""Limits answered by the application as problem documents, and documented in the OpenAPI: long query
strings (414), nonsense dates (400), the request line gunicorn lets through."""

import json

import pytest
from django.core.cache import cache

from coalition.api.access import MAX_QUERY_STRING_BYTES
from coalition.api.api import api
from coalition.serving import REQUEST_LINE_BYTES, gunicorn_argv

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


def problem(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["code"] == code
    return body


@pytest.mark.parametrize("value", ["0", "1", "-1", "99999", "1e9", "0001-01-01", "9999-12-31", "2024-02-30",
                                   "2024-1-5", "20240105", "2024-01-05T00:00", " 2024-01-05", "yesterday"])
def test_nonsense_dates_are_refused(client, value):
    body = problem(client.get("/api/v1/totals/", {"as_of": value}), 400, "api.bad_request")
    assert body["errors"][0]["location"].endswith("as_of")


def test_a_real_date_is_read(client):
    assert client.get("/api/v1/totals/?as_of=2024-01-31").status_code == 200


@pytest.mark.parametrize("path", ["/api/v1/claims/", "/api/v1/totals/", "/api/v1/partners/NO", "/api/v1/nothing"])
def test_a_query_string_over_the_limit_is_a_414_problem(client, path):
    query = "partner=" + "N" * MAX_QUERY_STRING_BYTES
    body = problem(client.get(f"{path}?{query}"), 414, "api.uri_too_long")
    assert str(MAX_QUERY_STRING_BYTES) in body["detail"]


def test_a_query_string_at_the_limit_is_read(client):
    query = "limit=5&" + "x=" + "1" * (MAX_QUERY_STRING_BYTES - 10)
    assert len(query) == MAX_QUERY_STRING_BYTES
    assert client.get(f"/api/v1/partners/?{query}").status_code == 200


def test_gunicorn_lets_the_longest_api_address_through_to_the_app():
    """Room for the method, a path of 200 bytes, the query string and the protocol in the request line."""
    argv = gunicorn_argv(address="127.0.0.1:8000", workers=1)
    assert argv[argv.index("--limit-request-line") + 1] == str(REQUEST_LINE_BYTES)
    assert len("DELETE ") + 200 + 1 + MAX_QUERY_STRING_BYTES + len(" HTTP/1.1") < REQUEST_LINE_BYTES


def test_the_openapi_document_names_every_answer_and_the_cursor():
    document = json.loads(json.dumps(api.get_openapi_schema(), default=str))
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            assert "414" in operation["responses"], (method, path)
            if method == "get":
                assert "429" in operation["responses"], path
            names = {parameter["name"] for parameter in operation.get("parameters", [])}
            if "Page" in json.dumps(operation["responses"].get("200", {})):
                assert {"cursor", "limit"} <= names, path
    as_of = next(p for p in document["paths"]["/api/v1/totals/"]["get"]["parameters"] if p["name"] == "as_of")
    assert "pattern" in json.dumps(as_of["schema"])
