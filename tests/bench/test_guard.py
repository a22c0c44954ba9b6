"""Benchmarks never write into real data: a temporary database by default, --in-place refused on real data
unless --force (issue 13, item 5)."""

import sqlite3

import pytest

from tests.foundation.operator import coalition


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    """A data directory whose database holds one real partner, as after `coalition partner add`."""
    data_dir = tmp_path_factory.mktemp("live")
    for args in (("migrate",), ("partner", "add", "NO")):
        result = coalition(*args, data_dir=data_dir, cwd=data_dir)
        assert result.returncode == 0, result.stderr
    return data_dir


def partners_in(data_dir) -> int:
    with sqlite3.connect(data_dir / "coalition.sqlite3") as database:
        return database.execute("SELECT COUNT(*) FROM partners_partner").fetchone()[0]


@pytest.mark.parametrize("bench", ["api", "totals"])
def test_by_default_a_bench_writes_into_a_temporary_database(live, bench):
    result = coalition("bench", bench, "--claims", "200", "--runs", "2", data_dir=live, cwd=live)
    assert result.returncode == 0, result.stderr
    assert "database: sqlite" in result.stdout
    assert partners_in(live) == 1


@pytest.mark.parametrize("bench", ["api", "totals"])
def test_in_place_refuses_a_database_with_real_data(live, bench):
    result = coalition("bench", bench, "--claims", "200", "--runs", "2", "--in-place", data_dir=live, cwd=live)
    assert result.returncode == 1
    assert result.stderr.startswith("error: bench.real_data: ")
    assert partners_in(live) == 1


def test_site_refuses_a_given_database_with_real_data(live):
    url = f"sqlite:///{live / 'coalition.sqlite3'}"
    result = coalition("bench", "site", "--database-url", url, "--claims", "10", data_dir=live, cwd=live)
    assert result.returncode == 1
    assert result.stderr.startswith("error: bench.real_data: ")


def test_in_place_with_force_writes_into_an_empty_database(tmp_path):
    assert coalition("migrate", data_dir=tmp_path, cwd=tmp_path).returncode == 0
    result = coalition("bench", "api", "--claims", "100", "--runs", "1", "--in-place", data_dir=tmp_path, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert partners_in(tmp_path) > 0
