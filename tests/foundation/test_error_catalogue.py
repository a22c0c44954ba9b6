"""Every error a user sees comes from the catalogue, every code of the catalogue is raised, and docs/errors.md
lists them as the code says (issue 15, item 6)."""

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from coalition import catalogue
from coalition.errors import MESSAGES, ConfigError
from coalition.settings.env import env_bool

PROJECT_DIR = Path(__file__).resolve().parents[2]
REGENERATE = "coalition errors --markdown > docs/errors.md"


def test_every_code_of_the_catalogue_is_used_in_the_code():
    _, mentioned = catalogue.source_uses()
    unused = sorted(set(MESSAGES) - mentioned)
    assert not unused, f"codes nothing raises: remove them from coalition/errors.py: {unused}"


def test_every_code_raised_is_in_the_catalogue():
    raised, _ = catalogue.source_uses()
    unknown = sorted(set(raised) - set(MESSAGES))
    assert not unknown, f"raised but missing from coalition/errors.py: {unknown}"


def test_the_source_is_read_for_the_class_that_raises_a_code():
    tree = ast.parse('raise IngestError("ingest.nope", limit=3)\nlog("a.b")\nprint(Thing("c.d"))')
    assert sorted(catalogue._literals(tree)) == [("a.b", None), ("c.d", None), ("ingest.nope", "IngestError")]
    raised, _ = catalogue.source_uses()
    assert raised["config.not_yes_no"] == {"ConfigError"}
    assert raised["extract.no_partner"] == {"ExtractionError"}


def test_the_error_codes_page_is_generated_from_the_catalogue():
    page = (PROJECT_DIR / "docs" / "errors.md").read_text(encoding="utf-8")
    assert page == catalogue.markdown(), f"docs/errors.md is out of date: run `{REGENERATE}`"


def test_the_page_gives_each_code_its_class_status_and_message():
    rows = {line.split(" | ")[0]: line for line in catalogue.markdown().splitlines() if line.startswith("| `")}
    assert len(rows) == len(MESSAGES)
    assert rows["| `api.not_found`"] == "| `api.not_found` | `ApiError` | 404 | 1 | nothing found at this address |"
    assert "Bearer \\<token>" in rows["| `api.unauthenticated`"]


def test_a_settings_error_is_a_catalogue_error_that_django_sees_as_improperly_configured(monkeypatch):
    monkeypatch.setenv("DJANGO_DEBUG", "maybe")
    with pytest.raises(ImproperlyConfigured) as caught:
        env_bool("DJANGO_DEBUG")
    assert isinstance(caught.value, ConfigError) and caught.value.code == "config.not_yes_no"
    assert "DJANGO_DEBUG" in caught.value.message and "'maybe'" in caught.value.message


def test_a_settings_error_reads_before_translations_can(tmp_path):
    """Raised while Django loads the settings: the message is the catalogue's English, not a second failure."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_URL"))}
    environment.update(
        DJANGO_SETTINGS_MODULE="coalition.settings.base", COALITION_LOG_FORMAT="xml", COALITION_DATA_DIR=str(tmp_path)
    )
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"], env=environment, capture_output=True, text=True,
        check=False, cwd=tmp_path,
    )
    assert result.returncode != 0
    last = result.stderr.strip().splitlines()[-1]
    assert last == ("coalition.errors.ConfigError: config.unknown_log_format: COALITION_LOG_FORMAT must be 'plain' "
                    "or 'json', not 'xml'"), result.stderr


def test_the_command_prints_the_page_and_a_table():
    from click.testing import CliRunner

    from coalition.cli import main

    page = CliRunner().invoke(main, ["errors", "--markdown"])
    assert page.exit_code == 0 and page.output == catalogue.markdown()
    table = CliRunner().invoke(main, ["errors"]).output.splitlines()
    assert len(table) == len(MESSAGES) + 1
    assert table[0].split() == ["code", "class", "http", "exit", "message"]
    assert any(line.startswith("config.not_yes_no ") and "ConfigError" in line for line in table)
