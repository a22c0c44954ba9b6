"""`coalition dump` / `coalition load`: a full backup that loses nothing, across database engines."""

import gzip
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import dj_database_url
import pytest
from click.testing import CliRunner
from django.db import connection

from coalition.cli import main
from coalition.documents.models import SourceDocument
from coalition.editorial.models import Editor, Role
from coalition.errors import BackupError
from coalition.exports.backup import SEEDED, backup_models, dump, load
from tests.factories import make_user

pytestmark = pytest.mark.django_db
PROJECT = Path(__file__).resolve().parents[2]


def rows(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as source:
        return [json.loads(line) for line in source][1:]


def manifest(path: Path) -> dict:
    with gzip.open(path, "rt", encoding="utf-8") as source:
        return json.loads(source.readline())


def empty_database() -> None:
    """Delete every row a backup holds (in the test's transaction: foreign keys are checked at commit)."""
    tables = []
    for model in backup_models():
        if model._meta.label_lower in SEEDED:
            continue
        tables.append(model._meta.db_table)
        tables += [field.remote_field.through._meta.db_table for field in model._meta.local_many_to_many]
    with connection.cursor() as cursor:
        for table in dict.fromkeys(tables):
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")


def test_dump_then_load_restores_every_row(dataset, tmp_path):
    first, second = tmp_path / "first.jsonl.gz", tmp_path / "second.jsonl.gz"
    dump(first)
    labels = {row["model"] for row in rows(first)}
    assert {"claims.historicalclaim", "claims.historicalclaim_places", "profiles.historicalstatement"} <= labels
    empty_database()
    load(first)
    dump(second)
    assert rows(second) == rows(first)
    binary = SourceDocument.objects.get(sha256=dataset["documents"][1].sha256)
    assert bytes(binary.original) == b"\x89binary original\x00bytes"


def test_a_backup_from_before_roles_moved_to_editorial_loads_them(dataset, tmp_path):
    """Backups made while ``Editor`` was ``review.editor`` still restore every editor and their partners."""
    norway = dataset["documents"][0].partner
    make_user("old-editor", role=Role.PARTNER_EDITOR, partners=[norway])
    current, renamed = tmp_path / "current.jsonl.gz", tmp_path / "renamed.jsonl.gz"
    dump(current)
    with gzip.open(current, "rt", encoding="utf-8") as source:
        lines = source.read().replace('"editorial.editor"', '"review.editor"')
    assert '"review.editor"' in lines
    with gzip.open(renamed, "wt", encoding="utf-8") as target:
        target.write(lines)
    empty_database()
    load(renamed)
    editor = Editor.objects.get(user__username="old-editor")
    assert list(editor.partners.all()) == [norway]


def test_load_refuses_a_database_with_data(dataset, tmp_path):
    path = tmp_path / "backup.jsonl.gz"
    dump(path)
    with pytest.raises(BackupError) as raised:
        load(path)
    assert raised.value.code == "backup.not_empty"


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"not gzip at all", "backup.malformed"),
        (gzip.compress(b'{"format": "coalition-ledger.backup", "format_version": 9, "models": []}\n'), "backup.bad_format_version"),
        (gzip.compress(b'{"format": "coalition-ledger.backup", "format_version": 1, "models": ["x.y"]}\n'), "backup.unknown_model"),
    ],
    ids=["not-gzip", "bad-format-version", "unknown-model"],  # gzip output holds a timestamp: no ids from bytes
)
def test_a_bad_backup_file_is_refused(db, tmp_path, content, code):
    path = tmp_path / "bad.gz"
    path.write_bytes(content)
    with pytest.raises(BackupError) as raised:
        load(path)
    assert raised.value.code == code


def test_cli_dump_reports_what_it_wrote(dataset, tmp_path):
    path = tmp_path / "cli.jsonl.gz"
    result = CliRunner().invoke(main, ["dump", str(path)])
    assert result.exit_code == 0, result.output
    assert f"Dumped {len(rows(path))} rows" in result.output


def _other_database(tmp_path: Path):
    """A second, empty database: the one named by COALITION_TEST_SECOND_DATABASE_URL (a PostgreSQL server
    gets a fresh database of its own), else a temporary SQLite file."""
    url = os.environ.get("COALITION_TEST_SECOND_DATABASE_URL")
    if not url or url.startswith("sqlite"):
        return f"sqlite:///{tmp_path / 'other.sqlite3'}", lambda: None
    import psycopg

    config = dj_database_url.parse(url)
    name = f"coalition_backup_{uuid.uuid4().hex[:10]}"
    server = dict(host=config["HOST"], port=config["PORT"] or 5432, user=config["USER"], password=config["PASSWORD"],
                  dbname="postgres", autocommit=True)
    with psycopg.connect(**server) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')

    def drop():
        with psycopg.connect(**server) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return url.rsplit("/", 1)[0] + "/" + name, drop


def test_a_backup_moves_to_another_database_and_engine(dataset, tmp_path):
    """Dump here, load into a second database (another engine when COALITION_TEST_SECOND_DATABASE_URL
    names one), dump there: the two backups hold the same rows."""
    here, there = tmp_path / "here.jsonl.gz", tmp_path / "there.jsonl.gz"
    dump(here)
    url, drop = _other_database(tmp_path)
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "coalition.settings.test"}
    coalition = [sys.executable, "-c", "from coalition.cli import run; run()"]
    try:
        for args in (["migrate"], ["load", str(here)], ["dump", str(there)]):
            done = subprocess.run([*coalition, *args], env=env, cwd=PROJECT, capture_output=True, text=True)
            assert done.returncode == 0, done.stderr[-2000:]
    finally:
        drop()
    assert manifest(here)["database_vendor"] == connection.vendor
    assert rows(there) == rows(here)
