"""The classes of error blind round 23 found on Arabic pages (`gold/ar-x-*`: cabinet decisions approving a grant, a
law ratifying a loan agreement, a pledge-tracking table, a chronology with years as headings, a key-figures box, a
military magazine feature and a radio interview), one test per class, each written before its fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims, only_claim


@pytest.mark.parametrize("text", [
    # a magazine of the host's forces, with who issues it
    "مجلة الجندي – مجلة شهرية تصدر عن القوات المسلحة الأردنية\nالعدد 90\nتحقيق\nيوم مع الطيارين الإيطاليين\n"
    "أرسلت الحكومة الإيطالية 200 عسكري إلى الأردن. وقدمت إيطاليا معدات بقيمة 5 ملايين يورو.",
    # a radio station named after the host's capital
    "إذاعة بغداد – برنامج لقاء\nنص الحلقة\nالمذيع: ضيفنا سفير إيطاليا لدى العراق.\n"
    "السفير: قدمت إيطاليا 20 مليون يورو للعراق.",
    # a government office's letterhead above a decision about another state's grant
    "رئاسة الوزراء – المملكة الأردنية الهاشمية\nقرارات مجلس الوزراء\nعمّان، الأحد\n"
    "وافق المجلس على المنحة المقدمة من حكومة الجمهورية الإيطالية بقيمة 10 ملايين يورو، وأشاد بالمساعدات الإيطالية.",
    "جمهورية العراق – الأمانة العامة لمجلس الوزراء\nقرارات الجلسة\n"
    "وافق المجلس على قبول المنحة المقدمة من حكومة الجمهورية الإيطالية بقيمة 10 ملايين يورو، والمساعدات الإيطالية.",
])
def test_a_publishers_masthead_or_letterhead_gives_way_to_the_giver_the_text_names(text):
    assert extract_text(text).partner == "IT"


@pytest.mark.parametrize("text", [
    "قانون تصديق اتفاقية القرض بين حكومة جمهورية العراق وحكومة الجمهورية الإيطالية\n"
    "تصدق اتفاقية القرض البالغ 100 مليون يورو. وقدمت إيطاليا قروضاً أخرى للعراق.",
    "مذكرة تفاهم بين الأردن وإيطاليا لدعم المدارس\nتقدم الحكومة الإيطالية بموجبها 8 ملايين يورو للأردن.",
])
def test_an_agreement_between_two_states_in_a_title_names_neither_as_the_giver(text):
    assert extract_text(text).partner == "IT"


@pytest.mark.parametrize("text", [
    "قدمت الكويت 10 ملايين دولار للنازحين. وتعهدت المملكة العربية السعودية في المؤتمر نفسه بمبلغ 1.5 مليار دولار.",
    "قدمت الكويت 10 ملايين دولار للنازحين. تعهدت اليابان بمبلغ 300 مليون دولار.",
    "قدمت الكويت 10 ملايين دولار للنازحين.\nوقدمت ألمانيا من جهتها 40 مليون يورو.",
    "قدمت الكويت 10 ملايين دولار للنازحين. وساهمت النرويج بمبلغ 20 مليون دولار للغرض ذاته.",
])
def test_another_donors_verb_of_giving_opening_a_sentence_is_not_the_partners_money(text):
    assert [c.value for c in claims(text, partner="KW")] == [10_000_000]


@pytest.mark.parametrize("text", [
    "المذيعة: يقال إن المانحين تعهدوا بثلاثين مليار دولار، فما ردكم؟\nالسفير: قدمت اليابان 12 مليون دولار للعراق.",
    "المذيع: هل صحيح أنكم سترسلون 300 جندي؟\nالسفير: قدمت اليابان 12 مليون دولار للعراق.",
    "المحاور: تتحدث تقارير عن 50 مليون دولار لم تصل.\nالسفير: قدمت اليابان 12 مليون دولار للعراق.",
    "مقدم البرنامج: ماذا عن مبلغ 40 مليون دولار الذي تحدثت عنه الصحف؟\nالضيف: قدمت اليابان 12 مليون دولار للعراق.",
])
def test_a_figure_the_host_of_a_broadcast_puts_is_no_claim(text):
    assert [c.value for c in claims(text, partner="JP")] == [12_000_000]


@pytest.mark.parametrize("text", [
    "قدمت السعودية 65 مليون دولار للأردن.\nثالثا: الموافقة على اتفاقية القرض الموقعة مع البنك الدولي بقيمة 250 مليون دولار.",
    "قدمت السعودية 65 مليون دولار للأردن. ووافق المجلس على القرض المقدم من البنك الدولي بقيمة 250 مليون دولار.",
    "قدمت السعودية 65 مليون دولار للأردن. وأقر المجلس منحة من الاتحاد الأوروبي بقيمة 30 مليون يورو.",
    "قدمت السعودية 65 مليون دولار للأردن. وينفذ مشروع آخر بتمويل من البنك الدولي بقيمة 100 مليون دولار.",
])
def test_an_agreement_with_an_organisation_a_recipient_approves_is_not_the_partners_money(text):
    assert [c.value for c in claims(text, partner="SA")] == [65_000_000]


@pytest.mark.parametrize(("text", "period", "year", "since", "places"), [
    ("أرقام رئيسية\n\n12 مليون يورو\nقيمة المساعدات الإنسانية الإيطالية لسوريا منذ عام 2016\n\n700\nشاحنة عبرت الحدود",
     "cumulative", None, 2016, ["SY"]),
    ("إيطاليا في أرقام\n\nأكثر من 5 ملايين يورو\nلدعم اللاجئين السوريين في الأردن ولبنان عام 2022\n\n"
     "وقال الوزير إن العمل مستمر.", "year", 2022, None, ["JO", "LB"]),
    ("أبرز الأرقام\n\nنحو 8 ملايين يورو\nمساعدات إنسانية إيطالية للنازحين في العراق خلال عام 2021\n\n30\nمشروعاً منجزاً",
     "year", 2021, None, ["IQ"]),
])
def test_an_arabic_tile_takes_its_period_lines_and_places_from_the_caption_under_it(text, period, year, since, places):
    claim = only_claim(text, partner="IT")
    assert (claim.period, claim.year, claim.since, claim.places, claim.lines) == (
        period, year, since, places, ["humanitarian"])


@pytest.mark.parametrize("text", [
    "قدمت قطر 450 مليون ريال قطري لإغاثة السوريين في شتاء 2022.",
    "قدمت قطر خلال صيف 2022 ما قيمته 450 مليون ريال قطري لإغاثة السوريين.",
    "قدمت قطر في مطلع عام 2022 مبلغ 450 مليون ريال قطري لإغاثة السوريين.",
])
def test_a_season_or_part_of_the_year_before_an_arabic_year_keeps_that_year(text):
    claim = only_claim(text, partner="QA")
    assert (claim.period, claim.year) == ("year", 2022)


@pytest.mark.parametrize("text", [
    "قدمت قطر 100 مليون دولار لسوريا. واستفاد من المشاريع 3.5 مليون مستفيد.",
    "قدمت قطر 100 مليون دولار لسوريا، ويعيش في المخيمات نحو 1.2 مليون نازح.",
    "قدمت قطر 100 مليون دولار لسوريا. ويبلغ عدد السكان في الشمال 4 ملايين نسمة.",
    "قدمت قطر 100 مليون دولار لسوريا. وتلقى 2.5 مليون طفلاً اللقاحات.",
    "قدمت قطر 100 مليون دولار لسوريا.\n\n3.5 مليون\nمستفيد من المشاريع الممولة قطرياً",
])
def test_a_bare_scaled_number_before_an_arabic_plural_count_noun_is_no_money(text):
    assert [c.value for c in claims(text, partner="QA")] == [100_000_000]


@pytest.mark.parametrize(("text", "value"), [
    ("ويضم المركز الطبي للوحدة فريقاً من ستة أطباء وممرضين ألمان.", 6),
    ("وتضم القاعدة في الأردن وحدة من نحو 200 جندي ألماني.", 200),
    ("ويضم المعسكر طاقماً من 12 مدرباً ألمانياً.", 12),
])
def test_a_unit_named_before_its_count_after_a_verb_of_hosting_is_the_partners_people(text, value):
    assert [(c.kind, c.value) for c in claims(text, partner="DE")] == [("personnel", value)]


@pytest.mark.parametrize("text", [
    "قدمت اليابان 630 مليون دولار من المساعدات للعراق، عبر وكالات الأمم المتحدة والمنظمات الدولية العاملة هناك.",
    "قدمت اليابان 630 مليون دولار من المساعدات للعراق، من خلال وزارات الدولة ومؤسساتها المختلفة.",
    "قدمت اليابان 630 مليون دولار من المساعدات للعراق، في وقت واحد ومن دون شروط مسبقة على الحكومة.",
])
def test_an_arabic_comma_before_a_preposition_ends_the_figures_clause(text):
    assert only_claim(text, partner="JP").evidence == "630 مليون دولار من المساعدات للعراق"


def test_a_chronologys_year_lines_give_their_year_to_the_events_under_them():
    text = ("هولندا في التحالف: تسلسل زمني\n\n"
            "في ما يلي أبرز محطات مشاركة هولندا في التحالف الدولي ضد داعش منذ انضمامها إليه:\n\n"
            "٢٠١٤ —\nأرسلت هولندا ١٣٠ مدرباً إلى العراق لتدريب قوات البيشمركة.\n\n"
            "2016:\nخصصت الحكومة الهولندية ١٠ ملايين يورو لصندوق تمويل الاستقرار الفوري في العراق.\n\n"
            "2018 –\nأبقت هولندا ١٠٠ مدرب في العراق بعد انتهاء العمليات.\n"
            "وقدمت ٥ ملايين يورو للنازحين في العراق.\n\n"
            "٢٠٢٠:\nبقي ١٥ عسكرياً هولندياً في العراق ضمن بعثة حلف شمال الأطلسي.")
    assert [(c.value, c.period, c.year) for c in claims(text, partner="NL")] == [
        (130, "year", 2014), (10_000_000, "year", 2016), (100, "year", 2018), (5_000_000, "year", 2018),
        (15, "year", 2020)]


@pytest.mark.parametrize("text", [
    "أعلنت هولندا مساهمة إنسانية قدرها 20 مليون يورو للنازحين في العراق لعامي 2022 و2023.",
    "خصصت هولندا 20 مليون يورو للنازحين في العراق للسنتين 2022 و2023.",
    "خصصت هولندا لسنتي 2022 و2023 مبلغ 20 مليون يورو للنازحين في العراق.",
])
def test_two_years_with_an_arabic_for_glued_make_a_span_from_the_first(text):
    claim = only_claim(text, partner="NL")
    assert (claim.period, claim.since) == ("cumulative", 2022)


@pytest.mark.parametrize(("text", "qualifier"), [
    ("يصرف القرض على دفعات على ألا تتجاوز الدفعة الأولى 35 مليون دولار.", "at_most"),
    ("تقدم كوريا منحة على ألا يزيد المبلغ المخصص لها على 35 مليون دولار.", "at_most"),
    ("وقدمت كوريا قروضاً للعراق لن تتعدى قيمتها الإجمالية 35 مليون دولار.", "at_most"),
    ("وقدمت كوريا القروض الميسّرة التي تجاوزت خلال العقدين الماضيين 35 مليون دولار.", "at_least"),
    ("وهي المساعدات الكورية التي فاقت في مجموعها 35 مليون دولار.", "at_least"),
])
def test_an_arabic_bound_with_words_between_it_and_the_figure_still_bounds_it(text, qualifier):
    assert only_claim(text, partner="KR").qualifier == qualifier


@pytest.mark.parametrize("text", [
    "قدمت اليابان للعراق خلال العقدين الماضيين قروضاً بقيمة 470 مليار ين.",
    "قدمت اليابان للعراق على مدى العقد الماضي 470 مليار ين.",
    "وقدمت اليابان 470 مليار ين للعراق خلال العقود الثلاثة الأخيرة.",
])
def test_an_arabic_span_of_decades_is_a_cumulative_period(text):
    assert only_claim(text, partner="JP").period == "cumulative"


@pytest.mark.parametrize("text", [
    "عقد مجلس الوزراء جلسته الأسبوعية اليوم في دار رئاسة الوزراء برئاسة رئيس الوزراء، واستعرض خلالها عدداً من "
    "الاتفاقيات ومذكرات التفاهم المعروضة عليه من الوزارات المختلفة، ثم اتخذ المجلس القرارات التالية بشأن المنح "
    "المقدمة إلى الأردن:\nأولاً: الموافقة على مذكرة التفاهم مع الجانب السعودي لتمويل توسعة مستشفى بمبلغ 30 مليون دولار.",
    "ناقشت اللجنة في اجتماعها المطول الذي عقد أمس بحضور ممثلين عن عدد من الوزارات والمؤسسات الحكومية والجهات المانحة "
    "مجموعة من الملفات، وأقرت في ختامه المشاريع الآتية الممولة سعودياً في الأردن:\n"
    "- توسعة مستشفى حكومي في الزرقاء بمبلغ 30 مليون دولار.",
])
def test_a_long_list_intro_gives_the_place_its_last_words_name(text):
    assert only_claim(text, partner="SA").places == ["JO"]


@pytest.mark.parametrize("text", [
    "تصدق اتفاقية القرض الموقعة في بغداد بتاريخ 9 آذار 2023 البالغ مبلغها 200 مليون دولار.",
    "وقّعت كوريا بتاريخ 14 مارس 2023 اتفاقية منحة بقيمة 200 مليون دولار مع العراق.",
    "أعلنت كوريا بتاريخ 2 تشرين الأول/أكتوبر 2023 تقديم 200 مليون دولار للعراق.",
])
def test_the_arabic_date_of_a_signing_in_the_figures_sentence_gives_its_year(text):
    claim = only_claim(text, partner="KR")
    assert (claim.period, claim.year) == ("year", 2023)


@pytest.mark.parametrize(("text", "qualifier"), [
    ("وقدمت كوريا القروض الميسرة التى تجاوزت خلال العقدين الماضيين 35 مليون دولار.", "at_least"),
    ("وقدمت كوريا القرض الذى فاق فى مجموعه 35 مليون دولار.", "at_least"),
])
def test_the_arabic_bounds_of_this_round_read_the_final_alif_maqsura_too(text, qualifier):
    assert only_claim(text, partner="KR").qualifier == qualifier


@pytest.mark.parametrize("text", [
    "ويضم المركز الطبي للوحدة في الأردن فريقاً من ستة أطباء وممرضين ألمان بإشراف الرائد الطبيبة أنكه فيبر.",
    "أرسلت ألمانيا ستة أطباء عسكريين إلى الأردن.",
    "Germany sent six military doctors to Jordan.",
])
def test_medics_of_the_partners_forces_serve_on_its_military_line(text):
    assert only_claim(text, partner="DE").lines == ["military"]


@pytest.mark.parametrize("text", [
    "قدمت الكويت 10 ملايين دولار للنازحين. وخصصت دولة قطر 20 مليون دولار للغرض ذاته.",
    "قدمت الكويت 10 ملايين دولار للنازحين، فيما قدمت سلطنة عمان 5 ملايين دولار.",
    "قدمت الكويت 10 ملايين دولار للنازحين. وكانت مملكة البحرين قد تبرعت بمبلغ 3 ملايين دولار.",
])
def test_another_state_named_with_its_title_after_a_verb_of_giving_is_not_the_partners_money(text):
    assert [c.value for c in claims(text, partner="KW")] == [10_000_000]
