"""The classes of error blind round 13 found on Arabic pages (`gold/ar-n-*`), one test per class, each written
before its fix."""

import pytest

from .helpers import claims


@pytest.mark.parametrize(("text", "partner"), [
    ("وقامت المؤسسات المصرية بتدريب ما يزيد على ١٥٠٠ ضابط من دول أفريقية.", "EG"),
    ("وقام الفريق الكندي بتأهيل 300 ضابط في الأردن.", "CA"),
    ("واضطلعت البعثة بتدريب قرابة 900 عنصر في بغداد.", "IT"),
    ("وتتولى الدنمارك تأهيل نحو 400 جندي في قاعدة الأسد.", "DK"),
])
def test_people_trained_by_an_arabic_verbal_noun_behind_a_preposition(text, partner):
    assert claims(text, partner=partner) == []


@pytest.mark.parametrize(("text", "partner", "year"), [
    ("خصصت الولايات المتحدة 15 مليون دولار في السنة المالية 2018 لدعم الاستقرار في العراق.", "US", 2018),
    ("وقدمت كندا 4 ملايين دولار كندي للأردن في السنة المالية ٢٠٢١.", "CA", 2021),
    ("ورصدت أستراليا في السنة المالية 2019 نحو 6 ملايين دولار أسترالي لسوريا.", "AU", 2019),
])
def test_in_the_fiscal_year_is_that_year_not_per_year(text, partner, year):
    assert [(c.period, c.year) for c in claims(text, partner=partner)] == [("year", year)]


def test_in_the_year_alone_is_still_per_year():
    assert [c.period for c in claims("تقدم النرويج 20 مليون كرونة نرويجية في السنة لسوريا.", partner="NO")] == [
        "annual"]


@pytest.mark.parametrize(("text", "partner", "value"), [
    ("أعلنت هولندا تقديم منحة بقيمة اثني عشر مليون يورو للعراق.", "NL", 12_000_000),
    ("ستقدم قطر خمسة وعشرين مليون دولار أمريكي لمرفق الاستقرار في العراق.", "QA", 25_000_000),
    ("تبرعت الكويت بمبلغ ثلاثة عشر مليون دولار أمريكي للأردن.", "KW", 13_000_000),
    ("خصصت السعودية واحداً وثلاثين مليون دولار أمريكي لليمن.", "SA", 31_000_000),
    ("رصدت الإمارات خمسة عشر مليون دولار أمريكي لسوريا.", "AE", 15_000_000),
    ("وتنشر إسبانيا خمسة وأربعين مدرباً في العراق.", "ES", 45),
    ("وأرسلت النرويج أحد عشر خبيراً إلى الأردن.", "NO", 11),
])
def test_arabic_number_words_of_two_parts(text, partner, value):
    assert [c.value for c in claims(text, partner=partner)] == [value]


def test_one_of_the_soldiers_is_no_head_count():
    assert claims("وأصيب أحد جنود الوحدة الإسبانية في العراق.", partner="ES") == []


@pytest.mark.parametrize(("text", "partner"), [
    ("وكالة الأنباء العراقية (واع)\nالأحد 9 شباط 2020\n\nهولندا تقدم 12 مليون يورو لدعم الاستقرار في العراق\n\n"
     "بغداد/ واع\nأعلنت مملكة هولندا اليوم تقديم منحة جديدة.", "NL"),
    ("الشرق الأوسط\nالخميس - 21 جمادى الأولى 1441 هـ - 16 يناير 2020 مـ\n\nإيطاليا تخفض عدد قواتها في العراق\n\n"
     "أعلنت وزارة الدفاع أمس أنها ستخفض عدد قواتها إلى نحو 650 عسكرياً.", "IT"),
    ("صحيفة الرأي\nعمّان - الاثنين 3 آذار 2021\n\nإسبانيا تمدد مهمة مدربيها في العراق\n\nقررت الحكومة الإسبانية "
     "تمديد مهمة 300 عسكري.", "ES"),
    ("وكالة الأنباء الكويتية (كونا)\n\nتوزيع مساعدات إنسانية على النازحين في العراق\n\nوزعت الجمعية مساعدات بقيمة "
     "مليون دولار أمريكي.", "KW"),
])
def test_an_arabic_news_agency_or_paper_above_the_headline_is_the_publisher(text, partner):
    from coalition.extraction import extract_text

    assert extract_text(text).doc.partner == partner


@pytest.mark.parametrize("text", [
    "الصفحة الرئيسية › الشركاء › جمهورية كوريا\n\nجمهورية كوريا\n\nانضمت جمهورية كوريا إلى التحالف في عام 2014.",
    "كوريا الجنوبية\n\nانضمت كوريا الجنوبية إلى التحالف الدولي في عام 2014.",
    "مساهمة كوريا في التحالف الدولي\n\nقدمت كوريا 10 ملايين دولار أمريكي للعراق.",
])
def test_the_republic_of_korea_by_its_arabic_names(text):
    from coalition.extraction import extract_text

    assert extract_text(text).doc.partner == "KR"


@pytest.mark.parametrize("text", [
    "تعهدت قطر بتقديم 500 مليون دولار أمريكي للعراق. وشهد المؤتمر الإعلان عن تعهدات بلغ مجموعها قرابة 30 مليار دولار.",
    "تعهدت قطر بتقديم 500 مليون دولار أمريكي للعراق. وبلغت تعهدات دول مجلس التعاون الخليجي أكثر من 5 مليارات دولار.",
    "تعهدت قطر بتقديم 500 مليون دولار أمريكي للعراق، فيما بلغ إجمالي التعهدات 30 مليار دولار أمريكي.",
    "تعهدت قطر بتقديم 500 مليون دولار أمريكي للعراق. وقدمت الدول الخليجية مجتمعة 4 مليارات دولار أمريكي.",
    "تعهدت قطر بتقديم 500 مليون دولار أمريكي للعراق. وتلقى المرفق تمويلاً من 29 جهة مانحة بلغ مجموعه 1,4 مليار "
    "دولار أمريكي.",
])
def test_arabic_totals_of_a_group_of_givers_are_nobodys_claim(text):
    assert [c.value for c in claims(text, partner="QA")] == [500_000_000]


@pytest.mark.parametrize("text", [
    "قدمت هولندا 12 مليون يورو للعراق. وتحتاج المحافظات الثلاث إلى 17 مليار دولار أمريكي لإعادة الإعمار.",
    "قدمت هولندا 12 مليون يورو للعراق. وقدّرت الحكومة احتياجات إعادة الإعمار بنحو 88,2 مليار دولار أمريكي.",
    "قدمت هولندا 12 مليون يورو للعراق، في حين يحتاج قطاع الإسكان وحده إلى 17,4 مليار دولار أمريكي.",
    "قدمت هولندا 12 مليون يورو للعراق. وتقدر كلفة إعادة الإعمار بأكثر من 80 مليار دولار أمريكي.",
    "قدمت هولندا 12 مليون يورو للعراق. والبلاد بحاجة إلى 3 مليارات دولار أمريكي لإزالة الألغام.",
    "قدمت هولندا 12 مليون يورو للعراق. وقدرت الأمم المتحدة الاحتياجات الإنسانية بـ 3 مليارات دولار أمريكي.",
])
def test_what_a_country_needs_is_nobodys_claim(text):
    assert [c.value for c in claims(text, partner="NL")] == [12_000_000]


def test_money_for_those_in_need_stays_the_partners():
    found = claims("لتلبية احتياجات النازحين قدمت اليابان 5 ملايين دولار أمريكي للعراق.", partner="JP")
    assert [c.value for c in found] == [5_000_000]


@pytest.mark.parametrize(("text", "partner"), [
    ("ويشمل هذا التمويل الإنساني 42.6 مليون دولار من الوكالة الأمريكية للتنمية الدولية.", "US"),
    ("وقدمت اليابان عبر الوكالة اليابانية للتعاون الدولي مساعدات إنسانية بقيمة 3 ملايين دولار أمريكي.", "JP"),
    ("وقدمت كوريا من خلال الوكالة الكورية للتعاون الدولي مساعدات إنسانية بقيمة مليوني دولار أمريكي.", "KR"),
    ("وأعلنت وزارة التعاون الدولي والتنمية مساعدات إنسانية بقيمة 5 ملايين يورو للاجئين في الأردن.", "FI"),
])
def test_an_arabic_development_agencys_name_yields_to_the_line_its_sentence_names(text, partner):
    assert [c.lines for c in claims(text, partner=partner)] == [["humanitarian"]]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("مشاريع الإمارات في العراق\nالمشروع | المبلغ (درهم) | المبلغ (دولار أمريكي)\nمستشفى الموصل | 44,000,000 | "
     "12,000,000\nالمدارس | 36,700,000 | 10,000,000\n", "AE", [(44_000_000, "AED"), (36_700_000, "AED")]),
    ("Projects in Jordan\nProject | Amount (DKK) | Amount (USD)\nWater | 20,000,000 | 3,000,000\n", "DK",
     [(20_000_000, "DKK")]),
    ("Projets en Irak\nProjet | Montant (EUR) | Montant (USD)\nÉcoles | 5 000 000 | 5 500 000\n", "FR",
     [(5_000_000, "EUR")]),
])
def test_a_table_row_that_gives_its_amount_in_two_currencies_is_one_claim(text, partner, found):
    assert [(c.value, c.currency) for c in claims(text, partner=partner)] == found


def test_two_columns_of_one_currency_stay_two_claims():
    found = claims("Norway in Iraq\nYear | Stabilisation (NOK) | Humanitarian aid (NOK)\n"
                   "2019 | 150 million | 200 million\n", partner="NO")
    assert [c.value for c in found] == [150_000_000, 200_000_000]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("أعلنت هولندا تقديم 12 مليون يورو للعراق. وقالت السفارة إن المنحة، التي تعادل نحو 13,2 مليون دولار، ستوجه إلى "
     "المدارس.", "NL", [(12_000_000, "EUR")]),
    ("منحت اليابان 500 مليون ين ياباني للعراق، وهو مبلغ يعادل 4,5 مليون دولار أمريكي.", "JP", [(500_000_000, "JPY")]),
    ("قدمت السويد 50 مليون كرونة سويدية لسوريا. ويوازي هذا المبلغ نحو 5 ملايين دولار أمريكي.", "SE",
     [(50_000_000, "SEK")]),
    ("Denmark gives DKK 100 million to Iraq. The grant, equivalent to about USD 15 million, will fund schools.", "DK",
     [(100_000_000, "DKK")]),
])
def test_a_sum_said_to_equal_an_earlier_one_in_another_currency_is_one_claim(text, partner, found):
    assert [(c.value, c.currency) for c in claims(text, partner=partner)] == found


def test_a_sum_in_the_same_currency_after_an_equal_sign_is_its_own():
    found = claims("قدمت هولندا 12 مليون يورو للعراق، ومبلغاً يعادل 3 ملايين يورو للأردن.", partner="NL")
    assert [c.value for c in found] == [12_000_000, 3_000_000]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("يخدم ضابطا اتصال كوريان في مقر قيادة العملية في الكويت.", "KR", [(2, ["KW"])]),
    ("ويعمل ضابطا أركان بلجيكيان في مقر البعثة في بغداد.", "BE", [(2, ["IQ"])]),
    ("وأوفدت السويد ضابطي ارتباط إلى الأردن.", "SE", [(2, ["JO"])]),
    ("وعين الجيش ضابطا للاتصال في أربيل.", "SE", []),
])
def test_an_arabic_dual_officer_named_by_his_post_counts_two(text, partner, found):
    assert [(c.value, c.places) for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize("text", [
    "وقد جمّدت كوريا أصول 17 فرداً وكياناً مدرجين على قوائم العقوبات.",
    "وأدرجت المملكة 12 فرداً وثلاثة كيانات على قائمة الإرهاب.",
    "وفرضت الحكومة عقوبات على 25 فرداً مدرجين على قوائم مجلس الأمن.",
])
def test_people_on_a_sanctions_list_are_no_head_count(text):
    assert claims(text, partner="KR") == []


@pytest.mark.parametrize(("text", "partner", "places"), [
    ("الكويت في 14 فبراير /قنا/ أعلنت دولة قطر تعهدها بتقديم 500 مليون دولار أمريكي لدعم إعادة الإعمار.", "QA", []),
    ("الكويت في 14 فبراير /قنا/ أعلنت دولة قطر تعهدها بتقديم 500 مليون دولار أمريكي لإعادة إعمار العراق.", "QA",
     ["IQ"]),
    ("بيروت في 3 مارس (واس) - قدم المركز مساعدات بقيمة 2 مليون دولار أمريكي للاجئين في الأردن.", "SA", ["JO"]),
    ("قدمت قطر 3 ملايين دولار أمريكي للأسر النازحة في الكويت في 14 فبراير الماضي.", "QA", ["KW"]),
])
def test_an_arabic_agency_dateline_opening_the_sentence_is_no_place(text, partner, places):
    assert [c.places for c in claims(text, partner=partner)] == [places]


@pytest.mark.parametrize(("text", "partner", "places"), [
    ("المساعدات الإنسانية\n• في لبنان والأردن: حوالي ٤ ملايين دولار لدعم اللاجئين السوريين والمجتمعات المضيفة.\n",
     "KR", ["LB", "JO"]),
    ("المساعدات الإنسانية\n• الأردن: 3 ملايين دولار أمريكي للاجئين السوريين في المخيمات.\n", "KR", ["JO"]),
    ("Humanitarian aid\n• In Lebanon: USD 2 million for Syrian refugees.\n", "KR", ["LB"]),
])
def test_a_list_items_label_says_where_the_people_it_helps_are(text, partner, places):
    assert [c.places for c in claims(text, partner=partner)] == [places]


@pytest.mark.parametrize(("text", "found"), [
    ("ستخفض إيطاليا عدد قواتها في العراق إلى نحو 650 عسكرياً بحلول الربيع المقبل، بعدما كان يبلغ قرابة 900، في خطوة "
     "منسقة.", [650, 900]),
    ("وسيتم سحب 200 جندي من أصل 500 يتمركزون في أربيل.", [200, 500]),
    ("وتنشر إيطاليا حالياً 300 مدرب في بغداد بعد أن كان عددهم 450 في عام 2018.", [300, 450]),
    ("ويخدم في الكويت 120 عسكرياً مقارنة بـ 200 في العام الماضي.", [120, 200]),
])
def test_an_arabic_earlier_count_after_a_head_count(text, found):
    assert sorted(c.value for c in claims(text, partner="IT")) == sorted(found)


@pytest.mark.parametrize("text", [
    "وسيتم سحب 200 جندي من أصل 500 مليون دولار مخصصة للمهمة.",
    "وينتشر 200 جندي في العراق من أصل 30 في المائة من القوة.",
])
def test_an_arabic_out_of_that_is_no_head_count_stays_out(text):
    assert [c.value for c in claims(text, partner="IT") if c.kind == "personnel"] == [200]


@pytest.mark.parametrize(("text", "partner"), [
    ("الشرق الأوسط\nالخميس - 16 يناير 2020 مـ\n\nإيطاليا تخفض قواتها في العراق\n\nروما تسحب 200 جندي من العراق\n\n"
     "أعلنت وزارة الدفاع الإيطالية أمس أنه سيتم سحب 200 جندي من أصل 500 يتمركزون في أربيل بإقليم كردستان "
     "العراق، على أن ينقل جزء منهم إلى الكويت مؤقتاً.", "IT"),
    ("The Daily Courier\nMonday 3 March 2021\n\nSpain trims its Iraq mission\n\nMadrid to bring home 150 soldiers from "
     "Iraq\n\nMadrid: Our correspondent\n\nThe Spanish defence ministry said on Sunday that 150 soldiers based in "
     "Iraq would come home by June, with some of them moving to Kuwait first.", "ES"),
])
def test_a_subtitle_under_a_masthead_is_restated_by_its_story(text, partner):
    assert [c.value for c in claims(text, partner=partner)] == ([200, 500] if partner == "IT" else [150])


@pytest.mark.parametrize(("text", "partner", "places"), [
    ("وتشغل إيطاليا طائرات من قاعدة في الكويت، حيث يخدم ما بين 100 و120 عسكرياً إيطالياً.", "IT", ["KW"]),
    ("Italy keeps between 100 and 120 soldiers in Kuwait.", "IT", ["KW"]),
    ("L'Italie maintient entre 100 et 120 militaires au Koweït.", "IT", ["KW"]),
])
def test_a_head_count_between_two_figures_gives_both_bounds_in_a_one_partner_page(text, partner, places):
    found = claims(text, partner=partner)
    assert [(c.value, c.qualifier, c.places) for c in found] == [(100, "at_least", places), (120, "at_most", places)]


def test_a_head_count_change_is_no_range():
    found = claims("The Czech Republic will increase its contingent in Iraq from 150 to 200 soldiers.", partner="CZ")
    assert [(c.value, c.qualifier) for c in found] == [(150, "exact"), (200, "exact")]


@pytest.mark.parametrize(("text", "partner"), [
    ("ترفع هذه الدفعة ما قدمته هولندا منذ عام 2015 إلى 74 مليون يورو، فضلاً عن 9,5 مليون يورو قدمتها عام 2019 "
     "مساعداتٍ إنسانية للأسر النازحة.", "NL"),
    ("وبلغ ما قدمته السويد 40 مليون كرونة سويدية، إضافة إلى 10 ملايين كرونة سويدية للمساعدات الإنسانية.", "SE"),
    ("Denmark has given DKK 300 million to Iraq since 2014, in addition to DKK 50 million in humanitarian aid.", "DK"),
    ("La Belgique a versé 20 millions d'euros à l'Irak, en plus de 5 millions d'euros d'aide humanitaire.", "BE"),
])
def test_the_words_of_a_sum_given_in_addition_say_nothing_of_the_sum_before(text, partner):
    first, second = claims(text, partner=partner)
    assert (first.lines, second.lines) == ([], ["humanitarian"])


@pytest.mark.parametrize(("text", "partner"), [
    ("سيتم سحب 200 جندي من أصل 500 يتمركزون في أربيل بإقليم كردستان العراق، على أن ينقل جزء منهم إلى الكويت "
     "مؤقتاً.", "IT"),
    ("سيتم سحب 200 جندي من أصل 500 يتمركزون في العراق، على أن يعود بعضهم عبر الكويت.", "IT"),
])
def test_where_a_part_of_the_people_goes_is_no_place_of_the_whole(text, partner):
    assert [c.places for c in claims(text, partner=partner)][0] == ["IQ"]


@pytest.mark.parametrize(("text", "partner"), [
    ("الكويت في 14 فبراير 2018 /قنا/ أعلنت دولة قطر تقديم 500 مليون دولار أمريكي لإعادة الإعمار.", "QA"),
    ("الرياض 12 مارس 2019 (واس) - قدم المركز 3 ملايين دولار أمريكي للاجئين.", "SA"),
    ("المنامة في 3 يونيو 2020 / بنا / قدمت مملكة البحرين مليون دولار أمريكي للنازحين.", "BH"),
])
def test_the_year_of_an_arabic_agency_dateline_sets_no_period(text, partner):
    assert [(c.period, c.year) for c in claims(text, partner=partner)] == [(None, None)]


@pytest.mark.parametrize(("text", "day"), [
    ("وكالة الأنباء القطرية - قنا\nالأربعاء 2018/2/14 الساعة 19:40\n\nدولة قطر تتعهد بمبلغ للعراق\n", "2018-02-14"),
    ("الشرق الأوسط\nالخميس - 21 جمادى الأولى 1441 هـ - 16 يناير 2020 مـ رقم العدد [15024]\n\nإيطاليا تخفض قواتها\n",
     "2020-01-16"),
    ("صحيفة الرياض\nالسبت 10 رمضان 1440 هـ - 15 يونيو 2019 م - العدد 18512\n\nالمملكة تقدم مساعدات\n", "2019-06-15"),
])
def test_an_arabic_papers_date_line_with_a_hijri_date_or_the_year_first(text, day):
    from datetime import date

    from coalition.ingest.dating import document_date

    found = document_date(text, language="ar")
    assert found is not None and found.day == date.fromisoformat(day)


@pytest.mark.parametrize(("text", "value"), [
    ("قدمت الولايات المتحدة بليوني دولار للعراق.", 2_000_000_000),
    ("وتعهدت الولايات المتحدة ببليوني دولار لإعادة إعمار العراق.", 2_000_000_000),
])
def test_the_dual_of_billion_written_bilyun(text, value):
    assert [c.value for c in claims(text, partner="US")] == [value]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("أعلنت وزارة الدفاع الأسترالية أن عدد أفرادها في العراق سينخفض من 300 إلى نحو 110 بحلول نهاية العام.", "AU",
     [(300, "exact"), (110, "approximate")]),
    ("وقررت الحكومة رفع عدد مدربيها في الأردن إلى 150.", "DE", [(150, "exact")]),
    ("ويبلغ عدد العسكريين الإسبان في العراق حالياً نحو 350.", "ES", [(350, "approximate")]),
])
def test_an_arabic_number_of_people_stated_after_its_noun(text, partner, found):
    assert [(c.value, c.qualifier) for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize("text", [
    "وارتفع عدد الجنود العراقيين الذين دربتهم البعثة إلى 5000.",
    "وبلغ عدد أفراد الأسر المستفيدة من المشروع 4000 في عام 2020.",
])
def test_an_arabic_number_of_other_people_is_no_head_count(text):
    assert claims(text, partner="DE") == []


@pytest.mark.parametrize(("text", "value"), [
    ("وتشارك ألمانيا بنحو مئة وعشرين عسكرياً في مهمة التدريب في العراق.", 120),
    ("وتنشر ألمانيا مائة وخمسين جندياً في الأردن.", 150),
    ("وتنشر ألمانيا مائتين وخمسة وعشرين جندياً في الأردن.", 225),
    ("وقدمت ألمانيا ثلاثمائة وخمسين مليون يورو للعراق.", 350_000_000),
    ("وتنشر ألمانيا أربعمئة جندي في العراق.", 400),
])
def test_arabic_hundreds_and_what_follows_them(text, value):
    assert [c.value for c in claims(text, partner="DE")] == [value]


@pytest.mark.parametrize("text", [
    "قدمت اليابان 500 ألف دولار أمريكي لبرنامج الأغذية العالمي في الأردن.",
    "خصصت كوريا 2,8 مليون دولار أمريكي لتوفير الغذاء للنازحين في العراق.",
])
def test_arabic_food_aid_is_humanitarian(text):
    assert [c.lines for c in claims(text, partner="JP" if "اليابان" in text else "KR")] == [["humanitarian"]]


@pytest.mark.parametrize(("text", "partner"), [
    ("الدنمارك تخفض قواتها في العراق\n\nقالت الوزارة إن البلاد ستخفض عدد جنودها إلى نحو 80 جندياً.", "DK"),
    ("المانيا تقدم 5 ملايين يورو للعراق\n\nأعلنت الحكومة تقديم المنحة.", "DE"),
    ("ايطاليا ترسل مدربين إلى العراق\n\nأعلنت الحكومة إرسال 50 مدرباً.", "IT"),
    ("اسبانيا تمدد مهمتها في العراق\n\nقررت الحكومة تمديد مهمة 300 عسكري.", "ES"),
    ("المجر ترسل 150 جندياً إلى العراق\n\nأعلنت الحكومة إرسال القوة.", "HU"),
    ("قررت الحكومة السويدية إرسال 70 مدرباً إلى العراق.", "SE"),
])
def test_arabic_country_names_and_demonyms_as_the_press_spells_them(text, partner):
    from coalition.extraction import extract_text

    assert extract_text(text).doc.partner == partner


@pytest.mark.parametrize(("text", "value"), [
    ("قدمت النمسا مليوناً ونصف المليون يورو لدعم اللاجئين في الأردن.", 1_500_000),
    ("قدمت النمسا مليونًا ونصف مليون يورو لدعم اللاجئين في الأردن.", 1_500_000),
    ("قدمت النمسا ملياراً ونصف المليار يورو لإعادة إعمار العراق.", 1_500_000_000),
])
def test_an_arabic_scale_in_the_accusative_and_a_half(text, value):
    assert [c.value for c in claims(text, partner="AT")] == [value]


@pytest.mark.parametrize(("text", "partner"), [
    ("كشفت وزارة الدفاع البريطانية أن نحو 400 جندي بريطاني لا يزالون منتشرين في العراق، بينهم 60 مدرباً في قاعدة "
     "التاجي، وذلك رغم تقليص عدد القوات بنسبة 30 في المائة.", "GB"),
    ("أعلنت وزارة الدفاع الإيطالية أن 280 عسكرياً إيطالياً يخدمون في أربيل ضمن مهمة التحالف الدولي في العراق، "
     "إلى جانب 50 مدرباً في بغداد.", "IT"),
])
def test_a_city_of_iraq_in_an_opening_paragraph_is_no_partner_and_a_defence_ministry_signs(text, partner):
    from coalition.extraction import extract_text

    assert extract_text(text).doc.partner == partner


@pytest.mark.parametrize("text", [
    "وكانت المملكة قد قدمت خلال الفترة 2015-2019 ما مجموعه 3 ملايين دولار أمريكي لدعم النازحين.",
    "وخصصت البحرين مليون دولار أمريكي للأسر النازحة في مخيمات دهوك.",
])
def test_arabic_aid_to_the_displaced_is_humanitarian(text):
    assert [c.lines for c in claims(text, partner="BH")] == [["humanitarian"]]


def test_money_to_help_the_displaced_home_is_stabilization():
    found = claims("ستقدم فرنسا مليوني يورو لدعم عودة النازحين الإيزيديين إلى قضاء سنجار في العراق.", partner="FR")
    assert [c.lines for c in found] == [["stabilization"]]
