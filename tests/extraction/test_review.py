"""Review reasons: where the extractor decided what the text did not say outright. Not in the claims JSON."""

from coalition.extraction.review import REASONS
from coalition.vocab import ReviewReason

from .helpers import claims, only_claim


def test_reason_codes_are_in_the_shared_vocabulary():
    assert set(REASONS) <= set(ReviewReason.values)


def test_currency_inferred_from_the_partner():
    claim = only_claim("Australia's contribution\n\nAustralia will provide $110 million for humanitarian aid in Iraq "
                       "in 2019.")
    assert claim.currency == "AUD"
    assert "currency_inferred" in claim.review_reasons
    assert "review_reasons" not in claim.to_schema_dict()


def test_written_currency_and_period_give_no_reason():
    claim = only_claim("Norway's contribution\n\nNorway gave USD 7 million to Iraq in 2019.")
    assert claim.review_reasons == []


def test_place_from_heading():
    claim = only_claim("Denmark's contribution\n\nIn Lebanon:\n\n• DKK 20 million for water supply in 2020.")
    assert claim.places == ["LB"]
    assert claim.review_reasons == ["place_from_heading"]


def test_no_period_and_shared_sentence():
    found = claims("Norway's contribution\n\nNorway gave USD 7 million to Iraq and USD 3 million to Syria.")
    assert [c.review_reasons for c in found] == [["no_period", "shared_sentence"]] * 2
