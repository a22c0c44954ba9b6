"""The totals commands, and the documentation that must name every setting and command."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from coalition.cli import main
from coalition.totals.models import ClaimAmount

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


def test_docs_name_every_setting_command_and_function():
    text = DOCS.read_text()
    for name in (
        "APPROXIMATE_BAND", "COALITION_APPROXIMATE_BAND", "coalition totals refresh", "coalition bench totals",
        "totals(", "total_parts(", "render_range(", "claim_amounts_refresh", "excluded_claims",
        "unsupported_currency", "not_converted", "restated", "breakdown",
    ):
        assert name in text, name
