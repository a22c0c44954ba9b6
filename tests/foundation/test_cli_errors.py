"""No traceback reaches a user: every failure of `coalition` is one line with a catalogue code (issue 13, item 2)."""

import re

import click
import pytest

from coalition.cli import main
from coalition.errors import MESSAGES

from .operator import coalition

ONE_LINE_ERROR = re.compile(r"^error: (?:\S+: )?([a-z]+\.[a-z_]+): ")


def assert_one_line_error(result, code: str) -> None:
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Traceback" not in output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    found = ONE_LINE_ERROR.match(lines[0])
    assert found, lines[0]
    assert found.group(1) in MESSAGES
    assert found.group(1) == code, lines[0]


@pytest.fixture(scope="module")
def migrated(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("migrated")
    result = coalition("migrate", data_dir=data_dir, cwd=data_dir)
    assert result.returncode == 0, result.stderr
    result = coalition("dump", str(data_dir / "backup.json.gz"), data_dir=data_dir, cwd=data_dir)
    assert result.returncode == 0, result.stderr
    return data_dir


@pytest.fixture
def files(tmp_path):
    (tmp_path / "note.txt").write_text("Norway gave NOK 10 million in 2024 for stabilisation in Iraq.\n")
    (tmp_path / "junk.json").write_text("{not json")
    (tmp_path / "gold-less").mkdir()
    (tmp_path / "gold-less" / "note.txt").write_text("Norway gave NOK 10 million in 2024.\n")
    with __import__("zipfile").ZipFile(tmp_path / "x.odt", "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    return tmp_path


#: Commands run against a data directory whose database has no tables yet.
UNMIGRATED = [
    ("load", "backup.json.gz"),
    ("load-example",),
    ("export", "--format", "json"),
    ("exports",),
    ("dump", "out.json"),
    ("ingest", "note.txt", "--partner", "NO"),
    ("review", "accept", "1", "--as", "editor"),
    ("review", "reject", "1", "--as", "editor"),
    ("review", "publish", "NO", "--as", "editor"),
    ("review", "restore", "1", "--as", "editor"),
    ("createuser", "editor", "--role", "secretariat", "--password-stdin"),
    ("token", "create", "editor"),
    ("totals", "refresh"),
    ("partner", "list"),
    ("partner", "add", "NO"),
    ("partner", "edit", "NO", "--founding"),
    ("partner", "facts"),
    ("partner", "accept-fact", "1"),
    ("partner", "reject-fact", "1"),
    ("bench", "api", "--in-place", "--claims", "10", "--runs", "1"),
    ("bench", "totals", "--in-place", "--claims", "10", "--runs", "1"),
]


@pytest.mark.parametrize("args", UNMIGRATED, ids=" ".join)
def test_before_migrate_every_command_says_to_migrate(migrated, tmp_path, files, args):
    (files / "backup.json.gz").write_bytes((migrated / "backup.json.gz").read_bytes())
    result = coalition(*args, data_dir=tmp_path / "empty", cwd=files, stdin="a long enough password 123\n")
    assert_one_line_error(result, "cli.not_migrated")
    assert "coalition migrate" in result.stderr


#: (command, catalogue code) against a migrated, empty database.
FAILURES = [
    (("load", "junk.json"), "backup.malformed"),
    (("import", "junk.json"), "export.malformed"),
    (("ingest", "note.txt", "--partner", "EX"), "ingest.unknown_partner"),
    (("review", "accept", "1", "--as", "nobody"), "cli.unknown_user"),
    (("review", "restore", "1", "--as", "nobody"), "cli.unknown_user"),
    (("token", "create", "nobody"), "api.unknown_user"),
    (("createuser", "someone", "--role", "partner-editor", "--password-stdin"), "accounts.partner_required"),
    (("eval", "gold-less"), "extract.empty_gold"),
    (("extract", "x.odt"), "ingest.unsupported_type"),
    (("partner", "add", "Atlantis"), "partners.unknown_country"),
    (("partner", "add", "NO", "--joined", "2015-13"), "partners.bad_date"),
    (("partner", "edit", "EX", "--founding"), "partners.unknown_partner"),
    (("worker",), "jobs.no_queue"),
    (("export", "--queue", "--output", "out.csv"), "export.queue_with_output"),
    (("extract", "note.txt", "--as-of", "2024-13-01"), "cli.bad_date"),
    (("ingest", "note.txt", "--partner", "NO", "--as-of", "last year"), "cli.bad_date"),
]


@pytest.mark.parametrize("args, code", FAILURES, ids=lambda value: " ".join(value) if isinstance(value, tuple) else "")
def test_failures_are_one_line_with_their_code(migrated, files, args, code):
    result = coalition(*args, data_dir=migrated, cwd=files, stdin="a long enough password 123\n")
    assert_one_line_error(result, code)


#: Commands whose failures come from the configuration: a malformed setting, an unreachable database.
CONFIGURED = [("migrate",), ("check", "--deploy"), ("serve",), ("manage", "showmigrations")]
UNREACHABLE = "postgres://nobody@127.0.0.1:9/none"


@pytest.mark.parametrize("args", CONFIGURED, ids=" ".join)
def test_a_malformed_setting_is_one_line(tmp_path, args):
    result = coalition(*args, data_dir=tmp_path, cwd=tmp_path, DJANGO_DEBUG="maybe")
    assert_one_line_error(result, "config.not_yes_no")
    assert "DJANGO_DEBUG" in result.stderr


@pytest.mark.parametrize("args", [("migrate",), ("bench", "site", "--database-url", UNREACHABLE)], ids=" ".join)
def test_an_unreachable_database_is_one_line(tmp_path, args):
    result = coalition(*args, data_dir=tmp_path, cwd=tmp_path, DATABASE_URL=UNREACHABLE)
    assert_one_line_error(result, "cli.database_error")


def leaf_commands(group, prefix=()):
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from leaf_commands(command, (*prefix, name))
        else:
            yield " ".join((*prefix, name))


#: Commands with no failure of their own to provoke: they read no input and need no database.
NOTHING_TO_FAIL = {"bench extract", "errors"}


def test_every_command_has_its_error_paths_run_here():
    covered = {" ".join(word for word in args if not word.startswith("-"))
               for args in (*UNMIGRATED, *(args for args, _ in FAILURES), *CONFIGURED)}
    covered |= {"bench site"}
    missing = {path for path in leaf_commands(main) if not any(c == path or c.startswith(path + " ") for c in covered)}
    assert missing == NOTHING_TO_FAIL


def test_traceback_shows_the_rest_for_maintainers(tmp_path, files):
    result = coalition("--traceback", "export", data_dir=tmp_path / "empty", cwd=files)
    assert result.returncode != 0
    assert "Traceback" in result.stderr
    assert "no such table" in result.stderr
