"""`coalition bench totals` on a small run: the figures come from real totals over generated claims."""

import pytest

from coalition.bench.totals import run
from coalition.claims.models import Claim

pytestmark = pytest.mark.django_db


def test_the_benchmark_times_totals_over_the_generated_claims():
    result = run(claims=300, runs=2)
    assert result.data.claims == Claim.objects.count() == 300
    assert len(result.runs.runs_ms) == 2 and len(result.filtered.runs_ms) == 2
    assert result.rows > 0
