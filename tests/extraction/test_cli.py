"""The commands, through click's CliRunner: extract, ingest, eval."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from coalition.cli import main
from coalition.documents.models import SourceDocument
from coalition.extraction import SCHEMA_FIELDS
from tests.factories import PartnerFactory

GOLD = Path(__file__).with_name("gold")


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_extract_json_is_exactly_the_schema():
    result = run("extract", str(GOLD / "norway.txt"), "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert list(data) == ["partner", "claims"] and data["partner"] == "NO"
    assert all(tuple(claim) == SCHEMA_FIELDS for claim in data["claims"])
    assert len(data["claims"]) == 7


def test_extract_table_for_people():
    result = run("extract", str(GOLD / "denmark.html"), "--format", "table", "--as-of", "2024-01-01")
    assert result.exit_code == 0
    assert result.output.startswith("partner: DK   language: en   claims: 5")
    assert "156,000,000  USD" in result.output


def test_extract_bad_file_is_one_line_and_non_zero(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    result = CliRunner().invoke(main, ["extract", str(bad)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"error: {bad}: ingest.empty_file: the file is empty"]


def test_extract_bad_date():
    result = CliRunner().invoke(main, ["extract", str(GOLD / "norway.txt"), "--as-of", "soon"])
    assert result.exit_code == 1 and "error: cli.bad_date: 'soon' is not a date of the form YYYY-MM-DD" in result.output


@pytest.mark.django_db
def test_ingest_many_files_names_the_failing_one(tmp_path):
    PartnerFactory(code="NO")
    (tmp_path / "a.txt").write_bytes((GOLD / "norway.txt").read_bytes())
    (tmp_path / "b.txt").write_bytes((GOLD / "norway-2019.txt").read_bytes())
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 nothing else")
    result = CliRunner().invoke(main, ["ingest", str(tmp_path), "--partner", "no", "--as-of", "2024-03-01"])
    assert result.exit_code == 1
    assert f"error: {tmp_path / 'broken.pdf'}: ingest.malformed" in result.output
    assert "1 of 3 files failed" in result.output
    assert SourceDocument.objects.count() == 2


@pytest.mark.django_db
def test_ingest_twice_is_one_document():
    PartnerFactory(code="NO")
    first = run("ingest", str(GOLD / "norway.txt"), "--partner", "NO", "--url", "https://example.org/no")
    second = run("ingest", str(GOLD / "norway.txt"), "--partner", "NO")
    assert first.exit_code == second.exit_code == 0
    assert "7 draft claims" in first.output and "already stored" in second.output
    assert SourceDocument.objects.get().source_url == "https://example.org/no"


@pytest.mark.django_db
def test_ingest_unknown_partner():
    result = CliRunner().invoke(main, ["ingest", str(GOLD / "norway.txt"), "--partner", "ZZ"])
    assert result.exit_code == 1 and "ingest.unknown_partner" in result.output


def test_eval_prints_scores():
    result = run("eval", str(GOLD))
    assert result.exit_code == 0
    assert "precision" in result.output and "F1" in result.output and "qualifier" in result.output


def test_extract_lang_overrides_detection():
    result = run("extract", str(GOLD / "fr-belgique.txt"), "--format", "table", "--lang", "en")
    assert result.exit_code == 0 and "language: en" in result.output.splitlines()[0]
    result = run("extract", str(GOLD / "fr-belgique.txt"), "--format", "table")
    assert "language: fr" in result.output.splitlines()[0]


def test_eval_reports_languages_and_formats_and_refuses_an_empty_folder(tmp_path):
    result = run("eval", str(GOLD))
    assert result.exit_code == 0
    assert "language ar" in result.output and "format .docx" in result.output
    result = CliRunner().invoke(main, ["eval", str(tmp_path)])
    assert result.exit_code != 0 and "extract.empty_gold" in result.output
