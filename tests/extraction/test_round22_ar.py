"""The classes of error blind round 22 found on Arabic pages (`gold/ar-w-*`: an agency's change of command, a
ministry's annual report table, a minister's pledging speech, an ambassador's letter, a spokesperson's press
conference, a development agency's project completion notice and a commemorative article with bilingual captions),
one test per class, each written before its fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims


@pytest.mark.parametrize("text", [
    "تيكا تفتتح مدرسة في الموصل\nافتتحت وكالة التعاون والتنسيق التركية (تيكا) مدرسة في الموصل بتكلفة 900 ألف دولار.",
    "أعلنت تيكا إنجاز مشروع لمياه الشرب في كركوك بقيمة 1.2 مليون دولار.",
    "TIKA completes a clinic in Kirkuk\nThe Turkish Cooperation and Coordination Agency spent USD 800,000 on the clinic "
    "in Kirkuk, Iraq.",
])
def test_a_development_agency_named_instead_of_its_country_names_the_partner(text):
    assert extract_text(text).partner == "TR"


@pytest.mark.parametrize("text", [
    "وأرسلت البرتغال 30 مدرباً إلى العراق، ضباط عراقيون من بين أكثر من 4000 ضابط وجندي درّبتهم الوحدة منذ 2015.",
    "ويخدم 30 مدرباً برتغالياً في العراق. وبلغ عدد العناصر 300 عنصر عراقي جرى تدريبهم هذا العام.",
    "ويعمل 30 مدرباً برتغالياً في العراق، إلى جانب 250 مقاتلاً تدرّبوا على تفكيك المتفجرات.",
    "Portugal has 30 trainers in Iraq; more than 4,000 officers and soldiers trained by the unit since 2015.",
])
def test_people_named_again_by_a_training_verb_after_their_noun_are_no_head_count(text):
    assert [c.value for c in claims(text, partner="PT")] == [30]


@pytest.mark.parametrize("text", [
    "وقدمت قطر 10 ملايين دولار للاجئين. ونرحّب بإعلان الاتحاد الأوروبي اليوم عن 2.5 مليار يورو.",
    "وقدمت قطر 10 ملايين دولار للاجئين. ونثمّن إعلان ألمانيا اليوم عن مليار يورو.",
    "وقدمت قطر 10 ملايين دولار للاجئين، ونشيد بإعلان اليابان عن 300 مليون دولار.",
])
def test_another_donors_announcement_welcomed_is_not_the_speakers_money(text):
    assert [c.value for c in claims(text, partner="QA")] == [10_000_000]


@pytest.mark.parametrize("text", [
    "قدمت سلوفينيا 800 ألف يورو لإزالة الألغام. وتدير المؤسسة هذا العام 6 ملايين يورو من مساهمات عدة مانحين.",
    "قدمت سلوفينيا 800 ألف يورو للصندوق، الذي يضم 40 مليون دولار من عدد من الدول المانحة.",
    "قدمت سلوفينيا 800 ألف يورو عبر البرنامج، الذي جمع من جميع المانحين منذ إطلاقه نحو 1.3 مليار دولار.",
    "قدمت سلوفينيا 800 ألف يورو. وتلقى الصندوق من مختلف الجهات المانحة 900 مليون دولار.",
])
def test_a_sum_raised_from_many_donors_is_not_the_partners(text):
    assert [c.value for c in claims(text, partner="SI")] == [800_000]


@pytest.mark.parametrize("text", [
    "حزمة مجموعة السبع البالغة 1.5 مليار دولار جهد مشترك، ومساهمة اليابان فيها 400 مليون دولار.",
    "وأعلنت مجموعة العشرين عن 3 مليارات دولار، فيما قدمت اليابان 400 مليون دولار.",
    "وتعهدت مجموعة الدول السبع بـ 2 مليار دولار لإعادة الإعمار، منها 400 مليون دولار من اليابان.",
])
def test_a_package_of_the_g7_or_g20_in_arabic_is_no_partners_claim(text):
    assert [c.value for c in claims(text, partner="JP")] == [400_000_000]


@pytest.mark.parametrize("text", [
    "وبهذا التعهد يتجاوز ما قدّمته قطر من مساعدات للشعب السوري منذ عام 2011 ملياري دولار.",
    "وتجاوز ما أنفقته قطر على مشاريع الاستقرار في العراق 40 مليون دولار.",
    "ويفوق ما خصصته قطر للاجئين في الأردن منذ 2013 نحو 300 مليون دولار.",
])
def test_what_was_given_as_the_subject_of_a_verb_of_exceeding_is_at_least(text):
    (claim,) = claims(text, partner="QA")
    assert claim.qualifier == "at_least"


@pytest.mark.parametrize(("text", "kind", "qualifier"), [
    ("ستواصل سلوفينيا نشر وحدة هندسية في العراق يصل قوامها إلى 15 عسكريًا.", "personnel", "at_most"),
    ("وترسل سلوفينيا إلى العراق قوة يصل عددها إلى 40 جنديًا.", "personnel", "at_most"),
    ("وقدمت سلوفينيا للعراق منحة تصل قيمتها إلى 5 ملايين يورو.", "funding", "exact"),
])
def test_reaches_with_its_subject_between_caps_a_head_count_not_a_sum(text, kind, qualifier):
    (claim,) = claims(text, partner="SI")
    assert (claim.kind, claim.qualifier) == (kind, qualifier)


@pytest.mark.parametrize(("text", "partner", "since"), [
    ("وقد خدم في العراق منذ عام 2015 ما يزيد على 250 جنديًا سلوفينيًا.", "SI", 2015),
    ("وخدم في العراق منذ 2016 أكثر من 500 عسكري ليتواني.", "LT", 2016),
    ("ومنذ عام 2017 خدم في الأردن قرابة 300 مدرب برتغالي.", "PT", 2017),
])
def test_people_who_served_since_a_year_in_arabic_are_a_sum_over_the_years(text, partner, since):
    (claim,) = claims(text, partner=partner)
    assert (claim.period, claim.since) == ("cumulative", since)


def test_people_who_serve_now_since_a_year_are_a_head_count():
    (claim,) = claims("ويخدم في العراق منذ عام 2015 نحو 80 جنديًا سلوفينيًا.", partner="SI")
    assert claim.period != "cumulative"


@pytest.mark.parametrize(("caption", "currency", "scale"), [
    ("جدول 2: المساعدات المصروفة حسب البلد والسنة (بآلاف الدنانير الكويتية)", "KWD", 1_000),
    ("المساعدات الإنسانية للعراق وسوريا (بالملايين من الدولارات الأمريكية)", "USD", 1_000_000),
    ("جدول 3 - المنح المقدمة (بآلاف اليوروهات)", "EUR", 1_000),
])
def test_an_arabic_caption_gives_its_tables_unit_with_the_preposition_and_article_glued(caption, currency, scale):
    text = f"{caption}\nالبلد | 2024 | 2025\nالعراق | 4,120 | 3,450\nسوريا | 2,360 | 1,985\n"
    found = claims(text, partner="KW")
    assert sorted((c.value, c.currency) for c in found) == sorted(
        (v * scale, currency) for v in (4_120, 3_450, 2_360, 1_985))


@pytest.mark.parametrize("mark", [" (١)", " (1)", "*", " **"])
def test_a_footnote_mark_after_a_table_cells_sum_keeps_it(mark):
    text = f"Humanitarian aid by country (in thousands of euros)\nCountry | 2024 | 2025\nIraq | 4,120 | 3,450{mark}\n"
    assert sorted(c.value for c in claims(text, partner="KW")) == [3_450_000, 4_120_000]


@pytest.mark.parametrize(("text", "partner"), [
    ("المساعدات حسب البلد (بآلاف الدنانير الكويتية)\nالبلد | 2024 | 2025\nالعراق | 4,120 | 3,450\nسوريا | 2,360 | 1,985\n"
     "المجموع | 6,480 | 5,435\n", "KW"),
    ("Humanitarian aid by country (in thousands of euros)\nCountry | 2024 | 2025\nIraq | 4,120 | 3,450\nSyria | 2,360 | "
     "1,985\nTotal | 6,480 | 5,435\n", "DK"),
])
def test_a_tables_totals_row_takes_the_places_of_the_rows_it_sums(text, partner):
    found = {c.value: c.places for c in claims(text, partner=partner)}
    assert (found[6_480_000], found[5_435_000]) == (["IQ", "SY"], ["IQ", "SY"])


def test_a_totals_row_of_one_country_keeps_that_country():
    text = "Aid to Iraq (in thousands of euros)\nProject | 2025\nSchools | 1,200\nClinics | 800\nTotal | 2,000\n"
    assert {c.value: c.places for c in claims(text, partner="DK")}[2_000_000] == ["IQ"]


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("وأن عدد العسكريين الأمريكيين في العراق اليوم أقل من 2000.", 2000, "at_most"),
    ("ويبلغ عدد الجنود الأمريكيين في سوريا حاليًا أكثر من 2000.", 2000, "at_least"),
    ("ويبلغ عدد العسكريين الأمريكيين في سوريا اليوم ما يزيد على 1900.", 1900, "at_least"),
    ("ويبلغ عدد العسكريين الأمريكيين في سوريا اليوم ما يقارب 900.", 900, "approximate"),
])
def test_an_arabic_number_of_people_with_a_bound_before_a_yearlike_count(text, value, qualifier):
    (claim,) = claims(text, partner="US")
    assert (claim.kind, claim.value, claim.qualifier) == ("personnel", value, qualifier)


def test_a_year_after_the_number_of_people_is_still_no_count():
    assert claims("وارتفع عدد الجنود الأمريكيين في العراق منذ 2014 إلى 5000.", partner="US")[0].value == 5000
    assert [c.value for c in claims("وارتفع عدد الجنود الأمريكيين في العراق منذ 2014.", partner="US")] == []


_ANSWER_AR = "المتحدث: لدينا اليوم نحو 900 جندي في سوريا."
_ANSWER_EN = "Spokesperson: We have some 900 troops in Syria today."


@pytest.mark.parametrize(("question", "answer"), [
    ("سؤال (قناة العربية): تحدثت تقارير صحفية عن بقاء 2500 جندي أمريكي في العراق. هل هذا الرقم صحيح؟", _ANSWER_AR),
    ("س: أفادت أنباء بأن واشنطن ستقدم 300 مليون دولار إضافية لسوريا، هل تؤكدون ذلك؟", _ANSWER_AR),
    ("Q: Reports say 2,500 US troops will stay in Iraq. Is that right?", _ANSWER_EN),
    ("Question (Reuters): According to Iraqi officials, the US will give another $300 million to Syria. Can you "
     "confirm?", _ANSWER_EN),
])
def test_a_figure_a_journalists_question_puts_from_reports_is_not_the_speakers(question, answer):
    text = f"{question}\n{answer}\n"
    assert [c.value for c in claims(text, partner="US")] == [900]


def test_a_plain_question_keeps_its_figure():
    text = "س: هل ستقدمون 300 مليون دولار إضافية لسوريا؟\nج: نعم.\n"
    assert [c.value for c in claims(text, partner="US")] == [300_000_000]


def test_an_answer_after_a_question_keeps_its_figures():
    text = "سؤال: كم جنديًا لديكم في سوريا؟\nج: لدينا اليوم نحو 900 جندي في سوريا، وقدمنا 120 مليون دولار.\n"
    assert sorted(c.value for c in claims(text, partner="US")) == [900, 120_000_000]


@pytest.mark.parametrize("second", [
    "ومُوِّل المشروع على دفعتين: الأولى بقيمة 2 مليون دولار في عام 2024، والثانية بقيمة مليون دولار في عام 2025.",
    "وصُرفت الدفعة الأولى البالغة 2 مليون دولار في عام 2024، وتلتها مليون دولار في عام 2025.",
    "وبلغت كلفة المشروع في مرحلته الأولى 2 مليون دولار، وفي الثانية مليون دولار.",
])
def test_a_projects_tranches_named_again_keep_its_line(second):
    text = f"أنجزت تركيا مشروعًا لدعم الاستقرار في الموصل بتكلفة 3 ملايين دولار. {second}"
    assert {c.value: c.lines for c in claims(text, partner="TR")} == {
        3_000_000: ["stabilization"], 2_000_000: ["stabilization"], 1_000_000: ["stabilization"]}


@pytest.mark.parametrize("text", [
    "وقد خدم في العراق منذ عام 2015 ما يزيد على 250 جنديًا سلوفينيًا، درّبوا أكثر من 3000 من مقاتلي البيشمركة على "
    "الإسعاف القتالي وتفكيك المتفجرات.",
    "وتنشر سلوفينيا في العراق 15 جنديًا يدربون القوات العراقية على إزالة الألغام.",
    "ويعمل 20 عسكريًا سلوفينيًا في أربيل بالعراق، ودربوا منذ وصولهم مئات المقاتلين على إزالة الألغام.",
])
def test_what_soldiers_train_others_in_is_not_their_line(text):
    (claim,) = claims(text, partner="SI")
    assert claim.lines == ["military"]
