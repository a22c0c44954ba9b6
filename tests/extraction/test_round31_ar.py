"""The classes of error blind round 31 found on Arabic pages (`gold/ar-ae-*`: a ministry's summary of a phone call
between two ministers; a ministry's page of dated short news items; a defence staff's release on an air group, its
partner signalled only by its capital and its air force's own name; an NGO's statement on a government grant, with its
own staff and budget; a state budget summary with a table of external contributions in thousands; an embassy
e-newsletter's item on an equipment handover; and a research observatory's brief on several partners), one test per
class, each written before its fix."""

import pytest

from .helpers import claims, only_claim


@pytest.mark.parametrize(("text", "value"), [
    ("قدمت ماليزيا في عام 2026 مبلغ 5 ملايين رينغت ماليزي مساعدات إنسانية للنازحين في العراق.", 5_000_000),
    ("وخصصت ماليزيا 2 مليون رينغت لتوزيع المواد الغذائية في الموصل بالعراق.", 2_000_000),
    ("تبرعت ماليزيا بمبلغ 3 ملايين رنجت للاجئين السوريين في الأردن.", 3_000_000),
    ("قدمت ماليزيا ٤ ملايين رينغيت ماليزي لسوريا.", 4_000_000),
])
def test_the_ringgit_in_the_spellings_of_the_arabic_press_is_malaysian(text, value):
    claim = only_claim(text, partner="MY")
    assert (claim.value, claim.currency) == (value, "MYR")


@pytest.mark.parametrize("text", [
    "وتدرب بدعمها نحو 1,200 عنصر من الجهاز هذا العام وحده.",
    "ويتدرب في المركز سنوياً 300 جندي عراقي.",
    "دربت البعثة منذ إنشائها أكثر من ٧٠٠٠ جندي صومالي.",
    "درّب الفريق منذ تأسيسه نحو 2500 شرطي.",
    "درب الفريق منذ تاسيسه نحو 2500 شرطى.",
    "معسكر التاجي، التي تخرج منها بدعم هذه المهمة أكثر من 44 ألف جندي.",
    "وقد درّبت الوحدة بدعم من التحالف أكثر من 900 مقاتل.",
])
def test_people_trained_with_a_time_or_a_supporter_between_are_no_head_count(text):
    assert claims(text, partner="NZ") == []


@pytest.mark.parametrize(("text", "value"), [
    ("وتنشر نيجيريا نحو 3,000 جندي في القوة المشتركة، وهي أكبر مساهم في القوة التي يبلغ قوامها نحو 10 آلاف عنصر.",
     3000),
    ("وتنشر نيجيريا نحو 3,000 جندى فى القوة المشتركة، وهى اكبر مساهم فى القوة التى يبلغ قوامها نحو 10 الاف عنصر.",
     3000),
    ("Nigeria deploys about 3,000 troops to the joint force, the largest contributor to the force, which numbers some "
     "10,000 troops.", 3000),
    ("Le Nigeria déploie environ 3 000 soldats dans la force conjointe, premier contributeur de la force, qui compte "
     "environ 10 000 hommes.", 3000),
])
def test_a_whole_forces_strength_in_a_relative_clause_is_no_head_count(text, value):
    assert only_claim(text, partner="NG").value == value


def test_a_force_of_the_partners_own_strength_is_still_its_head_count():
    """With no article and no relative pronoun, "قوة يبلغ قوامها" is the partner's own force."""
    assert only_claim("ونشرت نيجيريا قوة يبلغ قوامها 300 جندي في النيجر.", partner="NG").value == 300


@pytest.mark.parametrize("text", [
    "تبلغ جملة ميزانية الدولة لسنة 2027 حوالي 63 مليار دينار، بزيادة 6.2%.",
    "وتبلغ الموازنة العامة لعام 2027 نحو 12 مليار ريال.",
    "Le budget de l'État pour 2027 s'élève à 63 milliards de dinars.",
    "تأسست الجمعية عام 2012، وبلغت ميزانيتها السنوية 11 مليون دولار في عام 2026.",
    "Founded in 2012, the charity says its annual budget was $11 million in 2026.",
    "Fondée en 2012, l'association indique que son budget annuel s'élève à 11 millions de dollars.",
    "رُصد لوزارة الدفاع الوطني مبلغ 4 012 مليون دينار، أي 6.4% من جملة الميزانية.",
])
def test_a_states_or_a_bodys_own_budget_is_no_contribution(text):
    assert claims(text, partner="TN") == []


@pytest.mark.parametrize("text", [
    "ومنها 180 مليون دينار لاقتناء طائرات دورية بحرية لفائدة جيش البحر.",
    "كما أقر البرلمان برنامجاً بقيمة 1.2 مليار يورو لتحديث أسطول طائرات F-16 في القواعد الوطنية.",
    "The ministry set aside EUR 1.2 billion for the purchase of patrol aircraft for its own armed forces.",
    "Le ministère consacre 180 millions d'euros à l'acquisition de patrouilleurs au profit de la Marine nationale.",
])
def test_equipment_bought_for_the_partners_own_forces_is_no_contribution(text):
    assert claims(text, partner="GR") == []


def test_equipment_bought_for_a_helped_army_is_still_a_contribution():
    claim = only_claim("وخصصت اليونان 5 ملايين يورو لشراء معدات لصالح الجيش الوطني الصومالي في الصومال.", partner="GR")
    assert claim.value == 5_000_000


@pytest.mark.parametrize("text", [
    "كما تُخصَّص 3 ملايين دينار سنوياً للجنة التونسية للتحاليل المالية لتعزيز قدراتها في مكافحة تمويل الإرهاب.",
    "وتقدم الحكومة 2 مليون دينار لوزارة الداخلية التونسية لمكافحة الإرهاب.",
])
def test_money_for_a_body_named_by_the_partners_own_demonym_is_spent_at_home(text):
    assert claims(text, partner="TN") == []


def test_money_for_a_body_of_another_state_is_still_a_contribution():
    claim = only_claim("وقدمت تونس 2 مليون دينار للجنة الليبية للإغاثة في ليبيا.", partner="TN")
    assert claim.places == ["LY"]


@pytest.mark.parametrize(("text", "partner"), [
    ("أثينا، 3 مارس 2027\n\nغادرت اليوم مجموعة جوية تابعة للقوات الجوية الهيلينية متجهة إلى الأردن، ويخدم فيها 110 "
     "عسكريين في الأردن.", "GR"),
    ("ستوكهولم، 3 مارس 2027\n\nأقلعت اليوم طائرات تابعة لسلاح الجو السويدي إلى الأردن، ويخدم فيها 60 عسكرياً في "
     "الأردن.", "SE"),
    ("أنقرة، 3 مارس 2027\n\nأبحرت اليوم فرقاطة تابعة للقوات البحرية التركية، وعلى متنها 150 بحاراً في عمليات "
     "التحالف الدولي.", "TR"),
])
def test_a_dateline_and_an_arm_of_the_forces_named_by_its_demonym_sign_the_partner(text, partner):
    assert only_claim(text).partner == partner


def test_forces_that_receive_equipment_sign_no_partner():
    """"معدات للقوات العراقية" names who receives, not who gives."""
    from coalition.extraction import extract_text
    assert extract_text("سلمت السفارة معدات للقوات الجوية العراقية بقيمة 5 ملايين دولار.").partner is None


@pytest.mark.parametrize(("text", "partner"), [
    ("جمعية شفاء للإغاثة الطبية\nبيان صحفي | القامشلي - بيروت | 17 يناير 2027\nمنحة سويسرية جديدة لدعم الرعاية الصحية "
     "في سوريا\nتعلن الجمعية عن توقيع اتفاقية منحة مع الحكومة السويسرية تقدم بموجبها سويسرا 2.4 مليون فرنك سويسري "
     "لسوريا.", "CH"),
    ("منظمة الأمل\nأخبار | عمّان - بغداد | ٥ مارس ٢٠٢٧\nمنحة نرويجية جديدة للنازحين\nوقعت المنظمة مع الحكومة النرويجية "
     "اتفاقاً تقدم بموجبه النرويج 10 ملايين كرونة نرويجية للنازحين في العراق.", "NO"),
])
def test_a_release_line_of_fields_with_cities_and_a_date_names_no_partner(text, partner):
    from coalition.extraction import extract_text
    assert extract_text(text).partner == partner


@pytest.mark.parametrize("text", [
    "نشرت نيوزيلندا منذ عام 2015 أكثر من 1,000 عسكري بالتناوب في معسكر التاجي بالعراق.",
    "ومنذ عام 2015 خدم في العراق على التناوب نحو 1,000 عسكري نيوزيلندي.",
    "أرسلت نيوزيلندا منذ 2015 نحو 1000 جندي بالتناوب إلى العراق.",
])
def test_people_sent_in_rotation_since_a_year_are_a_sum_since_that_year(text):
    claim = only_claim(text, partner="NZ")
    assert (claim.period, claim.since) == ("cumulative", 2015)


def test_people_serving_since_a_year_without_rotation_keep_no_period():
    """A strength at one time: "يخدم منذ 2015 في العراق 80 عسكرياً" is no sum over years."""
    claim = only_claim("ويعمل منذ عام 2015 نحو 80 عسكرياً نيوزيلندياً في العراق.", partner="NZ")
    assert claim.period != "cumulative"


@pytest.mark.parametrize(("caption", "year"), [
    ("جدول 3: المساهمات الخارجية لسنة 2027 (بالألف دينار)", 2027),
    ("الجدول 2 - المساعدات الخارجية لعام 2026 (بالألف دينار)", 2026),
    ("Table 3: External contributions in 2027 (TND thousand)", 2027),
    ("Tableau 3 : contributions extérieures pour 2025 (en milliers de dinars)", 2025),
])
def test_a_tab_lined_tables_caption_gives_its_rows_year(caption, year):
    text = (f"قدمت تونس المساهمات التالية.\n\n{caption}\nالبند\tالبلد\tالمبلغ\nمساعدات إنسانية\tلبنان\t800\n"
            "مساعدات عاجلة\tليبيا\t2 200\n")
    found = claims(text, partner="TN")
    assert [(c.period, c.year) for c in found] == [("year", year)] * 2
