"""The classes of error blind round 18 (`gold/fr-s-*`, French: a ministry's FAQ page, a multi-year cooperation
programme, a speech at a handover ceremony, a minister's answer in a plenary debate, a corrected wire story, a
contingent's homecoming story and an ambassador's interview) found, one test per class, each written before its fix."""

import pytest

from .helpers import claims


@pytest.mark.parametrize(("text", "values"), [
    ("Notre contribution à la mission de l'OTAN en Irak passera de 40 à 25 coopérants au printemps.", [40, 25]),
    ("La France met 14 coopérants à la disposition de l'armée libanaise.", [14]),
    ("Plus de 1 600 cadres des Forces armées se sont relayés en Jordanie.", [1600]),
    ("Le détachement déployé au Liban compte 45 cadres médicaux et paramédicaux.", [45]),
    ("Dans le cadre de ce programme, 3 cadres juridiques ont été revus et 12 cadres de concertation créés.", []),
])
def test_cadres_and_cooperants_are_people_but_frameworks_are_not(text, values):
    assert [c.value for c in claims(text, partner="FR") if c.kind == "personnel"] == values


@pytest.mark.parametrize(("text", "since"), [
    ("Depuis l'ouverture de la structure en 2012, plus de 1 600 militaires se sont relayés en Jordanie.", 2012),
    ("Depuis son lancement en 2016, le programme a reçu 40 millions d'euros de la Belgique pour l'Irak.", 2016),
    ("Depuis notre arrivée dans la coalition en 2015, nous avons consacré 12 millions d'euros au Liban.", 2015),
    ("Depuis 2015, quelque 900 militaires se sont relayés en Irak.", 2015),
])
def test_since_an_opening_or_a_joining_in_a_year_is_a_total_since_that_year(text, since):
    (claim,) = claims(text, partner="BE")
    assert (claim.period, claim.since, claim.year) == ("cumulative", since, None)


@pytest.mark.parametrize("text", [
    "Retour du détachement sanitaire\n\nRabat, 22 novembre 2025 – Les 118 personnels de l'hôpital de campagne des "
    "Forces Armées Royales (FAR) sont rentrés de Jordanie. Le Royaume a aussi remis un don de 4,2 millions de dirhams "
    "aux réfugiés accueillis en Jordanie, a indiqué l'État-Major Général des FAR.",
    "Un nouvel hôpital de campagne au Liban\n\nLes Forces armées royales ont déployé 150 militaires au Liban, et "
    "l'Agence marocaine de coopération internationale a versé 3 millions de dirhams au Liban.",
])
def test_moroccan_forces_and_aid_agency_name_their_partner_and_its_dirham(text):
    found = claims(text)
    assert {c.partner for c in found} == {"MA"}
    assert {c.currency for c in found if c.kind == "funding"} == {"MAD"}


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("En 2025, le Canada a accordé 37 millions de dollars au Programme alimentaire mondial et à l'UNICEF pour les "
     "réfugiés syriens en Jordanie (environ 26,5 millions de dollars américains).", "CA", [(37_000_000, "CAD")]),
    ("La Suisse verse 12 millions de francs au CICR pour ses opérations au Liban et en Syrie (soit environ 12,8 "
     "millions d'euros).", "CH", [(12_000_000, "CHF")]),
    ("Norway gives NOK 150 million to UNDP's stabilisation facility for the liberated areas of Iraq (about USD 14 "
     "million).", "NO", [(150_000_000, "NOK")]),
    # a label's sum in brackets, unhedged, is its own; so is a hedged one in the next sentence
    ("La Norvège finance deux agences en Irak : le PAM (40 millions de couronnes) et l'UNICEF (3 millions de "
     "dollars).", "NO", [(40_000_000, "NOK"), (3_000_000, "USD")]),
    ("La Norvège a versé 40 millions de couronnes au PAM en Irak. L'UNICEF a reçu de sa part (environ 3 millions de "
     "dollars) une aide pour les écoles.", "NO", [(40_000_000, "NOK"), (3_000_000, "USD")]),
])
def test_a_hedged_sum_in_brackets_closing_the_first_sums_clause_restates_it(text, partner, found):
    assert [(c.value, c.currency) for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize(("text", "partner"), [
    ("La France a versé 10 millions d'euros à l'Irak. Le Royaume-Uni vient d'annoncer 150 millions de livres pour la "
     "Syrie.", "FR"),
    ("La France a versé 10 millions d'euros à l'Irak, et l'Allemagne vient de débloquer 50 millions d'euros pour la "
     "Syrie.", "FR"),
    ("La Belgique a versé 10 millions d'euros à l'Irak. Les Pays-Bas venaient de promettre 25 millions d'euros.", "BE"),
    ("Le Danemark a versé 10 millions d'euros au Liban ; l'Union européenne a d'ailleurs annoncé 1 milliard d'euros "
     "pour 2024-2027.", "DK"),
    ("La Suisse a versé 10 millions d'euros au Liban. L'Allemagne a déjà promis 40 millions d'euros.", "CH"),
])
def test_another_giver_announcing_just_now_or_by_the_way_gives_its_own(text, partner):
    assert [c.value for c in claims(text, partner=partner)] == [10_000_000]


@pytest.mark.parametrize("text", [
    "La France a versé 10 millions d'euros à l'Irak. Les Nations unies chiffrent leurs besoins pour la Syrie à 4,1 "
    "milliards de dollars cette année.",
    "La France a versé 10 millions d'euros à l'Irak. L'OCHA estime ses besoins au Liban à environ 2,7 milliards de "
    "dollars.",
    "La France a versé 10 millions d'euros à l'Irak, et je salue le Service de l'action antimines des Nations unies, "
    "dont le programme pour l'Irak est chiffré cette année à 55 millions de dollars.",
    "La France a versé 10 millions d'euros à l'Irak. Merci au PAM, dont le budget pour la Syrie atteint 1,2 milliard "
    "de dollars.",
    "France gave EUR 10 million to Iraq. We thank UNMAS, whose programme for Iraq is costed at USD 55 million.",
])
def test_what_an_agency_needs_or_its_own_programme_is_costed_at_is_no_claim(text):
    assert [c.value for c in claims(text, partner="FR")] == [10_000_000]


@pytest.mark.parametrize(("text", "partner"), [
    ("Depuis 2014, les coûts supplémentaires de l'opération IMPACT s'élèvent à environ 1,9 milliard de dollars.", "CA"),
    ("Les dépenses supplémentaires de l'opération ont atteint 120 millions d'euros en 2024.", "BE"),
    ("Les coûts additionnels de l'opération Inherent Resolve pour nos forces se montent à 40 millions d'euros.", "NL"),
    ("The incremental costs of the operation reached $380 million in 2019.", "CA"),
])
def test_what_an_operation_costs_beyond_peacetime_is_military(text, partner):
    (claim,) = claims(text, partner=partner)
    assert claim.lines == ["military"]


@pytest.mark.parametrize(("text", "partner", "places"), [
    ("Depuis 2012, nous avons consacré près de 1,1 milliard de couronnes à l'aide humanitaire dans les pays voisins de "
     "la Syrie.", "DK", []),
    ("La Suisse a versé 30 millions de francs aux pays limitrophes de l'Irak pour accueillir les déplacés.", "CH", []),
    ("Norway has given NOK 500 million to the countries neighbouring Syria since 2016.", "NO", []),
    ("Japan provided USD 20 million in humanitarian aid to Syria's neighbours in 2019.", "JP", []),
    # Syria and its neighbours: Syria is a place
    ("La Belgique a versé 12 millions d'euros à l'aide humanitaire en Syrie et dans les pays voisins.", "BE", ["SY"]),
])
def test_the_neighbours_of_a_country_are_the_region_not_that_country(text, partner, places):
    (claim,) = claims(text, partner=partner)
    assert claim.places == places


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Enveloppe indicative par année, aide humanitaire et développement (Syrie, Liban) :\n- 2025 : 58,5 mio CHF\n"
     "- 2026 : 61,0 mio CHF\n", "CH", [(58_500_000, "year", 2025), (61_000_000, "year", 2026)]),
    ("Budget annuel prévu pour l'Irak :\n– 2027 : 12 millions d'euros\n– 2028 : 14 millions d'euros\n", "BE",
     [(12_000_000, "year", 2027), (14_000_000, "year", 2028)]),
    ("Yearly allocations to Iraq:\n* 2024: NOK 80 million\n* 2025: NOK 95 million\n", "NO",
     [(80_000_000, "year", 2024), (95_000_000, "year", 2025)]),
])
def test_a_dash_bulleted_item_labelled_by_its_year_is_that_years_figure(text, partner, found):
    assert [(c.value, c.period, c.year) for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize(("text", "partner"), [
    ("Les 118 personnels de l'hôpital de campagne des Forces armées royales sont rentrés au terme d'une mission "
     "humanitaire de six mois en Jordanie.", "MA"),
    ("Un nouveau contingent d'environ 120 personnels de santé militaires est arrivé en Jordanie pour poursuivre cette "
     "mission humanitaire.", "MA"),
    ("Une quarantaine de médecins militaires sont partis au Liban pour une mission humanitaire de trois mois.", "FR"),
    ("The army sent 60 doctors and nurses of its field hospital to Jordan on a humanitarian mission.", "IT"),
])
def test_medical_staff_on_a_mission_called_humanitarian_are_humanitarian_even_as_soldiers(text, partner):
    (claim,) = claims(text, partner=partner)
    assert claim.lines == ["humanitarian"]


@pytest.mark.parametrize("text", [
    # medics with no such word keep their force's line
    "Au moins 40 personnels de santé militaires servent dans un hôpital de campagne en Jordanie.",
    "Les Forces armées royales ont déployé un hôpital de campagne en Jordanie, avec 90 médecins des forces armées.",
])
def test_army_medics_on_no_mission_called_humanitarian_stay_military(text):
    (claim,) = claims(text, partner="MA")
    assert claim.lines == ["military"]
