"""Adding a factsheet through the API runs the ingest pipeline under the same permission policy."""

import pytest
from click.testing import CliRunner
from django.core.files.uploadedfile import SimpleUploadedFile

from coalition.api.services import token_user
from coalition.cli import main
from coalition.documents.models import SourceDocument
from tests.api.conftest import bearer

pytestmark = pytest.mark.django_db

SHEET = (
    "Norway's support to the coalition\n"
    "• Norway has provided about USD 12 million for stabilisation in Iraq since 2017.\n"
    "• Up to 60 personnel serve in Iraq.\n"
)


def upload(client, user, partner="NO"):
    return client.post(
        "/api/v1/documents/",
        {"file": SimpleUploadedFile("norway.txt", SHEET.encode()), "partner": partner, "as_of": "2024-05-01"},
        **bearer(user),
    )


def test_an_editor_adds_a_factsheet_and_gets_draft_claims(client, norway, norway_editor):
    response = upload(client, norway_editor)
    assert response.status_code == 201, response.content
    document = SourceDocument.objects.get(sha256=response.json()["sha256"])
    assert document.partner == norway and document.added_by == norway_editor
    assert document.claims.exists()
    assert set(document.claims.values_list("status", flat=True)) == {"draft"}


def test_a_partner_editor_may_not_add_another_partner_s_factsheet(client, denmark, norway_editor):
    response = upload(client, norway_editor, partner="DK")
    assert response.status_code == 403
    assert response["Content-Type"] == "application/problem+json"
    assert not SourceDocument.objects.exists()


def test_an_unknown_partner_is_a_400(client, secretariat):
    response = upload(client, secretariat, partner="ZZ")
    assert response.status_code == 400
    assert response.json()["code"] == "ingest.unknown_partner"


def test_token_create_prints_a_working_token_once(secretariat):
    result = CliRunner().invoke(main, ["token", "create", "sec", "--name", "laptop"])
    assert result.exit_code == 0, result.output
    assert token_user(result.output.strip()) == secretariat


def test_token_create_for_an_unknown_user_fails_clearly(db):
    result = CliRunner().invoke(main, ["token", "create", "ghost"])
    assert result.exit_code != 0
    assert result.output.startswith("error: api.unknown_user: ")
