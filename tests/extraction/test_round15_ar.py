"""The classes of error blind round 15 found on Arabic pages (`gold/ar-p-*`), one test per class, each written
before its fix."""

import pytest

from .helpers import claims


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("حصاد العام\n\nمشاريع ٢٠٢٣ في العراق\n\n• ٢٨٥ مليون درهم لإعادة إعمار المعالم في الموصل.\n"
     "• 15 مليون دولار لصندوق تمويل الاستقرار الفوري.", "AE",
     [(285_000_000, 2023, ["IQ"]), (15_000_000, 2023, ["IQ"])]),
    ("التقرير السنوي\n\nأبرز مساهمات 2022 في الأردن\n• 4 ملايين يورو للمفوضية.\n• مليونا يورو لبرنامج الأغذية العالمي.",
     "DE", [(4_000_000, 2022, ["JO"]), (2_000_000, 2022, ["JO"])]),
    ("Bilan\n\nProjets 2022 en Jordanie\n\n• 3 millions d'euros pour le HCR.\n• 1 million d'euros pour l'UNICEF.", "FR",
     [(3_000_000, 2022, ["JO"]), (1_000_000, 2022, ["JO"])]),
    ("Annual review\n\nLebanon projects 2021\n• EUR 6 million for shelter.\n• EUR 2 million for food aid.", "IE",
     [(6_000_000, 2021, ["LB"]), (2_000_000, 2021, ["LB"])]),
])
def test_a_section_named_for_its_year_above_a_list_gives_each_item_its_year_and_place(text, partner, found):
    assert [(c.value, c.year, c.places) for c in claims(text, partner=partner)] == found


def test_the_prose_after_a_years_list_is_not_under_its_heading():
    text = ("التقرير السنوي\n\nمشاريع 2022 في الأردن\n• 4 ملايين يورو للمفوضية.\n"
            "وقدمت ألمانيا كذلك 3 ملايين يورو للبنان.")
    assert [(c.value, c.period) for c in claims(text, partner="DE")] == [(4_000_000, "year"), (3_000_000, None)]


def test_a_dateline_above_a_list_stays_a_dateline():
    text = "بيان صحفي\n\nالرياض 12 مارس 2023\n• خصصت المملكة 5 ملايين ريال للاجئين في الأردن."
    assert [(c.period, c.year) for c in claims(text, partner="SA")] == [(None, None)]


@pytest.mark.parametrize("text", [
    "قدمت النرويج 2.3 مليار كرونة لسوريا. ولا تزال ألمانيا أكبر المانحين بما يزيد على 1.1 مليار يورو.",
    "قدمت النرويج 2.3 مليار كرونة لسوريا. وتعد الولايات المتحدة أكبر مانح بنحو 900 مليون دولار.",
    "قدمت النرويج 2.3 مليار كرونة لسوريا. وكانت السويد، ثاني أكبر المانحين، قد قدمت 1.5 مليار كرونة.",
    "قدمت النرويج 2.3 مليار كرونة لسوريا، تليها المفوضية الأوروبية بنحو 860 مليون يورو.",
    "قدمت النرويج 2.3 مليار كرونة لسوريا، يليها الاتحاد الأوروبي بـ 700 مليون يورو.",
    "قدمت النرويج 2.3 مليار كرونة لسوريا، ثم المملكة المتحدة التى خفضت مساهمتها إلى 150 مليون جنيه إسترلينى.",
    "قدمت النرويج 2.3 مليار كرونة لسوريا، بينما كندا التي رفعت تمويلها إلى 300 مليون دولار كندي.",
    "Norway gave NOK 2.3 billion to Syria. The United Kingdom, which cut its contribution to GBP 150 million, "
    "came third.",
])
def test_another_donor_by_its_rank_or_its_change_is_not_the_partners(text):
    assert [c.value for c in claims(text, partner="NO")] == [2_300_000_000]


@pytest.mark.parametrize("text", [
    "قدمت النرويج 2.3 مليار كرونة لسوريا، فخطة الاستجابة الإنسانية لسوريا لهذا العام تطلب 4.07 مليار دولار.",
    "قدمت النرويج 2.3 مليار كرونة لسوريا. والنداء الإنساني لهذا العام يطلب 3.2 مليار دولار.",
    "قدمت النرويج 2.3 مليار كرونة لسوريا. وتسعى خطة الاستجابة الإقليمية إلى جمع 5.4 مليار دولار.",
    "قدمت النرويج 2.3 مليار كرونة لسوريا، في حين يطلب النداء الإنساني الموحد 3.2 مليار دولار.",
])
def test_what_an_appeal_requests_is_nobodys_claim(text):
    assert [c.value for c in claims(text, partner="NO")] == [2_300_000_000]


@pytest.mark.parametrize("text", [
    "تعهدت الكويت بتقديم ملياري دولار في حين بلغ مجموع تعهدات الدول والمنظمات المشاركة في المؤتمر نحو 30 مليار دولار.",
    "تعهدت الكويت بتقديم ملياري دولار. ووصلت تعهدات الدول العربية والأجنبية المانحة إلى 4 مليارات دولار.",
    "تعهدت الكويت بتقديم ملياري دولار، وبلغت تعهدات الحكومات والهيئات المشاركة 12 مليار دولار.",
])
def test_the_pledges_of_givers_listed_before_their_adjective_are_nobodys_claim(text):
    assert [c.value for c in claims(text, partner="KW")] == [2_000_000_000]


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("وقع الصندوق اتفاقية قرض بقيمة 375 مليون ريال مع تونس.\nتنويه: ورد في نسخة سابقة من هذا الخبر أن قيمة القرض "
     "500 مليون ريال، والصحيح 375 مليون ريال.", "SA", [375_000_000]),
    ("ترسل البحرين 40 مدربا إلى العراق.\nتصحيح: جاء فى نسخة سابقة أن عدد المدربين 50 مدربا.", "BH", [40]),
    ("Norway sends 60 soldiers to Iraq.\nCorrection: An earlier version of this article said 80 soldiers would be "
     "sent; the correct figure is 60 soldiers.", "NO", [60]),
    ("La France envoie 60 militaires en Irak.\nRectificatif : une version précédente de cet article indiquait 80 "
     "militaires.", "FR", [60]),
])
def test_the_figure_a_correction_notice_withdraws_is_no_claim(text, partner, values):
    assert [c.value for c in claims(text, partner=partner)] == values


@pytest.mark.parametrize(("text", "qualifier"), [
    ("وبذلك يتجاوز مجموع ما قدمته النرويج من مساعدات لسوريا منذ اندلاع الأزمة فى 2011 حاجز 20 مليار كرونة.", "at_least"),
    ("وتخطت المساعدات النرويجية لسوريا عتبة 10 مليارات كرونة.", "at_least"),
    ("ويمول الصندوق حالياً في تونس 11 مشروعاً قيد التنفيذ، تقارب قيمتها الإجمالية 2.1 مليار كرونة.", "approximate"),
    ("وتمول النرويج مشروعين في الأردن تتجاوز قيمتهما الإجمالية 300 مليون كرونة.", "at_least"),
    ("ووقعت النرويج اتفاقية تبلغ قيمتها الإجمالية 2.1 مليار كرونة.", "exact"),
])
def test_an_arabic_mark_passed_and_a_hedge_verb_before_a_total_value(text, qualifier):
    assert [c.qualifier for c in claims(text, partner="NO")] == [qualifier]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("وكانت الكويت قد تعهدت في فبراير 2018 بتقديم ملياري دولار ما بين قروض واستثمارات في حين بلغ مجموع ما قدمته "
     "الدول والمنظمات 4 مليارات دولار.", "KW", [(2_000_000_000, "year", 2018)]),
    ("خصصت قطر في عام 2019 مبلغ 50 مليون دولار للأردن بينما تجاوز مجموع التمويل الدولي والمحلي 900 مليون دولار.", "QA",
     [(50_000_000, "year", 2019)]),
    ("Kuwait pledged USD 2 billion in 2018 while the total of pledges and investments reached USD 30 billion.", "KW",
     [(2_000_000_000, "year", 2018)]),
])
def test_a_clause_of_contrast_keeps_its_and_and_its_total_to_itself(text, partner, found):
    assert [(c.value, c.period, c.year) for c in claims(text, partner=partner)][:1] == found


@pytest.mark.parametrize(("text", "since"), [
    ("وهذا القرض هو الحادي عشر منذ استئناف نشاط الصندوق في العراق عام 2018 ليرتفع اجمالي قروضه للعراق منذ ذلك العام الى "
     "ما يزيد على 210 ملايين دينار كويتي.", 2018),
    ("وقدمت الكويت للعراق منذ عودة سفارتها عام 2008 أكثر من 500 مليون دولار.", 2008),
    ("وافتتحت الكويت مكتبا في بغداد عام 2016، وقدمت منذ ذلك الحين 300 مليون دولار للعراق.", 2016),
    ("وبدأ البرنامج في الأردن سنة 2013، وقد خصصت له الكويت منذ ذلك التاريخ 40 مليون دينار.", 2013),
])
def test_since_a_resumption_or_since_the_year_named_before(text, since):
    assert [(c.period, c.since) for c in claims(text, partner="KW")] == [("cumulative", since)]


@pytest.mark.parametrize(("text", "period"), [
    ("بلغ إجمالي المساعدات الخارجية التي قدمتها دولة الإمارات خلال عام ٢٠٢٣ نحو ١٢٫٤ مليار درهم.", ("year", 2023, None)),
    ("وبلغ مجموع ما قدمته الإمارات للأردن في عام 2019 نحو 80 مليون درهم.", ("year", 2019, None)),
    ("وبلغ إجمالي ما قدمته الإمارات للأردن منذ عام 2012 نحو 800 مليون درهم.", ("cumulative", None, 2012)),
    ("وبلغ إجمالي ما قدمته الإمارات للأردن نحو 800 مليون درهم.", ("cumulative", None, None)),
    ("وقدمت الإمارات على مدى ثلاث سنوات بدءا من عام 2019 نحو 800 مليون درهم للأردن.", ("cumulative", None, None)),
])
def test_an_arabic_total_within_one_named_year_is_that_years(text, period):
    assert [(c.period, c.year, c.since) for c in claims(text, partner="AE")] == [period]


@pytest.mark.parametrize(("text", "year"), [
    ("وتذهب 350 مليون كرونة من مخصصات 2024 الإنسانية إلى لبنان.", 2024),
    ("ورصدت ميزانية 2022 مبلغ 40 مليون كرونة لإزالة الألغام في العراق.", 2022),
    ("وتشمل موازنة 2021 للمساعدات 60 مليون كرونة للأردن.", 2021),
])
def test_an_arabic_budget_labelled_with_its_year(text, year):
    assert [(c.period, c.year) for c in claims(text, partner="NO")] == [("year", year)]


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("ويرتفع عدد الأطر الطبية المغربية التي تعاقبت على المستشفى إلى أزيد من 2800 إطار.", "MA", [2800]),
    ("ويعمل في المستشفى الميداني ٤٥ من الكوادر الطبية الإماراتية.", "AE", [45]),
    ("وأرسلت المملكة 30 ممرضا و12 طبيبا إلى الأردن.", "MA", [30, 12]),
    ("وأوفدت قطر 20 كادرا طبيا إلى غزة.", "QA", [20]),
])
def test_arabic_cadres_and_nurses_are_head_counts(text, partner, values):
    assert [c.value for c in claims(text, partner=partner)] == values


@pytest.mark.parametrize("text", [
    "ونظمت الوزارة دورة لفائدة 150 إطارا من الأطر العراقية.",
    "ويعمل في المستشفى الأردني 60 من الكوادر المحلية.",
    "وذلك في إطار 3 برامج للتعاون.",
])
def test_cadres_trained_or_local_or_a_framework_are_no_head_count(text):
    assert claims(text, partner="MA") == []


@pytest.mark.parametrize(("text", "partner", "lines"), [
    ("ويضم الطاقم 95 فردا بين أطباء وممرضين وتقنيين.", "MA", ["humanitarian"]),
    ("ويعمل في المستشفى الميداني ٤٥ من الكوادر الطبية الإماراتية.", "AE", ["humanitarian"]),
    ("Quelque 90 médecins, infirmiers et techniciens y sont affectés.", "MA", ["humanitarian"]),
    ("Japan sent 12 doctors and nurses to the camp.", "JP", ["humanitarian"]),
    ("وأرسلت المملكة 30 طبيبا عسكريا إلى قاعدة التحالف.", "MA", ["military"]),
    ("The Government has also sent a 20-member medical team to a field hospital in Erbil.", "KR", ["military"]),
])
def test_doctors_nurses_and_medical_staff_with_no_line_said_are_humanitarian(text, partner, lines):
    assert [c.lines for c in claims(text, partner=partner)] == [lines]


@pytest.mark.parametrize(("text", "partner"), [
    ("التحق طاقم طبي جديد بالمستشفى الميداني في مخيم الزعتري شمال الأردن. ويضم الطاقم الجديد 95 فردا بين أطباء "
     "وممرضين.", "MA"),
    ("وصلت وحدة هندسية بحرينية إلى العراق. وتتكون هذه الوحدة من 40 عسكريا.", "BH"),
    ("أرسلت قطر فريقا للبحث والإنقاذ إلى الأردن. ويتكون هذا الفريق من 30 عنصرا.", "QA"),
])
def test_the_team_just_sent_points_back_to_its_place(text, partner):
    found = claims(text, partner=partner)
    assert found and all(c.places == [{"MA": "JO", "BH": "IQ", "QA": "JO"}[partner]] for c in found)


@pytest.mark.parametrize(("text", "partner", "lines"), [
    ("ويقدم الصندوق منحة قدرها 30 مليون ريال لإعادة تأهيل 40 مدرسة ريفية، ضمن برامج التنمية التي يمولها في تونس.", "SA",
     ["stabilization", "development"]),
    ("وخصصت قطر 5 ملايين دولار للأردن، في إطار الاستجابة الإنسانية للأزمة السورية.", "QA", ["humanitarian"]),
    ("وقدمت الإمارات 8 ملايين دولار للعراق، ضمن جهود تحقيق الاستقرار في المناطق المحررة.", "AE", ["stabilization"]),
])
def test_an_arabic_purpose_after_a_comma_stays_in_the_figures_clause(text, partner, lines):
    assert [c.lines for c in claims(text, partner=partner)] == [lines]


@pytest.mark.parametrize("text", [
    "تستضيف لندن خلية الاتصالات التابعة للتحالف، ويعمل فيها فريق من 25 خبيراً من عدة دول أعضاء.",
    "ويضم المقر 300 عسكري من 15 دولة.",
    "وينتشر في القاعدة 200 جندي من دول مختلفة.",
    "ويشارك في التمرين 400 عنصر من عدد من البلدان.",
])
def test_people_from_several_countries_are_not_the_partners(text):
    assert claims(text, partner="GB") == []


def test_the_partners_own_experts_stay_its_people():
    assert [c.value for c in claims("وترسل بريطانيا 25 خبيرا إلى العراق.", partner="GB")] == [25]


@pytest.mark.parametrize(("text", "partner", "lines"), [
    ("الصندوق السعودي للتنمية يوقع اتفاقية مع تونس\nالرياض 29 نوفمبر 2023 واس\nووقع الطرفان الاتفاقية في الرياض.\n"
     "ويمول الصندوق حالياً في تونس 11 مشروعاً تقارب قيمتها 2.1 مليار ريال.", "SA", [["development"]]),
    ("الكويت - 6 - 11 (كونا) -- وقع الصندوق الكويتي للتنمية الاقتصادية العربية اتفاقية مع الأردن.\n"
     "وقدم الصندوق للأردن منذ عام 2000 نحو 300 مليون دينار.", "KW", [["development"]]),
    ("The Abu Dhabi Fund for Development signed an agreement with Jordan today.\n"
     "The Fund has so far committed AED 1.2 billion in Jordan.", "AE", [["development"]]),
    ("وقع الهلال الأحمر القطري اتفاقية مع الأردن.\nوقدمت قطر 5 ملايين دولار للأردن.", "QA", [[]]),
])
def test_a_sum_a_development_fund_pays_with_no_line_of_its_own_is_development(text, partner, lines):
    assert [c.lines for c in claims(text, partner=partner)] == lines


@pytest.mark.parametrize(("text", "partner", "period"), [
    ("وبهذا الالتحاق، يرتفع عدد الأطر الطبية المغربية التي تعاقبت على المستشفى منذ سنة 2012 إلى أزيد من 2800 إطار.",
     "MA", ("cumulative", 2012)),
    ("وقد تناوب على القاعدة منذ عام 2016 نحو 900 جندي بحريني.", "BH", ("cumulative", 2016)),
    ("Since 2015, more than 1,200 soldiers have rotated through the base in Iraq.", "DK", ("cumulative", 2015)),
    ("Depuis 2014, plus de 3 000 militaires se sont succédé en Irak.", "FR", ("cumulative", 2014)),
    ("Since 2015, Denmark has deployed 120 soldiers in Iraq.", "DK", (None, None)),
])
def test_the_people_who_took_turns_since_a_year_are_a_sum_over_years(text, partner, period):
    assert [(c.period, c.since) for c in claims(text, partner=partner)] == [period]
