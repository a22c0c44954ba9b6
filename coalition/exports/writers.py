"""Streaming writers for claim exports: each yields or writes row by row, so memory stays flat however
many claims there are (the database is read in chunks through ``iterator``)."""

import csv
import json
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from django.utils import timezone
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from coalition.claims.models import Claim
from coalition.editorial.visibility import visible_to
from coalition.errors import ExportError

from .rows import COLUMNS, FORMAT_VERSION, claim_values, rows_in_chunks

CHUNK_SIZE = 2000
FORMATS = ("csv", "json", "xlsx")
CSV_MEDIA_TYPE = "text/csv; charset=utf-8"


def export_rows(queryset=None) -> Iterator[dict]:
    """Every claim of ``queryset`` (all claims by default) as rows, in id order, read in chunks."""
    values = claim_values(queryset).order_by("id").iterator(chunk_size=CHUNK_SIZE)
    return rows_in_chunks(values, CHUNK_SIZE)


def _scalar(value):
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


# A spreadsheet reads a cell that starts with one of these as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(text: str) -> str:
    """Text a spreadsheet would run as a formula, prefixed with an apostrophe so it stays text."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _flat(value) -> str:
    """A CSV cell: lists as space-separated codes, empty for null, text neutralised. Numbers, dates and
    times are written as they are (an amount is never negative, so no number starts with a sign)."""
    if value is None:
        return ""
    if isinstance(value, list):
        return neutralised(" ".join(value))
    if isinstance(value, str):
        return neutralised(value)
    return str(_scalar(value))


class _Line:
    """A file-like object whose write returns what was written, so csv.writer can feed a generator."""

    def write(self, text: str) -> str:
        return text


def iter_csv(rows: Iterable[dict]) -> Iterator[str]:
    writer = csv.writer(_Line())
    yield writer.writerow(COLUMNS)
    for row in rows:
        yield writer.writerow([_flat(row[column]) for column in COLUMNS])


def iter_json(rows: Iterable[dict]) -> Iterator[str]:
    """The versioned JSON document, one claim per line so the file also reads well in a diff."""
    header = {
        "format": "coalition-ledger.claims",
        "format_version": FORMAT_VERSION,
        "exported_at": timezone.now().isoformat(),
        "columns": list(COLUMNS),
    }
    yield json.dumps(header, ensure_ascii=False)[:-1] + ', "claims": ['
    separator = "\n"
    for row in rows:
        yield separator + json.dumps({key: _scalar(value) for key, value in row.items()}, ensure_ascii=False)
        separator = ",\n"
    yield "\n]}\n"


def write_xlsx(rows: Iterable[dict], path: Path) -> None:
    """A spreadsheet written in openpyxl's write-only mode, which keeps rows on disk, not in memory."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("claims")
    sheet.append([_xlsx_cell(sheet, column) for column in COLUMNS])
    for row in rows:
        sheet.append([_xlsx_cell(sheet, row[column]) for column in COLUMNS])
    workbook.save(path)


def _xlsx_cell(sheet, value):
    """Numbers and dates as such; every text as a string cell, so that text starting with "=" is never a
    formula (openpyxl would otherwise store it as one)."""
    if isinstance(value, list):
        value = " ".join(value)
    elif isinstance(value, datetime):
        value = value.isoformat()  # spreadsheets cannot hold time zones; keep the exact UTC instant as text
    elif isinstance(value, Decimal):
        return float(value)  # a number cell; exact for every amount below 2**53
    if not isinstance(value, str):
        return value
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"
    return cell


def export_claims(
    *, format: str, output: Path | None, include_unpublished: bool = False, stdout=None,
    progress=lambda count: None,
) -> int:
    """Write the claims the public sees (or, with ``include_unpublished``, every claim) in ``format`` to
    ``output``, or to ``stdout`` for csv/json.

    ``progress(1)`` is called for each claim written."""
    if format not in FORMATS:
        raise ExportError("export.bad_format", format=format)
    queryset = Claim.objects.all() if include_unpublished else visible_to(None, Claim)
    count = 0

    def counted():
        nonlocal count
        for row in export_rows(queryset):
            count += 1
            progress(1)
            yield row

    if format == "xlsx":
        if output is None:
            raise ExportError("export.bad_format", format="xlsx to standard output (use --output FILE)")
        write_xlsx(counted(), output)
        return count
    chunks = iter_csv(counted()) if format == "csv" else iter_json(counted())
    if output is None:
        for chunk in chunks:
            stdout.write(chunk)
        return count
    with open(output, "w", encoding="utf-8", newline="") as out:
        for chunk in chunks:
            out.write(chunk)
    return count
