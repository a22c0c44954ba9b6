"""attach_places: ISO codes from names, demonyms, regions and cities, nearest scope first."""

import pytest

from .helpers import claims, only_claim

PLACES = [
    ("Norway gave USD 7 million to Iraq.", ["IQ"]),
    ("Norway gave USD 7 million to the Syrian crisis.", ["SY"]),
    ("Norway gave USD 7 million for camps in Northeast Syria.", ["SY"]),
    ("Norway gave USD 7 million to a hospital in Raqqa.", ["SY"]),
    ("Norway gave USD 7 million for schools in Mosul.", ["IQ"]),
    ("Norway gave USD 7 million to the Kurdistan Region.", ["IQ"]),
    ("Norway gave USD 7 million to the Lake Chad Basin.", ["CM", "NE", "NG", "TD"]),
    ("Norway gave USD 7 million to the Sahel.", []),
    ("Norway gave USD 7 million to the region.", []),
    ("Norway gave USD 7 million.", []),
    ("Norway gave USD 7 million to Iraq, Jordan and Lebanon.", ["IQ", "JO", "LB"]),
    ("Norway gave USD 7 million to Türkiye.", ["TR"]),
    ("Norway gave USD 7 million to the Syrian Arab Republic.", ["SY"]),
]


@pytest.mark.parametrize(("text", "places"), PLACES)
def test_places(text, places):
    assert sorted(only_claim(text, partner="NO").places) == sorted(places)


def test_partner_is_never_its_own_place():
    assert only_claim("Norwegian aid of USD 7 million to Iraq.", partner="NO").places == ["IQ"]


def test_currency_words_are_not_places():
    assert only_claim("Norway gave 160 million US dollars.", partner="NO").places == []


def test_clause_beats_the_rest_of_the_sentence():
    found = claims("Up to 70 personnel serve in Iraq, as well as support in Jordan, and up to 10 personnel "
                   "to NATO Mission Iraq.", partner="NO")
    assert [c.places for c in found] == [["IQ"], ["IQ"]]


def test_heading_above_gives_the_place():
    text = "Key projects in Iraq:\n• Demining: USD 5 million.\n• Water: USD 2 million.\n"
    assert [c.places for c in claims(text, partner="NO")] == [["IQ"], ["IQ"]]


def test_tile_caption_gives_the_place():
    text = "Norway's contribution\n\nSome prose about the work that ends here.\n\n110 troops\n\ncommitted to helping train Iraqi forces\n"
    assert only_claim(text).places == ["IQ"]
