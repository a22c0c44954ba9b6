"""build_evidence and the schema output."""

import json

from coalition.extraction import SCHEMA_FIELDS, extract_text

from .helpers import only_claim

TEXT = "• Norway has contributed more than $ 270 million in humanitarian assistance since 2014. More follows."


def test_evidence_runs_from_hedge_to_clause_end():
    claim = only_claim(TEXT, partner="NO")
    assert claim.evidence == "more than $ 270 million in humanitarian assistance since 2014"
    assert TEXT[claim.start : claim.end] == claim.evidence


def test_tile_evidence_is_the_tile():
    text = "Norway's contribution\n\nProse that ends here.\n\n110 troops\n\ncommitted to helping train Iraqi forces"
    assert only_claim(text).evidence == "110 troops"


def test_schema_dict_has_exactly_the_schema_fields():
    data = extract_text("Norway's contribution\n\n• Norway gave USD 7 million to Iraq in 2018.").to_schema_dict()
    assert list(data) == ["partner", "claims"]
    assert data["partner"] == "NO"
    assert tuple(data["claims"][0]) == SCHEMA_FIELDS
    assert data["claims"][0]["value"] == 7000000 and isinstance(data["claims"][0]["value"], int)
    json.dumps(data)


def test_fractional_values_stay_numbers():
    data = extract_text("Norway gave USD 2.5 thousand.").to_schema_dict()
    assert data["claims"][0]["value"] == 2500
