"""The classes of error blind round 14 (`gold/fr-o-*`, French) found, one test per class, each written before its
fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims


@pytest.mark.parametrize(("text", "partner", "places"), [
    ("Contribution de la France\n\nLes crédits fléchés vers la Syrie, le Liban et la Jordanie atteignent 68 M€ en "
     "2024. L'Allemagne a annoncé 1 Md€ et la Suède 40 M€.", "FR", ["SY", "LB", "JO"]),
    ("Contribution de la Belgique\n\nLes fonds destinés à l'Irak, le Liban et la Jordanie s'élèvent à 12 M€. "
     "Les Pays-Bas ont annoncé 1 Md€ et la Suède 40 M€.", "BE", ["IQ", "LB", "JO"]),
    ("Contribution du Danemark\n\nLe programme couvre l'aide vers la Jordanie, le Liban et l'Irak, soit 9 M€. "
     "L'Allemagne a annoncé 1 Md€ et la Suède 40 M€.", "DK", ["JO", "LB", "IQ"]),
])
def test_countries_listed_after_a_destination_with_french_articles_are_destinations_too(text, partner, places):
    found = extract_text(text)
    assert found.partner == partner
    assert [sorted(c.places) for c in found.claims] == [sorted(places)]


@pytest.mark.parametrize(("text", "partner"), [
    ("Discours de la ministre à la huitième conférence de Bruxelles sur la Syrie\n\nBruxelles, le 27 mai 2024\n\n"
     "Le Luxembourg a toujours répondu présent. Je puis annoncer que le Luxembourg contribuera à hauteur de "
     "8 millions d'euros en 2024. Notre aide restera flexible.", "LU"),
    ("Statement by the Minister at the Brussels Conference on Syria\n\nBrussels, 30 June 2022\n\nEleven years on, "
     "the needs keep growing across the whole region. Ireland has stood by the Syrian people. Ireland will "
     "provide EUR 20 million. Our support will continue.", "IE"),
    ("Intervention du ministre à la conférence de Paris pour le Liban\n\nParis, le 24 octobre 2024\n\nLes besoins "
     "ne cessent de croître dans tout le pays depuis un an. La Suisse est présente. La Suisse débloque "
     "10 millions de francs pour le Liban. Nous resterons engagés.", "CH"),
])
def test_a_dateline_in_the_city_of_the_conference_is_the_venue_not_the_author(text, partner):
    assert extract_text(text).partner == partner


@pytest.mark.parametrize(("text", "partner", "value"), [
    ("Depuis 2012, mon pays a mobilisé quarante-cinq millions d'euros pour la Syrie.", "LU", 45_000_000),
    ("Le Luxembourg versera vingt-deux millions d'euros en 2024.", "LU", 22_000_000),
    ("La France consacrera soixante-quinze millions d'euros à la stabilisation de l'Irak.", "FR", 75_000_000),
    ("La Belgique a versé septante-cinq millions d'euros à la Syrie.", "BE", 75_000_000),
    ("La Suisse a débloqué nonante-huit millions de francs pour le Liban.", "CH", 98_000_000),
    ("Quatre-vingt-dix militaires canadiens servent en Irak.", "CA", 90),
    ("Le Danemark envoie trente et un formateurs en Irak.", "DK", 31),
    ("Seize instructeurs belges sont déployés en Jordanie.", "BE", 16),
    ("La Suisse a engagé quatre cents millions de francs depuis 2011.", "CH", 400_000_000),
])
def test_french_compound_number_words_are_read_whole(text, partner, value):
    assert [c.value for c in claims(text, partner=partner)] == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("Soutien au CICR en Syrie\nBudget : CHF 9'500'000", 9_500_000),
    ("La DDC a versé CHF 8’300’000 au CICR en Syrie en 2015.", 8_300_000),
    ("Le projet dispose d'un budget de 1'250'000 francs au Liban.", 1_250_000),
    ("Switzerland gave CHF 750'000 to the ICRC in Iraq.", 750_000),
])
def test_swiss_apostrophes_separate_thousands(text, value):
    assert [c.value for c in claims(text, partner="CH")] == [value]


@pytest.mark.parametrize(("text", "partner"), [
    ("Avec cette tranche, l'aide de l'Autriche en Syrie dépasse désormais 160 millions d'euros depuis 2011.", "AT"),
    ("Depuis 2011, l'aide suisse en faveur de la Syrie dépasse ainsi 600 millions de francs.", "CH"),
    ("Les contributions belges au Liban dépassent déjà 50 millions d'euros.", "BE"),
    ("L'aide de la France à l'Irak dépasse aujourd'hui 1 milliard d'euros.", "FR"),
    ("L'aide néerlandaise à la Syrie dépasse largement 200 millions d'euros.", "NL"),
    ("Norway's aid to Syria exceeds now NOK 2 billion.", "NO"),
])
def test_an_adverb_between_a_verb_of_exceeding_and_its_figure_keeps_the_bound(text, partner):
    assert [c.qualifier for c in claims(text, partner=partner)] == ["at_least"]


@pytest.mark.parametrize("text", [
    "Le Canada verse 40 millions $ en Syrie. Le plan de réponse humanitaire des Nations Unies pour la Syrie demande "
    "4,07 milliards de dollars américains pour 2024.",
    "Le Canada verse 40 millions $ en Syrie. L'appel éclair des Nations unies pour le Liban sollicite 426 millions "
    "de dollars américains.",
    "Le Canada verse 40 millions $ en Syrie. Le plan de réponse régional réclame 5,4 milliards de dollars.",
    "Canada gives $40 million in Syria. The UN humanitarian response plan for Syria requests US$4.07 billion.",
    "Canada gives $40 million in Syria. The flash appeal for Lebanon asks for US$426 million.",
])
def test_what_an_appeal_or_a_response_plan_requests_is_no_money_given(text):
    assert [c.value for c in claims(text, partner="CA")] == [40_000_000]


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("Les Forces armées canadiennes déploient environ 300 militaires dans la région, dont quelque 100 au sein de la "
     "mission de l’OTAN en Irak.", "CA", [300, 100]),
    ("La France compte 600 militaires au Levant, dont 200 en Irak.", "FR", [600, 200]),
    ("Denmark keeps 250 soldiers across the region, including 120 in Iraq.", "DK", [250, 120]),
    ("Le mandat plafonne la participation allemande à 350 soldats, contre 500 jusqu’ici.", "DE", [350, 500]),
    ("L'Espagne maintient 300 militaires en Irak, contre 450 actuellement.", "ES", [300, 450]),
    ("Norway will keep 40 trainers in Iraq, compared with 60 so far.", "NO", [40, 60]),
])
def test_a_part_or_an_earlier_count_whose_noun_is_left_out_is_a_head_count(text, partner, values):
    assert sorted(c.value for c in claims(text, partner=partner)) == sorted(values)


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Le nouveau mandat plafonne la participation allemande à 350 soldats, contre 500 jusqu’ici.", "DE",
     [(350, "at_most"), (500, "at_most")]),
    ("Le gouvernement limite le contingent belge en Irak à 80 militaires.", "BE", [(80, "at_most")]),
    ("Le décret plafonnera l'effectif déployé en Jordanie à 120 soldats.", "FR", [(120, "at_most")]),
    ("The new mandate caps the German contingent at 350 soldiers, compared with 500 so far.", "DE",
     [(350, "at_most"), (500, "at_most")]),
    ("The decision limits the Danish deployment to 150 troops.", "DK", [(150, "at_most")]),
])
def test_a_verb_of_capping_before_its_object_bounds_the_figure(text, partner, expected):
    assert sorted((c.value, c.qualifier) for c in claims(text, partner=partner)) == sorted(expected)


@pytest.mark.parametrize(("text", "partner", "places"), [
    ("Cette enveloppe sera partagée entre le Liban, qui recevra 8 millions d'euros, et la Jordanie, qui en recevra "
     "6 millions, précise la même source.", "AT", [["LB"], ["JO"]]),
    ("L'aide sera répartie entre l'Irak, qui recevra 10 millions d'euros, et la Syrie, qui recevra 5 millions "
     "d'euros.", "BE", [["IQ"], ["SY"]]),
    ("The funds will be split between Jordan, which receives $12 million, and Lebanon, which receives $8 million.",
     "AU", [["JO"], ["LB"]]),
])
def test_a_relative_clause_takes_the_place_it_follows(text, partner, places):
    assert [c.places for c in claims(text, partner=partner)] == places


@pytest.mark.parametrize(("text", "expected"), [
    ("Projet phare\nSoutien de la Suisse aux opérations du CICR\nPays : Syrie\nThème : Aide humanitaire\n"
     "Période : 01.01.2022 - 31.12.2022\nBudget : CHF 9 500 000\n\nLe CICR agit dans tout le pays.",
     (["SY"], "year", 2022, None)),
    ("Projet\nDéminage à Mossoul\nPays : Irak\nPériode : 01.03.2021 - 28.02.2024\nBudget : CHF 4 000 000\n\n"
     "Le projet se poursuit.", (["IQ"], "cumulative", None, 2021)),
    ("Project\nWater for Lebanese towns\nCountry: Lebanon\nPeriod: 2019-2021\nBudget: CHF 2,500,000\n\n"
     "The project has ended.", (["LB"], "cumulative", None, 2019)),
])
def test_the_fields_of_a_project_record_give_its_budget_places_and_period(text, expected):
    [claim] = claims(text, partner="CH")
    assert (claim.places, claim.period, claim.year, claim.since) == expected


@pytest.mark.parametrize(("text", "partner"), [
    ("Deux experts luxembourgeois sont détachés auprès de l'OCHA à Amman pour appuyer la coordination de l'aide.",
     "LU"),
    ("Cinq experts suisses ont rejoint le HCR au Liban pour renforcer l'aide aux réfugiés.", "CH"),
    ("Norway has seconded 12 experts to UN agencies in Iraq to support the delivery of aid.", "NO"),
])
def test_experts_sent_to_support_aid_are_humanitarian(text, partner):
    assert [c.lines for c in claims(text, partner=partner)] == [["humanitarian"]]


def test_soldiers_who_assist_are_no_aid_workers():
    [claim] = claims("Quelque 200 militaires danois sont déployés en Irak pour appuyer l'aide aux forces irakiennes.",
                     partner="DK")
    assert claim.lines == ["military"]
