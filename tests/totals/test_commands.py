"""The totals commands, and the documentation that must name every setting and command."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from coalition.claims.models import Claim
from coalition.cli import main
from coalition.errors import CoalitionError
from coalition.totals.bench import run as run_bench
from coalition.totals.models import ClaimAmount
from coalition.totals.selectors import totals

DOCS = Path(__file__).resolve().parents[2] / "docs" / "totals.md"

pytestmark = pytest.mark.django_db


def test_refresh_converts_claims_written_in_bulk(norway_claims):
    ClaimAmount.objects.all().delete()
    result = CliRunner().invoke(main, ["totals", "refresh"])
    assert result.exit_code == 0, result.output
    assert "Refreshed 7 claim amounts." in result.output
    assert ClaimAmount.objects.count() == 7


def test_commands_have_one_line_summaries():
    result = CliRunner().invoke(main, ["totals", "--help"])
    assert result.exit_code == 0
    assert "refresh  Convert every claim again, e.g. after claims were written in bulk." in result.output
    assert "totals" in CliRunner().invoke(main, ["bench", "--help"]).output


def test_the_benchmark_generates_valid_claims_and_totals_them(db):
    """A small run: every generated claim passed the span triggers and has its amount row."""
    result = run_bench(claims=300, runs=2)
    assert result.claims == Claim.objects.count() == 300
    assert ClaimAmount.objects.count() == 300
    assert len(result.runs_ms) == 2 and result.rows > 0
    assert totals(group_by=("place", "line")).rows


def test_the_benchmark_refuses_a_database_with_real_documents(norway_claims):
    with pytest.raises(CoalitionError) as error:
        run_bench(claims=10, runs=1)
    assert error.value.code == "totals.bench_database_not_empty"


def test_docs_name_every_setting_command_and_function():
    text = DOCS.read_text()
    for name in (
        "APPROXIMATE_BAND", "COALITION_APPROXIMATE_BAND", "coalition totals refresh", "coalition bench totals",
        "totals(", "total_parts(", "render_range(", "claim_amounts_refresh", "excluded_claims",
        "unsupported_currency", "not_converted", "restated", "breakdown",
    ):
        assert name in text, name
