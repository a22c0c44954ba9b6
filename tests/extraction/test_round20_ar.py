"""The classes of error blind round 20 found on Arabic pages (`gold/ar-u-*`), one test per class, each written
before its fix."""

import pytest

from .helpers import claims


@pytest.mark.parametrize(("text", "place"), [
    ("وقال السفير إن بلاده قدّمت للأردن منذ عام ٢٠١٢ مساعدات تزيد على ٣ مليارات دولار.", "JO"),
    ("وأكد الوزير أن حكومته خصصت للعراق ٢٠ مليون دولار لإعادة الاستقرار.", "IQ"),
    ("وقدمت لسوريا ٥ ملايين دولار عبر وكالات الأمم المتحدة.", "SY"),
    ("وأرسلت بالعراق ٥٠ جندياً لتدريب القوات المحلية.", "IQ"),
])
def test_a_destination_written_with_its_preposition_after_a_verb_of_giving_is_no_giver(text, place):
    (claim,) = claims(text, partner="JP")
    assert claim.places == [place]


def test_a_country_whose_name_begins_with_lam_still_gives():
    assert claims("وقدمت لبنان ٥ ملايين دولار للاجئين.", partner="JP") == []


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("قدمت الإمارات لسوريا ما يزيد على ثلاثة مليارات وسبعمئة مليون درهم (أكثر من مليار دولار أمريكي).",
     3_700_000_000, "AED"),
    ("قدمت الإمارات لسوريا ٣٫٧ مليار درهم (ما يزيد على مليار دولار).", 3_700_000_000, "AED"),
    ("The UAE gave Syria AED 3.7 billion (more than USD 1 billion).", 3_700_000_000, "AED"),
    ("Les Émirats ont versé 3,7 milliards de dirhams (plus d'un milliard de dollars) à la Syrie.",
     3_700_000_000, "AED"),
])
def test_a_bound_inside_a_restatement_bracket_keeps_it_one_claim(text, value, currency):
    (claim,) = claims(text, partner="AE")
    assert (claim.value, claim.currency) == (value, currency)


def test_a_bound_on_a_sum_of_its_own_after_a_comma_stays_a_claim():
    found = claims("قدمت الإمارات ٣٫٧ مليار درهم للعراق، وأكثر من مليار دولار لسوريا.", partner="AE")
    assert [(c.currency, c.qualifier) for c in found] == [("AED", "exact"), ("USD", "at_least")]


@pytest.mark.parametrize(("text", "value"), [
    ("ورد خطأً في خبر سابق أن قيمة القرض ٥٠ مليون دينار، والصحيح ٥ ملايين دينار للأردن.", 5_000_000),
    ("نُشر سهواً أن الكويت خصصت ١٢ مليون دولار للعراق، والصواب ٢١ مليون دولار.", 21_000_000),
    ("تضمّن الخبر خطأً في قيمة المنحة؛ إذ ورد فيه أن الكويت قدّمت ٣٠ مليون دولار للأردن، والصحيح أنها قدّمت ثلاثة "
     "ملايين دولار.", 3_000_000),
    ("تضمن الخبر خطا في قيمة المنحة؛ اذ ورد فيه ان الكويت قدمت ٣٠ مليون دولار للاردن، والصحيح انها قدمت ٣ ملايين "
     "دولار.", 3_000_000),
])
def test_an_arabic_correction_drops_the_wrong_figure(text, value):
    (claim,) = claims(text, partner="KW")
    assert claim.value == value


@pytest.mark.parametrize("text", [
    "تصويب: تضمّن الخبر الذي بثته الوكالة أمس خطأً في قيمة المنحة؛ إذ ورد فيه أن الكويت قدّمت ٣٠ مليون دولار، "
    "والصحيح أنها قدّمت ثلاثة ملايين دولار. وفيما يلي الخبر مصوَّباً: سلّم مندوب الكويت اليوم شيكاً بمبلغ ٣ ملايين "
    "دولار لدعم اللاجئين في الأردن لعام ٢٠٢٠.",
    "Correction: an earlier version of this release incorrectly said Kuwait gave $30 million; the correct figure is "
    "$3 million. The corrected release follows. Kuwait today handed UNHCR $3 million for refugees in Jordan in 2020.",
])
def test_the_right_figure_of_a_notice_is_the_corrected_story_s(text):
    (claim,) = claims(text, partner="KW")
    assert (claim.value, claim.places, claim.year) == (3_000_000, ["JO"], 2020)


@pytest.mark.parametrize(("text", "value"), [
    ("وقالت الوزيرة إن الدفعة الجديدة تضم مئة وعشرين مدرباً.", 120),
    ("وأوضح البيان أن المجموعة الأسترالية تضم ٤٠ مدرباً في العراق.", 40),
    ("والقوة الجديدة تضم ٣٠٠ جندي في العراق.", 300),
    ("وكانت المناوبة السابقة تضم ٢٥٠ عسكرياً.", 250),
])
def test_a_rotation_or_group_that_comprises_its_people_is_no_host(text, value):
    (claim,) = claims(text, partner="AU")
    assert (claim.kind, claim.value) == ("personnel", value)


@pytest.mark.parametrize("text", [
    "الأردن يستضيف ٣٠٠ جندي أسترالي.",
    "والعراق يضم ٣٠٠ جندي أسترالي.",
])
def test_a_country_that_takes_people_in_still_hosts(text):
    assert claims(text, partner="AU") == []


@pytest.mark.parametrize(("text", "place"), [
    ("تتسلم الدفعة التاسعة من المدربين مهامها في العراق هذا الأسبوع. وتضم الدفعة الجديدة ١٢٠ مدرباً.", "IQ"),
    ("وقّعنا اليوم اتفاقاً لإعادة تأهيل مدارس في العراق. وبهذا الاتفاق يصل مجموع ما قدّمناه للصندوق إلى ٢٢ مليون "
     "يورو.", "IQ"),
    ("وستتولى إيطاليا قيادة بعثة الناتو في العراق. وسترتفع مساهمتها في البعثة إلى ٦٥٠ عسكرياً.", "IQ"),
    ("وقّعت الحكومة هذه الاتفاقية مع الأردن أمس. وتبلغ قيمة هذه الاتفاقية ٥ ملايين يورو.", "JO"),
])
def test_an_arabic_rotation_agreement_or_mission_named_again_takes_the_place_before(text, place):
    (claim,) = claims(text, partner="IT")
    assert claim.places == [place]


@pytest.mark.parametrize("text", [
    "وسترتفع مساهمة إيطاليا إلى ٦٥٠ عسكرياً، فيما سيبلغ عديد البعثة كلها نحو ٤ آلاف فرد.",
    "وسترتفع مساهمة إيطاليا إلى ٦٥٠ عسكرياً، ويصل قوام المهمة الإجمالي إلى ٤ آلاف عنصر.",
    "Italy will raise its share to 650 troops, while the whole mission will number about 4,000 personnel.",
    "L'Italie portera sa participation à 650 militaires, l'ensemble de la mission comptant environ 4 000 personnels.",
    "وسترتفع مساهمة إيطاليا إلى ٦٥٠ عسكرياً، ويبلغ إجمالي عديد البعثة نحو ٤ آلاف عنصر.",
    "وسترتفع مساهمة إيطاليا إلى ٦٥٠ عسكرياً، فيما يبلغ العدد الإجمالي لأفراد البعثة ٤ آلاف عنصر.",
])
def test_the_whole_mission_s_strength_is_no_partner_s(text):
    assert [c.value for c in claims(text, partner="IT")] == [650]


def test_the_partner_s_count_after_the_whole_mission_s_stays():
    text = "While the whole mission will number about 4,000, Italy's share rises to 650 troops."
    assert [c.value for c in claims(text, partner="IT")] == [650]


@pytest.mark.parametrize("text", [
    "ويعمل ٦٠ عسكرياً أسترالياً في العراق. أما نيوزيلندا فتنشر نحو ٩٥ عسكرياً في القاعدة ذاتها.",
    "ويعمل ٦٠ عسكرياً أسترالياً في العراق، وأما نيوزيلندا فقد أرسلت ٩٥ عسكرياً.",
    "ويعمل ٦٠ عسكرياً أسترالياً في العراق، أما كندا فتبقي على ٩٥ جندياً هناك.",
])
def test_another_country_set_apart_by_amma_gives_its_own(text):
    assert [c.value for c in claims(text, partner="AU")] == [60]


def test_another_country_s_money_set_apart_by_amma_is_no_claim():
    found = claims("قدمت أستراليا ١٠ ملايين دولار للعراق، وأما اليابان فقد قدمت ٢٠ مليون دولار.", partner="AU")
    assert [c.value for c in found] == [10_000_000]


@pytest.mark.parametrize(("text", "places"), [
    ("ويعمل قرابة ستين عسكرياً أسترالياً في مقر قيادة التحالف بالعراق، فيما يواصل نحو ٧٠ آخرون مهام الإسناد في "
     "قاعدة آل مينهاد في الإمارات.", ["IQ", "AE"]),
    ("Australia has 120 trainers in Iraq and 70 others in Kuwait.", ["IQ", "KW"]),
    ("L'Australie compte 120 formateurs en Irak et 70 autres au Koweït.", ["IQ", "KW"]),
])
def test_others_after_a_head_count_are_more_of_the_partner_s_people(text, places):
    found = claims(text, partner="AU")
    assert [(c.kind, c.places) for c in found] == [("personnel", [p]) for p in places]
    assert found[1].value == 70


@pytest.mark.parametrize("text", [
    "Australia has 120 trainers in Iraq; 30 others were trained in Jordan.",
    "ونشرت أستراليا ١٢٠ مدرباً في العراق، ودربت ٣٠٠ آخرين في الأردن.",
    "يخدم ٦٠ جندياً نيوزيلندياً في العراق و٧٠ آخرون في الكويت.",
])
def test_others_trained_or_of_another_country_are_not_the_partner_s(text):
    assert [c.value for c in claims(text, partner="AU")] in ([120], [])


@pytest.mark.parametrize(("text", "giver"), [
    ("وتعهدت المملكة العربية السعودية بمبلغ ١٠٠ مليون دولار للعراق. كما ستوفد المملكة فريقاً من ٢٥ مهندساً إلى "
     "العراق.", "SA"),
    ("وتعهدت دولة قطر بمبلغ ١٠٠ مليون دولار للعراق. وستقدم الدولة أيضاً ٥ ملايين دولار للأردن.", "QA"),
    ("وتعهدت النرويج بمبلغ ١٠٠ مليون دولار للعراق. وتعتزم الحكومة إرسال ٢٥ مدرباً إلى العراق.", "NO"),
])
def test_the_kingdom_or_the_state_after_its_verb_is_the_giver_before(text, giver):
    found = claims(f"أعلنت اليابان تقديم ١٠ ملايين دولار للعراق. {text} وقدمت فرنسا ٢٠ مليون يورو.")
    assert [c.partner for c in found] == ["JP", giver, giver, "FR"]


def test_another_country_s_government_is_no_giver_before():
    found = claims("أعلنت اليابان تقديم ١٠ ملايين دولار للعراق. وتعهدت دولة قطر بمبلغ ١٠٠ مليون دولار للعراق. "
                   "وقدمت الحكومة العراقية ٥ ملايين دولار. وقدمت فرنسا ٢٠ مليون يورو.")
    assert [c.partner for c in found] == ["JP", "QA", "FR"]


@pytest.mark.parametrize("text", [
    "ومنذ ٢٠١٤ تجاوزت مساعداتنا الإنسانية والتنموية للعراق ١٧٠ مليون يورو.",
    "وفاقت مساهمات إيطاليا في صندوق الاستقرار في العراق منذ عام ٢٠١٥ مبلغ ٢٢ مليون يورو.",
    "وتخطت المساعدات الإيطالية للعراق ١٧٠ مليون يورو.",
    "وتجاوزت قروضها الميسرة للأردن ٥٠٠ مليون دولار.",
])
def test_a_verb_of_exceeding_before_the_aid_it_says_bounds_the_figure(text):
    (claim,) = claims(text, partner="IT")
    assert claim.qualifier == "at_least"


def test_a_verb_of_exceeding_in_another_clause_bounds_nothing():
    (claim,) = claims("تجاوزت مساعداتنا كل التوقعات، إذ قدمنا ١٠ ملايين يورو للعراق.", partner="IT")
    assert claim.qualifier == "exact"


@pytest.mark.parametrize(("text", "place"), [
    ("قدّمت اليابان للأردن منذ عام ٢٠١٢ مساعدات تزيد على ٣ مليارات دولار، منها ما يقارب ٦٠٠ مليون دولار لدعم "
     "استضافة اللاجئين السوريين.", "JO"),
    ("Japan has given Lebanon USD 500 million since 2012, of which USD 200 million for Syrian refugees.", "LB"),
    ("Le Japon a versé 500 millions de dollars au Liban depuis 2012, dont 200 millions pour les réfugiés syriens.",
     "LB"),
])
def test_a_part_for_refugees_is_where_its_total_goes(text, place):
    total, part = claims(text, partner="JP")
    assert total.places == part.places == [place]


def test_a_sum_of_its_own_for_refugees_keeps_their_country():
    found = claims("Japan gave USD 50 million to Lebanon and USD 20 million for Syrian refugees.", partner="JP")
    assert found[1].places == ["SY"]


@pytest.mark.parametrize("text", [
    "تسلّمت الوزارة معدات بقيمة ٤٫٢ مليون دولار ضمن منحة تنموية يابانية للأردن تهدف إلى تحسين التزويد المائي في "
    "محافظتي المفرق وإربد اللتين تستضيفان أعداداً كبيرة من اللاجئين السوريين.",
    "وقدمت اليابان قرضاً ميسراً بقيمة ١٠٠ مليون دولار للأردن لمشاريع البنية التحتية في المدن التي تستضيف اللاجئين.",
    "Japan gave USD 4 million in development aid to Jordan for Mafraq, which hosts large numbers of Syrian refugees.",
])
def test_a_place_that_hosts_refugees_says_nothing_of_the_line(text):
    (claim,) = claims(text, partner="JP")
    assert claim.lines == ["development"]


@pytest.mark.parametrize("text", [
    "ينتشر ٦٠ عسكرياً أسترالياً في العراق. أما بريطانيا فلديها ٤٠٠ جندي هناك.",
    "ينتشر ٦٠ عسكرياً أسترالياً في العراق. أما كندا فستنشر ٢٠٠ جندي.",
    "ينتشر ٦٠ عسكرياً أسترالياً في العراق، في حين تنشر نيوزيلندا ٩٥ عسكرياً.",
    "ينتشر ٦٠ عسكرياً أسترالياً في العراق، بينما سترسل كندا ٢٠٠ جندي إلى الكويت.",
])
def test_another_country_after_its_verb_now_or_to_come_gives_its_own(text):
    assert [c.value for c in claims(text, partner="AU")] == [60]


def test_the_partner_s_own_present_verb_keeps_its_figures():
    found = claims("وستنشر أستراليا ٦٠ عسكرياً في العراق، كما ترسل ٢٠ مدرباً إلى لبنان، وتقدم للأردن ٥ ملايين دولار.",
                   partner="AU")
    assert [c.value for c in found] == [60, 20, 5_000_000]


@pytest.mark.parametrize(("text", "place"), [
    ("أطلقت أستراليا برنامجاً لدعم النازحين في العراق. ويبلغ تمويل هذا البرنامج ٨ ملايين دولار.", "IQ"),
    ("تموّل أستراليا مشروعاً لإزالة الألغام في سوريا. وتبلغ كلفة هذا المشروع ٣ ملايين دولار.", "SY"),
    ("أطلقت أستراليا مبادرة لتمكين النساء في الأردن. وتبلغ قيمة هذه المبادرة ٢ مليون دولار.", "JO"),
])
def test_an_arabic_programme_project_or_initiative_named_again_takes_the_place_before(text, place):
    (claim,) = claims(text, partner="AU")
    assert claim.places == [place]


@pytest.mark.parametrize(("text", "value"), [
    ("Britain gave a quarter of a million pounds to Jordan.", 250_000),
    ("Britain gave three-quarters of a million pounds to Jordan.", 750_000),
    ("قدمت بريطانيا ثلاثة أرباع مليون جنيه إسترليني للأردن.", 750_000),
    ("قدمت بريطانيا نصف المليون جنيه إسترليني للأردن.", 500_000),
    ("قدمت بريطانيا ثلاثة أرباع المليون جنيه إسترليني للأردن.", 750_000),
    ("قدمت بريطانيا ربع المليار جنيه إسترليني للعراق.", 250_000_000),
])
def test_a_fraction_of_a_scale_is_that_share_of_it(text, value):
    (claim,) = claims(text, partner="GB")
    assert claim.value == value


@pytest.mark.parametrize("text", [
    "قدمت الكويت ٢٫٥ مليار دولار (أي ما يزيد على ٧٥٠ مليون دينار) للعراق.",
    "قدمت الكويت ٢٫٥ مليار دولار (أي نحو ٧٥٠ مليون دينار) للعراق.",
])
def test_a_restatement_bracket_may_open_with_ay(text):
    (claim,) = claims(text, partner="KW")
    assert (claim.value, claim.currency) == (2_500_000_000, "USD")


@pytest.mark.parametrize("text", [
    "مقابلة مع السفير\nس: وكم قدمت بلادكم للعراق منذ ٢٠١٤؟\nج: ما يقارب ٩٠ مليون يورو، أغلبها مساعدات إنسانية.",
    "مقابلة مع السفير\n\nالسؤال: ما حجم ما قدمته البرتغال للعراق منذ عام ٢٠١٤؟\n\nالجواب: نحو ٩٠ مليون يورو.",
    "Interview with the ambassador\nQ: How much has Portugal given Iraq since 2014?\nA: About EUR 90 million.",
    "Entretien avec l'ambassadeur\nQuestion : Combien le Portugal a-t-il versé à l'Irak depuis 2014 ?\n"
    "Réponse : Environ 90 millions d'euros.",
])
def test_an_answer_takes_the_places_and_period_of_its_question(text):
    (claim,) = claims(text, partner="PT")
    assert (claim.places, claim.period, claim.since) == (["IQ"], "cumulative", 2014)


def test_an_answer_that_names_its_own_keeps_them():
    (claim,) = claims("مقابلة\nس: وكم قدمت بلادكم للعراق منذ ٢٠١٤؟\nج: قدمنا ٩٠ مليون يورو للأردن في عام ٢٠٢٠.",
                      partner="PT")
    assert (claim.places, claim.period, claim.year) == (["JO"], "year", 2020)


@pytest.mark.parametrize(("text", "qualifier"), [
    ("تنشر إيطاليا قرابة الـ٣٠٠ جندي في العراق.", "approximate"),
    ("قدمت إيطاليا نحو الـ٥٠ مليون يورو للعراق.", "approximate"),
    ("قدمت إيطاليا أكثر من الـ50 مليون يورو للعراق.", "at_least"),
    ("تنشر إيطاليا ما يصل إلى الـ٣٠٠ جندي في العراق.", "at_most"),
])
def test_a_hedge_before_the_article_stretched_by_a_tatweel_holds(text, qualifier):
    (claim,) = claims(text, partner="IT")
    assert claim.qualifier == qualifier


@pytest.mark.parametrize(("text", "value"), [
    ("تنشر إيطاليا ألفاً وخمسمئة جندي في العراق.", 1500),
    ("تنشر إيطاليا ألفاً ومئتي جندي في العراق.", 1200),
    ("قدمت إيطاليا مليارا و٢٠٠ مليون دولار للعراق.", 1_200_000_000),
    ("قدمت إيطاليا ملياراً و200 مليون دولار للعراق.", 1_200_000_000),
])
def test_an_accusative_scale_before_and_is_one_not_a_dual(text, value):
    (claim,) = claims(text, partner="IT")
    assert claim.value == value


@pytest.mark.parametrize(("text", "value"), [
    ("تنشر إيطاليا ألفين ومئتي جندي في العراق.", 2200),
    ("تنشر إيطاليا ألفا جندي في العراق.", 2000),
])
def test_a_dual_stays_two(text, value):
    (claim,) = claims(text, partner="IT")
    assert claim.value == value


@pytest.mark.parametrize("text", [
    "تسلم الجيش اللبناني هبة يابانية تقدر قيمتها بـ٥ ملايين دولار.",
    "تسلمت الوزارة معدات يابانية تقدر قيمتها بنحو ٥ ملايين دولار.",
    "تسلمت الوزارة معدات يابانية قيمتها التقديرية ٥ ملايين دولار.",
])
def test_the_estimated_value_of_a_gift_in_kind_is_an_approximate_claim(text):
    (claim,) = claims(text, partner="JP")
    assert (claim.value, claim.qualifier) == (5_000_000, "approximate")


def test_an_estimate_of_needs_stays_no_claim():
    assert claims("وتقدر الأمم المتحدة احتياجات لبنان بنحو ٣ مليارات دولار.", partner="JP") == []


@pytest.mark.parametrize("text", [
    "قدمت اليابان للأردن على مدار خمس سنوات ٩٠ مليون دولار.",
    "قدمت اليابان للأردن على مدار عامين ٩٠ مليون دولار.",
    "ستقدم اليابان للأردن على مدار السنوات الثلاث المقبلة ٩٠ مليون دولار.",
])
def test_ala_madar_is_a_span_of_years(text):
    (claim,) = claims(text, partner="JP")
    assert (claim.period, claim.since) == ("cumulative", None)


@pytest.mark.parametrize(("text", "values"), [
    ("وقرر البرلمان الألماني رفع سقف المهمة في العراق من ٥٠٠ إلى ٧٠٠ عسكري.", [500, 700]),
    ("ويبلغ سقف المهمة الألمانية ٧٠٠ عسكري.", [700]),
    ("وحدد البرلمان الحد الأقصى للمهمة بـ٧٠٠ عسكري.", [700]),
])
def test_an_arabic_ceiling_is_at_most(text, values):
    found = claims(text, partner="DE")
    assert [(c.value, c.qualifier) for c in found] == [(v, "at_most") for v in values]


def test_a_count_below_the_ceiling_stays_exact():
    (claim,) = claims("ويخدم حالياً ٤٠٠ جندي ألماني في العراق، أي دون سقف المهمة.", partner="DE")
    assert claim.qualifier == "exact"


@pytest.mark.parametrize(("text", "values"), [
    ("ويرتفع الحد الأقصى لعدد الجنود الألمان في العراق من ٥٠٠ إلى ٧٠٠.", [500, 700]),
    ("وصوت البرلمان على زيادة لعدد الجنود الألمان في العراق إلى ٧٠٠.", [700]),
])
def test_the_number_of_the_partner_s_people_with_lam_glued_is_a_head_count(text, values):
    assert [c.value for c in claims(text, partner="DE")] == values


def test_the_number_of_refugees_with_lam_glued_is_none():
    assert claims("ولا يتجاوز الحد الأقصى لعدد اللاجئين ٥٠٠.", partner="DE") == []
