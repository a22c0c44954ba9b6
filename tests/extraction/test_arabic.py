"""Arabic: Arabic-Indic digits and marks, scales with their duals and plurals, currencies, hedges, periods, nouns,
places written with prefixes, sentences, and evidence cut from the text in its own script."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims, only_claim

MONEY = [
    ("قدمت المملكة ١٠٠ مليون دولار أمريكي للعراق.", 100_000_000, "USD"),
    ("قدمت المملكة ١٫٢ مليار درهم للأردن.", 1_200_000_000, "AED"),
    ("قدمت المملكة ٢٬٥٠٠٬٠٠٠ دولار للعراق.", 2_500_000, "USD"),
    ("قدمت المملكة ٢,٥ مليون يورو للعراق.", 2_500_000, "EUR"),
    ("قدمت المملكة 2.5 مليون يورو للعراق.", 2_500_000, "EUR"),
    ("قدمت المملكة ٣ ملايين دولار إلى ليبيا.", 3_000_000, "USD"),
    ("قدمت المملكة ٥٠٠ ألف دولار لسوريا.", 500_000, "USD"),
    ("تبرعت المملكة بمبلغ مليوني دولار للعراق.", 2_000_000, "USD"),
    ("تعهدت المملكة بتقديم ثلاثة مليارات دولار للعراق.", 3_000_000_000, "USD"),
    ("قدمت المملكة ٢٠ مليون جنيه إسترليني للعراق.", 20_000_000, "GBP"),
]

PEOPLE = [
    ("تنشر المملكة ٥٠٠ جندي في العراق.", 500),
    ("أرسلت المملكة ٥٠ مدرباً إلى العراق.", 50),
    ("أرسلت المملكة ٥٠ مدربًا إلى العراق.", 50),
    ("يخدم ١٢٠ فرداً في العراق.", 120),
    ("أوفدت المملكة خمسين خبيراً إلى ليبيا.", 50),
    ("تنشر المملكة ١٠ آلاف عسكري في العراق.", 10_000),
    ("يعمل ١٥٠ عنصراً في المستشفى الميداني.", 150),
]

NOT_CLAIMS = [
    "ودرّب الأردن أكثر من ١٠ آلاف عنصر من القوات العراقية.",
    "تضم القاعدة نحو ١٠ آلاف عسكري أمريكي.",
    "ويستضيف الأردن أكثر من ٦٥٠ ألف لاجئ.",
    "وقد جمع أعضاء التحالف أكثر من ملياري دولار لصندوق الاستقرار.",
    "ويمثل ذلك ٣٪ من الميزانية.",
    "وشاركت ٤ طائرات في العمليات الجوية.",
]

HEDGES = [
    ("حوالي ٥٠٠ مليون دولار", "approximate"),
    ("نحو ٩٠٠ جندي", "approximate"),
    ("قرابة ٣٠٠ جندي", "approximate"),
    ("أكثر من ٢٥ مليون دولار", "at_least"),
    ("ما يزيد على ٢٥ مليون دولار", "at_least"),
    ("ما لا يقل عن ٤ ملايين دولار", "at_least"),
    ("٥٠ جنديا على الأقل", "at_least"),
    ("ما يصل إلى ٢٠٠ عسكري", "at_most"),
    ("مساهمة تصل إلى ١٠ ملايين يورو", "exact"),
]

PERIODS = [
    ("قدمت المملكة ٥٠٠ مليون ريال سنوياً لليمن.", "annual", None, None),
    ("قدمت المملكة ٥٠٠ مليون ريال سنويًا لليمن.", "annual", None, None),
    ("قدمت المملكة ١٠٠ مليون دولار في عام ٢٠١٨.", "year", 2018, None),
    ("قدمت المملكة ١٠٠ مليون دولار عام 2018.", "year", 2018, None),
    ("قدمت المملكة ١٠٠ مليون دولار منذ عام ٢٠١٢.", "cumulative", None, 2012),
    ("تعهدت المملكة بتقديم ٣ مليارات دولار على مدى ثلاث سنوات.", "cumulative", None, None),
]

PLACES = [
    ("قدمت المملكة ١٠٠ مليون دولار للعراق.", ["IQ"]),
    ("تنشر المملكة ٢٠٠ عسكري بالأردن.", ["JO"]),
    ("تنشر المملكة ٩٠٠ جندي في العراق والكويت.", ["IQ", "KW"]),
    ("قدمت المملكة ٢ مليون دينار لمستشفيات الموصل.", ["IQ"]),
    ("قدمت المملكة ٢٥ مليون دولار في شمال شرق سوريا.", ["SY"]),
    ("قدمت المملكة ١٫٥ مليون دولار في منطقة الساحل.", []),
]


@pytest.mark.parametrize(("text", "value", "currency"), MONEY)
def test_arabic_money(text, value, currency):
    claim = only_claim(text, partner="SA")
    assert (claim.value, claim.currency) == (value, currency)
    assert text[claim.start : claim.end] == claim.evidence


@pytest.mark.parametrize(("text", "value"), PEOPLE)
def test_arabic_headcounts(text, value):
    claim = only_claim(text, partner="SA")
    assert claim.kind == "personnel" and claim.value == value


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_arabic_negatives(text):
    assert claims(text, partner="JO") == []


@pytest.mark.parametrize(("text", "qualifier"), HEDGES)
def test_arabic_hedges(text, qualifier):
    assert only_claim(f"قدمت المملكة {text} للعراق.", partner="SA").qualifier == qualifier


@pytest.mark.parametrize(("text", "period", "year", "since"), PERIODS)
def test_arabic_periods(text, period, year, since):
    claim = only_claim(text, partner="SA")
    assert (claim.period, claim.year, claim.since) == (period, year, since)


@pytest.mark.parametrize(("text", "places"), PLACES)
def test_arabic_places(text, places):
    assert only_claim(text, partner="SA").places == places


def test_dinar_is_the_partner_s_own_and_inferred():
    claim = only_claim("خصصت تونس ٤ ملايين دينار لبرامج إعادة التأهيل.", partner="TN")
    assert claim.currency == "TND" and "currency_inferred" in claim.review_reasons


def test_arabic_title_names_the_partner():
    assert extract_text("مساهمة دولة الكويت في التحالف الدولي\n\nقدمت الكويت ٢ مليون دولار للعراق.").partner == "KW"


def test_arabic_sentences_split_and_evidence_stays_in_arabic_digits():
    text = "قدمت المملكة ١٠٠ مليون دولار للعراق. وأرسلت ٥٠ مدرباً إلى الأردن."
    extraction = extract_text(text, partner="SA")
    assert len(extraction.doc.sentences) == 2
    assert [c.places for c in extraction.claims] == [["IQ"], ["JO"]]
    assert "١٠٠" in extraction.claims[0].evidence


def test_extremist_thought_is_prevention():
    claim = only_claim("تخصيص ٢٠ مليون ريال سعودي سنوياً لمركز مكافحة الفكر المتطرف.", partner="SA")
    assert claim.lines == ["prevention"] and claim.period == "annual"


def test_the_doc_keeps_the_original_text_for_the_profile():
    text = "مساهمة دولة الكويت\n\nقدمت الكويت ٢ مليون دولار للعراق."
    assert extract_text(text).doc.text == text


def test_a_restatement_and_nearly():
    claim = only_claim("قدمت إيطاليا ٣ ملايين يورو، أي ما يعادل ٣٫٣ مليون دولار، للعراق.", partner="IT")
    assert (claim.value, claim.currency) == (3_000_000, "EUR")
    assert only_claim("قدمت المملكة ما يقرب من ٥٠ مليون دولار للعراق.", partner="SA").qualifier == "approximate"


def test_tatweel_before_digits():
    claim = only_claim("تصل التكلفة لـ11 مليون دولار يومياً في العراق.", partner="US")
    assert (claim.value, claim.currency) == (11_000_000, "USD")


def test_a_donors_conference_total_is_nobody_s():
    assert claims("قال المتحدث إن مؤتمر المانحين للعراق جمع أكثر من 2.1 مليار دولار.", partner="US") == []
