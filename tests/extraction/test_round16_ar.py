"""The classes of error blind round 16 found on Arabic pages (`gold/ar-q-*`), one test per class, each written
before its fix."""

import pytest

from coalition.extraction.script import normalize

from .helpers import claims


@pytest.mark.parametrize(("text", "partner", "value", "currency", "evidence"), [
    ("قدمت الحكومة مليونَي ريال عُماني لدعم اللاجئين في الأردن.", "OM", 2_000_000, "OMR", "مليونَي ريال عُماني"),
    ("أعلنت الوزارة تقديم ثَلاثة مَلايين يورو للعراق.", "IT", 3_000_000, "EUR", "ثَلاثة مَلايين يورو"),
    ("سترسل بلادنا خبيرَين مدنيَّين إلى العراق.", "IE", 2, None, "خبيرَين مدنيَّين"),
    ("تنشر المملكة خمسين مُدرِّباً في العراق.", "GB", 50, None, "خمسين مُدرِّباً"),
])
def test_vowel_marks_inside_a_word_do_not_hide_it(text, partner, value, currency, evidence):
    (claim,) = claims(text, partner=partner)
    assert (claim.value, claim.currency) == (value, currency)
    assert claim.evidence.startswith(evidence)


def test_closing_up_a_words_vowels_keeps_its_start_and_length_and_a_shadda_alone_stays():
    assert normalize("في عُمان وعمّان") == "في عمان  وعمّان"


def _givers(text):
    from coalition.extraction import extract_text

    found = extract_text(text)
    return found.partner, [(c.partner, c.value) for c in found.claims]


@pytest.mark.parametrize(("text", "found"), [
    ("الصندوق يرحب بمساهمات جديدة لدعم الاستقرار في العراق\n\nوقدّمت حكومة الدنمارك 3 ملايين دولار أمريكي للصندوق. "
     "وقدمت جمهورية بولندا مليون يورو لبرامج الشرطة. فيما جددت اليابان مساهمتها البالغة 500 ألف دولار.",
     [("DK", 3_000_000), ("PL", 1_000_000), ("JP", 500_000)]),
    ("المفوضية تشكر المانحين\n\nتبرعت النمسا بمبلغ 400 ألف يورو للاجئين في لبنان. وأعلنت سويسرا تقديم مليوني فرنك "
     "سويسري. كما قدم الاتحاد الأوروبي 5 ملايين يورو. وبلغ مجموع ما قدمه المانحون 9 ملايين دولار.",
     [("AT", 400_000), ("CH", 2_000_000), ("european-union", 5_000_000)]),
])
def test_an_arabic_page_of_many_givers_gives_each_figure_its_giver(text, found):
    assert _givers(text) == (None, found)


def test_an_arabic_joint_statement_speaks_for_both_partners_and_the_two_countries_respectively():
    text = ("بيان مشترك صادر عن وزارتي الخارجية في البرتغال واليونان\n\n"
            "ستقدم البرتغال مليوني يورو لإزالة الألغام في العراق. أما اليونان فتنشر 20 عسكرياً في العراق.\n"
            "وقد أسهم البلدان منذ عام 2016 بما مجموعه 5 ملايين يورو و3 ملايين يورو على التوالي.")
    partner, found = _givers(text)
    assert (partner, found) == (None, [("PT", 2_000_000), ("GR", 20), ("PT", 5_000_000), ("GR", 3_000_000)])
    claims_ = claims(text)
    assert [(c.period, c.since) for c in claims_[2:]] == [("cumulative", 2016), ("cumulative", 2016)]
    assert claims_[1].places == ["IQ"]


def test_an_arabic_page_of_one_partner_that_names_others_without_a_giving_verb_keeps_its_partner():
    text = ("قدمت النرويج 10 ملايين كرونة للعراق في عام 2024. وأكد الوزير أن العراق وألمانيا والأردن شركاء في 3 "
            "برامج. وأشار إلى أن ألمانيا شريك أساسي منذ 2015.")
    assert _givers(text) == ("NO", [("NO", 10_000_000)])


@pytest.mark.parametrize(("text", "partner", "value"), [
    ("أعارت فنلندا للبرنامج ثلاثة مهندسين للعمل في مشاريع الصندوق بالموصل.", "FI", 3),
    ("ترسل كوريا 20 مهندسا عسكريا إلى العراق لإزالة الألغام.", "KR", 20),
    ("ويخدم في قاعدة التاجي نحو 35 مهندساً إيطالياً.", "IT", 35),
])
def test_engineers_a_partner_sends_are_personnel(text, partner, value):
    assert [c.value for c in claims(text, partner=partner)] == [value]


@pytest.mark.parametrize(("text", "values"), [
    ("ويتولى فريق من ١٨ مهندساً أردنياً متابعة المشاريع التي تمولها النرويج.", []),
    ("ترسل النرويج 12 مدرباً، ويعمل معهم 40 جندياً لبنانياً في القاعدة.", [12]),
])
def test_people_named_for_another_country_in_the_accusative_are_not_the_partners(text, values):
    assert [c.value for c in claims(text, partner="NO")] == values


@pytest.mark.parametrize("text", [
    "جددت هولندا مساهمتها السنوية البالغة 3 ملايين يورو لصندوق الاستقرار في العراق.",
    "وتسهم الدنمارك بمساهمة سنوية قدرها مليون دولار في برامج الأردن الإنسانية.",
    "وتبلغ المنحة السنوية اليابانية 4 ملايين دولار للاجئين في لبنان.",
])
def test_an_annual_contribution_named_by_its_adjective_is_annual(text):
    assert [c.period for c in claims(text, partner="NL")] == ["annual"]


@pytest.mark.parametrize("text", [
    "سترسل أيرلندا خبيرَين مدنيَّين إلى العراق لدعم إصلاح قطاع الأمن.",
    "وتنشر أيرلندا 4 خبراء مدنيين في بعثة الاتحاد الأوروبي الاستشارية في العراق.",
    "وتنشر أيرلندا ستة خبراء في مجال إدارة الأزمات المدنية في العراق.",
])
def test_civilian_experts_are_the_other_line(text):
    assert [c.lines for c in claims(text, partner="IE")] == [["other"]]


@pytest.mark.parametrize("text", [
    "قدمنا 5 ملايين يورو للعراق. وللمقارنة، جمع التحالف ككل أكثر من 3 مليارات دولار لصندوق الاستقرار.",
    "قدمنا 5 ملايين يورو للعراق، في حين قدم التحالف الدولي 2 مليار دولار للصندوق نفسه.",
    "قدمنا 5 ملايين يورو للعراق، وهي جزء مما خصصه التحالف بأكمله، أي نحو 900 مليون دولار.",
])
def test_what_the_coalition_as_a_whole_gave_is_not_the_partners(text):
    assert [c.value for c in claims(text, partner="GR")] == [5_000_000]


@pytest.mark.parametrize("text", [
    "قدمت عُمان مليون ريال. ولم تمول خطة الاستجابة إلا بنسبة 28 بالمائة من أصل خمسة مليارات دولار.",
    "قدمت عُمان مليون ريال، في حين لم يتجاوز التمويل 30% من أصل 2.3 مليار دولار.",
    "قدمت عُمان مليون ريال. وكان مؤتمر بروكسل قد جمع في العام الماضي تعهدات بلغت 5,8 مليار يورو.",
    "قدمت عُمان مليون ريال، ضمن 6 مليارات يورو من مجموع المانحين.",
    "Oman gave OMR 1 million, while the plan was funded at only 30% of the USD 2.3 billion required.",
])
def test_the_whole_of_an_appeal_or_what_all_donors_gave_is_not_the_partners(text):
    assert [c.value for c in claims(text, partner="OM")] == [1_000_000]


@pytest.mark.parametrize(("text", "since"), [
    ("منذ انضمامنا إلى التحالف عام 2014 قدمنا ما يزيد على 38 مليون يورو من المساعدات للعراق.", 2014),
    ("وقدمت المملكة منذ مشاركتها في عمليات التحالف في عام 2015 نحو 40 مليون دولار للعراق.", 2015),
    ("ومنذ دخولها التحالف سنة 2016 أنفقت البلاد 12 مليون يورو على الاستقرار في سوريا.", 2016),
])
def test_since_joining_in_a_year_counts_from_that_year(text, since):
    (claim,) = claims(text, partner="GR")
    assert (claim.period, claim.since) == ("cumulative", since)


def test_a_span_of_years_in_brackets_after_a_givers_clause_gives_its_first_year():
    text = ("الصندوق يرحب بمساهمات جديدة\n\nوقدّمت حكومة فنلندا 6 ملايين يورو (نحو 6.4 مليون دولار) على مدى ثلاث سنوات "
            "(2025-2027) للصندوق. وقدمت جمهورية سلوفاكيا 500 ألف يورو. فيما جددت اليابان مساهمتها البالغة "
            "300 ألف دولار.")
    found = claims(text)
    assert [(c.partner, c.period, c.since) for c in found][0] == ("FI", "cumulative", 2025)


@pytest.mark.parametrize(("text", "partner", "place"), [
    ("الدنمارك تدعم اللاجئين في لبنان\n\nبيروت – أعلنت الحكومة الدنماركية تقديم 4 ملايين يورو لدعم اللاجئين السوريين "
     "والمجتمعات المضيفة لهم في البلاد.", "DK", "LB"),
    ("منحة إيطالية للاجئين في الأردن\n\nعمان – قالت السفارة إن الحكومة الإيطالية ستقدم مليوني يورو للاجئين السوريين "
     "في المخيمات.", "IT", "JO"),
    ("Spain supports refugees in Jordan\n\nThe Spanish government announced EUR 3 million for Syrian refugees and "
     "their host communities in the kingdom.", "ES", "JO"),
])
def test_the_partners_own_government_does_not_keep_a_headline_from_placing_refugees_money(text, partner, place):
    assert [c.places for c in claims(text, partner=partner)] == [[place]]


@pytest.mark.parametrize(("text", "places"), [
    ("قدمت فرنسا 8 ملايين يورو للعراق و9 ملايين يورو لسوريا. وبذلك تبلغ مساهمتها في البلدين منذ عام 2017 نحو 180 "
     "مليون يورو.", ["IQ", "SY"]),
    ("في الأردن\n• 3 ملايين يورو للمياه.\nفي لبنان\n• مليون يورو للتعليم.\n\nوتجاوز ما قدمناه في كلا البلدين منذ "
     "2015 نحو 50 مليون يورو.", ["JO", "LB"]),
    ("France gave EUR 8 million to Iraq and EUR 9 million to Syria. Since 2017 it has spent EUR 180 million in both "
     "countries.", ["IQ", "SY"]),
])
def test_in_both_countries_names_the_two_countries_named_last(text, places):
    assert sorted(claims(text, partner="FR")[-1].places) == places


@pytest.mark.parametrize("text", [
    "بيان صحفي\n\nخصصت الحكومة 10 ملايين يورو للمنطقة.\nويتوزع هذا المبلغ في عام 2024 على النحو الآتي:\nفي العراق\n\n"
    "• 6 ملايين يورو لصندوق الاستقرار؛\n• مليون يورو لإزالة الألغام؛\n\nفي سوريا\n\n"
    "• 3 ملايين يورو للمساعدات الإنسانية.",
    "Press release\n\nThe government allocates EUR 10 million.\nIn 2024 the money is shared as follows:\nIn Iraq\n\n"
    "• EUR 6 million for the stabilisation fund;\n• EUR 1 million for demining;\n\nIn Syria\n\n"
    "• EUR 3 million for humanitarian aid.",
])
def test_a_list_intros_year_reaches_the_items_under_each_countrys_heading(text):
    items = claims(text, partner="FR")[1:]
    assert [(c.value, c.period, c.year, c.places) for c in items] == [
        (6_000_000, "year", 2024, ["IQ"]), (1_000_000, "year", 2024, ["IQ"]), (3_000_000, "year", 2024, ["SY"])]


@pytest.mark.parametrize(("text", "partner", "part"), [
    ("خصصنا لعام 2025 مبلغ 4.5 مليون يورو، منها مليونان لصندوق الاستقرار في العراق.", "GR", 2_000_000),
    ("قدمت الدنمارك 5 ملايين دولار، منها ثلاثة ملايين للاجئين في لبنان.", "DK", 3_000_000),
    ("La France a versé 5 millions d'euros en 2024, dont deux millions pour le Liban.", "FR", 2_000_000),
    ("Norway gave NOK 50 million, of which ten million went to Iraq.", "NO", 10_000_000),
])
def test_a_part_in_words_with_no_currency_is_money_in_its_totals_currency(text, partner, part):
    total, found = claims(text, partner=partner)
    assert (found.value, found.currency) == (part, total.currency)


def test_a_part_in_words_of_a_count_of_people_is_no_money():
    assert claims("استقبلت البلاد 3 ملايين لاجئ، منها مليونان في المخيمات.", partner="JO") == []


@pytest.mark.parametrize(("text", "since"), [
    ("وقدمت السلطنة منذ عام ألفين واثني عشر ما يقارب خمسة وعشرين مليون ريال عماني لسوريا.", 2012),
    ("وقدمت الحكومة منذ العام الفين واربعة عشر اكثر من ثلاثة مليارات دولار للعراق.", 2014),
    ("ومنذ سنة ألفين وعشرين قدمت المملكة 5 ملايين دولار للأردن.", 2020),
    ("ومنذ عام ألفين وواحد وعشرين قدمت المملكة 5 ملايين دولار للأردن.", 2021),
])
def test_a_year_written_in_words_is_read_as_the_first_year(text, since):
    (claim,) = claims(text, partner="OM")
    assert (claim.period, claim.since) == ("cumulative", since)


@pytest.mark.parametrize(("text", "since"), [
    ("قدمت الدنمارك منحة بقيمة 6٫5 مليون يورو للأردن، منها 3٫5 مليون يورو للعام 2025 و3 ملايين يورو لعام 2026.", 2025),
    ("Denmark gives EUR 10 million to Iraq, of which EUR 6 million in 2024 and EUR 4 million in 2025.", 2024),
    ("Le Danemark verse 9 millions d'euros à l'Irak, dont 5 millions d'euros en 2023 et 4 millions d'euros en 2024.",
     2023),
])
def test_a_total_whose_parts_are_its_sum_year_by_year_is_cumulative_from_the_first(text, since):
    total, *parts = claims(text, partner="DK")
    assert (total.period, total.since) == ("cumulative", since)
    assert [p.period for p in parts] == ["year", "year"]


def test_a_total_with_one_dated_part_keeps_no_period():
    text = "Denmark gives EUR 10 million to Iraq, of which EUR 6 million in 2024 for demining."
    total, _ = claims(text, partner="DK")
    assert total.period is None


@pytest.mark.parametrize(("text", "partner"), [
    ("ألمانيا تزيد دعمها لإعادة الاستقرار في العراق\n\nوزارة الخارجية الاتحادية – بيان صحفي\nبرلين، 4 آذار/مارس 2024\n"
     "أعلنت الوزيرة اليوم تخصيص مبلغ إضافي قدره 15 مليون يورو لصندوق تمويل الاستقرار.", "DE"),
    ("Norway steps up stabilisation support in Iraq\n\nMinistry of Foreign Affairs – Press release\n"
     "Oslo, 4 March 2024\nThe minister today announced an additional NOK 50 million for the stabilisation fund.", "NO"),
])
def test_a_back_reference_past_the_dateline_and_letterhead_reaches_the_title(text, partner):
    (claim,) = claims(text, partner=partner)
    assert claim.places == ["IQ"]
