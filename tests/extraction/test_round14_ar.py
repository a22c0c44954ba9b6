"""The classes of error blind round 14 found on Arabic pages (`gold/ar-o-*`), one test per class, each written
before its fix."""

import pytest

from .helpers import claims


@pytest.mark.parametrize(("text", "partner", "found"), [
    # alef without its hamza: "اكثر من", "الف", "على الاقل"
    ("قدمت هنغاريا اكثر من 40 مليون دولار امريكي للعراق.", "HU", [(40_000_000, "USD", "at_least")]),
    ("وتنشر رومانيا على الاقل 50 جنديا في العراق.", "RO", [(50, None, "at_least")]),
    ("خصصت النمسا 750 الف يورو للنازحين في الموصل.", "AT", [(750_000, "EUR", "exact")]),
    # a final ي written as ى: "جندى", "عسكرى", "مليونى"
    ("وتساهم بولندا بنحو 30 عسكرى فى بعثة الناتو.", "PL", [(30, None, "approximate")]),
    ("ارسلت البرتغال 25 جندى الى العراق.", "PT", [(25, None, "exact")]),
    ("تقدم بودابست نحو مليونى يورو سنويا للنازحين فى العراق.", "HU", [(2_000_000, "EUR", "approximate")]),
])
def test_arabic_spellings_without_hamza_and_with_a_final_alef_maqsura(text, partner, found):
    assert [(c.value, c.currency, c.qualifier) for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize(("text", "partner", "line"), [
    ("خصصت النمسا 3 ملايين يورو لاعادة اعمار المنازل فى العراق.", "AT", "development"),
    ("قدمت بلجيكا مليون يورو لتوزيع مواد اغاثة فى العراق.", "BE", "humanitarian"),
    ("قدمت ايرلندا مليون يورو لازالة الالغام فى العراق.", "IE", "stabilization"),
])
def test_arabic_line_keywords_without_hamza(text, partner, line):
    assert [c.lines for c in claims(text, partner=partner)] == [[line]]


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("قدمت ألمانيا للعراق حوالي مليارين ونصف مليار يورو منذ عام 2014.", "DE", [2_500_000_000]),
    ("وتبلغ مساهمة اليابان ملياران ونصف المليار ين ياباني.", "JP", [2_500_000_000]),
    ("خصصت النمسا للبنان مليونين ونصف مليون يورو.", "AT", [2_500_000]),
    ("يتوزع المبلغ بين 4 ملايين يورو للمفوضية ومليونين ونصف مليون يورو لبرنامج الأغذية العالمي في لبنان.", "AT",
     [4_000_000, 2_500_000]),
    ("وبلغت المساعدات الكورية للأردن مليونين ونصف المليون دولار أمريكي.", "KR", [2_500_000]),
])
def test_an_arabic_dual_scale_and_a_half(text, partner, values):
    assert [c.value for c in claims(text, partner=partner)] == values


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("وقدمت بولندا منذ عام 2014 اكثر من 45 مليون زلوتى (نحو 11 مليون دولار) مساعدات انسانية للعراق.", "PL",
     [(45_000_000, "PLN")]),
    ("خصصت بولندا 20 مليون زلوتي (5 ملايين دولار) للاجئين في لبنان.", "PL", [(20_000_000, "PLN")]),
    ("خصصت المجر 300 مليون فورنت (نحو مليون دولار) لإعادة بناء الكنائس في العراق.", "HU", [(300_000_000, "HUF")]),
    ("منحت اليابان 500 مليون ين للعراق.", "JP", [(500_000_000, "JPY")]),
    ("قدمت كوريا 5 مليارات وون (نحو 4 ملايين دولار) للأردن.", "KR", [(5_000_000_000, "KRW")]),
    ("خصصت سويسرا 12 مليون فرنك (13 مليون دولار) لسوريا.", "CH", [(12_000_000, "CHF")]),
])
def test_arabic_currency_words_without_their_nationality(text, partner, found):
    assert [(c.value, c.currency) for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize("text", [
    "خصصت ألمانيا 45 مليون يورو للصندوق في العراق، الذي تلقى منذ إنشائه أكثر من 1.5 مليار دولار من نحو 30 مانحا.",
    "خصصت ألمانيا 45 مليون يورو للصندوق في العراق. وقد جمع المرفق 1.4 مليار دولار من 28 دولة مانحة.",
    "خصصت ألمانيا 45 مليون يورو للصندوق في العراق، وهو يدير 900 مليون دولار من أكثر من 20 مانحاً.",
])
def test_a_sum_from_a_number_of_donors_is_nobodys_claim(text):
    assert [c.value for c in claims(text, partner="DE")] == [45_000_000]


@pytest.mark.parametrize("text", [
    "قدمت النمسا 6 ملايين يورو للبنان. وخطة لبنان للاستجابة للأزمة، التي تبلغ احتياجاتها ٣٫٦ مليار دولار، لم تمول إلا "
    "بنسبة ٣٨٪.",
    "قدمت النمسا 6 ملايين يورو للبنان، فيما تبلغ احتياجات خطة الأمم المتحدة للاستجابة الإنسانية في سوريا 4 مليارات دولار.",
    "قدمت النمسا 6 ملايين يورو للبنان. وتقدر خطة الأردن للاستجابة للأزمة السورية احتياجاتها بـ 2.2 مليار دولار.",
])
def test_a_response_plan_named_for_its_country_is_nobodys_claim(text):
    assert [c.value for c in claims(text, partner="AT")] == [6_000_000]


@pytest.mark.parametrize(("text", "partner"), [
    ("ودربت القوات الفنلندية منذ ذلك الحين أكثر من 8,000 عنصر من البيشمركة على إزالة المتفجرات.", "FI"),
    ("وقد تلقى أكثر من 20 ألف عنصر من البيشمركة والقوات الاتحادية تدريبات بإشراف ألماني.", "DE"),
    ("واستضافت المملكة دورات لأكثر من 300 عنصر من خفر السواحل العراقي.", "BH"),
    ("وشارك 150 ضابطا من سلاح الجو الأردني في التمرين.", "BH"),
])
def test_arabic_people_of_another_force_named_after_min(text, partner):
    assert claims(text, partner=partner) == []


def test_the_partners_own_force_after_min_stays_its_people():
    found = claims("وتنشر إيطاليا 200 جندي من القوات الخاصة الإيطالية في العراق.", partner="IT")
    assert [c.value for c in found] == [200]


@pytest.mark.parametrize("text", [
    "وجاء القرار بعد إعلان الولايات المتحدة، التي تنشر نحو 5200 جندي في العراق، عزمها خفض قواتها.",
    "ويأتى القرار بعد اعلان الولايات المتحدة، التى تنشر نحو 5200 جندى فى العراق، عزمها خفض قواتها.",
    "وكانت ألمانيا، التي قدمت 50 مليون يورو للصندوق، قد دعت المانحين إلى المزيد.",
    "وكانت هولندا قد ارسلت 150 جنديا الى العراق.",
])
def test_another_country_as_the_subject_of_an_arabic_relative_clause_or_past_perfect(text):
    assert claims(text, partner="PL") == []


@pytest.mark.parametrize(("text", "partner"), [
    ("بولندا تخفض قواتها في العراق إلى 250 جنديا\n\nأعلنت وزارة الدفاع البولندية اليوم خفض عدد جنودها المنتشرين في "
     "العراق إلى قرابة 250 جنديا بحلول نهاية العام.", "PL"),
    ("Poland to cut its Iraq force to 250 troops\n\nWarsaw will reduce its presence in Iraq to about 250 soldiers by "
     "the end of the year, the defence ministry said on Thursday.", "PL"),
    ("La Pologne réduit son contingent en Irak à 250 militaires\n\nVarsovie ramènera ses effectifs en Irak à environ "
     "250 militaires d'ici la fin de l'année, a annoncé jeudi le ministère de la Défense.", "PL"),
])
def test_a_headline_figure_takes_the_hedge_its_story_gives(text, partner):
    assert [(c.value, c.qualifier) for c in claims(text, partner=partner)] == [(250, "approximate")]


@pytest.mark.parametrize(("text", "partner"), [
    ("جمهورية العراق – وزارة الهجرة والمهجرين\nالمكتب الإعلامي\n\nالوزارة تثمن منحة مجرية لدعم عودة النازحين\n\n"
     "بغداد – ثمنت الوزارة الدعم الذي تقدمه المجر للعوائل العائدة.", "HU"),
    ("المملكة الأردنية الهاشمية – وزارة التخطيط والتعاون الدولي\n\nتوقيع منحة سويدية لدعم قطاع المياه\n\n"
     "عمّان – وقعت الوزارة اليوم اتفاقية منحة مع السويد.", "SE"),
    ("الجمهورية اللبنانية - وزارة الشؤون الاجتماعية\n\nمساعدات نمساوية جديدة للنازحين\n\nأعلنت الوزارة وصول "
     "مساعدات من النمسا.", "AT"),
    ("مملكة البحرين – وزارة الخارجية\n\nالوزارة تعلن مساهمة جديدة في جهود التحالف\n\nأعلنت الوزارة اليوم تقديم "
     "5 ملايين دولار لدعم الاستقرار في المناطق المحررة من تنظيم داعش في العراق وسوريا ضمن جهود التحالف الدولي.",
     "BH"),
])
def test_an_arabic_ministrys_letterhead_is_the_writer_not_the_giver_the_headline_names(text, partner):
    from coalition.extraction import extract_text

    assert extract_text(text).doc.partner == partner


@pytest.mark.parametrize(("text", "partner"), [
    ("وزارة الهجرة تثمن منحة هنغارية جديدة لدعم عودة النازحين\n\nبغداد – ثمنت الوزارة الدعم المقدم للعوائل العائدة.",
     "HU"),
    ("السفير الهنغارى يعلن منحة جديدة للنازحين\n\nبغداد – اعلن السفير عن منحة للعوائل العائدة.", "HU"),
    ("وصول مساعدات اماراتية جديدة الى المخيمات\n\nوزعت الفرق سلالا غذائية على الاسر.", "AE"),
    ("منحة يابانيه جديدة لدعم المدارس\n\nاعلنت السفارة عن منحة للمدارس.", "JP"),
])
def test_arabic_demonyms_in_the_spellings_of_the_press(text, partner):
    from coalition.extraction import extract_text

    assert extract_text(text).doc.partner == partner


@pytest.mark.parametrize(("text", "partner"), [
    ("وقعت السويد منحة بقيمة 220 مليون كرونة سويدية للأردن، بعد شهر من توقيع منحة ألمانية بقيمة ٣٠ مليون يورو.", "SE"),
    ("قدمت السويد 220 مليون كرونة سويدية للأردن، فيما وصلت المساعدات الألمانية البالغة 30 مليون يورو الشهر الماضي.",
     "SE"),
    ("Sweden signed a SEK 220 million grant for Jordan, a month after a German grant of EUR 30 million.", "SE"),
    ("La Suède a signé un don de 220 millions de couronnes suédoises pour la Jordanie, un mois après une subvention "
     "allemande de 30 millions d'euros.", "SE"),
])
def test_a_grant_named_for_another_country_is_not_the_partners(text, partner):
    assert [c.value for c in claims(text, partner=partner)] == [220_000_000]


def test_a_grant_named_for_the_partner_stays_its_own():
    assert [c.value for c in claims("وقعت الأردن اتفاقية منحة سويدية بقيمة 30 مليون يورو.", partner="SE")] == [
        30_000_000]


@pytest.mark.parametrize("text", [
    "قدمت هنغاريا 3 ملايين يورو للعراق. وكان الاتحاد الأوروبي قد أعلن الشهر الماضي تخصيص 10 ملايين يورو لبرامج العودة.",
    "قدمت هنغاريا 3 ملايين يورو للعراق. وكان الاتحاد الاوروبى قد اعلن الشهر الماضى تخصيص 10 ملايين يورو لبرامج العودة.",
    "قدمت هنغاريا 3 ملايين يورو للعراق. وكان البنك الدولي قد قدم قرضا بقيمة 200 مليون دولار للعراق.",
])
def test_an_organisation_as_the_subject_of_an_arabic_past_perfect_gives_no_claim(text):
    assert [c.value for c in claims(text, partner="HU")] == [3_000_000]


@pytest.mark.parametrize(("text", "partner", "place"), [
    ("وقعت السويد منحة بقيمة 220 مليون كرونة سويدية لدعم المجتمعات المستضيفة في الأردن. وتتوزع المنحة الجديدة على 140 "
     "مليون كرونة لمشاريع المياه و80 مليون كرونة للمدارس.", "SE", "JO"),
    ("قدمت النمسا 6.5 مليون يورو للنازحين في لبنان. وأوضح السفير أن المبلغ يتوزع بين 4 ملايين يورو للمفوضية ومليونين "
     "ونصف مليون يورو لبرنامج الأغذية.", "AT", "LB"),
    ("خصصت هنغاريا منحة بقيمة 3 ملايين يورو لإعمار المنازل في العراق. وتشمل المنحة أيضا نصف مليون يورو لمستوصف برطلة.",
     "HU", "IQ"),
    ("Sweden signed a SEK 220 million grant for host communities in Jordan. The grant is divided into SEK 140 million "
     "for water and SEK 80 million for schools.", "SE", "JO"),
])
def test_the_grant_split_or_included_in_the_next_sentence_points_back_to_its_place(text, partner, place):
    assert {tuple(c.places) for c in claims(text, partner=partner)} == {(place,)}


@pytest.mark.parametrize(("text", "partner", "lines"), [
    ("وقعت السويد منحة بقيمة 220 مليون كرونة سويدية ضمن برنامج التعاون الإنمائي لدعم قطاع المياه في المجتمعات "
     "الأردنية المستضيفة للاجئين السوريين.", "SE", ["development"]),
    ("Denmark gives DKK 50 million in development cooperation to communities hosting Syrian refugees in Lebanon.", "DK",
     ["development"]),
    ("قدمت النرويج 10 ملايين دولار أمريكي للمجتمعات المضيفة للاجئين في الأردن.", "NO", ["humanitarian"]),
])
def test_communities_hosting_refugees_name_who_is_helped_not_the_line(text, partner, lines):
    assert [c.lines for c in claims(text, partner=partner)] == [lines]


@pytest.mark.parametrize(("text", "partner", "lines"), [
    ("ويخدم نحو 170 جنديا نمساويا في قوة اليونيفيل في جنوب لبنان، مؤكدا التزام فيينا باستقرار لبنان.", "AT",
     ["military"]),
    ("وتنشر إيطاليا 600 جندي في العراق، حرصا على أمن واستقرار المنطقة.", "IT", ["military"]),
    ("وقدمت الكويت 5 ملايين دولار أمريكي مساعدات إنسانية للعراق، حرصا على أمن واستقرار العراق.", "KW",
     ["humanitarian"]),
    ("خصصت ألمانيا 45 مليون يورو لتحقيق الاستقرار في العراق.", "DE", ["stabilization"]),
    ("خصصت ألمانيا 45 مليون يورو لدعم استقرار المناطق المحررة في العراق.", "DE", ["stabilization"]),
])
def test_the_stability_of_a_country_is_not_the_stabilisation_line(text, partner, lines):
    assert [c.lines for c in claims(text, partner=partner)] == [lines]



@pytest.mark.parametrize(("text", "partner", "places"), [
    ("ألمانيا شريك في تحقيق الاستقرار في العراق\n\nمنذ تحرير المناطق التي سيطر عليها تنظيم داعش، تعمل ألمانيا مع "
     "الحكومة والأمم المتحدة على إعادة الخدمات الأساسية وتمكين النازحين من العودة إلى ديارهم.\n\nصندوق تمويل "
     "الاستقرار\n\nيعد الصندوق أهم أداة لإعادة تأهيل البنى التحتية. وفي عام 2023 وحده خصصت الخارجية الألمانية 45 "
     "مليون يورو للصندوق.\n", "DE", ["IQ"]),
    ("Denmark's support to Jordan\n\nDenmark has worked with the Jordanian government and UN agencies since 2012 to "
     "help the country carry the weight of the Syrian crisis.\n\nWater and schools\n\nDenmark's programme rebuilds "
     "pipes and classrooms in the north. In 2023 alone Denmark gave DKK 80 million to the programme.\n", "DK", ["JO"]),
    # the section's own place wins over the title's
    ("ألمانيا شريك في تحقيق الاستقرار في العراق\n\nمنذ تحرير المناطق التي سيطر عليها تنظيم داعش، تعمل ألمانيا مع "
     "الحكومة والأمم المتحدة على إعادة الخدمات الأساسية وتمكين النازحين من العودة إلى ديارهم.\n\nالاستقرار في شمال "
     "شرق سوريا\n\nوتدعم ألمانيا إزالة الألغام وإعادة الخدمات الأساسية في المدن المحررة، وقد خصصت لذلك 18 مليون "
     "يورو.\n", "DE", ["SY"]),
])
def test_a_section_heading_without_a_place_passes_on_to_the_pages_title(text, partner, places):
    assert [c.places for c in claims(text, partner=partner)] == [places]


@pytest.mark.parametrize(("text", "partner"), [
    ("وجال السفير على مركز للرعاية الصحية في بر الياس، حيث اطلع على خدمات يقدمها ١٢ طبيبا وممرضا.", "AT"),
    ("وزار الوزير مستشفى الموصل العام الذي يعمل فيه 30 طبيبا.", "AT"),
    ("The ambassador visited a primary health centre in Zahle staffed by 12 doctors and nurses.", "AT"),
    ("The minister toured a clinic run by 15 doctors in the Bekaa.", "AT"),
])
def test_the_staff_of_a_local_facility_are_not_the_partners_people(text, partner):
    assert claims(text, partner=partner) == []


def test_the_partners_own_doctors_in_a_facility_stay_its_people():
    found = claims("وافتتح الأردن مستشفى ميدانيا في غزة يعمل فيه 40 طبيبا أردنيا.", partner="JO")
    assert [c.value for c in found] == [40]


@pytest.mark.parametrize(("text", "partner", "places"), [
    ("قدمت السعودية 500 الف دولار للاجئين فى الاردن.", "SA", ["JO"]),
    ("قدمت الامارات مساعدات تزيد قيمتها على 100 مليون درهم للاجئين فى الاردن.", "AE", ["JO"]),
    ("قدمت الكويت مليون دولار امريكى للنازحين فى الانبار.", "KW", ["IQ"]),
    ("وتنشر المانيا 100 جندي في إقليم كوردستان.", "DE", ["IQ"]),
])
def test_arabic_place_names_without_hamza_and_in_kurdish_spelling(text, partner, places):
    assert [c.places for c in claims(text, partner=partner)] == [places]


@pytest.mark.parametrize(("text", "partner", "value"), [
    ("قدمت اليابان مليون و500 ألف دولار أمريكي للنازحين في العراق.", "JP", 1_500_000),
    ("قدمت اليابان مليونا و200 ألف دولار أمريكي للنازحين في العراق.", "JP", 1_200_000),
    ("وخصصت النمسا 3 ملايين و750 ألف يورو للبنان.", "AT", 3_750_000),
    ("ورصدت الكويت مليونين و500 الف دولار امريكي للاجئين فى الاردن.", "KW", 2_500_000),
    ("وقدمت النرويج ربع مليون دولار أمريكي للأردن.", "NO", 250_000),
])
def test_arabic_millions_and_thousands_in_one_number(text, partner, value):
    assert [c.value for c in claims(text, partner=partner)] == [value]


@pytest.mark.parametrize(("text", "partner", "period"), [
    ("وقدمت فرنسا فى السنة المالية 2020 نحو 30 مليون يورو للعراق.", "FR", ("year", 2020, None)),
    ("وقدمت فرنسا فى 2019 نحو 30 مليون يورو للعراق.", "FR", ("year", 2019, None)),
    ("تقدم النرويج 20 مليون كرونة نرويجية فى السنة لسوريا.", "NO", ("annual", None, None)),
    ("وقدمت النمسا منذ اندلاع الازمة السورية فى عام 2011 نحو 140 مليون يورو للبنان.", "AT", ("cumulative", None, 2011)),
])
def test_arabic_periods_with_fi_written_with_a_final_alef_maqsura(text, partner, period):
    assert [(c.period, c.year, c.since) for c in claims(text, partner=partner)] == [period]


@pytest.mark.parametrize(("text", "partner", "year"), [
    ("خصصت الدنمارك 150 مليون كرونة دنماركية للعام 2024 لدعم اللاجئين في لبنان.", "DK", 2024),
    ("وخصصت النرويج 50 مليون كرونة نرويجية لعام 2023 لسوريا.", "NO", 2023),
    ("ورصدت هولندا 12 مليون يورو للسنة 2022 للعراق.", "NL", 2022),
])
def test_for_the_year_with_the_arabic_lam(text, partner, year):
    assert [(c.period, c.year) for c in claims(text, partner=partner)] == [("year", year)]


@pytest.mark.parametrize(("text", "partner", "value"), [
    ("وتضم القوة البريطانية قرابة 400 جندى.", "GB", 400),
    ("ويضم الفريق الدنماركي 60 مدربا في الأنبار.", "DK", 60),
    ("وتضم الوحدة الإسبانية في قاعدة بسماية نحو 300 عسكري.", "ES", 300),
])
def test_a_unit_after_the_arabic_verb_comprising_its_people_keeps_them(text, partner, value):
    assert [c.value for c in claims(text, partner=partner)] == [value]


def test_a_host_country_before_its_guests_still_keeps_none():
    assert claims("وتستضيف الكويت نحو 13 الف جندى امريكى.", partner="KW") == []


def test_arabic_place_names_with_a_final_alef_maqsura():
    assert [c.places for c in claims("ارسلت استراليا ثلاثمئة مدرب الى التاجى.", partner="AU")] == [["IQ"]]


@pytest.mark.parametrize(("text", "partner"), [
    ("وزارة الدفاع العراقية\n\nوزير الدفاع يستقبل السفير الإيطالي ويثمن دور المدربين الإيطاليين\n\nاستقبل وزير الدفاع "
     "اليوم السفير الإيطالي في بغداد، وثمن الدور الذي يؤديه نحو 600 مدرب إيطالي في تأهيل القوات العراقية.", "IT"),
    ("وزارة التخطيط والتعاون الدولي\n\nتوقيع اتفاقية منحة يابانية لدعم قطاع الصحة\n\nوقعت الوزارة اليوم اتفاقية منحة "
     "مع اليابان بقيمة 10 ملايين دولار أمريكي لتجهيز المستشفيات في محافظات الأردن الشمالية.", "JP"),
])
def test_a_ministrys_name_alone_atop_the_page_is_its_writer(text, partner):
    from coalition.extraction import extract_text

    assert extract_text(text).doc.partner == partner


@pytest.mark.parametrize(("text", "partner"), [
    ("الخارجية الأردنية\n\nالأردن يشكر النرويج على منحة بقيمة 20 مليون دولار\n\nعمان – ثمنت وزارة الخارجية المنحة "
     "النرويجية البالغة 20 مليون دولار أمريكي.", "NO"),
    ("العراق يثمن دعم اليابان لمشاريع المياه في البصرة\n\nبغداد – ثمنت وزارة التخطيط المنحة اليابانية البالغة 30 مليون "
     "دولار أمريكي.", "JP"),
    ("وكالة الأنباء العمانية\n\nالسلطنة تسهم بـ 5 ملايين دولار في صندوق إعادة إعمار العراق\n\nمسقط في 6 نوفمبر "
     "/العمانية/ أعلنت سلطنة عمان مساهمتها بمبلغ 5 ملايين دولار أمريكي في صندوق إعادة إعمار المناطق المحررة.", "OM"),
])
def test_a_country_that_thanks_or_is_rebuilt_is_not_the_giver_of_an_arabic_headline(text, partner):
    from coalition.extraction import extract_text

    assert extract_text(text).doc.partner == partner


@pytest.mark.parametrize(("text", "partner", "qualifier"), [
    ("وتنشر النرويج قوة لا يتجاوز عددها 60 جنديا في الأردن.", "NO", "at_most"),
    ("وتنشر النرويج ما لا يزيد على 60 جنديا في الأردن.", "NO", "at_most"),
    ("وستبقي هولندا في العراق عددا لا يتعدى 50 عسكريا.", "NL", "at_most"),
    ("قدمت اليابان ما يربو على 500 مليون دولار أمريكي للعراق.", "JP", "at_least"),
    ("قدمت اليابان ما ينيف على 500 مليون دولار أمريكي للعراق.", "JP", "at_least"),
    ("قدمت اليابان بحدود 500 مليون دولار أمريكي للعراق.", "JP", "approximate"),
    ("قدمت اليابان في حدود 500 مليون دولار أمريكي للعراق.", "JP", "approximate"),
    ("قدمت اليابان 500 مليون دولار أمريكي تقريبًا للعراق.", "JP", "approximate"),
])
def test_more_arabic_hedges_and_negated_bounds(text, partner, qualifier):
    assert [c.qualifier for c in claims(text, partner=partner)] == [qualifier]
