"""The classes of error blind round 9 (`gold/*-j-*`) found, one test per class, each written before its fix."""

import pytest

from coalition.extraction import extract_file

from .helpers import claims, only_claim


@pytest.mark.parametrize(("text", "qualifier"), [
    ("قدم الأردن مساعدات إلى العراق بقيمة تقارب مليوني دينار.", "approximate"),
    ("قدم الأردن منذ عام 2014 مساعدات للعراق تزيد قيمتها على 15 مليون دينار.", "at_least"),
    ("نشرت الكويت قوات في العراق يزيد عددها على 300 جندي.", "at_least"),
    ("قدمت قطر مساعدات للعراق تتجاوز قيمتها 40 مليون دولار.", "at_least"),
])
def test_arabic_verb_hedges_with_their_subject_between(text, qualifier):
    assert only_claim(text).qualifier == qualifier


@pytest.mark.parametrize("text", [
    "Canada sent 300 troops to Iraq. At the conference, donors together pledged over US$7 billion for 2019.",
    "Canada sent 300 troops to Iraq. Donors collectively committed USD 2 billion at the meeting.",
    "نشرت الكويت 300 جندي في العراق. وأشار الوزير إلى أن إجمالي ما تعهد به المانحون في المؤتمر بلغ 30 مليار دولار.",
    "نشرت الكويت 300 جندي في العراق. وأعلن التحالف أن إجمالي تعهدات الأعضاء بلغ ٢٫٤ مليار دولار.",
])
def test_a_donor_group_total_is_nobodys_claim(text):
    assert [c.kind for c in claims(text)] == ["personnel"]


@pytest.mark.parametrize("text", [
    "L'hôpital marocain, financé par le Maroc, a assuré plus de 1,5 million de consultations depuis 2012.",
    "Le fonds français a financé 2 millions de repas pour les familles déplacées.",
])
def test_a_french_scale_before_a_noun_counts_things_not_money(text):
    assert claims(text, partner="FR") == []


@pytest.mark.parametrize(("text", "value", "places"), [
    ("Australian Defence Force personnel continue to serve in the Middle East. Around 300 are deployed to Iraq "
     "with Task Group Taji.", 300, ["IQ"]),
    ("Norway keeps soldiers in the region. Some 60 are stationed in Jordan.", 60, ["JO"]),
])
def test_a_count_whose_noun_is_in_the_sentence_before(text, value, places):
    claim = only_claim(text)
    assert (claim.kind, claim.value, claim.places) == ("personnel", value, places)


@pytest.mark.parametrize("text", [
    "Norway welcomed the Coalition's members. 60 are based in Europe.",
    "Norway funds 12 projects. 5 are based in Iraq.",
])
def test_a_count_after_a_sentence_without_own_personnel_is_none(text):
    assert claims(text) == []


@pytest.mark.parametrize("text", [
    "Le Bundestag a abaissé le plafond de soldats allemands déployables en Irak et en Jordanie de 500 à 350.",
    "The Bundestag lowered the ceiling on German troops in Iraq and Jordan from 500 to 350.",
])
def test_a_ceiling_on_a_head_count_gives_each_value_at_most(text):
    found = claims(text, partner="DE")
    assert [(c.kind, c.value, c.qualifier) for c in found] == [("personnel", 500, "at_most"),
                                                               ("personnel", 350, "at_most")]
    assert all(c.places == ["IQ", "JO"] for c in found)


def test_an_html_table_row_keeps_its_year_place_and_line(tmp_path):
    page = tmp_path / "belgium.html"
    page.write_text(
        "<html><body><h1>La Belgique et la lutte contre Daech</h1>"
        "<p>La Belgique participe à la Coalition depuis 2014. Voici ses contributions civiles.</p>"
        "<table><tr><th>Année</th><th>Pays</th><th>Montant</th><th>Domaine</th></tr>"
        "<tr><td>2019</td><td>Irak</td><td>7 millions €</td><td>Stabilisation</td></tr>"
        "<tr><td>2020</td><td>Syrie</td><td>12,5 millions €</td><td>Aide humanitaire</td></tr>"
        "</table><p>La Belgique a aussi déployé jusqu'à 90 militaires en Irak en 2021.</p></body></html>",
        encoding="utf-8")
    found = extract_file(page).claims
    assert [(c.value, c.period, c.year, c.places, c.lines) for c in found[:2]] == [
        (7_000_000, "year", 2019, ["IQ"], ["stabilization"]),
        (12_500_000, "year", 2020, ["SY"], ["humanitarian"]),
    ]


@pytest.mark.parametrize(("text", "year"), [
    ("Au 1er mars 2023, quelque 650 militaires français sont déployés au titre de l'opération Chammal.", 2023),
    ("À la date du 15 juin 2022, 200 militaires belges servent en Irak.", 2022),
])
def test_a_french_as_of_date_gives_the_year_of_a_head_count(text, year):
    claim = only_claim(text)
    assert (claim.period, claim.year) == ("year", year)


@pytest.mark.parametrize(("text", "lines"), [
    ("Le Canada versera 500 000 $ au groupe de travail sur la lutte contre le financement de Daech.",
     ["counter_financing"]),
    ("ستقدم المملكة المتحدة 7 ملايين جنيه إسترليني لإزالة المتفجرات من مخلفات الحرب في العراق.", ["stabilization"]),
    ("La France dépense chaque année pour Chammal. Le coût de l'opération s'est élevé à 280 M€ en 2022.",
     ["military"]),
    ("The UK said the cost of the operation was £120 million in 2021.", ["military"]),
])
def test_line_keywords_in_french_and_arabic(text, lines):
    assert only_claim(text).lines == lines


@pytest.mark.parametrize("text", [
    "Australian Defence Force personnel serve in the Middle East. Around 300 are deployed to Iraq, where they have "
    "helped train more than 45,000 Iraqi soldiers and federal police.",
    "La France a déployé 200 militaires en Irak, qui ont formé 5 000 policiers irakiens.",
])
def test_the_people_a_head_count_trained_give_it_no_line(text):
    assert only_claim(text).lines == ["military"]


def test_a_sum_that_a_referred_package_joins_takes_no_words_from_the_sentence_before():
    found = claims("Le Canada a annoncé 32 millions de dollars pour la stabilisation en Irak. Ce financement "
                   "s'ajoute aux quelque 4 milliards de dollars que le Canada a engagés depuis 2016.", partner="CA")
    assert [(c.value, c.places, c.lines) for c in found] == [(32_000_000, ["IQ"], ["stabilization"]),
                                                            (4_000_000_000, [], [])]


def test_a_table_cell_takes_the_line_of_its_column_header(tmp_path):
    page = tmp_path / "norway.html"
    page.write_text(
        "<html><body><h1>Norway's support to Syria</h1><p>Norway funds the response in Syria every year.</p>"
        "<table><tr><th>Year</th><th>Stabilisation (NOK)</th><th>Humanitarian aid (NOK)</th></tr>"
        "<tr><td>2021</td><td>90 million</td><td>250 million</td></tr></table></body></html>", encoding="utf-8")
    found = extract_file(page).claims
    assert [(c.value, c.currency, c.year, c.lines) for c in found] == [
        (90_000_000, "NOK", 2021, ["stabilization"]), (250_000_000, "NOK", 2021, ["humanitarian"])]
