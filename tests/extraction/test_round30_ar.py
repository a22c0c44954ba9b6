"""The classes of error blind round 30 found on Arabic pages (`gold/ar-ad-*`: a foreign ministry's FAQ with its
questions as headings; a short wire story from Copenhagen quoting a minister, with another donor's sum; the minutes of
an oral question in a House of Representatives; the Iraq and Syria chapter of a development agency's annual report
with a table by channel; an embassy's statement on a grant agreement with UNDP; a community weekly's interview with a
returning commander, its partner only weakly signalled; and a donors' joint statement naming many partners), one test
per class, each written before its fix."""

import pytest

from .helpers import claims, only_claim


@pytest.mark.parametrize(("text", "period"), [
    ("ستقدم الدنمارك 200 مليون كرونة لسوريا خلال عام 2027. وأضاف أن 50 مليون كرونة منها ستذهب إلى إزالة الألغام.",
     ("year", 2027, None)),
    ("تقدم المملكة المتحدة 12 مليون جنيه إسترليني للعراق خلال عامي 2027 و2028.\n\nوتُخصَّص 4 ملايين جنيه منها "
     "لمشاريع المياه في سنجار.", ("cumulative", None, 2027)),
    ("قدمت اليابان منذ 2016 نحو 400 مليون دولار للعراق. ويذهب 120 مليون دولار منها إلى مرفق الاستقرار.",
     ("cumulative", None, 2016)),
    ("خصصت الدنمارك ٣٠ مليون دولار للعراق في عام ٢٠٢٥. و١٠ ملايين دولار منها لإزالة الألغام.", ("year", 2025, None)),
])
def test_an_arabic_part_followed_by_its_pronoun_takes_its_totals_period(text, period):
    part = claims(text, partner="DE")[-1]
    assert (part.period, part.year, part.since) == period


def test_a_sum_followed_by_a_pronoun_of_something_else_keeps_no_period():
    """"منها" after a sum of its own, where no total stands before, links nothing."""
    part = claims("وأضاف أن 50 مليون كرونة منها ستذهب إلى إزالة الألغام.", partner="DK")[-1]
    assert part.period is None


@pytest.mark.parametrize(("text", "value"), [
    ("عاد أمس 110 من أفرادنا إلى تاونزفيل بعد مهمة في العراق.", 110),
    ("ويخدم حالياً 45 من جنودنا في قاعدة التاجي بالعراق.", 45),
    ("وصل 30 من مدربينا إلى أربيل في العراق.", 30),
    ("ويعمل 6 من ضباطنا في مقر قيادة التحالف بالكويت.", 6),
])
def test_our_people_counted_with_of_are_the_partners_people(text, value):
    assert only_claim(text, partner="AU").value == value


@pytest.mark.parametrize("text", [
    "وكانت عائلات 40 جندياً بانتظارنا في المطار.",
    "واستقبلت أسر 25 عسكرياً ذويها في القاعدة.",
    "The families of 40 soldiers were waiting at the airport.",
    "Les familles de 40 soldats attendaient à l'aéroport.",
])
def test_the_families_of_soldiers_are_no_head_count(text):
    assert claims(text, partner="AU") == []


def test_the_families_of_the_unit_still_count_the_unit():
    """"The families of the 24 soldiers" names the unit, whose strength is a head count (rounds 22 and real press)."""
    assert [c.value for c in claims("The minister thanked the families of the 24 soldiers.", partner="BG")] == [24]


@pytest.mark.parametrize("text", [
    "لا، فتكلفة القاعدة التي بلغت 8 مليارات جنيه مشروع وطني لتأمين حدودنا الجنوبية، ولا تُحسب على التحالف.",
    "وبلغت كلفة القاعدة البحرية الجديدة 8 مليارات جنيه، وهي مشروع وطني.",
    "The new naval base cost EGP 8 billion, a national project to secure our southern border.",
])
def test_what_a_base_at_home_costs_is_no_contribution(text):
    assert claims(text, partner="EG") == []


@pytest.mark.parametrize("text", [
    "وتموّل فرنسا بمبلغ 2 مليون يورو سنوياً برنامجاً لتعزيز قدرات وحدة الاستخبارات المالية في العراق.",
    "France funds a EUR 2 million programme for Iraq's financial intelligence unit.",
    "La France finance à hauteur de 2 millions d'euros la cellule de renseignement financier irakienne.",
])
def test_a_financial_intelligence_unit_is_counter_financing(text):
    assert only_claim(text, partner="FR").lines == ["counter_financing"]


@pytest.mark.parametrize("text", [
    "تشارك مصر بنحو 1090 جندياً في بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال.",
    "ويخدم 200 جندي في بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار في مالي.",
    "Some 200 soldiers serve with the African Union Support and Stabilization Mission in Somalia.",
])
def test_stabilization_in_a_missions_name_does_not_make_troops_stabilization(text):
    assert only_claim(text, partner="EG").lines == ["military"]


@pytest.mark.parametrize("opening", [
    "أبدأ بالجانب العسكري: تشارك مصر بنحو 1090 جندياً في الصومال. كما أوفدت مصر 12 خبيراً من الشرطة إلى ليبيا.",
    "كما أوفدت مصر 12 خبيراً من الشرطة إلى ليبيا. أما الجانب الإنساني، فقد قدمت مصر 150 مليون جنيه للعراق.",
    "وقد قدمت مصر 150 مليون جنيه للعراق. كما أوفدت مصر 12 خبيراً من الشرطة إلى ليبيا.",
])
def test_an_arabic_subject_after_a_particle_or_a_colon_is_a_sign_of_its_partner(opening):
    text = "مجلس النواب - مضبطة الجلسة\n\nالسيد الوزير: شكراً للسيد النائب.\n\n" + opening
    assert claims(text)[0].partner == "EG"


@pytest.mark.parametrize("title", ["الفصل السادس: العراق وسوريا", "سوريا والعراق", "العراق وسوريا: ما قدمناه في 2025"])
def test_a_title_that_lists_only_the_coalitions_theatres_names_no_partner(title):
    text = (f"{title}\n\nبلغت المساعدات الإنسانية التي صرفتها الوكالة الإسبانية للتعاون الدولي من أجل التنمية في "
            "العراق وسوريا في عام 2025 ما مجموعه 38.6 مليون يورو.")
    found = only_claim(text)
    assert (found.partner, found.places) == ("ES", ["IQ", "SY"])


@pytest.mark.parametrize("agency", ["الوكالة اليابانية للتعاون الدولي", "الوكالة الفرنسية للتنمية",
                                    "الوكالة الكورية للتعاون الدولي"])
def test_a_development_agency_named_by_its_demonym_signs_its_partner(agency):
    text = f"التقرير السنوي\n\nوأقرت {agency} في عام 2025 قرضاً بقيمة 15 مليون دولار لمحطات المياه في العراق."
    assert only_claim(text).partner in {"JP", "FR", "KR"}


def test_a_news_agency_named_by_its_demonym_signs_no_partner():
    text = ("الأخبار\n\nوأفادت وكالة الأنباء الفرنسية بأن اليابان قدمت في عام 2025 قرضاً بقيمة 15 مليون دولار لمحطات "
            "المياه في العراق.")
    assert only_claim(text).partner == "JP"


@pytest.mark.parametrize("text", [
    "س: ما حجم مساهمة بلادنا؟\nج: وقدمت كانبرا 45 مليون دولار لبرامج الاستقرار في العراق منذ عام 2019، بحسب أرقام "
    "وزارة الدفاع في كانبرا.",
    "س: ما حجم مساهمة بلادنا؟\nج: تخصص الحكومة نحو 160 مليون دولار في السنة لعمليتها في العراق، بحسب أرقام وزارة "
    "الدفاع في كانبرا. وقدمت كانبرا كذلك 45 مليون دولار لإزالة الألغام.",
])
def test_a_capital_as_an_arabic_subject_or_a_ministrys_seat_signs_its_partner(text):
    found = claims("حوار العدد\n\n" + text)
    assert found[0].currency == "AUD"


@pytest.mark.parametrize("answer", [
    "السيد الوزير: هؤلاء نحو 800 من أفراد الشرطة والقوات يخدمون في بعثة الأمم المتحدة هناك.",
    "ج: هؤلاء 800 جندي في بعثة حفظ السلام، ولا علاقة لها بالتحالف.",
])
def test_people_a_question_placed_outside_the_theatre_are_no_claim_in_the_answer(answer):
    text = "السيد النائب: وماذا عن قواتنا في جنوب السودان؟\n\n" + answer
    assert claims(text, partner="EG") == []


@pytest.mark.parametrize("text", [
    "وتخصص الحكومة الفدرالية نحو 160 مليون دولار في السنة لعمليتها في العراق.",
    "وتبلغ ميزانية مهمتنا في العراق 40 مليون يورو سنوياً.",
])
def test_money_for_the_partners_own_operation_is_military(text):
    assert only_claim(text, partner="AU").lines == ["military"]


def test_money_for_a_humanitarian_operation_is_not():
    text = "وخصصت الحكومة 5 ملايين دولار لعمليتها الإنسانية في سوريا."
    assert "military" not in only_claim(text, partner="AU").lines
