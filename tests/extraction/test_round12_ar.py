"""The classes of error blind round 12 found on Arabic pages (`gold/ar-m-*`), one test per class, each written
before its fix."""

import pytest

from .helpers import claims


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("تقدم الكويت 28 مليون دولار للعراق و12 مليون دولار للأردن.", "KW",
     [(28_000_000, ["IQ"]), (12_000_000, ["JO"])]),
    ("خصصت قطر 5 ملايين دولار لسوريا و3 ملايين دولار للبنان.", "QA", [(5_000_000, ["SY"]), (3_000_000, ["LB"])]),
    ("تنشر إيطاليا 200 جندي في العراق و50 مدرباً في الكويت.", "IT", [(200, ["IQ"]), (50, ["KW"])]),
    ("وتبلغ المساهمة ٤ ملايين يورو لسوريا و٢٫٥ مليون يورو للعراق.", "DE",
     [(4_000_000, ["SY"]), (2_500_000, ["IQ"])]),
])
def test_and_glued_to_a_figure_opens_a_second_figure(text, partner, found):
    assert [(c.value, c.places) for c in claims(text, partner=partner)] == found


def test_and_inside_a_compound_number_stays_one_figure():
    found = claims("قدمت الإمارات مساعدات بلغت قيمتها مليار و٣٠٠ مليون درهم للعراق.", partner="AE")
    assert [c.value for c in found] == [1_300_000_000]


@pytest.mark.parametrize("text", [
    "قدمت الدنمارك 10 ملايين دولار أمريكي للعراق. وتقدر خطة الاستجابة الإنسانية احتياجات العام بنحو 400 مليون "
    "دولار أمريكي.",
    "قدمت الدنمارك 10 ملايين دولار أمريكي لسوريا، فيما لم يتجاوز التمويل 20 في المئة من أصل 4 مليارات دولار "
    "أمريكي مطلوبة.",
    "قدمت الدنمارك 10 ملايين دولار أمريكي لسوريا. ولم يُموَّل سوى ربع المبلغ المطلوب البالغ 3 مليارات دولار أمريكي.",
    "قدمت الدنمارك 10 ملايين دولار أمريكي لسوريا، بينما يبلغ التمويل المطلوب لهذا العام 2.5 مليار دولار أمريكي.",
])
def test_what_an_appeal_needs_is_nobodys_claim(text):
    assert [c.value for c in claims(text, partner="DK")] == [10_000_000]


@pytest.mark.parametrize("text", [
    "قدمت الكويت 10 ملايين دولار أمريكي لسوريا. واستضافت الكويت ثلاثة مؤتمرات دولية للمانحين جمعت تعهدات "
    "تجاوزت 7 مليارات دولار أمريكي.",
    "قدمت الكويت 10 ملايين دولار أمريكي لسوريا. وكان المؤتمر قد اختتم أعماله بتعهدات إجمالية بلغت 6 مليارات يورو.",
    "قدمت الكويت 10 ملايين دولار أمريكي لسوريا. وحشد المؤتمر تعهدات بقيمة 4 مليارات دولار أمريكي.",
])
def test_what_a_conference_raised_is_nobodys_claim(text):
    assert [c.value for c in claims(text, partner="KW")] == [10_000_000]


@pytest.mark.parametrize("text", [
    "قدمت بلجيكا 5 ملايين يورو للعراق، فيما أعلن الاتحاد الأوروبي وحده عن 2.2 مليار يورو.",
    "قدمت بلجيكا 5 ملايين يورو للعراق بعد أسابيع من إطلاق الاتحاد الأوروبي حزمة بقيمة 75 مليون يورو.",
    "قدمت بلجيكا 5 ملايين يورو للعراق. وقدم البنك الدولي قرضاً بقيمة 300 مليون يورو لإعادة الإعمار.",
    "قدمت بلجيكا 5 ملايين يورو للعراق. كما تعهد حلف شمال الأطلسي بتقديم 20 مليون يورو.",
])
def test_an_organisation_after_its_arabic_verb_gives_nobody_a_claim(text):
    assert [c.value for c in claims(text, partner="BE")] == [5_000_000]


def test_the_partners_money_through_an_organisation_stays_its_own_in_arabic():
    found = claims("قدمت بلجيكا 5 ملايين يورو عبر الاتحاد الأوروبي لدعم الاستقرار في العراق.", partner="BE")
    assert [c.value for c in found] == [5_000_000]


def test_the_partners_pledge_at_a_conference_it_hosted_stays_its_own():
    found = claims("وخلال المؤتمرات الثلاثة للمانحين التي استضافتها الكويت، تعهدت البلاد بتقديم 900 مليون دولار "
                   "أمريكي لسوريا.", partner="KW")
    assert [c.value for c in found] == [900_000_000]


@pytest.mark.parametrize(("text", "partner", "value", "currency"), [
    ("تبرعت النرويج بمبلغ ٣٢٠ مليون كرونة نرويجية (قرابة ٣٠ مليون دولار أمريكي) للعراق منذ عام ٢٠١٤.", "NO",
     320_000_000, "NOK"),
    ("خصصت السويد 50 مليون كرونة سويدية (ما يقارب 5 ملايين دولار أمريكي) لإزالة الألغام في العراق.", "SE",
     50_000_000, "SEK"),
    ("قدمت الدنمارك 20 مليون كرونة دنماركية، أي زهاء 3 ملايين دولار أمريكي، لدعم الاستقرار في سوريا.", "DK",
     20_000_000, "DKK"),
    ("منحت اليابان 500 مليون ين ياباني (بحوالي 3.4 مليون دولار أمريكي) لليونيسف في العراق.", "JP",
     500_000_000, "JPY"),
])
def test_a_restatement_after_an_arabic_hedge_is_one_claim(text, partner, value, currency):
    assert [(c.value, c.currency) for c in claims(text, partner=partner)] == [(value, currency)]


@pytest.mark.parametrize(("text", "partner"), [
    ("مركز الملك سلمان للإغاثة يوزع سلالاً غذائية على اللاجئين في لبنان والأردن\n\nوزع المركز مساعدات بقيمة "
     "1.2 مليون دولار أمريكي على الأسر المحتاجة.", "SA"),
    ("الهلال الأحمر الإماراتي يرسل مساعدات إلى سوريا والأردن\n\nأرسلت الهيئة مساعدات بقيمة 3 ملايين دولار "
     "أمريكي.", "AE"),
    ("وصول قافلة مساعدات إلى سوريا والأردن\n\nالدوحة 5 مايو (قنا) - قدمت دولة قطر 2 مليون دولار أمريكي "
     "لإغاثة النازحين.", "QA"),
    ("توزيع مساعدات في العراق ولبنان والأردن\n\nالمنامة 3 يونيو (بنا) - قدمت مملكة البحرين مليون دولار "
     "أمريكي للاجئين.", "BH"),
])
def test_an_arabic_title_names_its_partner_by_an_institution_not_by_a_listed_destination(text, partner):
    from coalition.extraction import extract_text

    assert extract_text(text).doc.partner == partner


@pytest.mark.parametrize("text", [
    "وقد درّب الفريق الكندي منذ عام 2017 أكثر من 3000 عنصر من حرس الحدود.",
    "ودربت القوات الإيطالية خلال عام 2019 نحو 5000 جندي من الشرطة الاتحادية.",
    "وأهّلت البعثة في 2021 قرابة 800 ضابط من وزارة الداخلية.",
])
def test_people_trained_by_a_verb_before_its_subject_and_a_year(text):
    assert claims(text, partner="CA") == []


def test_a_year_after_a_verb_of_sending_keeps_the_partners_people():
    assert [c.value for c in claims("وتنشر كندا منذ عام 2016 نحو 200 عسكري في الأردن.", partner="CA")] == [200]


@pytest.mark.parametrize(("text", "value"), [
    ("وأرسلت الدنمارك سرية حماية تضم قرابة ٣٠ جندياً إلى بغداد.", 30),
    ("وأرسلت المجر فريقاً طبياً يضم 12 طبيباً إلى أربيل في العراق.", 12),
    ("وتنشر هولندا في العراق وحدة هندسية تضم 40 عسكرياً.", 40),
])
def test_a_unit_that_comprises_its_people_is_no_host(text, value):
    assert [c.value for c in claims(text, partner="DK" if "الدنمارك" in text else "HU" if "المجر" in text
                                    else "NL")] == [value]


def test_a_base_that_holds_people_is_still_a_host():
    assert [c.value for c in claims("تنشر الدنمارك 130 عسكرياً في العراق، وتضم القاعدة نحو 1000 جندي.",
                                    partner="DK")] == [130]


@pytest.mark.parametrize("text", [
    "تنشر الدنمارك 130 عسكرياً في العراق. ويتوقع أن يرتفع عدد أفراد بعثة الناتو في العراق من نحو 500 عنصر "
    "حالياً إلى قرابة 4000 عنصر من دول الحلف والشركاء.",
    "تنشر الدنمارك 130 عسكرياً في العراق. ويبلغ عدد قوات التحالف الدولي في العراق نحو 2500 جندي.",
    "تنشر الدنمارك 130 عسكرياً في العراق، ضمن نحو 4000 عنصر من حلف شمال الأطلسي.",
])
def test_the_people_of_an_alliance_or_its_mission_are_not_the_partners(text):
    assert [c.value for c in claims(text, partner="DK")] == [130]


@pytest.mark.parametrize(("text", "partner", "year"), [
    ("قدمت اليابان 500 مليون ين ياباني للعراق ضمن ميزانيتها التكميلية للسنة المالية ٢٠٢٢.", "JP", 2022),
    ("خصصت أستراليا 10 ملايين دولار أسترالي لسوريا في العام المالي 2019.", "AU", 2019),
    ("رصدت كندا 7 ملايين دولار كندي للأردن خلال السنة المالية 2021.", "CA", 2021),
])
def test_an_arabic_fiscal_year_is_the_figures_year(text, partner, year):
    found = claims(text, partner=partner)
    assert [(c.period, c.year) for c in found] == [("year", year)]


@pytest.mark.parametrize(("text", "since"), [
    ("بلغ إجمالي ما قدمه المركز لسوريا منذ تأسيسه عام 2015 أكثر من 1.2 مليار ريال سعودي.", 2015),
    ("قدمت السعودية منذ انطلاق برنامجها في عام 2016 نحو 50 مليون دولار أمريكي للأردن.", 2016),
    ("وقدم المركز منذ إنشائه سنة 2017 ما يزيد على 20 مليون دولار أمريكي لليمن.", 2017),
    ("Since its creation in 2015, the centre has provided USD 20 million to Syria.", 2015),
])
def test_since_a_founding_in_a_year_is_a_total_from_that_year(text, since):
    assert [(c.period, c.since) for c in claims(text, partner="SA")] == [("cumulative", since)]


@pytest.mark.parametrize(("text", "partner"), [
    ("خصصت الكويت ثلاثة ملايين دولار أمريكي لمشاريع التعافي المبكر في سوريا.", "KW"),
    ("قدمت ألمانيا 5 ملايين يورو لبرامج الإنعاش المبكر في العراق.", "DE"),
    ("تبرعت هولندا بمبلغ 4 ملايين يورو لصندوق التعافي في المناطق المحررة بالعراق.", "NL"),
])
def test_arabic_early_recovery_is_stabilization(text, partner):
    assert [c.lines for c in claims(text, partner=partner)] == [["stabilization"]]


@pytest.mark.parametrize(("text", "partner"), [
    ("مساهمة النرويج في التحالف الدولي\n\nدعم الاستقرار\n\nفي العراق:\n• ٢٥ مليون كرونة نرويجية لصندوق تمويل "
     "الاستقرار.\n• ١٠ ملايين كرونة نرويجية لإزالة الألغام.\n\nفي سوريا:\n• ٤٠ مليون كرونة نرويجية لإعادة الخدمات "
     "الأساسية في المناطق المحررة.\n", "NO"),
    ("Norway's contribution to the Global Coalition\n\nStabilisation\n\nIn Iraq:\n• NOK 25 million to the FFS.\n"
     "• NOK 10 million for demining.\n\nIn Syria:\n• NOK 40 million for local councils in Raqqa.\n", "NO"),
])
def test_a_list_intro_after_another_intros_list_sits_under_the_same_heading(text, partner):
    found = claims(text, partner=partner)
    assert [(c.value, c.places, c.lines) for c in found][-1] == (40_000_000, ["SY"], ["stabilization"])


@pytest.mark.parametrize(("text", "partner", "value", "places"), [
    ("الكويت تتعهد بـ40 مليون دولار لدعم الاستجابة الإنسانية للأزمة السورية\n\nأعلنت دولة الكويت اليوم تعهدها "
     "بتقديم 40 مليون دولار أمريكي لعام 2024 دعما للاستجابة الإنسانية داخل سوريا وفي الأردن ولبنان.", "KW",
     40_000_000, ["SY", "JO", "LB"]),
    ("قطر تقدم 15 مليون دولار للعراق\n\nقدمت دولة قطر 15 مليون دولار أمريكي للنازحين في العراق وللاجئين "
     "العراقيين في الأردن.", "QA", 15_000_000, ["IQ", "JO"]),
    ("Canada pledges $20 million for Syria\n\nCanada today pledged $20 million for humanitarian needs in Syria, "
     "Jordan and Lebanon.", "CA", 20_000_000, ["SY", "JO", "LB"]),
])
def test_a_headline_figure_restated_with_more_places_is_one_claim(text, partner, value, places):
    found = claims(text, partner=partner)
    assert [(c.value, sorted(c.places)) for c in found] == [(value, sorted(places))]


@pytest.mark.parametrize(("text", "partner", "places"), [
    ("كندا تقدم 20 مليون دولار كندي لدعم الأردن\n\nعمّان - وقّعت الحكومتان اتفاقيتين اليوم.\n\nتفاصيل "
     "الاتفاقيتين:\n• 8 ملايين دولار كندي لتزويد القوات المسلحة بمعدات.\n• 12 مليون دولار كندي للمساعدات "
     "الإنسانية للاجئين السوريين في المخيمات.\n", "CA", ["JO"]),
    ("Australia boosts its support to Lebanon\n\nAustralia will provide $10 million in humanitarian assistance for "
     "Syrian refugees and host communities.", "AU", ["LB"]),
])
def test_the_people_helped_yield_to_the_destination_the_headline_names(text, partner, places):
    assert claims(text, partner=partner)[-1].places == places


def test_a_people_that_is_no_refugee_stays_in_its_country():
    found = claims("قطر تتعهد بمبلغ 50 مليون دولار أمريكي للعراق\n\nوأشار إلى أن إجمالي ما قدمته قطر من مساعدات "
                   "إنسانية للشعب السوري تجاوز 900 مليون دولار أمريكي.", partner="QA")
    assert found[-1].places == ["SY"]


@pytest.mark.parametrize(("text", "places"), [
    ("قدمت اليابان 420 مليون ين ياباني لليونيسف لخدمات المياه في مخيمات محافظة دهوك.", ["IQ"]),
    ("قدمت اليابان مليون دولار أمريكي لإعادة تأهيل المدارس في السليمانية وديالى.", ["IQ"]),
    ("قدمت اليابان 3 ملايين دولار أمريكي لدعم العيادات الطبية في مخيم الزعتري.", ["JO"]),
    ("قدمت اليابان 2 مليون دولار أمريكي للأسر المحتاجة في البقاع.", ["LB"]),
    ("قدمت اليابان 5 ملايين دولار أمريكي لإعادة تأهيل المستشفيات في دمشق وعين العرب.", ["SY"]),
])
def test_arabic_names_of_provinces_camps_and_cities_are_places(text, places):
    assert [c.places for c in claims(text, partner="JP")] == [places]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("كما تساهم النرويج بضابطي أركان في مقر القيادة في الكويت.", "NO", [(2, ["KW"])]),
    ("وأرسلت اليابان خبيرين إلى العراق لدعم فريق اليونيسف.", "JP", [(2, ["IQ"])]),
    ("ويعمل ضابطان هولنديان في مقر البعثة في العراق.", "NL", [(2, ["IQ"])]),
    ("وتنشر النرويج مدربين في العراق.", "NO", []),
    ("واستقبلت البعثة ضابطين عراقيين في أربيل.", "NO", []),
])
def test_an_arabic_dual_personnel_noun_counts_two(text, partner, found):
    assert [(c.value, c.places) for c in claims(text, partner=partner)] == found
