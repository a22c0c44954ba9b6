"""The API forgives a missing or extra trailing slash: a permanent 308 to the form it serves, which keeps
the method and body, so a POST arrives as a POST."""

import pytest

from tests.api.conftest import bearer

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("asked", "served"),
    [
        ("/api/v1/claims", "/api/v1/claims/"),
        ("/api/v1/partners", "/api/v1/partners/"),
        ("/api/v1/partners?limit=1", "/api/v1/partners/?limit=1"),
        ("/api/v1/docs/", "/api/v1/docs"),
        ("/api/v1/openapi.json/", "/api/v1/openapi.json"),
        ("/api/v1/partners/NO/", "/api/v1/partners/NO"),
    ],
)
def test_both_forms_of_an_address_reach_it(client, norway, asked, served):
    response = client.get(asked)
    assert (response.status_code, response["Location"]) == (308, served)
    assert client.get(asked, follow=True).status_code == 200


def test_a_post_without_its_slash_is_redirected_as_a_post(client, norway, secretariat):
    response = client.post("/api/v1/documents", {}, **bearer(secretariat))
    assert (response.status_code, response["Location"]) == (308, "/api/v1/documents/")
    followed = client.post("/api/v1/documents", {"partner": "NO"}, follow=True, **bearer(secretariat))
    assert followed.redirect_chain == [("/api/v1/documents/", 308)]
    assert followed.status_code == 400  # the POST arrived (no file): a validation problem, not a 405


def test_an_address_served_in_neither_form_is_a_404_problem(client):
    for url in ("/api/v1/nothing", "/api/v1/nothing/", "/api/v1/claims/1/nothing"):
        response = client.get(url)
        assert response.status_code == 404
        assert response.json()["code"] == "api.not_found"
