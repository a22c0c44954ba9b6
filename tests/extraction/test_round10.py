"""The classes of error blind round 10 (`gold/*-k-*`) found, one test per class, each written before its fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims, only_claim


@pytest.mark.parametrize(("header", "currency", "scale"), [
    ("Amount (CAD)", "CAD", 1),
    ("Montant (millions d'euros)", "EUR", 1_000_000),
    ("المبلغ (يورو)", "EUR", 1),
])
def test_a_table_cell_takes_its_currency_from_its_columns_header(header, currency, scale):
    text = f"Canada's projects\nYear | Country | {header}\n2017 | Iraq | 12,500\n2018 | Jordan | 8,000\n"
    found = claims(text, partner="CA")
    assert [(c.value, c.currency, c.year, c.places) for c in found] == [
        (12_500 * scale, currency, 2017, ["IQ"]), (8_000 * scale, currency, 2018, ["JO"])]


def test_a_table_without_a_currency_in_its_header_gives_no_money():
    text = "Year | Country | Projects\n2017 | Iraq | 12\n2018 | Jordan | 8\n"
    assert claims(text, partner="CA") == []


@pytest.mark.parametrize(("text", "value"), [
    ("The UN humanitarian response plan for Syria amounts to USD 4.07 billion.", 4_070_000_000),
    ("Norway gives NOK 2.3 million to Iraq.", 2_300_000),
    ("Le Japon verse 1,15 milliard de yens à l'Irak.", 1_150_000_000),
])
def test_a_decimal_times_its_scale_is_a_whole_amount(text, value):
    found = extract_text(text, partner="NO").doc.figures
    assert [f.value for f in found] == [value]


@pytest.mark.parametrize("text", [
    "Norway gives NOK 50 million to Syria. The UN humanitarian response plan for Syria for 2024 amounts to "
    "USD 4.07 billion, of which 6 per cent is funded.",
    "Norway gives NOK 50 million to Syria. Its support forms part of the EUR 5.6 billion pledged by all donors at "
    "the Brussels Conference.",
    "La Norvège verse 50 millions de couronnes à la Syrie. Au total, les bailleurs réunis à Bruxelles ont promis "
    "5,6 milliards d'euros.",
    "قدمت النرويج 50 مليون كرونة لسوريا. وأسفر المؤتمر عن تعهدات بلغت ٣٠ مليار دولار من مختلف الدول والمنظمات.",
])
def test_a_total_of_all_donors_or_an_appeal_is_nobodys_claim(text):
    assert [c.value for c in claims(text, partner="NO")] == [50_000_000]


def test_the_partners_gift_to_an_appeal_stays_its_own():
    assert only_claim("Norway gives NOK 50 million to the UN humanitarian response plan for Syria.",
                      partner="NO").value == 50_000_000


@pytest.mark.parametrize(("text", "value"), [
    ("تعهدت الكويت بملياري دولار لإعادة إعمار العراق.", 2_000_000_000),
    ("وتعهدت الكويت بمليار دولار لإعادة إعمار العراق.", 1_000_000_000),
    ("وخصصت الكويت لسوريا مليوني دولار وللعراق ثلاثة ملايين دولار.", 2_000_000),
])
def test_an_arabic_number_word_with_a_preposition_glued_to_it(text, value):
    assert claims(text, partner="KW")[0].value == value


@pytest.mark.parametrize(("text", "currency"), [
    ("La France mobilisera 150 millions d'euros sur trois ans, soit environ 165 millions de dollars, pour la Syrie.",
     "EUR"),
    ("Norway will give NOK 60 million over three years, or about USD 6 million, to Iraq.", "NOK"),
    ("قدمت الكويت ٣ ملايين دينار كويتي هذا العام، أي ما يعادل ١٠ ملايين دولار، للعراق.", "KWD"),
])
def test_a_restatement_after_the_figures_period_is_the_same_claim(text, currency):
    assert only_claim(text).currency == currency


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("The number of UK service personnel committed to Operation SHADER in Iraq and Syria, including those based "
     "at RAF Akrotiri, currently stands at approximately 1,000.", "GB", [1000]),
    ("Aujourd'hui, l'effectif total des militaires français engagés au titre de l'opération, en Irak, en Jordanie "
     "et aux Émirats arabes unis, s'élève à environ 800.", "FR", [800]),
    ("The Norwegian contingent at Al Asad Air Base in Iraq, made up of trainers and support staff, will be "
     "reduced from 70 to about 40 during the spring.", "NO", [70, 40]),
])
def test_a_head_count_stated_far_after_its_noun(text, partner, values):
    found = claims(text, partner=partner)
    assert [(c.kind, c.value, c.places[:1]) for c in found] == [("personnel", v, ["IQ"]) for v in values]


@pytest.mark.parametrize("text", [
    "The number of UK service personnel committed to the operation in Iraq, which covers three provinces and the "
    "whole border, was raised to 12 bases.",
    "The Italian contingent at Erbil, made up of trainers, will be reduced from 70 to about 40.",
])
def test_a_far_number_that_is_no_head_count_of_the_partner(text):
    assert claims(text, partner="GB") == []


@pytest.mark.parametrize(("text", "partner"), [
    ("The Embassy of Japan in Jordan announced that Japan signed grant aid of 1.5 billion yen for water in Jordan.",
     "JP"),
    ("L'ambassade de France en Irak a annoncé que la France verse 2 millions d'euros pour Sinjar.", "FR"),
    ("أعلنت سفارة فرنسا في العراق أن فرنسا ستقدم مليوني يورو لدعم النازحين في العراق.", "FR"),
])
def test_a_place_after_a_preposition_is_no_donor(text, partner):
    assert only_claim(text, partner=partner).partner == partner


@pytest.mark.parametrize(("line", "value", "qualifier"), [
    ("- Staff officers and instructors at the NATO Mission Iraq in Baghdad: up to approx. 60", 60, "at_most"),
    ("- Advisers with the Iraqi ministry of defence in Baghdad: about 25", 25, "approximate"),
    ("- Conseillers et instructeurs à Bagdad, en Irak : environ 40", 40, "approximate"),
])
def test_a_list_item_labelled_with_any_personnel_noun_and_a_compound_hedge(line, value, qualifier):
    claim = only_claim(f"Danish personnel:\n{line}\n", partner="DK")
    assert (claim.kind, claim.value, claim.qualifier, claim.places) == ("personnel", value, qualifier, ["IQ"])


@pytest.mark.parametrize(("text", "partner", "period", "year", "since"), [
    ("أعلنت السويد عن تخصيص ٢٫٥ مليار كرونة سويدية على مدى السنوات الثلاث المقبلة للاستجابة الإنسانية في سوريا.",
     "SE", "cumulative", None, None),
    ("وعلى مدى السنوات الخمس الماضية، قدمت الإمارات ما يقارب 550 مليون درهم للاجئين في الأردن.",
     "AE", "cumulative", None, None),
    ("In the 2023 financial year the FCDO will provide £12 million for stabilisation in Syria.", "GB", "year", 2023,
     None),
    ("Depuis le début du conflit en 2011, la Suisse a engagé plus de 600 millions de CHF en Syrie.",
     "CH", "cumulative", None, 2011),
    ("ومنذ اندلاع الأزمة السورية في عام 2011 قدمت الكويت أكثر من 500 مليون دولار لسوريا.",
     "KW", "cumulative", None, 2011),
    ("ومنذ عام 2014 قدمت الكويت أكثر من 500 مليون دولار للعراق.", "KW", "cumulative", None, 2014),
])
def test_periods_over_a_span_in_other_words(text, partner, period, year, since):
    claim = only_claim(text, partner=partner)
    assert (claim.period, claim.year, claim.since) == (period, year, since)


@pytest.mark.parametrize(("text", "partner"), [
    ("مركز الملك سلمان للإغاثة يوقع اتفاقية لدعم اللاجئين السوريين في الأردن\n\nالرياض (واس) - وقع مركز الملك سلمان "
     "للإغاثة اتفاقية بقيمة 10 ملايين دولار للاجئين في الأردن.", "SA"),
    ("مساعدات للنازحين السوريين في لبنان\n\nالكويت (كونا) - قدمت الكويت 5 ملايين دولار للنازحين في لبنان.", "KW"),
])
def test_an_arabic_titles_syrians_are_no_partner(text, partner):
    assert extract_text(text).partner == partner


def test_a_paragraph_after_a_list_is_not_the_last_items_run_on():
    from coalition.reading import read_document

    from .docxgen import make_docx

    items = (("title", "Japan extends aid in Jordan"), ("p", "Japan gives USD 5 million to Jordan."),
             ("heading", "Support to Syrian refugees in Lebanon"),
             ("li", "JPY 450 million for the World Food Programme's food assistance to refugees in 2023"),
             ("p", "Japan is one of the largest donors to Jordan, ranking fourth in 2022."))
    html = ("<html><body><h1>Japan extends aid in Jordan</h1><p>Japan gives USD 5 million to Jordan.</p>"
            "<h2>Support to Syrian refugees in Lebanon</h2><ul><li>JPY 450 million for the World Food Programme's "
            "food assistance to refugees in 2023</li></ul>"
            "<p>Japan is one of the largest donors to Jordan, ranking fourth in 2022.</p></body></html>")
    for data, name in ((make_docx(items), "a.docx"), (html.encode(), "a.html")):
        text = read_document(data, name).text
        found = extract_text(text, partner="JP").claims
        assert [(c.value, c.places, c.year) for c in found] == [(5_000_000, ["JO"], None),
                                                                  (450_000_000, ["LB"], 2023)], name


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("En Irak, les formateurs de la Task Force Monsabert, qui étaient 150 à l'été 2019, ne sont plus qu'une "
     "centaine.", "FR", [(150, "exact"), (100, "approximate")]),
    ("In Iraq, the Danish instructors at Al Asad, who numbered 120 last year, are now only about 60.", "DK",
     [(120, "exact"), (60, "approximate")]),
])
def test_a_head_count_in_a_clause_about_its_noun(text, partner, values):
    found = claims(text, partner=partner)
    assert [(c.value, c.qualifier, c.places) for c in found] == [(v, q, ["IQ"]) for v, q in values]


def test_a_clause_about_someone_elses_people_gives_no_head_count():
    text = "Les soldats irakiens, qui étaient 150 à l'été 2019, ne sont plus qu'une centaine."
    assert claims(text, partner="FR") == []


@pytest.mark.parametrize("text", [
    "Une vingtaine de policiers français sont détachés auprès du ministère irakien de l'intérieur, à Bagdad.",
    "Une quinzaine de policiers belges servent à Bagdad, en Irak.",
])
def test_french_police_officers_are_civilian_personnel(text):
    assert only_claim(text, partner="FR" if "français" in text else "BE").lines == ["other"]


@pytest.mark.parametrize(("text", "lines"), [
    ("Japan signed grant aid of 1.5 billion yen with Jordan to improve water infrastructure, as part of Japan's "
     "development cooperation.", ["development"]),
    ("Japan gives aid of USD 5 million to Jordan.", ["humanitarian"]),
])
def test_generic_aid_in_a_clause_yields_to_a_named_line_in_its_sentence(text, lines):
    assert only_claim(text, partner="JP").lines == lines


@pytest.mark.parametrize(("text", "year"), [
    ("Les formateurs français, qui étaient 150 à l'été 2019, servent en Irak.", 2019),
    ("In the summer of 2021, Denmark deployed 130 soldiers to Iraq.", 2021),
    ("Au printemps 2020, la Belgique a déployé 70 militaires en Irak.", 2020),
])
def test_a_season_of_a_year_is_that_year(text, year):
    claim = only_claim(text, partner="FR" if "français" in text else "DK" if "Denmark" in text else "BE")
    assert (claim.period, claim.year) == ("year", year)


def test_a_year_after_an_earlier_figure_of_the_sentence_is_that_figures():
    found = claims("En Irak, les formateurs français, qui étaient 150 à l'été 2019, ne sont plus qu'une centaine.",
                   partner="FR")
    assert [(c.value, c.period, c.year) for c in found] == [(150, "year", 2019), (100, None, None)]


@pytest.mark.parametrize(("text", "places"), [
    ("Au Liban\n• une subvention de 20 millions d'euros pour l'aide aux réfugiés syriens ;\n", ["LB"]),
    ("In Jordan:\n• EUR 5 million for Syrian refugees in host communities\n", ["JO"]),
    ("La France verse 20 millions d'euros aux réfugiés syriens.", ["SY"]),
])
def test_a_demonym_of_the_people_helped_yields_to_the_country_of_its_heading(text, places):
    assert only_claim(text, partner="FR").places == places


@pytest.mark.parametrize(("text", "partner", "lines"), [
    ("وخصصت هولندا 3 ملايين يورو لبرامج إعادة تأهيل وإدماج أسر المقاتلين الأجانب.", "NL", ["foreign_fighters"]),
    ("وخصصت هولندا 3 ملايين يورو لإعادة تأهيل المدارس في الموصل.", "NL", ["stabilization"]),
    ("Australia will provide $45 million to help communities in Iraq recover from the conflict with Daesh.", "AU",
     ["stabilization"]),
])
def test_lines_of_recovery_and_of_fighters_families(text, partner, lines):
    assert only_claim(text, partner=partner).lines == lines
