"""classify_qualifier: hedges to the schema's qualifier; the bound beats the softener."""

import pytest

from .helpers import only_claim

HEDGED = [
    ("Norway gave approximately USD 7 million.", "approximate"),
    ("Norway gave about USD 7 million.", "approximate"),
    ("Norway gave around USD 7 million.", "approximate"),
    ("Norway gave close to 160 million US dollars.", "approximate"),
    ("Norway gave nearly USD 7 million.", "approximate"),
    ("Norway gave almost USD 7 million.", "approximate"),
    ("Norway gave some USD 7 million.", "approximate"),
    ("Norway gave roughly USD 7 million.", "approximate"),
    ("Norway gave more than $ 270 million.", "at_least"),
    ("Norway gave over USD 7 million.", "at_least"),
    ("Norway gave at least USD 7 million.", "at_least"),
    ("Norway gave in excess of USD 7 million.", "at_least"),
    ("Norway's aid exceeds USD 7 million.", "at_least"),
    ("Norway gave USD 7 million or more.", "at_least"),
    ("Up to 70 personnel serve in Iraq.", "at_most"),
    ("No more than 70 personnel serve in Iraq.", "at_most"),
    ("Less than 70 personnel serve in Iraq.", "at_most"),
    ("Norway sent a maximum of 70 personnel.", "at_most"),
    ("Italy deploys up to approx. 1,100 troops.", "at_most"),
    ("Norway gave USD 7 million.", "exact"),
    ("Norway gave a projected USD 7 million.", "exact"),
    ("Norway gave a tentative USD 7 million.", "exact"),
]


@pytest.mark.parametrize(("text", "qualifier"), HEDGED)
def test_qualifier(text, qualifier):
    assert only_claim(text).qualifier == qualifier


def test_hedge_is_part_of_the_evidence():
    claim = only_claim("Norway gave close to 160 million US dollars annually.")
    assert claim.evidence == "close to 160 million US dollars annually"


@pytest.mark.parametrize("text", ["ما قدمته قطر منذ عام ٢٠١١ تجاوز ملياري دولار.", "قدمت قطر ما فاق ١٠ ملايين دولار."])
def test_arabic_perfect_tense_exceeds(text):
    assert only_claim(text, partner="QA").qualifier == "at_least"
