"""The classes of error blind round 19 found on Arabic pages (`gold/ar-t-*`), one test per class, each written
before its fix."""

import pytest

from .helpers import claims


@pytest.mark.parametrize(("text", "value"), [
    ("وسنضيف خمسمئة ألف ليف إلى صندوق الاستقرار في العراق.", 500_000),
    ("قدّمت بلغاريا منذ عام 2014 ما مجموعه 3 ملايين ليف للاجئين في الأردن.", 3_000_000),
    ("خصصت صوفيا 250 ألف ليفا لإزالة الألغام في العراق.", 250_000),
])
def test_a_lev_without_its_nationality_is_the_bulgarian_lev(text, value):
    (claim,) = claims(text, partner="BG")
    assert (claim.value, claim.currency) == (value, "BGN")


@pytest.mark.parametrize(("text", "first"), [
    ("تعهدت ألمانيا بمبلغ ١٠٠ مليون يورو. وتعهّدت كوريا الجنوبية وهولندا بعشرين مليون دولار وخمسة عشر مليون يورو "
    "على التوالي، فيما خصّصت السويد ١٠ ملايين دولار لإزالة الألغام. وقدمت فرنسا ٣٠ مليون يورو.", "DE"),
    ("قدمت اليابان ٥٠ مليون دولار. وأعلنت كوريا الجنوبية وهولندا عن ٢٠ مليون دولار و١٥ مليون يورو على التوالي، "
    "بينما رصدت السويد ١٠ ملايين دولار للاجئين. وقدمت فرنسا ٣٠ مليون يورو.", "JP"),
    ("Japan gave USD 50 million. South Korea and the Netherlands pledged USD 20 million and EUR 15 million "
    "respectively, while Sweden set aside USD 10 million. France gave EUR 30 million.", "JP"),
])
def test_respectively_pairs_only_the_figures_before_it(text, first):
    found = claims(text)
    assert [c.partner for c in found] == [first, "KR", "NL", "SE", "FR"]
    assert all("KR" not in c.places for c in found)


@pytest.mark.parametrize(("text", "giver"), [
    ("وتعهّد الصندوق العربي للإنماء الاقتصادي والاجتماعي، ومقرّه الكويت، بقروض قيمتها ١٥٠ مليون دولار.", "arab-fund"),
    ("وأعلن الصندوق العربي للإنماء الاقتصادي والاجتماعي الذي يتخذ من الكويت مقراً قروضاً قيمتها ١٥٠ مليون دولار.",
     "arab-fund"),
    ("وقدّم البنك الإسلامي للتنمية، ومقره في السعودية، ٢٠٠ مليون دولار.", "islamic-development-bank"),
])
def test_the_seat_of_a_fund_is_no_giver(text, giver):
    found = claims(f"تعهدت ألمانيا بمبلغ ١٠٠ مليون يورو. {text} وقدمت فرنسا ٣٠ مليون يورو.")
    assert [c.partner for c in found] == ["DE", giver, "FR"]
    assert found[1].places == []


@pytest.mark.parametrize(("text", "giver"), [
    ("وتصدّرت ألمانيا قائمة المانحين الأوروبيين بتعهد قدره ١٢٠ مليون يورو.", "DE"),
    ("وتتصدر الولايات المتحدة قائمة المانحين بمساهمة بلغت ٤٠٠ مليون دولار.", "US"),
    ("ويتصدر الاتحاد الأوروبي القائمة بحزمة قيمتها ٢٠٠ مليون يورو.", "european-union"),
])
def test_who_tops_the_donors_list_gives(text, giver):
    found = claims(f"قدمت اليابان ٥٠ مليون دولار. {text} وقدمت فرنسا ٣٠ مليون يورو.")
    assert [c.partner for c in found] == ["JP", giver, "FR"]
    assert found[1].places == []


@pytest.mark.parametrize(("text", "value"), [
    ("لترتفع قروض الصندوق إلى لبنان إلى نحو 5ر317 مليون دينار كويتي.", 317_500_000),
    ("وبلغت المساعدات الكويتية للاجئين في الأردن ٥ر٢ مليون دينار.", 2_500_000),
    ("قدم الصندوق منحة قيمتها 25ر1 مليار دولار لإعادة الإعمار في العراق.", 1_250_000_000),
])
def test_the_wire_decimal_with_ra_reads_fraction_first(text, value):
    (claim,) = claims(text, partner="KW")
    assert claim.value == value


@pytest.mark.parametrize("text", [
    "قدم الصندوق 15 مليون دينار كويتي للبنان (الدينار يساوي 27ر3 دولار امريكي).",
    "قدّمت الكويت ٥ ملايين دينار للأردن، والدينار الكويتي يعادل ٣٫٢٧ دولار.",
    "منح الصندوق لبنان 10 ملايين دينار (الدولار يساوي 0.306 دينار).",
])
def test_an_exchange_rate_is_no_claim(text):
    found = claims(text, partner="KW")
    assert [c.currency for c in found] == ["KWD"]


@pytest.mark.parametrize("text", [
    "وقدمت بريطانيا ١٣ مليون جنيه إسترليني للجيش في لبنان. كما نوّه السفير بالهبة الأميركية البالغة ١٢٠ مليون دولار.",
    "قدمت بريطانيا ١٣ مليون جنيه إسترليني للبنان، إلى جانب هبة فرنسية بقيمة ١٠ ملايين يورو.",
    "وقدمت بريطانيا ١٣ مليون جنيه إسترليني للأردن، وتسلّم الجيش الأردني هبة ألمانية قيمتها ٥ ملايين يورو.",
])
def test_a_gift_named_for_another_nationality_is_not_the_partners(text):
    assert [c.value for c in claims(text, partner="GB")] == [13_000_000]


@pytest.mark.parametrize("text", [
    "نرحّب بإعلان الاتحاد الأوروبي تعهّداً قدره ٢٫٥ مليار يورو.",
    "ونشيد بالمساهمة السخية البالغة ٣٠٠ مليون دولار التي أعلنتها المملكة.",
    "ونثمّن الهبة التي قدّمتها اليابان بقيمة ٥٠ مليون دولار.",
])
def test_a_pledge_the_partner_welcomes_is_anothers(text):
    found = claims(f"ستقدّم بلغاريا مليوني ليف للاستجابة الإنسانية في سوريا. {text}", partner="BG")
    assert [c.value for c in found] == [2_000_000]


@pytest.mark.parametrize("text", [
    "ونعلم أن مجموع ما يطلبه منظّمو المؤتمر يتجاوز ٦ مليارات يورو.",
    "وما تحتاجه المحافظات المحررة يبلغ ٨٨ مليار دولار.",
    "غير أن ما تحتاج إليه خطة الإعمار يقارب ١٠ مليارات دولار.",
])
def test_what_someone_asks_for_or_needs_is_no_claim(text):
    found = claims(f"ستقدّم بلغاريا مليوني ليف للاستجابة الإنسانية في سوريا. {text}", partner="BG")
    assert [c.value for c in found] == [2_000_000]


@pytest.mark.parametrize("text", [
    "وقع الصندوق الكويتي قرضا مع لبنان بمبلغ 10 ملايين دينار، ويشارك في تمويل المشروع الصندوق العربي للانماء الاقتصادي "
    "والاجتماعي بقرض قيمته 8 ملايين دينار.",
    "قدمت الكويت 10 ملايين دينار للمشروع في الأردن، ويشارك في تمويله البنك الدولي بمبلغ 20 مليون دولار.",
    "قدمت الكويت 10 ملايين دينار للمشروع في الأردن، وتشارك في تمويله المفوضية الأوروبية بمنحة قيمتها 5 ملايين يورو.",
])
def test_an_organisation_cofinancing_the_project_gives_its_own_money(text):
    assert [c.value for c in claims(text, partner="KW")] == [10_000_000]


@pytest.mark.parametrize("text", [
    "وقد أنهى حتى الآن ٢٤٠ عسكرياً من أفواج الحدود دورات على استخدام المعدات.",
    "واجتاز 80 ضابطا عراقيا دورة القيادة التي نظمها الفريق.",
    "وتخرج أكثر من 500 جندي من المعسكر هذا العام.",
])
def test_people_who_completed_a_course_are_no_head_count(text):
    assert [c.value for c in claims(f"ينتشر 12 مدرباً بريطانياً في لبنان. {text}", partner="GB")] == [12]


@pytest.mark.parametrize("text", [
    "ودرّب المدربون منذ 2015 أكثر من 60 ألف عنصر من القوات العراقية والكردية، بينهم نحو 12 ألف شرطي اتحادي.",
    "وأهّلت البعثة 4000 عسكري عراقي، من بينهم 300 ضابط.",
    "Our instructors have trained more than 60,000 Iraqi troops since 2015, including some 12,000 police officers.",
    "Nos instructeurs ont formé 20 000 soldats irakiens depuis 2015, dont 3 000 policiers.",
])
def test_a_part_of_people_trained_was_trained_too(text):
    assert claims(text, partner="IT") == []


def test_a_part_of_the_partners_own_people_stays():
    found = claims("نشرت إيطاليا 500 جندي لتدريب القوات العراقية، بينهم 80 مدرباً.", partner="IT")
    assert [c.value for c in found] == [500, 80]


@pytest.mark.parametrize("text", [
    "ويبلغ عديد قوات التحالف الدولي في العراق حالياً نحو 2500 عسكري.",
    "ويقدَّر عديد جنود الناتو هناك بنحو 4000 جندي.",
    "وبلغ العديد الإجمالي لقوات التحالف في سوريا نحو 900 عسكري.",
])
def test_the_coalitions_strength_as_adid_is_no_partners(text):
    found = claims(f"ينتشر 500 جندي إيطالي في العراق. {text}", partner="IT")
    assert [c.value for c in found] == [500]



@pytest.mark.parametrize(("first", "second"), [
    ("إعادة تأهيل قسم الطوارئ في المستشفى", "مياه الشرب والإصحاح في المخيمات"),
    ("إزالة الألغام من الحقول", "توزيع السلال الغذائية"),
    ("Rehabilitation of the hospital ward", "Drinking water in the camps"),
])
def test_a_table_row_takes_no_line_from_another_row(first, second):
    text = ("أخبار | محلي | إغاثة\nاتفاقيات جديدة للمركز\nوقّع المركز اليوم اتفاقيتين بقيمة 3.71 مليون دولار في العراق، "
            "يستفيد منهما 50 ألف شخص.\nووقّع الاتفاقيتين مدير البرامج. وجاءت تفاصيل المشاريع على النحو الآتي:\n"
            "المشروع | البلد | الجهة المنفذة | المبلغ (دولار أمريكي) | عدد المستفيدين\n"
            f"{first} | العراق | منظمة الصحة العالمية | 2,750,000 | 30,000\n"
            f"{second} | العراق | منظمة الأمم المتحدة للطفولة | 960,000 | 20,000\n"
            "وأوضح المدير أن المشاريع تبدأ الشهر المقبل.")
    found = claims(text, partner="SA")
    assert found[-2].lines == ["stabilization"]
    assert "stabilization" not in found[-1].lines


@pytest.mark.parametrize("text", [
    "وخصصت الحكومة في موازنة عام 2026 مبلغ 185 مليون يورو لمهام قواتها في العراق والكويت.",
    "ورصدت روما 40 مليون يورو لمهمة قواتها في العراق.",
    "وتبلغ كلفة مهام القوات الإيطالية في الكويت 60 مليون يورو.",
])
def test_money_for_the_missions_of_its_forces_is_military(text):
    (claim,) = claims(text, partner="IT")
    assert claim.lines == ["military"]


@pytest.mark.parametrize("text", [
    "تعهدنا عام 2018 بمليار دولار من القروض في العراق. وقد صُرف من هذه القروض والاستثمارات بين عامي 2019 و2025 "
    "ما يزيد على ٦٥٠ مليون دولار.",
    "وقّعنا قرضاً ميسّراً مع العراق بقيمة 300 مليون دولار. ويُسدَّد هذا القرض على 30 عاماً، وقد صُرف منه 120 مليون دولار.",
    "قدّمنا منحاً بقيمة 50 مليون دولار للعراق. وخُصص من هذه المنح 20 مليون دولار للمدارس.",
])
def test_the_loans_just_named_point_back_to_their_place(text):
    assert claims(text, partner="QA")[-1].places == ["IQ"]


@pytest.mark.parametrize("text", [
    "تعهدت ألمانيا بمبلغ ١٠٠ مليون يورو. وتعهّدت كوريا الجنوبية وهولندا بعشرين مليون دولار وخمسة عشر مليون يورو على "
    "التوالي لبرامج إعادة الإعمار، فيما خصّصت السويد ١٠ ملايين دولار لبرامج الاستقرار. وقدمت فرنسا ٣٠ مليون يورو.",
    "Japan gave USD 50 million. South Korea and the Netherlands pledged USD 20 million and EUR 15 million "
    "respectively for reconstruction, while Sweden set aside USD 10 million for stabilisation. France gave EUR 30 "
    "million.",
])
def test_what_follows_respectively_up_to_the_next_figure_is_the_lines_of_both(text):
    found = {c.partner: c.lines for c in claims(text)}
    assert (found["KR"], found["NL"], found["SE"]) == (["development"], ["development"], ["stabilization"])


@pytest.mark.parametrize(("heading", "sentence"), [
    ("تعهّدات بلغاريا لعام ٢٠٢٦", "وسنضيف خمسمئة ألف ليف إلى صندوق تمويل الاستقرار في العراق، الذي نراه أداة فعّالة "
                                  "لإعادة الخدمات الأساسية إلى المناطق المحررة من التنظيم."),
    ("مساهماتنا في عام 2026", "وسنقدّم 500 ألف ليف لبرنامج الأغذية العالمي في سوريا، دعماً للأسر النازحة في "
                             "المخيمات الشمالية خلال فصل الشتاء المقبل."),
    ("ما نقدّمه خلال سنة 2026", "وتخصّص الحكومة 500 ألف ليف لإزالة الألغام في العراق، عبر دائرة الأمم المتحدة "
                               "للأعمال المتعلقة بالألغام وشركائها المحليين."),
])
def test_a_heading_ending_with_its_year_gives_the_prose_below_it_the_year(heading, sentence):
    opening = "أشكر الدولة المضيفة على تنظيم هذا المؤتمر في وقت تحتاج فيه المنطقة إلى أن يفي المجتمع الدولي بوعوده."
    (claim,) = claims(f"كلمة الوزيرة أمام المؤتمر\n\nالقاهرة، 9 ديسمبر 2025\n\n{opening}\n\n{heading}\n\n{sentence}",
                      partner="BG")
    assert (claim.period, claim.year) == ("year", 2026)


@pytest.mark.parametrize(("text", "givers"), [
    ("تعهدت ألمانيا بمبلغ ١٠٠ مليون يورو. وتعهّدت كورياَ الجنوبية وهولندا بعشرين مليون دولار وخمسة عشر مليون يورو "
     "على التوالي. وقدمت فرنسا ٣٠ مليون يورو.", ["DE", "KR", "NL", "FR"]),
    ("أعلنت المملكةُ المتحدة تقديم ٥ ملايين جنيه إسترليني. وقدمت الولاياتُ المتحدة ٢٠ مليون دولار. وقدمت فرنسا ٣٠ "
     "مليون يورو.", ["GB", "US", "FR"]),
    ("قدمت اليابان ٥٠ مليون دولار. وقدّمت كوريا الجنوبيةَ ٢٠ مليون دولار. وقدمت فرنسا ٣٠ مليون يورو.",
     ["JP", "KR", "FR"]),
])
def test_a_vowel_mark_inside_a_givers_name_of_two_words_keeps_the_name(text, givers):
    assert [c.partner for c in claims(text)] == givers
