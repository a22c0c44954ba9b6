"""The classes of error blind round 21 found on Arabic pages (`gold/ar-v-*`), one test per class, each written
before its fix."""

import pytest

from .helpers import claims


@pytest.mark.parametrize(("text", "value", "place"), [
    ("ونشرت الدنمارك 150 جندياً في العراق، وسيرتفع عددهم إلى 200 في الربيع.", 200, "IQ"),
    ("ويعمل في الأردن 40 مدرباً دنماركياً، على أن ينخفض العدد إلى 25 بنهاية العام.", 25, "JO"),
    ("ويخدم في سوريا 30 عسكرياً دنماركياً. وسيرتفع عددهم إلى 45 عسكرياً في الصيف.", 45, "SY"),
    ("تشارك الدنمارك في بعثة الناتو في العراق بـ80 مستشاراً، وأن العدد سيرتفع إلى نحو 120 مطلع العام المقبل.", 120,
     "IQ"),
])
def test_an_arabic_head_count_named_again_by_its_number_keeps_its_noun_and_place(text, value, place):
    found = claims(text, partner="DK")
    assert [(c.kind, c.places) for c in found if c.value == value] == [("personnel", [place])]


def test_the_number_of_something_else_is_no_reference():
    found = claims("ويعمل 40 مدرباً دنماركياً في العراق، وارتفع العدد الإجمالي للاجئين إلى 300 ألف.", partner="DK")
    assert [c.value for c in found] == [40]


@pytest.mark.parametrize("text", [
    "وأضافت الهيئة أن خبيرتَين آيسلنديتَين تعملان في مكتب الأمم المتحدة في الأردن.",
    "وتعمل في مكتب الأمم المتحدة في بغداد مستشارتان آيسلنديتان في مجال الحماية.",
    "وأرسلت آيسلندا طبيبتين إلى مستشفى ميداني في الأردن.",
    "وتشارك آيسلندا بضابطتين في مقر البعثة في العراق.",
])
def test_a_feminine_arabic_dual_is_a_head_count_of_two(text):
    (claim,) = claims(text, partner="IS")
    assert (claim.kind, claim.value) == ("personnel", 2)


@pytest.mark.parametrize("text", [
    "وقدمت آيسلندا ٥ ملايين دولار لمنظمات إنسانية في عمّان.",
    "ويعمل ثلاثة خبراء آيسلنديين في مكتب الأمم المتحدة في عمّان.",
])
def test_amman_with_its_shadda_is_jordan(text):
    (claim,) = claims(text, partner="IS")
    assert claim.places == ["JO"]


@pytest.mark.parametrize(("text", "line"), [
    ("وأضافت الهيئة أن خبيرتَين آيسلنديتَين تعملان في عمّان ضمن برنامج إعارة الخبراء المدنيين.", "other"),
    ("وترسل آيسلندا خبيرين مدنيين إلى مكتب الأمم المتحدة في العراق.", "other"),
    ("وترسل آيسلندا ٤ مستشارين مدنيين إلى مكتب الأمم المتحدة في العراق.", "other"),
    ("ويعمل ٣ خبراء آيسلنديين في مكتب الأمم المتحدة لحماية المدنيين في العراق.", "military"),
])
def test_arabic_civilian_experts_are_the_other_line(text, line):
    (claim,) = claims(text, partner="IS")
    assert claim.lines == [line]


@pytest.mark.parametrize("text", [
    "نُشر في 14/11/2019 الساعة 15:20\nمدربون لاتفيون يشرفون على تمرين قرب أربيل.",
    "آخر تحديث ١٠:٣٠\nجنود لاتفيون في أربيل خلال تمرين.",
    "Published at 09:45\nTrainers from Latvia at a range near Erbil.",
])
def test_the_minutes_of_a_time_of_day_are_no_head_count(text):
    assert claims(text, partner="LV") == []


@pytest.mark.parametrize("text", [
    "قال الوزير إن حجم التبادل التجاري بين البلدين تجاوز 24 مليار دولار العام الماضي، وإن الهدف بلوغ 30 ملياراً خلال "
    "عامين.",
    "وبلغ حجم التجارة بين تركيا والعراق نحو 20 مليار دولار في عام 2022.",
    "Bilateral trade between Turkey and Iraq reached $20 billion last year.",
    "Trade between the two countries stood at $24 billion in 2022, the minister said.",
    "Les échanges commerciaux entre les deux pays ont atteint 20 milliards de dollars.",
])
def test_the_trade_between_two_countries_is_no_contribution(text):
    assert claims(text, partner="TR") == []


def test_a_contribution_beside_the_trade_figure_stays():
    found = claims("وأعلنت تركيا تقديم 30 مليون دولار للعراق، في حين تجاوز التبادل التجاري بينهما 20 مليار دولار.",
                   partner="TR")
    assert [c.value for c in found] == [30_000_000]


@pytest.mark.parametrize("text", [
    "يُذكر أن الولايات المتحدة قدّمت للجيش اللبناني أكثر من ٣ مليارات دولار منذ عام ٢٠٠٦.",
    "وأشار إلى أن الاتحاد الأوروبي خصص لتركيا ستة مليارات يورو لدعم اللاجئين على أراضيها.",
    "وقال السفير إن اليابان تبرعت بـ٢٠ مليون دولار للعراق العام الماضي.",
    "وأضاف أن ألمانيا أرسلت ١٠٠ مدرب إلى أربيل.",
])
def test_another_giver_right_after_an_arabic_that_is_the_subject(text):
    assert claims(text, partner="CY") == []


def test_the_partner_s_figure_after_another_giver_s_stays():
    found = claims("وقال إن ألمانيا تبرعت بـ٥٠ مليون يورو للعراق، فيما قدمت قبرص ٢ مليون يورو.", partner="CY")
    assert [c.value for c in found] == [2_000_000]


@pytest.mark.parametrize("text", [
    "وأكد السفير أن قبرص قدّمت ٥ ملايين يورو للبنان.",
    "وأوضح أن لبنان تسلّم من قبرص معدات بقيمة مليون يورو.",
])
def test_the_partner_or_the_receiver_after_an_arabic_that_stays(text):
    assert len(claims(text, partner="CY")) == 1


@pytest.mark.parametrize("text", [
    "وتخطط تالين لنشر ما بين 80 و100 عسكري في العراق عام 2020.",
    "Estonia plans to deploy between 80 and 100 soldiers in Iraq in 2020.",
    "L'Estonie déploiera entre 80 et 100 militaires en Irak en 2020.",
])
def test_the_low_end_of_a_range_of_people_takes_the_year_of_its_high_end(text):
    found = claims(text, partner="EE")
    assert [(c.value, c.qualifier, c.period, c.year) for c in found] == [
        (80, "at_least", "year", 2020), (100, "at_most", "year", 2020)]


@pytest.mark.parametrize("text", [
    "ففي خريف عام ٢٠١٤ أرسلنا ذخائر إلى إقليم كوردستان، ومنذ ذلك العام قدّمنا للعراق مساعدات إنسانية تجاوزت مليوناً "
    "ومئتي ألف يورو.",
    "في عام ٢٠١٤ انضمت ألبانيا إلى التحالف، ومنذ ذلك الحين قدمت للعراق ٣ ملايين يورو.",
    "In 2014 Albania joined the coalition, and since then it has given Iraq EUR 3 million.",
    "En 2014, l'Albanie a rejoint la coalition ; depuis lors, elle a versé 3 millions d'euros à l'Irak.",
])
def test_since_then_counts_from_the_year_named_before_it(text):
    (claim,) = claims(text, partner="AL")
    assert (claim.period, claim.since) == ("cumulative", 2014)


@pytest.mark.parametrize("text", [
    "وعملت الوحدة الإستونية ضمن كتيبة أمريكية قوامها ٨٠٠ جندي في العراق.",
    "وتعمل الوحدة ضمن قوة فرنسية تضم ٣٠٠ عسكري في مالي.",
    "The Estonian unit served within an American battalion of 800 soldiers in Iraq.",
    "L'unité estonienne servait au sein d'un bataillon américain de 800 soldats en Irak.",
])
def test_the_strength_of_another_nation_s_unit_is_not_the_partner_s(text):
    assert claims(text, partner="EE") == []


@pytest.mark.parametrize("text", [
    "وأرسلت إستونيا سرية إستونية قوامها ٥٠ جندياً إلى العراق.",
    "Estonia sent an Estonian company of 50 soldiers to Iraq.",
])
def test_the_strength_of_the_partner_s_own_unit_stays(text):
    (claim,) = claims(text, partner="EE")
    assert claim.value == 50


@pytest.mark.parametrize(("text", "lines"), [
    ("ذهبت 6 ملايين يورو إلى صندوق تمويل الاستقرار الذي يديره البرنامج الإنمائي في العراق.", ["stabilization"]),
    ("وقدمت لوكسمبورغ مليوني يورو للعراق عبر البرنامج الإنمائي لإزالة الألغام.", ["stabilization"]),
    ("وقدمت لوكسمبورغ مليوني يورو للعراق عبر البرنامج الإنمائي.", ["development"]),
])
def test_the_undp_named_short_yields_to_the_line_its_sentence_names(text, lines):
    (claim,) = claims(text, partner="LU")
    assert claim.lines == lines


@pytest.mark.parametrize("text", [
    "وخصصت لاتفيا 350 ألف يورو لشراء معدات طبية لقوات البيشمركة في إقليم كوردستان العراق.",
    "وقدمت لاتفيا 500 ألف يورو لدعم البيشمركة في أربيل.",
])
def test_money_for_the_peshmerga_is_military(text):
    (claim,) = claims(text, partner="LV")
    assert claim.lines == ["military"]


@pytest.mark.parametrize("text", [
    "منحة آيسلندية للأردن لدعم اللاجئين\n\nوقررت الحكومة رفع مساهمتها السنوية الأساسية في المفوضية السامية للأمم "
    "المتحدة لشؤون اللاجئين إلى ٤٥ مليون كرونة.",
    "Icelandic grant for Jordan\n\nIceland also doubled its core funding to UNHCR to ISK 60 million a year.",
    "Subvention islandaise pour la Jordanie\n\nL'Islande verse aussi une contribution annuelle de base de 40 millions "
    "de couronnes au HCR.",
])
def test_a_core_contribution_to_a_global_agency_takes_no_place_from_the_headline(text):
    (claim,) = claims(text, partner="IS")
    assert claim.places == []


def test_a_grant_under_the_headline_still_takes_its_place():
    (claim,) = claims("منحة آيسلندية للأردن لدعم اللاجئين\n\nوقدمت آيسلندا ٩٠ مليون كرونة لبرنامج الأغذية العالمي.",
                      partner="IS")
    assert claim.places == ["JO"]


def test_amman_in_a_dateline_names_no_partner():
    from coalition.extraction import extract_text

    text = "صحيفة الرأي\nعمّان - الاثنين 3 آذار 2021\n\nإسبانيا تمدد مهمة مدربيها في العراق\n\nقررت الحكومة تمديد مهمة 300 عسكري."
    assert extract_text(text).doc.partner == "ES"


@pytest.mark.parametrize(("text", "values"), [
    ("وقررت آيسلندا رفع مساهمتها السنوية في المفوضية من ٣٠ مليوناً إلى ٤٥ مليون كرونة.", [30_000_000, 45_000_000]),
    ("وزادت آيسلندا تبرعاتها للمفوضية من ٢ مليون إلى ٣ ملايين دولار.", [2_000_000, 3_000_000]),
    ("وبلغت مساهمات آيسلندا ١٫٥ مليون في عام ٢٠٢٠، مقابل ٢ مليون دولار في ٢٠٢١.", [1_500_000, 2_000_000]),
])
def test_a_bare_arabic_sum_beside_a_possessed_contribution_is_money(text, values):
    assert [c.value for c in claims(text, partner="IS")] == values


def test_a_bare_arabic_count_of_refugees_stays_no_money():
    assert claims("وتدعم المنحة ١٫٣ مليون لاجئ سوري في الأردن.", partner="IS") == []


@pytest.mark.parametrize("text", [
    "وموّل الصندوق إعادة تأهيل مدارس في الموصل.\n\nكما قدّمت لوكسمبورغ 3.2 مليون يورو مساعدات إنسانية في عام 2017، خلال "
    "معركة استعادة المدينة.",
    "The fund rebuilt schools in Mosul. Luxembourg also gave EUR 3.2 million in humanitarian aid in 2017 to people in "
    "the city.",
    "Le fonds a réhabilité des écoles à Mossoul. Le Luxembourg a aussi versé 3,2 millions d'euros d'aide humanitaire aux "
    "habitants restés dans la ville.",
])
def test_the_city_named_again_is_the_city_named_before(text):
    (claim,) = claims(text, partner="LU")
    assert claim.places == ["IQ"]


@pytest.mark.parametrize("text", [
    "هل قدّمت لوكسمبورغ 100 مليون يورو لإعادة إعمار الموصل؟\nالحكم: مضلِّل\n\nالادعاء\nقال نائب إن «لوكسمبورغ دفعت "
    "100 مليون يورو للموصل».\n\nالتحقق\nقدّمت لوكسمبورغ للعراق منذ عام 2014 نحو 19.5 مليون يورو.",
    "Did Luxembourg give EUR 100 million to rebuild Mosul?\nVerdict: Misleading\n\nThe claim\nAn MP said Luxembourg "
    "had paid EUR 100 million for Mosul.\n\nThe facts\nLuxembourg has given Iraq about EUR 19.5 million since 2014.",
    "Le Luxembourg a-t-il versé 100 millions d'euros à Mossoul ?\nVerdict : trompeur\n\nL'affirmation\nUn député a "
    "affirmé que le Luxembourg avait versé 100 millions d'euros.\n\nLes faits\nLe Luxembourg a versé à l'Irak environ "
    "19,5 millions d'euros depuis 2014.",
])
def test_a_fact_check_s_tested_claim_is_no_contribution(text):
    assert [c.value for c in claims(text, partner="LU")] == [19_500_000]


def test_a_question_outside_a_fact_check_keeps_its_figure():
    text = "س: هل سترسلون 200 جندي إلى العراق؟\nج: نعم، في الربيع المقبل."
    assert [c.value for c in claims(text, partner="LU")] == [200]


@pytest.mark.parametrize("text", [
    "ولم تموّل أي دولة منفردة مبلغاً بحجم 100 مليون يورو في الموصل.",
    "No single donor gave as much as EUR 100 million to Mosul.",
    "Aucun pays n'a versé à lui seul 100 millions d'euros à Mossoul.",
])
def test_a_sum_no_one_gave_is_no_contribution(text):
    assert claims(text, partner="LU") == []


@pytest.mark.parametrize("text", [
    "وخدم في العراق ٥٥ جندياً إستونياً هذا العام، وقال القائد إن ١٧ منهم يخدمون في العراق للمرة الثانية.",
    "Estonia has 55 soldiers in Iraq; 12 of them are on their second tour.",
    "L'Estonie compte 55 militaires en Irak, dont 15 d'entre eux y servent pour la deuxième fois.",
])
def test_the_people_of_a_count_on_a_repeat_tour_are_no_part_of_it(text):
    assert [c.value for c in claims(text, partner="EE")] == [55]


def test_a_part_of_the_count_by_place_stays():
    found = claims("وتنشر إستونيا ٥٥ جندياً في العراق، ١٠ منهم في بغداد.", partner="EE")
    assert [c.value for c in found] == [55, 10]


@pytest.mark.parametrize("text", [
    "ويسمح القرار بنشر ما يصل إلى 40 عسكرياً لاتفياً في العراق، بينهم أطباء ومختصون في إبطال المتفجرات.",
    "The decision allows up to 40 Latvian soldiers in Iraq, including doctors and explosive ordnance disposal experts.",
])
def test_who_is_among_soldiers_says_nothing_of_their_line(text):
    (claim,) = claims(text, partner="LV")
    assert claim.lines == ["military"]


def test_soldiers_sent_to_clear_explosives_keep_that_line():
    (claim,) = claims("Latvia sent 20 soldiers to Iraq to clear explosive remnants of war.", partner="LV")
    assert "stabilization" in claim.lines
