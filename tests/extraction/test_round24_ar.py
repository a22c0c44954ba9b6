"""The classes of error blind round 24 found on Arabic pages (`gold/ar-y-*`: a paper's news round-up, a ministry's
numbered FAQ, a written answer with a table by year, an embassy's thread of posts, an evaluation's planned and actual
spending, an ambassador's op-ed and a correction notice), one test per class, each written before its fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims, only_claim


@pytest.mark.parametrize("text", [
    "تصويب\nبيروت – الجمعة 7 آذار 2025\n"
    "أوضحت سفارة سويسرا أن الحكومة السويسرية خصصت 12 مليون فرنك سويسري للبنان في إطار المساعدات الإنسانية.",
    "بيان صحفي\nعمّان، 3 أيار 2024\n"
    "أعلنت السفارة أن الحكومة السويسرية قدمت 5 ملايين فرنك سويسري للاجئين في الأردن.",
    "توضيح\nبغداد - الأحد 12 تشرين الثاني 2023\n"
    "قالت سفارة سويسرا إن الحكومة السويسرية خصصت 4 ملايين فرنك سويسري لإزالة الألغام في العراق.",
])
def test_a_city_and_date_line_under_the_heading_names_where_the_paper_is_not_the_giver(text):
    assert extract_text(text).partner == "CH"


@pytest.mark.parametrize("text", [
    "تصويب\nورد في الخبر المنشور في الصفحة الثالثة من عدد أمس أن الحكومة الهولندية خصصت 20 مليون يورو للعراق، "
    "والصحيح أنها خصصت 12 مليون يورو.",
    "تصويب\nذكرنا في عدد أمس، في خبر عن زيارة الوزيرة إلى بغداد، أن هولندا قدمت 20 مليون يورو للعراق. "
    "والصحيح 12 مليون يورو.",
    "اعتذار وتصويب\nجاء في التقرير المنشور يوم الأحد بعنوان «دعم هولندي» أن الحكومة الهولندية أرسلت 20 مليون يورو "
    "للعراق؛ والصحيح أن المبلغ 12 مليون يورو.",
])
def test_the_figure_a_papers_correction_says_it_printed_wrongly_is_no_claim(text):
    assert [c.value for c in claims(text, partner="NL")] == [12_000_000]


def test_a_paper_correction_reaches_a_second_wrong_figure_of_the_same_printed_sentence():
    text = ("تصويب\nورد في الخبر المنشور في عدد أمس أن هولندا خصصت للعراق 20 مليون يورو، وأن نحو ستين خبيراً هولندياً "
            "يعملون في بغداد. والصحيح أن المبلغ 12 مليون يورو، وأن عدد الخبراء ستة خبراء.")
    assert sorted(c.value for c in claims(text, partner="NL")) == [6, 12_000_000]


def test_a_report_that_is_no_correction_keeps_its_figures():
    text = "ورد في التقرير المنشور أمس أن هولندا خصصت 20 مليون يورو للعراق."
    assert only_claim(text, partner="NL").value == 20_000_000


@pytest.mark.parametrize("text", [
    "صحيفة الرأي\nموجز الأخبار\n■ ارتفاع أسعار الذهب\nارتفعت أسعار الذهب في السوق المحلية أمس للمرة الثالثة هذا الأسبوع "
    "وسط إقبال ضعيف على الشراء من المواطنين.\n■ منحة نرويجية للمدارس\nوقعت الوزارة اتفاقية منحة بقيمة 50 مليون كرونة.",
    "أخبار في سطور\n■ الطقس\nيكون الطقس اليوم معتدلاً في معظم المناطق مع رياح نشطة أحياناً على المرتفعات الجبلية "
    "العالية وفي البادية.\n■ بدء العام الدراسي\nيبدأ العام الدراسي الأحد المقبل في جميع المدارس الحكومية والخاصة في المملكة "
    "ويتوقع أن يلتحق به عدد كبير من الطلبة.\n■ مساعدات نرويجية للاجئين\nخصصت النرويج 40 مليون كرونة للاجئين.",
    "متفرقات\n• افتتاح معرض الكتاب\nافتتح وزير الثقافة معرض الكتاب بمشاركة دور نشر عديدة من مختلف البلدان العربية "
    "والأجنبية وسط حضور كبير.\n• دعم نرويجي\nقدمت النرويج 20 مليون كرونة لبرامج المياه في الأردن.",
])
def test_a_round_ups_items_about_no_giver_are_passed_over_to_the_item_that_names_one(text):
    assert extract_text(text).partner == "NO"


@pytest.mark.parametrize("other", [
    "وسلّمت اليابان سلطة المياه معدات بقيمة 3.5 مليون دولار.",
    "وسلمت الوكالة اليابانية للتعاون الدولي (جايكا) البلدية 14 مضخة بقيمة 3.5 مليون دولار.",
    "وقدمت الحكومة اليابانية لسلطة المياه معدات بقيمة 3.5 مليون دولار.",
    "وقدّمت سفارة اليابان للمدارس أجهزة حاسوب بقيمة 3.5 مليون دولار.",
    "وخصصت الحكومة الألمانية بدورها 3.5 مليون دولار للمدارس نفسها.",
])
def test_another_donor_handing_over_or_giving_through_its_government_agency_or_embassy_is_not_the_partner(other):
    assert [c.value for c in claims("قدمت النرويج 150 مليون كرونة للأردن. " + other, partner="NO")] == [150_000_000]


@pytest.mark.parametrize("text", [
    "قدمت اليابان 5 ملايين دولار، وقدمت النرويج 150 مليون كرونة للأردن.",
    "خصصت الحكومة الألمانية 5 ملايين يورو، فيما قدمت النرويج 150 مليون كرونة للأردن.",
    "Japan gave USD 5 million and Norway gave NOK 150 million to Jordan.",
])
def test_the_partners_own_figure_after_another_donors_in_one_sentence_stays(text):
    assert [c.value for c in claims(text, partner="NO")] == [150_000_000]


@pytest.mark.parametrize("text", [
    "خصصت السويد 80 مليون كرونة سويدية لإزالة الألغام في العراق، وطهّرت الفرق ما يزيد على 4 ملايين متر مربع من الأراضي.",
    "خصصت السويد 80 مليون كرونة سويدية لإزالة الألغام في العراق، وتم تطهير 2.5 مليون مترا مربعا.",
    "خصصت السويد 80 مليون كرونة سويدية لمشاريع المياه في العراق، التي توفر 3 ملايين لتر يومياً.",
    "خصصت السويد 80 مليون كرونة سويدية للزراعة في العراق، وأعيد استصلاح 1.2 مليون دونم.",
])
def test_a_scaled_number_before_a_unit_of_area_length_or_volume_is_no_money(text):
    assert [c.value for c in claims(text, partner="SE")] == [80_000_000]


@pytest.mark.parametrize("text", [
    "ارتفعت الصادرات الوطنية في الأشهر السبعة الأولى بنسبة 4.2% لتصل إلى 4.8 مليار دينار. وقدمت النرويج 150 مليون كرونة.",
    "وأظهرت الأرقام أن الصادرات الوطنية بلغت 3.1 مليار دينار. وقدمت النرويج 150 مليون كرونة.",
    "بلغت قيمة الواردات من السلع الغذائية 900 مليون دينار. وقدمت النرويج 150 مليون كرونة.",
])
def test_a_hosts_exports_or_imports_are_no_money_given(text):
    assert [c.value for c in claims(text, partner="NO")] == [150_000_000]


@pytest.mark.parametrize(("text", "year"), [
    ("من حزمة 2024 هذه، يذهب 18 مليون دولار كندي إلى برنامج الأغذية العالمي في سوريا.", 2024),
    ("خصصت حكومة البحرين لحملة شتاء 2023 مبلغ 2.5 مليون دينار بحريني للاجئين في الأردن.", 2023),
    ("وبلغت تعهدات عام 2025 نحو 40 مليون دولار للعراق.", 2025),
    ("وتشمل حملة 2022 مساعدات بقيمة 3 ملايين دولار للنازحين في العراق.", 2022),
])
def test_a_package_campaign_or_pledges_named_with_its_year_gives_the_year(text, year):
    found = only_claim(text)
    assert (found.period, found.year) == ("year", year)


@pytest.mark.parametrize("text", [
    "قدمت البحرين 12 مليون دينار بحريني للنازحين في العراق على مدى سنوات الحرب.",
    "وطوال سنوات الأزمة قدمت البحرين 12 مليون دينار بحريني للنازحين في العراق.",
    "قدمت البحرين على مدار سنوات الحملة 12 مليون دينار بحريني للعراق.",
])
def test_money_over_the_years_of_a_war_or_campaign_is_cumulative(text):
    assert only_claim(text).period == "cumulative"


@pytest.mark.parametrize("text", [
    "وتجاوزت مساهمتنا في صندوق تمويل الاستقرار 100 مليون دولار كندي منذ عام 2015.",
    "وفاق دعمها للاجئين في الأردن 100 مليون دولار كندي منذ عام 2015.",
    "وتخطى تمويلنا لبرامج الاستقرار في العراق 100 مليون دولار كندي منذ عام 2015.",
    "تجاوزت المساهمة الكندية في الصندوق 100 مليون دولار كندي منذ عام 2015.",
])
def test_a_verb_of_exceeding_before_a_possessed_contribution_support_or_funding_is_at_least(text):
    assert only_claim(text, partner="CA").qualifier == "at_least"


@pytest.mark.parametrize(("unit", "currency"), [
    ("بملايين الكرونات السويدية", "SEK"),
    ("بآلاف الدولارات الكندية", "CAD"),
    ("بملايين الكرونات النرويجية", "NOK"),
])
def test_a_units_plural_currency_is_the_one_its_adjective_names(unit, currency):
    text = f"المساعدات في العراق حسب السنة ({unit}):\n• 2022: 40\n• 2023: 55\n"
    assert {c.currency for c in claims(text)} == {currency}


@pytest.mark.parametrize("text", [
    "الإنفاق المخطط مقابل الفعلي في العراق (بملايين الكرونات السويدية)\n\n"
    "• صندوق تمويل الاستقرار: المخطط 200 – الفعلي 195\n• إزالة الألغام: المخطط 80 – الفعلي 76\n",
    "الميزانية والإنفاق في العراق (بملايين الكرونات السويدية)\n"
    "• صندوق تمويل الاستقرار: المرصود 200، المنفق 195\n• إزالة الألغام: المرصود 80، المنفق 76\n",
    "Planned and actual spending in Iraq (SEK million):\n"
    "• Funding Facility for Stabilization: planned 200 – actual 195\n• Demining: planned 80 – actual 76\n",
])
def test_planned_and_actual_sums_of_a_list_item_are_read_in_the_unit_of_its_heading(text):
    found = claims(text, partner="SE")
    assert [(c.value, c.currency) for c in found] == [(200_000_000, "SEK"), (195_000_000, "SEK"),
                                                      (80_000_000, "SEK"), (76_000_000, "SEK")]
    assert all(c.places == ["IQ"] for c in found)


@pytest.mark.parametrize("text", [
    "المساعدات المغربية حسب السنة (بملايين الدراهم)\nالسنة | المبلغ | البلد\n2021 | 30 | لبنان\n"
    "المجموع 2020-2022 | 73,5 |\n",
    "Aid by year\nYear | Amount (MAD million) | Country\n2021 | 30 | Lebanon\nTotal 2020-2022 | 73.5 |\n",
])
def test_a_table_row_that_ends_with_an_empty_cell_keeps_its_sum(text):
    assert [c.value for c in claims(text, partner="MA")] == [30_000_000, 73_500_000]


@pytest.mark.parametrize("other", [
    "والاتحاد الأوروبي، الذي تنتمي إليه إسبانيا، تعهّد بدوره بأكثر من 380 مليون يورو للعراق.",
    "والاتحاد الأوروبي، الذي تعد إسبانيا من أعضائه، خصص 380 مليون يورو للعراق.",
    "والبنك الدولي قدّم للعراق قرضاً بقيمة 380 مليون يورو.",
])
def test_an_organisation_before_its_verb_with_an_aside_or_a_glued_and_is_not_the_partner(other):
    assert [c.value for c in claims("قدمت إسبانيا 60 مليون يورو للعراق. " + other, partner="ES")] == [60_000_000]


def test_the_partners_verb_after_an_organisation_it_works_with_stays_its_own():
    text = "قدمت إسبانيا 60 مليون يورو للعراق. وبالتعاون مع الاتحاد الأوروبي قدمت إسبانيا 5 ملايين يورو أخرى."
    assert [c.value for c in claims(text, partner="ES")] == [60_000_000, 5_000_000]


@pytest.mark.parametrize("text", [
    "تصويب\nورد في الخبر المنشور في عدد أمس أن الحكومة السويسرية خصصت للبنان 20 مليون فرنك سويسري. "
    "والصحيح، بحسب التوضيح الذي تلقته الصحيفة من السفارة، أن المبلغ 12 مليون فرنك سويسري.",
    "تصويب\nذكرنا في عدد أمس أن سويسرا خصصت 20 مليون فرنك سويسري للاجئين في لبنان. والصواب 12 مليون فرنك سويسري.",
    "Correction: An earlier version of this article said that Switzerland gave CHF 20 million to Lebanon. "
    "The correct figure is CHF 12 million.",
])
def test_the_right_figure_of_a_correction_goes_where_the_wrong_one_went(text):
    found = only_claim(text, partner="CH")
    assert (found.value, found.places) == (12_000_000, ["LB"])


@pytest.mark.parametrize("text", [
    "بلغ الإنفاق الفعلي للسويد في العراق 271 مليون كرونة سويدية من أصل 280 مليوناً مخططة للفترة 2019–2022.",
    "أنفقت السويد في العراق 271 مليون كرونة سويدية من أصل 280 مليون كرونة سويدية رصدت بين عامي 2019 و2022.",
    "Sweden spent SEK 271 million in Iraq out of the SEK 280 million planned for 2019-2022.",
])
def test_a_sum_spent_out_of_a_sum_planned_takes_the_planned_ones_period(text):
    found = claims(text, partner="SE")
    assert [(c.value, c.period, c.since) for c in found] == [(271_000_000, "cumulative", 2019),
                                                             (280_000_000, "cumulative", 2019)]


@pytest.mark.parametrize("text", [
    "وأوضحت السفارة أن المبلغ المخصص لعام 2025 هو 12 مليون فرنك سويسري، وأن عدد الخبراء السويسريين في بيروت ستة خبراء.",
    "وقالت الوزارة إن سويسرا خصصت في عام 2024 مبلغ 12 مليون فرنك سويسري، وإن ستة خبراء سويسريين يعملون في لبنان.",
    "The embassy said that the sum for 2025 is CHF 12 million, and that six Swiss experts work in Beirut.",
])
def test_a_head_count_in_a_second_that_clause_does_not_take_the_year_of_the_sums_clause(text):
    found = {c.kind: c for c in claims(text, partner="CH")}
    assert found["funding"].period == "year" and found["personnel"].period is None


@pytest.mark.parametrize("text", [
    "المساعدات حسب السنة (بملايين الدراهم)\nالسنة | المبلغ | البلد\n2022 | 18,5 (2) | العراق\n\n"
    "(2) منها 6 ملايين درهم حُوّلت عبر برنامج الأغذية العالمي لفائدة الأسر النازحة في العراق.",
    "Aid by year\nYear | Amount (MAD million) | Country\n2022 | 18.5 (2) | Iraq\n\n"
    "(2) of which MAD 6 million went through the World Food Programme to displaced families in Iraq.",
])
def test_a_footnotes_part_takes_the_year_of_the_row_that_bears_its_call(text):
    part = claims(text, partner="MA")[-1]
    assert (part.value, part.period, part.year) == (6_000_000, "year", 2022)
