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


# Blind round 1 of issue 11: where the place of a figure comes from when its sentence names none.
FROM_ABOVE = [
    # a title above a dateline still heads the prose under it
    ("NZDF contribution to Iraq to conclude in June\n\nWellington, 5 September 2019\n\nThe number of NZDF "
     "personnel at the base will reduce from 95 to 75 in January.", "NZ", ["IQ"]),
    # a title with a colon inside
    ("Stabilisation in Iraq: overview of funding\n\nThe German Government gave EUR 45 million to the UNDP "
     "facility last year.", "DE", ["IQ"]),
    # a list intro without a place under a title with one
    ("Further support for Iraq as liberated areas rebuild\n\nThe package includes:\n• $12 million for power in "
     "Mosul;\n• $5 million for protection services for women.", "AU", ["IQ"]),
    # a sentence opening with a pronoun points back
    ("The mandate covers the training mission in Iraq and Jordan. It allows the deployment of up to 500 "
     "soldiers.", "DE", ["IQ", "JO"]),
]


@pytest.mark.parametrize(("text", "partner", "places"), FROM_ABOVE)
def test_places_from_title_list_intro_or_pronoun(text, partner, places):
    assert sorted(claims(text, partner=partner)[-1].places) == places


@pytest.mark.parametrize(("text", "places"), [
    ("Australia keeps around 300 personnel at Taji, alongside New Zealand.", ["IQ"]),
    ("La Belgique maintient 30 formateurs en Irak, aux côtés de la France.", ["IQ"]),
    ("قدمت أستراليا ٥ ملايين دولار للعراق بالتعاون مع الأردن.", ["IQ"]),
])
def test_a_co_operator_is_not_a_place(text, places):
    assert only_claim(text, partner="AU" if "Austral" in text or "أستراليا" in text else "BE").places == places


def test_a_pronoun_gives_no_lines_to_a_total():
    text = ("The Government will provide $25 million in humanitarian assistance to Iraq. This brings its total "
            "support to Iraq to over $250 million.")
    assert claims(text, partner="AU")[-1].lines == []


def test_an_arabic_back_reference():
    text = ("أعلن الوزير أن دولة قطر ستدعم جهود الاستقرار في المناطق المحررة من العراق.\n"
            "وأوضح أن صندوق قطر للتنمية سيتولى تنفيذ هذه التعهدات، بما فيها ١٠ ملايين دولار لإزالة الألغام.")
    assert [c.places for c in claims(text, partner="QA")][-1] == ["IQ"]


def test_gaza_is_palestine():
    assert only_claim("أرسلت القوات المسلحة فريقاً من ٢٥ فرداً إلى المستشفى الميداني في غزة.", partner="JO").places == ["PS"]


@pytest.mark.parametrize("text", [
    "وأعلنت المملكة في مؤتمر الكويت الدولي لإعادة إعمار العراق عن تقديم مليار دولار.",
    "La France a annoncé 50 millions d'euros pour l'Irak lors de la conférence de Koweït.",
])
def test_a_conferences_host_is_no_place(text):
    assert only_claim(text, partner="SA" if "المملكة" in text else "FR").places == ["IQ"]


def test_of_this_points_back():
    text = ("The Government has committed $4 billion to Iraq and Syria. Of this, about $1.1 billion supports "
            "humanitarian assistance.")
    assert claims(text, partner="CA")[-1].places == ["IQ", "SY"]


@pytest.mark.parametrize(("text", "places"), [("L'Italie a consacré 12 millions d'euros au déminage dans la province de "
                                               "Ninive.", ["IQ"]),
                                              ("La France a versé 5 millions d'euros pour Alep.", ["SY"])])
def test_french_city_names(text, places):
    assert only_claim(text, partner="IT" if "Italie" in text else "FR").places == places


def test_the_same_camps_point_back():
    text = ("أرسلت الإمارات قوة قوامها ٢٠٠ عنصر إلى إقليم كردستان العراق لتأمين المخيمات.\n"
            "كما خصصت الدولة ٣٦ مليون درهم لتوفير المواد الغذائية في المخيمات ذاتها.")
    assert claims(text, partner="AE")[-1].places == ["IQ"]
