"""The classes of error blind round 29 found on Arabic pages (`gold/ar-ac-*`: a prime minister's statement after a visit
to the troops and Baghdad, signed only by its Copenhagen dateline; a defence ministry's bulletin by theatre with past
rotations; an ambassador's op-ed in an Iraqi paper; WFP thanking one donor with its own needs and beneficiaries; a
parliamentary committee's report with a yearly cost table; the coalition newsletter's "partner in the spotlight"; and a
TV channel's web story naming three givers, with a video caption and "read also" links), one test per class, each
written before its fix."""

import pytest

from coalition.extraction import extract_text
from coalition.extraction.script import normalize
from coalition.extraction.segment import _is_own_title

from .helpers import claims, only_claim

THREE_GIVERS = (
    "أعلنت ألمانيا، اليوم الخميس، تقديم 60 مليون يورو لعام 2027 لدعم مرفق التمويل من أجل الاستقرار في العراق.\n\n"
    "{second}\n\n"
    "وبلغ مجموع التعهدات المعلنة في الاجتماع نحو 210 ملايين دولار."
)


@pytest.mark.parametrize("second", [
    "وفي الاجتماع نفسه تعهدت هولندا بـ 15 مليون يورو للمرفق نفسه في 2027. وفي ختام الاجتماع أعلنت المملكة المتحدة 10 "
    "ملايين جنيه إسترليني للمساعدات الإنسانية في العراق.",
    "وخلال المؤتمر قدمت هولندا 15 مليون يورو للعراق. وبعد ذلك خصصت المملكة المتحدة 10 ملايين جنيه إسترليني للنازحين في "
    "العراق.",
    "وفي اليوم التالي أعلنت هولندا 15 مليون يورو للعراق. وعلى هامش الاجتماع تعهدت المملكة المتحدة بـ 10 ملايين جنيه "
    "إسترليني للعراق.",
])
def test_arabic_givers_after_an_opening_phrase_without_a_comma_make_a_page_of_many(second):
    found = extract_text(THREE_GIVERS.format(second=second))
    assert found.partner is None
    assert [(c.partner, c.value) for c in found.claims] == [("DE", 60_000_000), ("NL", 15_000_000),
                                                           ("GB", 10_000_000)]


@pytest.mark.parametrize("text", [
    "وتعهدت هولندا بـ 15 مليون يورو للعراق. وأعلنت اليابان 20 مليون دولار للعراق. وقدمت كندا 5 ملايين دولار للأردن. وأضافت الوزيرة أن ما قدمته برلين "
    "للعراق منذ 2014 تجاوز ثلاثة مليارات يورو.",
    "وتعهدت هولندا بـ 15 مليون يورو للعراق. وأعلنت اليابان 20 مليون دولار للعراق. وقدمت كندا 5 ملايين دولار للأردن. كما خصصت برلين 40 مليون يورو لسوريا.",
])
def test_a_capital_after_an_arabic_verb_of_giving_is_its_government(text):
    assert claims(text)[-1].partner == "DE"


@pytest.mark.parametrize("text", [
    "تعهدت هولندا بـ 15 مليون يورو للعراق. وأعلنت اليابان 20 مليون دولار للعراق. وقدمت كندا 5 ملايين دولار للأردن. وقالت وزيرة الدولة الألمانية للتنمية "
    "في كلمتها: «سنقدم 60 مليون يورو للموصل».",
    "تعهدت هولندا بـ 15 مليون يورو للعراق. وأعلنت اليابان 20 مليون دولار للعراق. وقدمت كندا 5 ملايين دولار للأردن.\n(فيديو 02:35) الوزيرة الألمانية: "
    "«60 مليون يورو ليست نهاية التزامنا»",
    "تعهدت هولندا بـ 15 مليون يورو للعراق. وأعلنت اليابان 20 مليون دولار للعراق. وقدمت كندا 5 ملايين دولار للأردن. وقال السفير الألماني: \"بلادي خصصت 60 "
    "مليون يورو\".",
])
def test_an_official_quoted_after_a_colon_speaks_for_the_state_of_his_nationality(text):
    assert claims(text)[-1].partner == "DE"


@pytest.mark.parametrize("links", [
    "اقرأ أيضاً:\n- كوريا الجنوبية تقدم 8 ملايين دولار لبرنامج الأغذية في سوريا\n- البيشمركة تتسلم معدات جديدة",
    "اقرأ أيضا: هولندا تخصص 8 ملايين دولار للنازحين في العراق",
    "مواضيع ذات صلة\n• الدنمارك تقدم 8 ملايين دولار لسوريا",
    "Read more:\n- Denmark gives $8 million to Syria",
    "À lire aussi : le Danemark verse 8 millions de dollars à la Syrie",
])
def test_the_headlines_of_a_pages_links_to_other_stories_are_no_claims(links):
    text = "قدمت الدنمارك 12 مليون دولار لمرفق الاستقرار في العراق عام 2026.\n\n" + links + "\n\nجميع الحقوق محفوظة"
    assert [c.value for c in claims(text, partner="DK")] == [12_000_000]


def test_a_sentence_that_speaks_of_related_matters_is_still_read():
    text = "Related to this, Denmark gave $8 million to Syria in 2026."
    assert [c.value for c in claims(text, partner="DK")] == [8_000_000]


@pytest.mark.parametrize(("text", "period"), [
    ("قدمت كوريا 5 ملايين دولار لسوريا خلال عام 2027. ويُخصص منها مليون دولار للتغذية المدرسية في الرقة.",
     ("year", 2027, None)),
    ("قدمت كوريا 5 ملايين دولار لسوريا خلال عام 2027. ويُخصَّص منها مليون دولار للتغذية المدرسية في الرقة.",
     ("year", 2027, None)),
    ("قدمت ألمانيا منذ 2016 نحو 400 مليون يورو للعراق. ويذهب منها 120 مليون يورو إلى مرفق الاستقرار.",
     ("cumulative", None, 2016)),
    ("أعلنت ألمانيا 60 مليون يورو لعام 2027 للعراق. وقالت الوزيرة في كلمتها: «منها 20 مليون يورو للموصل».",
     ("year", 2027, None)),
    ("خصصت الدنمارك ٣٠ مليون دولار للعراق في عام ٢٠٢٥. منها ١٠ ملايين دولار لإزالة الألغام.", ("year", 2025, None)),
])
def test_an_arabic_part_named_by_its_pronoun_in_a_sentence_of_its_own_takes_its_totals_period(text, period):
    part = claims(text, partner="DE")[-1]
    assert (part.period, part.year, part.since) == period


@pytest.mark.parametrize("box", [
    "89 عضواً في التحالف | 1.6 مليار دولار حشدها التحالف لمرفق الاستقرار منذ 2015 | 4.9 مليون عراقي عادوا إلى ديارهم",
    "وبلغ مجموع ما سبق 1.6 مليار دولار حشدها أعضاء التحالف لمرفق الاستقرار.",
    "89 members | $1.6 billion raised by the Coalition for stabilization since 2015",
    "89 membres | 1,6 milliard de dollars mobilisés par la Coalition pour la stabilisation",
])
def test_what_the_coalition_raised_named_after_the_sum_is_no_partners(box):
    text = "وتساهم النمسا بمليوني يورو سنوياً في مرفق التمويل من أجل الاستقرار في العراق.\n\n" + box
    assert [c.value for c in claims(text, partner="AT")] == [2_000_000]


def test_what_a_partner_raised_for_the_coalition_is_still_its_own():
    text = "وقدمت النمسا 5 ملايين يورو حشدتها من ميزانيتها لدعم التحالف في العراق."
    assert [c.value for c in claims(text, partner="AT")] == [5_000_000]


@pytest.mark.parametrize(("caption", "currency", "scale"), [
    ("جدول (٣): كلفة مشاركة القوات المسلحة الأردنية في عمليات التحالف فوق العراق وسوريا (بالمليون دينار)", "JOD",
     1_000_000),
    ("الجدول 2: الإنفاق على المشاركة في عمليات التحالف الدولي في العراق بين 2023 و2025 (بملايين الدنانير)", "JOD",
     1_000_000),
    ("جدول: كلفة مشاركة القوات المسلحة في عمليات التحالف الدولي فوق العراق وسوريا حسب السنة (بآلاف الدنانير)", "JOD",
     1_000),
])
def test_an_arabic_captions_unit_in_brackets_reads_the_tables_sums_and_not_its_counts(caption, currency, scale):
    text = (f"{caption}\nالسنة\tعدد الطلعات الجوية\tالكلفة\n2023\t410\t16.2\n2024\t365\t14.8\n"
            "المجموع\t775\t31\n\nولاحظت اللجنة أن الكلفة انخفضت.")
    found = claims(text, partner="JO")
    assert [(c.value, c.currency) for c in found] == [(16.2 * scale, currency), (14.8 * scale, currency),
                                                      (31 * scale, currency)]


@pytest.mark.parametrize("text", [
    "وتبلغ كلفة المشاركة 12 مليون دينار سنوياً، وبلغ متوسط كلفة الساعة الواحدة لطائرة F-16 نحو ٨ آلاف دينار.",
    "وتبلغ كلفة المشاركة 12 مليون دينار سنوياً، فيما يبلغ سعر الطلعة الجوية الواحدة 30 ألف دينار.",
    "The deployment costs JOD 12 million a year; the cost per flight hour of an F-16 is about JOD 8,000.",
    "Le déploiement coûte 12 millions de dinars par an ; le coût d'une heure de vol d'un F-16 est de 8 000 dinars.",
])
def test_the_cost_of_one_hour_or_sortie_is_a_price_not_a_contribution(text):
    assert [c.value for c in claims(text, partner="JO")] == [12_000_000]


@pytest.mark.parametrize(("text", "value"), [
    ("يخدم هناك اليوم نحو 130 من رجالنا ونسائنا في العراق.", 130),
    ("ويشارك 45 من نسائنا ورجالنا في مهمة التدريب في العراق.", 45),
    ("ويعمل في المستشفى الميداني فريق طبي من 14 شخصاً في العراق.", 14),
    ("وأرسلت الوزارة وحدة هندسية من 30 شخصاً إلى العراق.", 30),
])
def test_our_men_and_women_and_persons_in_a_team_are_the_partners_people(text, value):
    claim = only_claim(text, partner="DK")
    assert (claim.kind, claim.value) == ("personnel", value)


@pytest.mark.parametrize("text", [
    "وتوفر المساهمة المساعدات الغذائية لنحو 180 ألف شخص في شمال شرق سوريا.",
    "واستفاد من المشروع 12 ألف شخص في الموصل.",
    "ويعاني 3 ملايين شخص من انعدام الأمن الغذائي.",
])
def test_persons_helped_are_no_head_count(text):
    assert claims(text, partner="DK") == []


@pytest.mark.parametrize(("text", "partner"), [
    ("مكتب رئيس الوزراء | الأخبار\nكوبنهاغن، 24 تشرين الثاني/نوفمبر 2026\n\nعدت الليلة من العراق حيث التقيت جنودنا. "
     "وفي بغداد التقيت رئيس مجلس الوزراء العراقي، وأبلغته أن حكومتي ستقدم 12 مليون دولار للعراق. وأشكر شركاءنا "
     "العراقيين.", "DK"),
    ("مكتب رئيس الوزراء\nأوسلو، 3 آذار/مارس 2027\n\nقابلت اليوم وزير الدفاع العراقي، وأكدت أن بلادنا ستبقى في العراق "
     "بنحو 60 جندياً.", "NO"),
    ("Prime Minister's Office\nCopenhagen, 24 November 2026\n\nIn Baghdad I met the Iraqi Prime Minister and told him "
     "that our government will give $12 million to Iraq. We thank our Iraqi partners.", "DK"),
])
def test_a_first_person_statement_signed_by_its_capitals_dateline_names_its_partner(text, partner):
    assert extract_text(text).partner == partner


def test_a_third_person_text_with_a_capital_and_the_hosts_still_needs_a_clear_lead():
    text = ("كوبنهاغن، 24 تشرين الثاني/نوفمبر 2026\n\nقالت الحكومة العراقية إن المانحين قدموا 12 مليون دولار للعراق، "
            "ورحب رئيس مجلس الوزراء العراقي بذلك.")
    assert extract_text(text).partner != "DK"


@pytest.mark.parametrize("mark", ["\u064e", "\u064b", "\u0650"])
def test_a_pages_own_title_with_vowel_marks_is_still_its_title(mark):
    """A vowel mark reads as a space in the scanned copy, in the line and in the title alike."""
    title = f"برنامج الأغذية العالمي يرحب{mark} بمساهمة جديدة من جمهورية كوريا لدعم الأسر في سوريا"
    assert _is_own_title(normalize(title), normalize(title))
    assert _is_own_title(normalize(title) + " اليوم", normalize(title))


@pytest.mark.parametrize("text", [
    "بلغت تكلفة المشاركة في العراق عام ٢٠٢٥ نحو ٨٥ مليون يورو.",
    "وبلغت كلفة المشاركة في عمليات التحالف 40 مليون يورو عام 2024.",
    "وبلغت تكاليف المشاركة في سوريا 20 مليون يورو عام 2024.",
])
def test_the_cost_of_taking_part_in_a_theatre_or_the_coalition_is_military(text):
    assert only_claim(text, partner="ES").lines == ["military"]


def test_the_cost_of_taking_part_in_a_programme_is_no_military_line():
    text = "وبلغت كلفة المشاركة في برنامج التغذية المدرسية في سوريا 2 مليون يورو."
    assert "military" not in only_claim(text, partner="ES").lines


@pytest.mark.parametrize("text", [
    "وشارك نحو ١٬٢٠٠ عسكري في بعثة التدريب في مالي بين ٢٠١٣ و٢٠٢٤، قبل انتهاء تفويضها.",
    "وخدم نحو 1,200 عسكري في مالي بين عامي 2013 و2024.",
    "وتناوب على البعثة في مالي نحو 1,200 عسكري بين 2013 و2024.",
])
def test_people_who_took_part_over_a_span_of_years_are_a_sum_since_its_first(text):
    claim = only_claim(text, partner="ES")
    assert (claim.period, claim.since) == ("cumulative", 2013)


def test_people_deployed_now_over_a_span_of_years_are_no_sum():
    assert only_claim("وينتشر 300 عسكري في مالي بين 2023 و2025.", partner="ES").period != "cumulative"


# Left open by round 29, fixed since.
@pytest.mark.parametrize("text", [
    "وفي العام الماضي وحده، ٢٠٢٥، خصصت النرويج ٢٠ مليون دولار للعراق.",
    "وفي العام الماضي، 2025، خصصت النرويج 20 مليون دولار للعراق.",
    "Last year alone, 2025, Norway set aside USD 20 million for Iraq.",
    "Last year, in 2025, Norway set aside USD 20 million for Iraq.",
    "L'an dernier à lui seul, en 2025, la Norvège a consacré 20 millions d'euros à l'Irak.",
])
def test_a_year_set_off_by_commas_after_last_year_is_the_figures_year(text):
    assert (only_claim(text, partner="NO").period, only_claim(text, partner="NO").year) == ("year", 2025)


@pytest.mark.parametrize("text", [
    "Last year Norway set aside USD 20 million for Iraq.",
    "وفي العام الماضي وحده خصصت النرويج 20 مليون دولار للعراق.",
])
def test_last_year_with_no_year_named_stays_a_year_unknown(text):
    assert only_claim(text, partner="NO").year is None


@pytest.mark.parametrize("text", [
    "وتنشر النرويج قوات في العراق منذ 2016.\n\nويخدم هناك حالياً نحو 60 جندياً نرويجياً.",
    "وتنشر النرويج قوات في العراق منذ 2016.\n\nويبلغ عدد الجنود المنتشرين هناك حالياً نحو 60 جندياً.",
    "Norway has had troops in Iraq since 2016.\n\nAbout 60 Norwegian soldiers serve there today.",
    "Norway has had troops in Iraq since 2016.\n\nThe number of soldiers stationed there is now about 60.",
])
def test_there_after_a_verb_of_serving_points_back_to_the_place_before(text):
    assert only_claim(text, partner="NO").places == ["IQ"]


@pytest.mark.parametrize("text", [
    "Norway has had troops in Iraq since 2016.\n\nThere are about 60 Norwegian soldiers in Jordan today.",
    "وتنشر النرويج قوات في العراق منذ 2016.\n\nوهناك نحو 60 جندياً نرويجياً في الأردن.",
])
def test_the_there_of_there_are_points_nowhere(text):
    assert only_claim(text, partner="NO").places != ["IQ"]


@pytest.mark.parametrize("text", [
    "ينتشر 130 جندياً دنماركياً في قاعدة عينِ الأسد.",
    "ينتشر 130 جندياً دنماركياً في قاعدة عين الأسد.",
    "خصصت الدنمارك 5 ملايين دولار لإقليمِ كردستان.",
])
def test_a_vowel_mark_inside_a_place_of_many_words_keeps_the_place(text):
    assert only_claim(text, partner="DK").places == ["IQ"]
