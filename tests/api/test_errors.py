"""Errors are RFC 9457 problem documents with a stable code; bad input is a 4xx, never a 500."""

import json

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db

PROBLEM_KEYS = {"type", "title", "status", "detail", "code"}


@pytest.mark.parametrize(
    ("url", "status", "code"),
    [
        ("/api/v1/claims/?kind=money", 400, "api.bad_request"),
        ("/api/v1/claims/?year_from=abc", 400, "api.bad_request"),
        ("/api/v1/claims/?year_from=2020&year_to=2010", 400, "api.bad_year_range"),
        ("/api/v1/claims/?place=Norway", 400, "api.bad_request"),
        ("/api/v1/claims/?partner=%00", 400, "api.bad_request"),
        ("/api/v1/claims/?limit=100000", 400, "api.bad_request"),
        ("/api/v1/claims/?cursor=%%%", 400, "api.bad_cursor"),
        ("/api/v1/claims/999", 404, "api.not_found"),
        ("/api/v1/partners/zz", 404, "api.not_found"),
        ("/api/v1/documents/abc", 400, "api.bad_request"),
        ("/api/v1/no-such-thing/", 404, "api.not_found"),
        ("/api/v1/totals/?currency=NOK", 400, "api.bad_request"),
        ("/api/v1/totals/?include_drafts=true", 403, "api.status_needs_editor"),
    ],
)
def test_bad_requests_are_problem_documents(client, url, status, code):
    response = client.get(url)
    assert response.status_code == status
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert PROBLEM_KEYS <= body.keys()
    assert (body["status"], body["code"]) == (status, code)
    assert body["type"].endswith(code)


def test_an_unknown_token_is_a_401(client):
    response = client.get("/api/v1/claims/", HTTP_AUTHORIZATION="Bearer not-a-token")
    assert response.status_code == 401
    assert response.json()["code"] == "api.bad_token"
    assert response["WWW-Authenticate"] == "Bearer"


@override_settings(COALITION={"API_ANON_RATE": "2/min"})
def test_anonymous_clients_are_rate_limited_by_the_setting(client):
    assert [client.get("/api/v1/partners/").status_code for _ in range(3)] == [200, 200, 429]
    response = client.get("/api/v1/partners/")
    assert response.json()["code"] == "api.rate_limited"
    assert int(response["Retry-After"]) >= 1


def test_a_refusal_of_django_is_a_catalogue_problem_too(rf):
    """A bare PermissionDenied (not one of ours) says only that the request is not allowed, with its own code."""
    from django.core.exceptions import PermissionDenied

    from coalition.api.problems import _forbidden

    response = _forbidden(rf.get("/api/v1/claims/"), PermissionDenied("some internal reason"))
    body = json.loads(response.content)
    assert (response.status_code, body["code"], body["detail"]) == (403, "api.forbidden", "this request is not allowed")
