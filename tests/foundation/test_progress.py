"""Long jobs show progress (a bar on a terminal, plain lines otherwise) and end with a one-line summary
(issue 13, item 6)."""

import io

import pytest
from click.testing import CliRunner

from coalition import progress as progress_module
from coalition.cli import main
from coalition.progress import progress
from tests.factories import PartnerFactory

FACTSHEET = "Norway gave NOK 10 million in 2024 for stabilisation in Iraq.\n"


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_a_terminal_gets_a_bar():
    stream = Terminal()
    with progress(description="dump", unit="row", total=10, stream=stream) as bar:
        bar.update(10)
    assert "dump:" in stream.getvalue() and "row" in stream.getvalue() and "\r" in stream.getvalue()


def test_elsewhere_plain_lines_come_now_and_then(monkeypatch):
    monkeypatch.setattr(progress_module, "PLAIN_EVERY", 0.0)
    stream = io.StringIO()
    with progress(description="load", unit="row", total=3, stream=stream) as bar:
        for _ in range(3):
            bar.update(1)
    assert stream.getvalue().splitlines() == ["load: 1 of 3 rows", "load: 2 of 3 rows", "load: 3 of 3 rows"]
    assert "\r" not in stream.getvalue()


@pytest.mark.django_db
def test_ingest_of_many_files_ends_with_a_summary(tmp_path):
    PartnerFactory(code="NO")
    for number in range(3):
        (tmp_path / f"note{number}.txt").write_text(FACTSHEET.replace("10", str(10 + number)))
    (tmp_path / "empty.txt").write_text("")
    result = CliRunner().invoke(main, ["ingest", str(tmp_path), "--partner", "NO"])
    assert result.exit_code == 1
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.startswith("Ingested 4 files (3 new, 0 already stored, 1 failed): 3 draft claims in ")
    assert result.stderr.strip().splitlines()[-1] == "error: ingest.files_failed: 1 of 4 files failed"


@pytest.mark.django_db
@pytest.mark.parametrize("command, summary", [
    (["export", "--format", "json", "--output", "{dir}/claims.json"], "Exported 0 claims to "),
    (["dump", "{dir}/backup.json.gz"], "Dumped "),
])
def test_export_and_dump_end_with_a_timed_summary(tmp_path, command, summary):
    result = CliRunner().invoke(main, [arg.format(dir=tmp_path) for arg in command])
    assert result.exit_code == 0, result.output
    last = result.output.strip().splitlines()[-1]
    assert last.startswith(summary) and last.endswith(" s.")
