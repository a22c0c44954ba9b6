"""The classes of error blind round 32 found on Arabic pages (`gold/ar-af-*`: a development ministry's country page
«عملنا في العراق» with key figures; a news site's story on a cabinet extending a mission, with its ceiling and cost; a
ministry spokesman's weekly briefing on unrelated topics; a UN office's humanitarian funding bulletin listing its
largest donors; a chapter of a government's annual foreign policy report; a newspaper's explainer on one partner's
contribution; and an embassy's short social-media thread signed only by a hashtag), one test per class, each written
before its fix."""

import pytest

from .helpers import claims, only_claim

DONORS_LIST = "أكبر المانحين للخطة حتى 31 مارس 2028:\n{items}\n"


@pytest.mark.parametrize(("items", "expected"), [
    ("- الولايات المتحدة: 145 مليون دولار\n- ألمانيا: 98 مليون دولار\n- المفوضية الأوروبية: 75 مليون دولار",
     {("US", 145_000_000), ("DE", 98_000_000), ("european-union", 75_000_000)}),
    ("• الكويت: ٢٠ مليون دولار\n• جمهورية كوريا: ١٢ مليون دولار\n• دولة قطر: ٩ ملايين دولار",
     {("KW", 20_000_000), ("KR", 12_000_000), ("QA", 9_000_000)}),
    ("- المملكة المتحدة: 41 مليون دولار\n- حكومة اليابان: 30 مليون دولار\n- النرويج: 19 مليون دولار",
     {("GB", 41_000_000), ("JP", 30_000_000), ("NO", 19_000_000)}),
])
def test_an_arabic_list_of_donors_labelled_by_name_is_a_page_of_many(items, expected):
    """A UN office's "largest donors" list gives each sum to its label, with no verb of giving: the page has no
    partner of its own, and the labels are givers, not places."""
    found = claims(DONORS_LIST.format(items=items))
    assert {(c.partner, c.value) for c in found} == expected
    assert all(c.partner not in c.places for c in found)


def test_a_list_of_destinations_on_one_partners_page_stays_its_partners():
    text = ("قدمت اليابان في عام 2027 مساعدات إنسانية بقيمة 50 مليون دولار، وتوزعت على النحو الآتي:\n"
            "- العراق: 20 مليون دولار\n- سوريا: 30 مليون دولار\n")
    found = claims(text)
    assert found and {c.partner for c in found} == {"JP"}


@pytest.mark.parametrize("text", [
    "وقد درّبوا خلال الشهرين الماضيين 45 ممرضاً وممرضة على تشغيل الأجهزة الجديدة.",
    "درّب الفريق العام الماضي 300 شرطي في أربيل.",
    "وأهّلت البعثة في الأشهر الستة الأخيرة 120 عنصراً من حرس الحدود.",
    "ودربت الوحدة خلال السنوات الثلاث الماضية 900 جندي عراقي.",
])
def test_people_trained_with_a_time_told_from_now_between_are_no_head_count(text):
    assert claims(text, partner="SK") == []


@pytest.mark.parametrize(("text", "value"), [
    ("ثلاث خبيرات من وحدة الاستجابة للأزمات يعملن حالياً مع وكالات الأمم المتحدة في بغداد وأربيل.", 3),
    ("وتعمل 4 مدربات من قواتنا في معسكر التاجي بالعراق.", 4),
    ("وتخدم خمس ضابطات في مقر البعثة في بغداد.", 5),
    ("وأرسلت الوزارة 6 طبيبات إلى مستشفى الموصل في العراق.", 6),
])
def test_feminine_plurals_of_personnel_nouns_are_head_counts(text, value):
    claim = only_claim(text, partner="IS")
    assert (claim.kind, claim.value, claim.places) == ("personnel", value, ["IQ"])


@pytest.mark.parametrize("text", [
    "بالمقارنة، تبقى الأرقام متواضعة: فاليابان وحدها قدمت أكثر من ٣ مليارات دولار للعراق منذ ٢٠١٤.",
    "واليابان قدمت أكثر من 3 مليارات دولار للعراق منذ 2014.",
    "أما ألمانيا فقد قدمت 2 مليار يورو، والكويت بدورها تعهدت بمليار دولار.",
])
def test_another_giver_before_its_arabic_verb_gives_its_own_sum(text):
    assert claims(text, partner="SG") == []


@pytest.mark.parametrize(("text", "value"), [
    ("وفي سوريا قدمت سنغافورة ٣ ملايين دولار.", 3_000_000),
    ("والعراق قدمت له سنغافورة 3 ملايين دولار.", 3_000_000),
])
def test_a_place_before_the_verb_whose_subject_is_the_partner_keeps_its_sum(text, value):
    assert only_claim(text, partner="SG").value == value


@pytest.mark.parametrize("text", [
    "بعد صفقة بقيمة ١٫٣ مليار يورو لشراء ثماني مقاتلات إضافية من طراز إف-١٦ لسلاح الجو البلغاري.",
    "وخصصت الحكومة 200 مليون يورو لتحديث طائرات النقل للقوات الجوية.",
    "ورصدت الوزارة 90 مليون يورو لاقتناء زوارق دورية لسلاح البحرية.",
])
def test_arms_bought_for_the_partners_own_service_are_no_contribution(text):
    assert claims(text, partner="BG") == []


@pytest.mark.parametrize(("text", "place"), [
    ("وخصصت بلغاريا 5 ملايين يورو لشراء معدات للجيش العراقي.", "IQ"),
    ("قدمت بلغاريا 3 ملايين يورو لشراء معدات طبية لصالح الجيش اللبناني.", "LB"),
])
def test_arms_bought_for_a_helped_army_stay_a_contribution(text, place):
    assert only_claim(text, partner="BG").places == [place]


@pytest.mark.parametrize(("text", "kept"), [
    ("المتحدث: في الصومال، يعمل في مركز التدريب العسكري التركي في مقديشو نحو 200 مدرب تركي. أما في كوسوفو فلدينا "
     "نحو 780 جندياً ضمن قوة كفور، ولا تغيير على ذلك.", [200]),
    ("وينتشر 130 جندياً تركياً في العراق، و250 جندياً في قوة كفور.", [130]),
    ("ويخدم 130 جندياً تركياً في قوة كيفور.", []),
])
def test_kfor_and_eufor_in_arabic_are_missions_outside_the_coalition(text, kept):
    assert [c.value for c in claims(text, partner="TR")] == kept


@pytest.mark.parametrize("text", [
    "ويخدم حالياً ٢٢ عسكرياً بلغارياً في بغداد، معظمهم مستشارون في مجالات الإمداد والطب العسكري وإزالة الألغام، إضافة "
    "إلى ضابطَي اتصال اثنين في مقر قيادة التحالف الدولي في الكويت.",
    "Some 22 soldiers serve in Baghdad, mostly advisers in logistics and demining, as well as two liaison officers at "
    "the coalition headquarters in Kuwait.",
    "Quelque 22 militaires servent à Bagdad, surtout des conseillers en déminage, ainsi que deux officiers de liaison "
    "au quartier général de la coalition au Koweït.",
])
def test_a_later_head_count_takes_no_line_from_an_earlier_ones_share(text):
    """What the first people do (demining) is theirs; the liaison officers after them are soldiers."""
    *_, officers = claims(text, partner="BG")
    assert (officers.value, officers.places, officers.lines) == (2, ["KW"], ["military"])


def test_a_part_of_a_head_count_still_shares_its_totals_words():
    text = "Il comptera 120 militaires, dont 35 médecins et infirmiers, et disposera de 60 lits."
    assert [c.lines for c in claims(text, partner="MA")] == [["military"], ["military"]]


EXTENSION = "وافق مجلس الوزراء على تمديد مشاركة الوحدة العسكرية في بعثة حلف شمال الأطلسي في العراق حتى نهاية عام 2028. "


@pytest.mark.parametrize("cost", [
    "وبحسب نص القرار، تُقدَّر كلفة المهمة في عام 2028 بنحو 3.8 مليون يورو، تُغطّى من ميزانية وزارة الدفاع.",
    "وتبلغ تكلفة هذه المشاركة 3.8 مليون يورو.",
    "وتبلغ تكاليف البعثة بنحو ٣٫٨ مليون يورو.",
])
def test_the_cost_of_the_mission_just_named_is_spent_where_it_serves(cost):
    claim = only_claim(EXTENSION + cost, partner="BG")
    assert (claim.value, claim.places, claim.lines) == (3_800_000, ["IQ"], ["military"])


def test_a_participation_named_with_its_own_words_is_no_back_reference():
    text = "وفي الأردن، تستضيف المملكة قاعدة جوية. ووافق المجلس على تخصيص ٣ ملايين دينار لتغطية نفقات مشاركة الجيش الكويتي."
    assert only_claim(text, partner="KW").places == []


@pytest.mark.parametrize("intro", [
    "أكبر المانحين للخطة حتى 31 مارس 2028",
    "أكبر المانحين للخطة حتى ٣١ مارس ٢٠٢٨:",
    "المساهمات المسجلة لغاية 31 مارس 2028:",
])
def test_the_day_a_list_of_donors_stands_at_gives_its_year(intro):
    text = f"{intro}\n- الولايات المتحدة: 145 مليون دولار\n- ألمانيا: 98 مليون دولار\n- الكويت: 20 مليون دولار\n"
    assert {(c.period, c.year) for c in claims(text)} == {("year", 2028)}


def test_a_lists_dateline_gives_no_year():
    text = ("الرياض 12 مارس 2028\n- الولايات المتحدة: 145 مليون دولار\n- ألمانيا: 98 مليون دولار\n"
            "- الكويت: 20 مليون دولار\n")
    assert {c.period for c in claims(text)} == {None}


def test_an_end_date_in_a_sentence_is_still_no_period():
    claim = only_claim("على ألا يتجاوز عدد أفرادها حتى 31 ديسمبر 2028 ثلاثين عسكرياً في العراق.", partner="BG")
    assert claim.period is None
