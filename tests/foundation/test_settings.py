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


def test_without_a_variable_the_secret_key_is_made_once_in_the_data_directory(tmp_path):
    """Every command works right after set-up: the key is created (mode 0600) on first use, then reused."""
    env = {"COALITION_DATA_DIR": str(tmp_path)}
    first = settings_in_subprocess(env, "s.SECRET_KEY, s.SECRET_KEY_SOURCE")
    second = settings_in_subprocess(env, "s.SECRET_KEY, s.SECRET_KEY_SOURCE")
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout
    assert first.stdout.strip().endswith(" data directory")
    key_file = tmp_path / "secret_key"
    assert key_file.read_text().strip() in first.stdout
    assert key_file.stat().st_mode & 0o777 == 0o600


def test_the_variable_wins_over_the_data_directory(tmp_path):
    result = settings_in_subprocess(
        {"COALITION_DATA_DIR": str(tmp_path), "DJANGO_SECRET_KEY": "from-env"}, "s.SECRET_KEY"
    )
    assert result.stdout.strip() == "from-env"
    assert not (tmp_path / "secret_key").exists()


def test_an_unreadable_key_file_is_one_clear_error(tmp_path):
    result = settings_in_subprocess({"DJANGO_SECRET_KEY_FILE": str(tmp_path / "missing")}, "s.SECRET_KEY")
    assert result.returncode != 0
    assert "config.unreadable_secret_key_file: DJANGO_SECRET_KEY_FILE cannot be read" in result.stderr


def test_https_is_on_by_default_and_the_proxy_header_is_trusted_only_when_configured():
    """Secure by default (production); X-Forwarded-Proto only from a configured proxy (issue 10, item 7)."""
    expression = "s.SESSION_COOKIE_SECURE, s.SECURE_PROXY_SSL_HEADER"
    default = settings_in_subprocess({"DJANGO_SECRET_KEY": "x"}, expression)
    assert default.stdout.strip() == "True None"
    plain = settings_in_subprocess({"DJANGO_SECRET_KEY": "x", "DJANGO_HTTPS": "no"}, expression)
    assert plain.stdout.strip() == "False None"
    proxied = settings_in_subprocess({"DJANGO_SECRET_KEY": "x", "COALITION_NUM_PROXIES": "1"}, expression)
    assert proxied.stdout.strip() == "True ('HTTP_X_FORWARDED_PROTO', 'https')"


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
    assert "config.not_yes_no: DJANGO_DEBUG must be a yes/no value" in result.stderr
