"""Figures in other currencies are converted at the year's mean ECB rate; unconvertible ones are listed."""

from datetime import date
from decimal import Decimal

import pytest

from coalition.claims.models import Claim
from coalition.totals.models import ClaimAmount, ExclusionReason
from coalition.totals.rates import year_rate
from coalition.totals.selectors import totals
from coalition.totals.services import claim_amount_refresh, claim_amounts_refresh, data_changed
from coalition.vocab import Period
from tests.factories import ClaimFactory, SourceDocumentFactory

from .conftest import make_claim

pytestmark = pytest.mark.django_db

TEXT = (
    "Testland granted NOK 1 billion to Syria in 2022.\n"
    "Its neighbour counted DKK 1.1 billion for Iraq.\n"
    "A further AED 50 million went to Iraq.\n"
)


@pytest.fixture
def document():
    return SourceDocumentFactory(text=TEXT, as_of=date(2023, 6, 1))


def test_a_named_year_figure_uses_that_years_mean_rate(document):
    claim = make_claim(document, "NOK 1 billion", value=1_000_000_000, currency="NOK", period=Period.YEAR, year=2022)
    amount = claim_amount_refresh(claim=claim)
    rate = year_rate("NOK", 2022)
    assert (amount.rate_year, amount.rate_date) == (2022, rate.last_date)
    assert amount.rate_usd == rate.usd
    assert amount.value_usd == (Decimal(1_000_000_000) * rate.usd).quantize(Decimal("0.01"))
    assert Decimal("0.09") < amount.rate_usd < Decimal("0.12")
    assert amount.value == Decimal(1_000_000_000) and amount.currency == "NOK"
    assert "ECB" in amount.rate_source and "2022" in amount.rate_source


def test_a_figure_without_a_named_year_uses_its_documents_year(document):
    claim = make_claim(document, "DKK 1.1 billion", value=1_100_000_000, currency="DKK", places=["IQ"])
    amount = claim_amount_refresh(claim=claim)
    assert amount.rate_year == 2023
    [row] = totals(group_by=("place",), currency="EUR").rows
    # The krone is pegged to the euro at about 7.46 to 1.
    assert Decimal(147_000_000) < row.range.low < Decimal(148_000_000)


def test_a_currency_without_rates_is_listed_with_its_reason(document):
    usable = make_claim(document, "NOK 1 billion", value=1_000_000_000, currency="NOK", places=["SY"])
    unusable = make_claim(document, "AED 50 million", value=50_000_000, currency="AED", places=["IQ"])
    claim_amounts_refresh(claims=Claim.objects.all())
    assert ClaimAmount.objects.get(pk=unusable.pk).excluded_reason == ExclusionReason.UNSUPPORTED_CURRENCY

    result = totals(group_by=("place",))
    assert [row.key["place"] for row in result.rows] == ["SY"]
    [left_out] = result.excluded
    assert (left_out.claim_id, left_out.reason, left_out.currency) == (unusable.pk, "unsupported_currency", "AED")
    assert left_out.evidence == "AED 50 million" and left_out.document_sha256 == document.sha256
    assert "exchange rate" in left_out.reason_text
    assert usable.pk not in [claim.claim_id for claim in result.excluded]


def test_a_claim_not_yet_converted_is_listed_not_dropped(document):
    """A claim written in bulk (no signals) and not yet refreshed is named among the left-out claims."""
    [claim] = Claim.objects.bulk_create(
        [ClaimFactory.build(document=document, needle="NOK 1 billion", currency="NOK", status="accepted")]
    )
    data_changed()
    result = totals()
    assert result.rows == []
    assert [(c.claim_id, c.reason) for c in result.excluded] == [(claim.pk, "not_converted")]


def test_refreshing_again_follows_the_claims_changes(document):
    claim = make_claim(document, "NOK 1 billion", value=1_000_000_000, currency="NOK", period=Period.YEAR, year=2022)
    claim_amount_refresh(claim=claim)
    Claim.objects.filter(pk=claim.pk).update(currency="AED")  # no signal: this tests claim_amount_refresh itself
    amount = claim_amount_refresh(claim=claim)
    assert amount.excluded_reason == ExclusionReason.UNSUPPORTED_CURRENCY
    assert amount.value_usd is None and amount.rate_year is None
    assert amount.years.count() == 1


def test_rates_beyond_the_bundled_data_use_its_latest_year():
    latest = year_rate("USD", 2100)
    assert latest.year == year_rate("USD", latest.year).year
    assert year_rate("ROL", 2020) is None  # the old leu was replaced in 2005
