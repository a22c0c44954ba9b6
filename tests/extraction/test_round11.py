"""The classes of error blind round 11 (`gold/*-l-*`) found, one test per class, each written before its fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims


@pytest.mark.parametrize("text", [
    "Australia gives $25 million to Iraq. The Global Coalition's 86 members have together committed over US$3 "
    "billion to stabilisation since 2015.",
    "Australia gives $25 million to Iraq. Coalition partners pledged a total of $1.2 billion at the meeting.",
    "Australia gives $25 million to Iraq. The EU as a whole has mobilised EUR 1.1 billion for Iraq.",
    "Australia gives $25 million to Iraq. L'Union européenne a, de son côté, mobilisé plus de 3 milliards d'euros.",
    "Australia gives $25 million to Iraq. The World Bank estimates that reconstruction in Syria will cost over "
    "$250 billion.",
])
def test_an_organisation_or_the_coalitions_members_as_subject_give_nobody_a_claim(text):
    assert [c.value for c in claims(text, partner="AU")] == [25_000_000]


def test_the_partners_gift_through_an_organisation_stays_its_own():
    found = claims("Australia gives $25 million through the World Bank to Iraq, and NATO has $3 million from it.",
                   partner="AU")
    assert found[0].value == 25_000_000


@pytest.mark.parametrize("text", [
    "Déclaration du ministre\n\nLe Luxembourg met deux officiers à la disposition de la mission. Nous versons 2 "
    "millions d'euros à l'Irak. Le Luxembourg débloque aussi 750 000 euros pour la Syrie.",
    "Statement by the minister\n\nNew Zealand keeps 12 officers at the headquarters. We give $2 million to Iraq. "
    "New Zealand sends a further $1 million to Syria.",
])
def test_a_country_as_the_subject_of_a_common_verb_is_the_partner(text):
    assert extract_text(text).doc.partner in ("LU", "NZ")


@pytest.mark.parametrize("text", [
    "Le Luxembourg a versé près de 60 millions d'euros depuis 2012, soit environ 65 millions de dollars américains.",
    "Luxembourg gave EUR 60 million since 2012, or about USD 65 million.",
])
def test_a_restatement_after_the_figures_own_year_is_one_claim(text):
    assert [(c.value, c.currency) for c in claims(text, partner="LU")] == [(60_000_000, "EUR")]


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("Approximately 2,500 U.S. service members remain in Iraq.", "US", [2500]),
    ("Some 100 U.K. troops serve in Iraq.", "GB", [100]),
    ("The UK keeps 100 trainers in Iraq, beside 2,500 U.S. troops.", "GB", [100]),
])
def test_an_abbreviated_nationality_with_dots_before_the_noun(text, partner, values):
    assert [c.value for c in claims(text, partner=partner)] == values


@pytest.mark.parametrize(("text", "found"), [
    ("About 2,500 German service members remain in Iraq and about 900 in Syria.",
     [(2500, "approximate", ["IQ"]), (900, "approximate", ["SY"])]),
    ("Germany keeps 120 soldiers deployed in Iraq and 80 in Jordan.", [(120, "exact", ["IQ"]), (80, "exact", ["JO"])]),
    ("L'Allemagne a 120 soldats déployés en Irak et environ 80 en Jordanie.",
     [(120, "exact", ["IQ"]), (80, "approximate", ["JO"])]),
])
def test_a_second_count_without_its_noun_after_a_verb_and_a_hedge(text, found):
    assert [(c.value, c.qualifier, c.places) for c in claims(text, partner="DE")] == found


@pytest.mark.parametrize(("text", "found"), [
    ("Aid to refugees in Jordan will increase from €40 million to €45 million a year.",
     [(40_000_000, "exact", "annual"), (45_000_000, "exact", "annual")]),
    ("Nous avons porté notre contribution au Mécanisme de stabilisation en Irak de 1,5 à 2 millions d'euros.",
     [(1_500_000, "exact", None), (2_000_000, "exact", None)]),
    ("L'aide passera de 10 à 12 millions d'euros par an.",
     [(10_000_000, "exact", "annual"), (12_000_000, "exact", "annual")]),
])
def test_a_change_in_money_gives_each_value(text, found):
    assert [(c.value, c.qualifier, c.period) for c in claims(text, partner="LU")] == found


def test_a_range_of_money_without_a_change_stays_a_range():
    assert [(c.value, c.qualifier) for c in claims("Luxembourg gives between EUR 5 and 7 million to Iraq.",
                                                   partner="LU")][0] == (5_000_000, "at_least")


@pytest.mark.parametrize(("text", "value", "places"), [
    ("The Netherlands sends a staff of five to the Coalition headquarters in Kuwait.", 5, ["KW"]),
    ("The Netherlands keeps a team of twelve in Baghdad, Iraq.", 12, ["IQ"]),
    ("Les Pays-Bas envoient une équipe de 8 en Irak.", 8, ["IQ"]),
])
def test_a_staff_or_team_of_a_number_word_is_a_head_count(text, value, places):
    assert [(c.value, c.places) for c in claims(text, partner="NL")] == [(value, places)]


@pytest.mark.parametrize(("text", "found"), [
    ("Up to 12 NZDF personnel will serve at headquarters in Baghdad, down from the 45 who were deployed in 2022.",
     [(12, "at_most", None), (45, "exact", 2022)]),
    ("About 40 trainers remain in Iraq, up from 25 last year.", [(40, "approximate", None), (25, "exact", None)]),
])
def test_a_head_count_down_or_up_from_an_earlier_one_gives_both(text, found):
    assert [(c.value, c.qualifier, c.year) for c in claims(text, partner="NZ")] == found


def test_people_of_a_unit_are_its_personnel():
    text = "Le détachement d'instruction en Irak passera de 30 à 20 personnes."
    assert [(c.value, c.places) for c in claims(text, partner="BE")] == [(30, ["IQ"]), (20, ["IQ"])]


@pytest.mark.parametrize("text", [
    "Germany gives EUR 22 million for stabilisation in liberated areas, bringing its total support to the UN "
    "Development Programme in Iraq to EUR 600 million.",
    "ستقدم ألمانيا 22 مليون يورو لدعم جهود تحقيق الاستقرار في المناطق المحررة، ليصل إجمالي الدعم الألماني لبرنامج "
    "الأمم المتحدة الإنمائي في العراق إلى نحو 600 مليون يورو.",
])
def test_a_bodys_name_in_the_clause_yields_to_a_line_named_in_the_sentence(text):
    assert [c.lines for c in claims(text, partner="DE")] == [["stabilization"], ["stabilization"]]


def test_a_pdf_list_item_ends_before_a_sentence_of_its_own():
    text = ("Germany funds two projects:\n"
            "- EUR 4.8 million for stabilisation in Sinjar, Iraq, so that displaced families can return\n"
            "- EUR 2.5 million in humanitarian aid for Yazidi survivors in Iraq\n"
            "Germany has delivered 20,000 rifles to the Kurdish Peshmerga since 2014.\n")
    assert [(c.value, c.period) for c in claims(text, partner="DE")] == [(4_800_000, None), (2_500_000, None)]


def test_a_pdf_list_item_wrapped_after_a_preposition_runs_on():
    text = ("Germany funds two projects:\n"
            "- EUR 80 million for stabilisation in the areas of the country liberated from\n"
            "ISIS in Iraq since 2016.\n")
    assert [(c.value, c.since, c.places) for c in claims(text, partner="DE")] == [(80_000_000, 2016, ["IQ"])]


@pytest.mark.parametrize("text", [
    "On 9 February 2024, the Government of Japan decided to extend Emergency Grant Aid of 5 million US dollars to "
    "Syria.",
    "Le 9 février 2024, le Japon a décidé d'accorder 5 millions de dollars américains à la Syrie.",
])
def test_the_date_of_a_decision_in_the_figures_sentence_gives_its_year(text):
    assert [(c.period, c.year) for c in claims(text, partner="JP")] == [("year", 2024)]


def test_a_dateline_on_its_own_line_still_gives_no_year():
    text = "Ottawa (Ontario), le 12 mars 2024\n\nLe Canada annonce 27 millions de dollars pour la Syrie."
    assert [(c.period, c.year) for c in claims(text, partner="CA")] == [(None, None)]


@pytest.mark.parametrize("text", [
    "Le Luxembourg met deux officiers à la disposition de la mission de l'OTAN en Irak et finance, à hauteur de "
    "750 000 euros, un programme pour les enfants de combattants terroristes étrangers en Syrie.",
    "Luxembourg sends two officers to the NATO mission in Iraq and funds, with EUR 750,000, a programme for the "
    "children of foreign terrorist fighters in Syria.",
])
def test_a_head_count_takes_no_line_from_the_money_after_it(text):
    assert [(c.kind, c.lines) for c in claims(text, partner="LU")] == [
        ("personnel", ["military"]), ("funding", ["foreign_fighters"])]


def test_a_conjunction_after_the_last_comma_between_two_figures_does_not_cut():
    text = ("The United States announced $148.7 million for stabilization in Iraq and Syria, bringing total U.S. "
            "humanitarian and stabilization support for the Syria crisis to over $17.4 billion.")
    assert [sorted(c.lines) for c in claims(text, partner="US")] == [["stabilization"], ["humanitarian", "stabilization"]]
