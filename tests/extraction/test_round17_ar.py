"""The classes of error blind round 17 found on Arabic pages (`gold/ar-r-*`), one test per class, each written
before its fix."""

import pytest

from .helpers import claims


@pytest.mark.parametrize(("text", "value"), [
    ("بلغ الدعم الالماني لتونس منذ سنة 2015 اكثر من 140 مليون أورو.", 140_000_000),
    ("رصدت المانيا لسنة 2027 اعتمادات بحوالي 20 مليون اورو لتونس.", 20_000_000),
    ("وخصصت ألمانيا مليوني أورو لتكوين أعوان الحماية المدنية في تونس.", 2_000_000),
])
def test_the_maghreb_spelling_of_the_euro_is_the_euro(text, value):
    (claim,) = claims(text, partner="DE")
    assert (claim.value, claim.currency) == (value, "EUR")


@pytest.mark.parametrize("text", [
    "قدمت قطر 5 ملايين دولار، وأشار إلى أن نداء المفوضية للاستجابة لأزمة اللاجئين السوريين لعام ٢٠٢٧ يبلغ ٢٫٤ "
    "مليار دولار.",
    "قدمت قطر 5 ملايين دولار، في وقت لم يُموَّل فيه نداء الأمم المتحدة الإنساني لسوريا لعام 2027، البالغ 4.1 "
    "مليار دولار.",
    "قدمت قطر 5 ملايين دولار. ويبلغ نداء المفوضية الإقليمي 3 مليارات دولار.",
])
def test_an_appeal_named_without_its_article_is_no_money_given(text):
    assert [c.value for c in claims(text, partner="QA")] == [5_000_000]


@pytest.mark.parametrize(("text", "values"), [
    ("تنشر بولندا 300 عسكري في العراق. ويبلغ العدد الإجمالي لقوات التحالف في البلدين حاليا نحو 4 آلاف عسكري.", [300]),
    ("تنشر بولندا 300 عسكري في العراق. ويصل إجمالي عدد قوات التحالف في العراق إلى 2500 جندي.", [300]),
    ("ويبلغ مجموع جنود التحالف في العراق 2500 جندي، بينهم 300 جندي بولندي.", [300]),
    ("وتنشر بولندا 200 عسكري ضمن قوات التحالف في الكويت.", [200]),
])
def test_the_strength_of_the_whole_coalition_is_not_the_partners(text, values):
    assert [c.value for c in claims(text, partner="PL")] == values


@pytest.mark.parametrize(("text", "value", "since"), [
    ("بلغ ما قدمته الدولة للاستجابة الإنسانية داخل سوريا منذ عام ٢٠١٢ ملياري دولار.", 2_000_000_000, 2012),
    ("بلغ ما قدمته قطر للعراق منذ 2014 مليوني دولار.", 2_000_000, 2014),
    ("ووصل مجموع ما خصصته الدوحة لدعم النازحين في العراق منذ سنة 2016 مليونَي دولار.", 2_000_000, 2016),
])
def test_a_year_before_a_spelled_dual_is_its_time_not_its_number(text, value, since):
    (claim,) = claims(text, partner="QA")
    assert (claim.value, claim.currency, claim.period, claim.since) == (value, "USD", "cumulative", since)


@pytest.mark.parametrize(("text", "value"), [
    ("ويُذكر أن قوة دفاع البحرين تشارك في التحالف بثلاثة ضباط ارتباط في مقر القيادة المشتركة.", 3),
    ("وتساهم المملكة بخمسين مدرباً في العراق.", 50),
    ("وتشارك المملكة في البعثة ب12 عسكريا في العراق.", 12),
    ("وتشارك المملكة في قيادة العمليات بعشرة ضباط.", 10),
])
def test_a_number_with_with_glued_to_it_counts_people(text, value):
    assert [c.value for c in claims(text, partner="BH")] == [value]


def _givers(text):
    from coalition.extraction import extract_text

    found = extract_text(text)
    return found.partner, [(c.partner, c.value) for c in found.claims]


@pytest.mark.parametrize(("text", "found"), [
    ("تعهدات جديدة للاستقرار في العراق\n\nوعلى الصعيد الإنساني، قدمت النرويج 4 ملايين دولار للنازحين في العراق. "
     "أما أوروبياً، فقد أعلنت إسبانيا عن مليوني يورو للصندوق. ومن جهتها، تعهدت كوريا الجنوبية بثلاثة ملايين دولار.",
     [("NO", 4_000_000), ("ES", 2_000_000), ("KR", 3_000_000)]),
    ("حصيلة الاجتماع\n\nفي المقابل، أعلنت اليابان تقديم 5 ملايين دولار للعراق. وفي السياق ذاته، رصدت الدنمارك "
     "مليون يورو لإزالة الألغام. وبالتوازي، منحت السويد 20 مليون كرونة للعراق.",
     [("JP", 5_000_000), ("DK", 1_000_000), ("SE", 20_000_000)]),
])
def test_an_arabic_giver_may_follow_a_short_opening_phrase(text, found):
    assert _givers(text) == (None, found)


def test_an_arabic_as_did_gives_the_same_figure_to_the_giver_after_it():
    text = ("حصيلة المؤتمر\n\nأعلنت السعودية عن مئة مليون دولار لإعادة الإعمار في العراق، وكذلك فعلت الإمارات. "
            "وتعهدت ألمانيا بخمسين مليون يورو. وقدمت هولندا 10 ملايين يورو.")
    partner, found = _givers(text)
    assert partner is None
    assert found == [("SA", 100_000_000), ("AE", 100_000_000), ("DE", 50_000_000), ("NL", 10_000_000)]


@pytest.mark.parametrize(("text", "partner"), [
    ("الجمهورية اللبنانية\nوزارة الشؤون الاجتماعية\n\nبيروت، 3 أيار 2026\n\n"
     "الوزارة تتسلَّم هِبةً إيطالية لدعم النازحين\n\n"
     "تسلمت الوزارة اليوم هبة بقيمة مليوني يورو لدعم العائلات النازحة داخل لبنان.", "IT"),
    ("جمهورية العراق – وزارة التخطيط\n\nبغداد\n\nالعراق يتسلم منحة يابانية جديدة\n\n"
     "تسلمت وزارة التخطيط منحة بقيمة 5 ملايين دولار لإعادة تأهيل المدارس في الموصل.", "JP"),
    ("المملكة الأردنية الهاشمية\n\nعمان\n\nتسلمت وزارة الصحة من سفارة جمهورية كوريا في عمّان أجهزة طبية "
     "بقيمة 700 ألف دولار لدعم المستشفيات في الأردن.", "KR"),
])
def test_a_page_the_recipient_published_names_the_giver_it_received_from(text, partner):
    from coalition.extraction import extract_text

    assert extract_text(text).partner == partner


def test_the_coalitions_strength_stays_the_coalitions_after_a_clause_that_names_the_partner():
    text = ("ويأتي القرار البولندي بعد أشهر من إعلان التحالف انتقال مهمته إلى مرحلة جديدة، ويبلغ العدد الإجمالي "
            "لقوات التحالف في البلدين حاليا نحو 4 آلاف عسكري.")
    assert claims(text, partner="PL") == []


@pytest.mark.parametrize("text", [
    "قدمت إيطاليا 3 ملايين يورو للبرنامج. ويساهم الاتحاد الأوروبي في البرنامج نفسه بمبلغ 60 مليون يورو.",
    "قدمت إيطاليا 3 ملايين يورو للبرنامج، فيما تسهم المفوضية الأوروبية بـ 10 ملايين يورو.",
    "قدمت إيطاليا 3 ملايين يورو للبرنامج. ويمول البنك الدولي المرحلة الثانية بقرض قيمته 200 مليون دولار.",
])
def test_an_organisation_that_pays_its_own_share_is_not_the_partner(text):
    assert [c.value for c in claims(text, partner="IT")] == [3_000_000]


@pytest.mark.parametrize(("text", "partner", "currency"), [
    ("تم امضاء اتفاقية هبة المانية لفائدة تونس بقيمة 15 مليون دينار (ما يعادل قرابة 4,6 مليون أورو).", "DE", "TND"),
    ("قدمت ألمانيا للأردن منحة بقيمة 3 ملايين دينار لدعم المدارس.", "DE", "JOD"),
    ("منحت فرنسا المغرب 40 مليون درهم لدعم التكوين المهني.", "FR", "MAD"),
    ("قدم الأردن للعراق 3 ملايين دينار.", "JO", "JOD"),
])
def test_a_bare_dinar_of_a_partner_without_one_is_the_recipients(text, partner, currency):
    (claim,) = claims(text, partner=partner)
    assert claim.currency == currency


@pytest.mark.parametrize(("text", "lines"), [
    ("أعلنت إيطاليا أنها ستبقي نحو 650 جندياً في العراق لتدريب قوات البيشمركة والشرطة الاتحادية.", ["military"]),
    ("تنشر إسبانيا 300 عسكري في قاعدة بسماية لتأهيل عناصر الشرطة العراقية.", ["military"]),
    ("ترسل إيطاليا 20 شرطياً إلى العراق لتدريب الشرطة الاتحادية.", ["other"]),
])
def test_the_people_soldiers_are_sent_to_train_give_them_no_line(text, lines):
    (claim,) = claims(text, partner="IT" if "إيطاليا" in text else "ES")
    assert claim.lines == lines


@pytest.mark.parametrize("text", [
    "وذكّر السفير بأن إيطاليا قدّمت منذ عام 2011 ما يزيد على مئة وخمسين مليون يورو من المساعدات الإنسانية "
    "والإنمائية إلى لبنان، وبأن نحو ألف ومئتي جندي إيطالي يخدمون حالياً في جنوب لبنان.",
    "قدمت إيطاليا 5 ملايين يورو لإعادة الإعمار في العراق، وتنشر هناك 300 جندي.",
    "خصصت إيطاليا 2 مليون يورو للمساعدات الإنسانية في العراق، كما ينتشر فيه 400 عسكري إيطالي.",
])
def test_soldiers_after_a_sum_in_their_sentence_take_no_line_from_its_words(text):
    assert claims(text, partner="IT")[-1].lines == ["military"]


@pytest.mark.parametrize(("text", "partner"), [
    ("تسلمت الوزارة هبة بمبلغ (3) ملايين يورو، مقدمة من الوكالة الإيطالية للتعاون الإنمائي، لتمويل برنامج المساعدة "
     "الإنسانية للعائلات النازحة داخل لبنان.", "IT"),
    ("قدمت الوكالة الإسبانية للتعاون الدولي من أجل التنمية مليوني يورو للاجئين في الأردن.", "ES"),
    ("وقّعت الوكالة الكورية للتعاون الدولي اتفاقية بقيمة 4 ملايين دولار لإغاثة النازحين في العراق.", "KR"),
])
def test_the_name_of_an_agency_of_development_cooperation_gives_no_line(text, partner):
    (claim,) = claims(text, partner=partner)
    assert claim.lines == ["humanitarian"]


@pytest.mark.parametrize(("text", "lines"), [
    ("وقّع صندوق قطر للتنمية اتفاقية تقدم قطر بموجبها ٣ ملايين دولار للمأوى في الأردن، و٥ ملايين دولار للمساعدات "
     "الصحية في لبنان.", [["humanitarian"], ["humanitarian"]]),
    ("وقع صندوق أبوظبي للتنمية اتفاقية بقيمة 10 ملايين دولار مساعدات للاجئين في الأردن.", [["humanitarian"]]),
    ("قدم الصندوق السعودي للتنمية قرضاً بقيمة 50 مليون دولار للأردن.", [["development"]]),
])
def test_the_name_of_a_development_fund_gives_no_line_to_a_sum_of_aid(text, lines):
    partner = "QA" if "قطر" in text else "AE" if "أبوظبي" in text else "SA"
    assert [c.lines for c in claims(text, partner=partner)] == lines


@pytest.mark.parametrize("text", [
    "حصيلة المؤتمر\n\nأعلنت الولايات المتحدة تقديم 450 مليون دولار لسوريا. وتعهدت ألمانيا وهولندا بـ 120 مليون "
    "يورو و45 مليون يورو على التوالي لصندوق تمويل الاستقرار في العراق. وقدمت اليابان 35 مليون دولار للعراق.",
    "Pledges for Iraq and Syria\n\nThe United States announced USD 450 million for Syria. Germany and the Netherlands "
    "pledged EUR 120 million and EUR 45 million respectively to the stabilization fund in Iraq. Japan gave USD 35 "
    "million for Iraq.",
])
def test_where_respectively_sends_the_figures_is_where_the_first_goes_too(text):
    found = {c.partner: c.places for c in claims(text)}
    assert found["DE"] == found["NL"] == ["IQ"]


@pytest.mark.parametrize(("text", "value"), [
    ("وأوضح أن الاتفاقية تأتي استكمالاً لدعم دولة قطر، إذ تجاوز إجمالي ما قدمته الدولة للاستجابة الإنسانية داخل "
     "سوريا منذ عام ٢٠١٢ ملياري دولار.", 2_000_000_000),
    ("وفاق حجم المساعدات القطرية للعراق منذ 2014 نحو 500 مليون دولار.", 500_000_000),
    ("ويتجاوز مجموع ما خصصته قطر لدعم اللاجئين في الأردن 300 مليون دولار.", 300_000_000),
])
def test_a_total_given_that_exceeds_the_figure_is_at_least_it(text, value):
    (claim,) = claims(text, partner="QA")
    assert (claim.value, claim.qualifier) == (value, "at_least")


@pytest.mark.parametrize(("text", "partner"), [
    ("امضاء اتفاقية هبة المانية لفائدة تونس بقيمة 15 مليون دينار، ترمي الى تعزيز قدرات الحرس الوطني في مراقبة "
     "الحدود.", "DE"),
    ("قدمت الولايات المتحدة 20 مليون دولار لتجهيز قوات الامن العراقية.", "US"),
    ("خصصت بريطانيا 5 ملايين جنيه إسترليني لدعم حرس الحدود في الأردن.", "GB"),
    ("وخصصت الحكومة البولندية لتمويل مهمتها في العراق والكويت في عام 2027 نحو 96 مليون زلوتي.", "PL"),
])
def test_security_forces_guards_and_the_cost_of_the_partners_own_mission_are_military(text, partner):
    (claim,) = claims(text, partner=partner)
    assert claim.lines == ["military"]


@pytest.mark.parametrize(("text", "value"), [
    ("سترفع بولندا عدد عسكرييها في العراق والكويت إلى 320 عسكريا. وقال البيان إن نحو مئة وخمسين من هؤلاء سيعملون "
     "مستشارين في العراق.", 150),
    ("تنشر بولندا 300 جندي في العراق، خمسون منهم في بغداد.", 50),
    ("تنشر بولندا 300 جندي في العراق، 40 من بينهم مدربون.", 40),
])
def test_a_part_of_the_people_just_counted_in_words_or_among_them_is_a_head_count(text, value):
    assert claims(text, partner="PL")[-1].value == value


@pytest.mark.parametrize(("text", "value"), [
    ("ويخدم نحو ألفين ومئتي جندي إيطالي في لبنان.", 2200),
    ("تنشر المملكة ألفين وخمسمئة عسكري في الكويت.", 2500),
    ("ويخدم نحو ألف ومئتي جندي إيطالي في لبنان.", 1200),
])
def test_two_thousand_as_a_dual_opens_a_spelled_head_count(text, value):
    assert [c.value for c in claims(text, partner="IT")] == [value]


@pytest.mark.parametrize(("line", "giver"), [
    ("تسلم رئيس الوزراء رسالة من رئيس وزراء اليابان تتناول العلاقات الثنائية", None),
    ("وتسلمت الوزارة دعوة من الحكومة الألمانية لحضور المؤتمر", None),
    ("تسلم رئيس الوزراء منحة من اليابان بقيمة مليوني دولار", "JP"),
])
def test_only_a_gift_received_names_its_giver(line, giver):
    from coalition.extraction.partner import _received_from

    assert _received_from([line]) == giver
