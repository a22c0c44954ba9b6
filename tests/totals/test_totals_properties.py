"""Property: a stored total is exactly the range sum of the claims it lists as counted."""

from decimal import Decimal

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coalition.totals.ranges import sum_ranges
from coalition.totals.selectors import total_parts, totals
from coalition.vocab import Period, Qualifier
from tests.factories import SourceDocumentFactory

from .conftest import NORWAY_TEXT, make_claim

pytestmark = pytest.mark.django_db

figures = st.lists(
    st.tuples(
        st.integers(min_value=1, max_value=10**9),
        st.sampled_from(Qualifier.values),
        st.sampled_from([Period.ANNUAL, Period.CUMULATIVE, None]),
        st.sampled_from(["IQ", "SY"]),
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(figures)
def test_each_row_is_the_range_sum_of_its_counted_parts(db, figures):
    with transaction.atomic():
        document = SourceDocumentFactory(text=NORWAY_TEXT)
        for value, qualifier, period, place in figures:
            make_claim(
                document, "USD 7 mill. per year", value=value, qualifier=qualifier, period=period, places=[place]
            )
        result = totals(group_by=("place",))
        assert sum(row.claim_count for row in result.rows) == len(figures)
        for row in result.rows:
            parts = [part for part in total_parts(key=row.key) if part.counted]
            expected = sum_ranges(part.converted for part in parts)
            assert row.range.low == expected.low.quantize(Decimal("0.01"))
            assert row.range.high == (None if expected.high is None else expected.high.quantize(Decimal("0.01")))
        transaction.set_rollback(True)
