"""Claim exports (CSV, JSON, XLSX) carry provenance; importing the JSON export reproduces the data."""

import csv
import io
import json

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from coalition.claims.models import Claim
from coalition.claims.services import claim_edit
from coalition.cli import main
from coalition.editorial.models import Role
from coalition.editorial.permissions import EditorialPermissionError
from coalition.errors import ExportError, StaleVersionError
from coalition.exports.rows import COLUMNS, FORMAT_VERSION
from coalition.exports.services import claims_import
from coalition.exports.writers import export_rows, iter_json
from tests.factories import make_user

pytestmark = pytest.mark.django_db

#: What a re-import renumbers; the version is the database's own, raised by each write.
CHANGING = {"id", "parent", "created_at", "updated_at", "version"}


def export_json() -> dict:
    return json.loads("".join(iter_json(export_rows())))


def comparable(document: dict) -> list[dict]:
    """Rows without what a re-import renumbers, with each breakdown's parent named by its evidence."""
    by_id = {row["id"]: row for row in document["claims"]}
    return sorted(
        (
            {key: value for key, value in row.items() if key not in CHANGING}
            | {"parent": by_id[row["parent"]]["evidence"] if row["parent"] else None}
            for row in document["claims"]
        ),
        key=lambda row: (row["document_sha256"], row["position"]),
    )


def test_json_export_is_versioned_and_complete(dataset):
    document = export_json()
    assert document["format_version"] == FORMAT_VERSION == 1
    assert len(document["claims"]) == Claim.objects.count() == 4
    row = next(row for row in document["claims"] if row["kind"] == "personnel")
    assert row["places"] == ["JO"] and row["lines"] == ["military", "other"] and row["status"] == "rejected"
    assert row["evidence"] == "25 trainers"


def test_importing_the_json_export_reproduces_the_same_data(dataset):
    before = export_json()
    Claim.objects.all().delete()
    summary = claims_import(stream=io.StringIO(json.dumps(before)))
    assert (summary.created, summary.updated) == (4, 0)
    assert comparable(export_json()) == comparable(before)


def test_importing_twice_changes_nothing(dataset):
    """An unchanged export writes no row: nothing is counted as changed and updated_at stays."""
    before = export_json()
    stamps = dict(Claim.objects.values_list("pk", "updated_at"))
    summary = claims_import(stream=io.StringIO(json.dumps(before)))
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 4)
    assert export_json()["claims"] == before["claims"]
    assert dict(Claim.objects.values_list("pk", "updated_at")) == stamps


def test_importing_one_changed_row_changes_that_row_only(dataset):
    document = export_json()
    document["claims"][0]["mission"] = "Operation Example"
    summary = claims_import(stream=io.StringIO(json.dumps(document)))
    assert (summary.created, summary.updated, summary.unchanged) == (0, 1, 3)


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (lambda doc: doc.update(format_version=2), "export.bad_format_version"),
        (lambda doc: doc["claims"][0].update(document_sha256="0" * 64), "export.unknown_document"),
        (lambda doc: doc["claims"][0].update(evidence="not the text"), "export.invalid_claim"),
        (lambda doc: doc["claims"][0].update(kind="goodwill"), "export.invalid_claim"),
        (lambda doc: doc["claims"][0].pop("value"), "export.malformed"),
    ],
)
def test_a_bad_import_file_writes_nothing(dataset, change, code):
    document = export_json()
    Claim.objects.all().delete()
    change(document)
    with pytest.raises(ExportError) as raised:
        claims_import(stream=io.StringIO(json.dumps(document)))
    assert raised.value.code == code
    assert Claim.objects.count() == 0


def test_cli_exports_csv_and_xlsx_with_provenance(dataset, tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["export", "--format", "csv", "--include-unpublished"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == list(COLUMNS) and len(rows) == 4
    assert {row["document_sha256"] for row in rows} == {doc.sha256 for doc in dataset["documents"]}
    path = tmp_path / "claims.xlsx"
    result = runner.invoke(main, ["export", "--format", "xlsx", "--output", str(path), "--include-unpublished"])
    assert result.exit_code == 0, result.output
    sheet = load_workbook(path, read_only=True)["claims"]
    values = list(sheet.values)
    assert values[0] == COLUMNS and len(values) == 5
    assert "25 trainers" in {row[COLUMNS.index("evidence")] for row in values[1:]}


def test_cli_import_round_trip_and_clear_error(dataset, tmp_path):
    runner = CliRunner()
    path = tmp_path / "claims.json"
    exported = runner.invoke(main, ["export", "--format", "json", "--output", str(path), "--include-unpublished"])
    assert exported.exit_code == 0
    Claim.objects.all().delete()
    result = runner.invoke(main, ["import", str(path)])
    assert result.exit_code == 0 and "4 created" in result.output
    again = runner.invoke(main, ["import", str(path)])
    assert "0 created, 0 changed, 4 unchanged" in again.output
    path.write_text("{not json")
    result = runner.invoke(main, ["import", str(path)])
    assert result.exit_code != 0
    assert result.output.startswith("error: export.malformed: ")


def test_an_import_is_recorded_in_each_claims_history_with_who_imported_it(dataset):
    secretariat = make_user("sec", role=Role.SECRETARIAT)
    document = export_json()
    document["claims"][0]["mission"] = "Operation Example"
    claims_import(stream=io.StringIO(json.dumps(document)), actor=secretariat)
    record = Claim.objects.get(mission="Operation Example").history.first()
    assert (record.history_user, record.history_change_reason) == (secretariat, "claims.claim.imported")
    Claim.objects.all().delete()
    claims_import(stream=io.StringIO(json.dumps(document)), actor=secretariat)
    created = Claim.objects.get(mission="Operation Example").history.earliest()
    assert (created.history_type, created.history_change_reason) == ("+", "claims.claim.imported")


def test_a_partner_editor_cannot_import_another_partners_claims(dataset):
    norway_only = make_user("oslo", role=Role.PARTNER_EDITOR, partners=[dataset["documents"][0].partner])
    document = export_json()  # holds Denmark's claims too
    document["claims"][0]["mission"] = "Operation Example"
    with pytest.raises(EditorialPermissionError):
        claims_import(stream=io.StringIO(json.dumps(document)), actor=norway_only)
    assert not Claim.objects.filter(mission="Operation Example").exists()


def test_an_import_older_than_the_claim_is_refused(dataset):
    """A file exported before someone changed the claim must not silently undo that change."""
    document = export_json()
    claim = Claim.objects.get(pk=document["claims"][0]["id"])
    claim_edit(claim=claim, actor=make_user("sec", role=Role.SECRETARIAT), expected_version=claim.version,
               mission="Edited since the export")
    document["claims"][0]["mission"] = "From the old file"
    with pytest.raises(StaleVersionError):
        claims_import(stream=io.StringIO(json.dumps(document)))
    assert Claim.objects.get(pk=claim.pk).mission == "Edited since the export"


def test_cli_import_as_an_unknown_user_is_refused(dataset, tmp_path):
    path = tmp_path / "claims.json"
    path.write_text(json.dumps(export_json()))
    result = CliRunner().invoke(main, ["import", str(path), "--as", "nobody"])
    assert result.exit_code != 0 and "cli.unknown_user" in result.output
