"""A body the server cannot read is the client's mistake: a 4xx problem document, never a 500."""

import pytest
from django.test import override_settings

from tests.api.conftest import bearer

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("multipart/form-data", b"--x\r\nContent-Disposition: form-data; name=partner\r\n\r\nNO\r\n--x--\r\n"),
        ("multipart/form-data; boundary=", b"--\r\n"),
        ("multipart/form-data; boundary=zz", b"not multipart at all"),
        ("multipart/form-data; boundary=zz", b"--zz\r\nContent-Disposition: form-data\r\n\r\nx\r\n--zz--\r\n"),
        ("application/json", b"{\"partner\": \"NO\"}"),
        ("application/json", b"\xff\xfe garbage"),
        ("text/plain", b"hello"),
        ("application/x-www-form-urlencoded", b"partner=NO&as_of=2024-13-45"),
    ],
)
def test_malformed_uploads_are_4xx_problems(client, norway, secretariat, content_type, body):
    response = client.generic("POST", "/api/v1/documents/", body, content_type=content_type, **bearer(secretariat))
    assert 400 <= response.status_code < 500, response.content
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["code"].startswith("api.")


@override_settings(DATA_UPLOAD_MAX_NUMBER_FIELDS=3)
def test_too_many_form_fields_is_a_400(client, norway, secretariat):
    body = "&".join(f"f{n}=1" for n in range(10))
    response = client.generic(
        "POST", "/api/v1/documents/", body, content_type="application/x-www-form-urlencoded", **bearer(secretariat)
    )
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"


@override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=100)
def test_an_oversized_form_body_is_a_413(client, norway, secretariat):
    response = client.generic(
        "POST", "/api/v1/documents/", "partner=" + "N" * 500, content_type="application/x-www-form-urlencoded",
        **bearer(secretariat),
    )
    assert response.status_code == 413
    assert response.json()["code"] == "api.body_too_large"
