"""The API gives a document's date as null while nobody knows it, says where a known date came from, and a
factsheet added without a date is dated from its own text."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.api.conftest import bearer

pytestmark = pytest.mark.django_db

DATELINED = "OSLO, 2 October 2020 — Norway keeps up to 60 personnel in Iraq.\n"
UNDATED = "Norway and the coalition\nNorway keeps up to 60 personnel in Iraq.\n"


def add(client, user, text):
    return client.post(
        "/api/v1/documents/",
        {"file": SimpleUploadedFile("norway.txt", text.encode()), "partner": "NO"},
        **bearer(user),
    )


def test_a_factsheet_added_without_a_date_is_dated_from_its_text_or_left_unknown(client, norway, norway_editor):
    dated = add(client, norway_editor, DATELINED)
    assert dated.status_code == 201, dated.content
    assert (dated.json()["as_of"], dated.json()["as_of_source"]) == ("2020-10-02", "dateline")
    undated = add(client, norway_editor, UNDATED).json()
    assert (undated["as_of"], undated["as_of_source"]) == (None, "")
    detail = client.get(f"/api/v1/documents/{undated['sha256']}", **bearer(norway_editor)).json()  # a draft: own editor only
    assert detail["as_of"] is None
