"""find_amounts and attach_currency: every money form of the issue, ranges, and what is not money."""

import pytest

from coalition.extraction.figures import attach_currency, find_amounts, to_number

from .helpers import claims, doc_after, only_claim

MONEY = [
    ("Norway gave USD 7 million to Syria.", 7_000_000, "USD"),
    ("Norway has contributed more than $ 270 million to Iraq.", 270_000_000, "USD"),
    ("Norway gave 160 million US dollars to Syria.", 160_000_000, "USD"),
    ("Norway gave NOK 1.2 billion to Syria.", 1_200_000_000, "NOK"),
    ("Germany gave EUR 3.5 million to Iraq.", 3_500_000, "EUR"),
    ("Germany allocated €45m to Iraq.", 45_000_000, "EUR"),
    ("The UK committed £10 million to Iraq.", 10_000_000, "GBP"),
    ("The Netherlands gave 1,500,000 euros to Iraq.", 1_500_000, "EUR"),
    ("Norway funds the level of USD 7 mill. in line with the plan.", 7_000_000, "USD"),
    ("Sweden provided 450 million kronor to Syria.", 450_000_000, "SEK"),
    ("Japan pledged ¥2 billion to Iraq.", 2_000_000_000, "JPY"),
    ("Australia gave A$160 million to Iraq.", 160_000_000, "AUD"),
    ("Denmark gave DKK 250 million to Syria.", 250_000_000, "DKK"),
    ("Norway gave 7 million NOK to Syria.", 7_000_000, "NOK"),
    ("Norway gave USD 2.5 mn to Syria.", 2_500_000, "USD"),
    ("Japan gave USD 500,000 to Iraq.", 500_000, "USD"),
    ("Germany gave EUR 1,2 million to Iraq.", 1_200_000, "EUR"),
    ("Norway gave USD 1.5bn to Syria.", 1_500_000_000, "USD"),
    ("Denmark gave DKK 40 mio. to Iraq.", 40_000_000, "DKK"),
]
NOT_MONEY = [
    "In 2019, 35% of the funds went to Iraq.",
    "The Coalition has 87 members and met 12 times in 2018.",
    "The programme reached 2.3 million people in Syria.",
    "Resolution 2379 was adopted in 2017.",
    "Between 2014 and 2018 the work went on.",
    "Norway's funding reached 0bn.",
    "Norway gave USD 0 million.",
]


@pytest.mark.parametrize(("text", "value", "currency"), MONEY)
def test_money_forms(text, value, currency):
    claim = only_claim(text)
    assert (claim.kind, claim.value, claim.currency) == ("funding", value, currency)


@pytest.mark.parametrize("text", NOT_MONEY)
def test_not_money(text):
    assert claims(text) == []


def test_range_takes_the_lower_bound_as_at_least():
    """Documented rule: a range is one claim, its lower bound, qualifier at_least."""
    claim = only_claim("Denmark gave between 5 and 7 million US dollars to Iraq.")
    assert (claim.value, claim.currency, claim.qualifier) == (5_000_000, "USD", "at_least")


@pytest.mark.parametrize("text", ["Norway gave EUR 5-7 million to Iraq.", "Norway gave EUR 5 to 7 million to Iraq."])
def test_range_forms(text):
    claim = only_claim(text)
    assert (claim.value, claim.currency, claim.qualifier) == (5_000_000, "EUR", "at_least")


def test_bare_scaled_amount_takes_currency_from_context():
    text = "The UK gave £10 million to Iraq.\n\nHumanitarian funding for Syria has reached 2.3bn since 2012."
    doc = doc_after(attach_currency, text, partner="GB")
    bare = [f for f in doc.figures if f.value == 2_300_000_000]
    assert bare and bare[0].currency == "GBP" and bare[0].currency_guessed


def test_bare_scaled_amount_falls_back_to_the_partner_currency():
    doc = doc_after(attach_currency, "Norway's funding reached 2.3bn.", partner="NO")
    assert doc.figures[0].currency == "NOK"


def test_dollar_sign_follows_the_partner():
    assert only_claim("Canada's contribution\n\nCanada gave $ 5 million to Iraq.").currency == "CAD"
    assert only_claim("Norway's contribution\n\nNorway gave $ 5 million to Iraq.").currency == "USD"
    assert only_claim("Canada's contribution\n\nCanada gave US $5 million to Iraq.").currency == "USD"


def test_find_amounts_masks_currency_names():
    doc = doc_after(find_amounts, "Norway gave 160 million US dollars.")
    assert doc.masked == [(12, 34)]


@pytest.mark.parametrize(("raw", "value"), [("1,500,000", 1_500_000), ("1.2", 1.2), ("five", 5), ("3,5", 3.5),
                                            ("1.500.000", 1_500_000), ("Twelve", 12)])
def test_to_number(raw, value):
    assert to_number(raw) == value


# Blind round 1 of issue 11: numbers in two parts, and the currency families in French.
@pytest.mark.parametrize(("text", "partner", "value", "currency"), [
    ("Madrid a versé en 2021 un million et demi d'euros au service antimines.", "ES", 1_500_000, "EUR"),
    ("- مليار ونصف المليار دولار قروضاً ميسرة عبر الصندوق", "KW", 1_500_000_000, "USD"),
    ("قدمت الكويت ثلاثة ملايين ونصف دولار للاجئين.", "KW", 3_500_000, "USD"),
    ("Norway gave one and a half million dollars to Iraq.", "NO", 1_500_000, "USD"),
    ("Le Royaume consacre environ 5 millions de dirhams à la déradicalisation.", "MA", 5_000_000, "MAD"),
    ("Le Royaume a versé 5 millions de dinars.", "JO", 5_000_000, "JOD"),
])
def test_compound_numbers_and_currency_families(text, partner, value, currency):
    claim = only_claim(text, partner=partner)
    assert (claim.value, claim.currency) == (value, currency)


@pytest.mark.parametrize("text", ["Norway gave NOK 5 million. More than 5.6 million Syrians have fled.",
                                  "La France a versé 5 millions d'euros. Environ 3,3 millions d'Irakiens sont déplacés."])
def test_a_nations_people_are_no_money(text):
    assert len(claims(text, partner="NO" if "Norway" in text else "FR")) == 1


@pytest.mark.parametrize(("text", "value"), [("- aide humanitaire en Syrie en 2020 : 62 M EUR ;", 62_000_000),
                                             ("Stabilisation: 1,2 Md EUR.", 1_200_000_000)])
def test_a_scale_sign_before_a_currency_code(text, value):
    assert only_claim(text, partner="FR").value == value


def test_a_billion_and_some_millions_in_arabic():
    text = "قدمت دولة الإمارات مساعدات بلغت قيمتها مليار و٢٠٠ مليون درهم منذ عام ٢٠١٤."
    assert only_claim(text, partner="AE").value == 1_200_000_000
