"""Settings come from the environment, with safe defaults."""

import os
import subprocess
import sys

import pytest


def settings_in_subprocess(env: dict[str, str], expression: str) -> subprocess.CompletedProcess:
    clean = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_URL"))}
    clean.update(env)
    code = f"import coalition.settings.base as s; print({expression})"
    return subprocess.run([sys.executable, "-c", code], env=clean, capture_output=True, text=True)


def test_secret_key_is_required_outside_development():
    result = settings_in_subprocess({}, "s.SECRET_KEY")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_debug_is_off_unless_asked():
    result = settings_in_subprocess({"DJANGO_SECRET_KEY": "x"}, "s.DEBUG, s.SESSION_COOKIE_SECURE")
    assert result.stdout.strip() == "False True"


def test_secret_key_can_come_from_a_file(tmp_path):
    key_file = tmp_path / "key"
    key_file.write_text("from-a-file\n")
    result = settings_in_subprocess({"DJANGO_SECRET_KEY_FILE": str(key_file)}, "s.SECRET_KEY")
    assert result.stdout.strip() == "from-a-file"


@pytest.mark.parametrize(
    "url, engine",
    [
        ("sqlite:///tmp/x.sqlite3", "django.db.backends.sqlite3"),
        ("postgres://someone@127.0.0.1:5432/ledger", "django.db.backends.postgresql"),
    ],
)
def test_database_is_chosen_by_database_url(url, engine):
    result = settings_in_subprocess(
        {"DJANGO_SECRET_KEY": "x", "DATABASE_URL": url}, "s.DATABASES['default']['ENGINE']"
    )
    assert result.stdout.strip() == engine


def test_sqlite_is_the_default_database_in_the_project_folder():
    result = settings_in_subprocess({"DJANGO_SECRET_KEY": "x"}, "s.DATABASES['default']['NAME']")
    assert result.stdout.strip().endswith("var/coalition.sqlite3")


def test_a_malformed_yes_no_value_is_refused():
    result = settings_in_subprocess({"DJANGO_SECRET_KEY": "x", "DJANGO_DEBUG": "maybe"}, "s.DEBUG")
    assert result.returncode != 0
    assert "DJANGO_DEBUG must be a yes/no value" in result.stderr
