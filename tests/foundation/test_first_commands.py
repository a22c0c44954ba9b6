"""Right after set-up, with no variable exported, every `coalition` command runs (issue 13, item 1)."""

import pytest

from .operator import coalition


@pytest.mark.parametrize("args", [("extract", "--help"), ("eval", "--help"), ("bench", "extract", "--help"),
                                  ("migrate", "--help"), ("partner", "add", "--help")])
def test_help_touches_no_settings(tmp_path, args):
    data_dir = tmp_path / "var"
    result = coalition(*args, data_dir=data_dir, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Usage: coalition")
    assert not data_dir.exists()


def test_extract_needs_no_secret_key_and_no_database(tmp_path):
    data_dir = tmp_path / "var"
    (tmp_path / "note.txt").write_text("Norway gave NOK 10 million in 2024 for stabilisation in Iraq.\n")
    result = coalition("extract", "note.txt", data_dir=data_dir, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert '"claims"' in result.stdout
    assert not data_dir.exists()


def test_migrate_and_check_work_with_no_variable_set(tmp_path):
    data_dir = tmp_path / "var"
    migrated = coalition("migrate", data_dir=data_dir, cwd=tmp_path)
    assert migrated.returncode == 0, migrated.stderr
    assert (data_dir / "secret_key").stat().st_mode & 0o777 == 0o600
    checked = coalition("check", "--deploy", data_dir=data_dir, cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert "coalition.W001" in checked.stderr + checked.stdout
    assert "DJANGO_SECRET_KEY" in checked.stderr + checked.stdout
