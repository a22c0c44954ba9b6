"""The classes of error blind round 15 (`gold/fr-p-*`, French) found, one test per class, each written before its
fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims


@pytest.mark.parametrize(("text", "partner"), [
    ("Quelque 300 militaires estoniens ont servi en Irak depuis 2004 ; 9 d'entre eux ont perdu la vie.", "EE"),
    ("La Belgique a déployé 120 militaires au Mali. 4 d'entre eux ont été blessés lors d'une patrouille.", "BE"),
    ("Denmark sent 400 troops to Helmand; 37 of them were killed in action.", "DK"),
    ("Le Canada a envoyé 600 soldats ; 3 soldats canadiens ont été tués en mission.", "CA"),
])
def test_people_killed_or_wounded_are_no_head_count(text, partner):
    assert len(claims(text, partner=partner)) == 1


@pytest.mark.parametrize(("text", "partner", "value"), [
    ("Jusqu'à 110 militaires estoniens pourront servir en Irak.\n\nRectificatif : une version précédente de cet "
     "article indiquait que 150 militaires estoniens pourraient être déployés.", "EE", 110),
    ("La Belgique versera 12 millions d'euros au Liban.\n\nCorrectif : la première version de cette dépêche "
     "mentionnait par erreur 21 millions d'euros.", "BE", 12_000_000),
    ("Norway will send 60 trainers to Iraq.\n\nCorrection: An earlier version of this story said 80 trainers.",
     "NO", 60),
    ("Le Danemark a promis 40 millions d'euros à la Syrie, et non 400 millions d'euros.", "DK", 40_000_000),
])
def test_a_figure_a_correction_withdraws_is_no_claim(text, partner, value):
    assert [c.value for c in claims(text, partner=partner)] == [value]


@pytest.mark.parametrize(("text", "partner", "places"), [
    ("Agence française de développement\n\nL'AFD en Irak\n\nDepuis 2017, l'AFD a engagé 800 millions d'euros en "
     "prêts en Irak. Elle finance aussi l'électricité du pays.", "FR", ["IQ"]),
    ("L'Agence française de développement a accordé un prêt de 50 M€ à la Jordanie pour son réseau d'eau.", "FR",
     ["JO"]),
    ("LuxDev – Rapport annuel\n\nLuxDev a géré 12 millions d'euros de projets au Niger en 2020. Les équipes "
     "travaillent avec les ministères.", "LU", ["NE"]),
    ("Rapport de la DDC\n\nLa Direction du développement et de la coopération a versé 9 millions de francs au "
     "Liban. Ses équipes travaillent avec les municipalités.", "CH", ["LB"]),
])
def test_a_development_agency_names_its_partner_and_its_demonym_is_no_place(text, partner, places):
    found = extract_text(text)
    assert found.partner == partner
    assert [sorted(c.places) for c in found.claims] == [places]


@pytest.mark.parametrize(("text", "partner", "places"), [
    ("Un détachement des Forces armées est arrivé au camp de Zaatari, en Jordanie. Cette mission humanitaire compte "
     "74 médecins et infirmiers.", "MA", ["JO"]),
    ("Deux avions ont décollé à destination de la Jordanie. Cette opération est financée par une enveloppe de "
     "35 millions de dirhams.", "MA", ["JO"]),
    ("Le Maroc verse un million de dollars US au fonds de stabilisation en Irak. Cette nouvelle tranche porte à "
     "4 millions de dollars US la contribution marocaine.", "MA", ["IQ", "IQ"]),
    ("L'AFD a repris ses activités en Irak en 2017. Depuis 2017, elle a engagé 1,2 milliard d'euros dans le pays.",
     "FR", ["IQ"]),
    ("Germany reopened its embassy in Libya in 2017. It has since provided EUR 30 million in the country.", "DE",
     ["LY"]),
    ("Ce programme du PNUD soutient le retour des déplacés en Irak. Ce programme reçoit 5 millions d'euros de la "
     "Belgique.", "BE", ["IQ"]),
])
def test_a_sentence_that_names_the_operation_or_country_just_named_takes_its_place(text, partner, places):
    assert [p for c in claims(text, partner=partner) for p in c.places] == places


@pytest.mark.parametrize(("text", "partner", "value"), [
    ("Le Maroc verse 2 millions de dollars US. Le plan régional pour les réfugiés et la résilience, évalué à "
     "4,6 milliards de dollars pour 2017, n'est financé qu'à 11 %.", "MA", 2_000_000),
    ("La Belgique verse 3 millions d'euros. Le plan humanitaire pour le Yémen, chiffré à 4 milliards de dollars, "
     "reste sous-financé.", "BE", 3_000_000),
    ("Norway gives NOK 50 million. The Regional Refugee and Resilience Plan (3RP), which requires USD 5.5 billion, "
     "is 40% funded.", "NO", 50_000_000),
])
def test_a_regional_or_humanitarian_plan_s_cost_is_no_claim(text, partner, value):
    assert [c.value for c in claims(text, partner=partner)] == [value]


@pytest.mark.parametrize(("text", "partner", "value", "currency"), [
    ("Notre programme en Syrie a reçu 750\u00a0000\u00a0$ CA en 2021.", "FR", 750_000, "CAD"),
    ("L'ONG a reçu 1,2 million $ CAN du gouvernement canadien.", "FR", 1_200_000, "CAD"),
    ("Le Canada a versé 500 000 $ US au CICR en Irak.", "CA", 500_000, "USD"),
    ("Ottawa a annoncé 3 millions $US pour le Liban.", "CA", 3_000_000, "USD"),
])
def test_a_dollar_sign_followed_by_its_country_is_that_country_s_dollar(text, partner, value, currency):
    assert [(c.value, c.currency) for c in claims(text, partner=partner)] == [(value, currency)]


@pytest.mark.parametrize(("text", "partner", "value"), [
    ("La DDC a versé 480\u00a0000\u00a0CHF (soit environ 440\u00a0000\u00a0€) au Liban.", "CH", 480_000),
    ("La Norvège donne 100 millions de couronnes (soit 9 millions d'euros) à la Syrie.", "NO", 100_000_000),
    ("Denmark gives DKK 75 million (i.e. about USD 11 million) to Iraq.", "DK", 75_000_000),
])
def test_a_bracket_that_opens_with_soit_restates_the_sum_in_another_currency(text, partner, value):
    assert [c.value for c in claims(text, partner=partner)] == [value]


@pytest.mark.parametrize(("text", "partner", "places"), [
    ("Contribution de la Belgique\n\nSYRIE (nord-est)\n– Programme de santé : 480 000 €\n– Eau et assainissement : "
     "250 000 €", "BE", [["SY"], ["SY"]]),
    ("Contribution de la France\n\nIRAK (Ninive et Kirkouk)\n– Centre de santé : 1,4 M€\n\nLIBAN (Bekaa)\n"
     "– Écoles : 900 000 €", "FR", [["IQ"], ["LB"]]),
    ("Norway's support\n\nJORDAN (Azraq and Zaatari camps)\n• Water: NOK 12 million\n• Health: NOK 8 million", "NO",
     [["JO"], ["JO"]]),
])
def test_a_heading_in_capitals_with_a_bracket_gives_its_place_to_the_items_under_it(text, partner, places):
    found = extract_text(text)
    assert found.partner == partner
    assert [sorted(c.places) for c in found.claims] == places


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Le gouvernement annonce 1,6 milliard de dollars sur trois ans pour l'Irak et la Syrie. Sur ce 1,6 milliard "
     "de dollars, 840 millions de dollars iront à l'aide humanitaire en Jordanie et au Liban.", "CA",
     [(1_600_000_000, ["IQ", "SY"]), (840_000_000, ["JO", "LB"])]),
    ("La France a promis 50 millions d'euros pour la Syrie. Sur les 50 millions d'euros annoncés, 20 millions "
     "d'euros iront aux écoles du Liban.", "FR", [(50_000_000, ["SY"]), (20_000_000, ["LB"])]),
    ("Denmark pledged DKK 300 million to Iraq. Of this DKK 300 million, DKK 100 million goes to Jordan.", "DK",
     [(300_000_000, ["IQ"]), (100_000_000, ["JO"])]),
])
def test_a_sum_named_again_after_a_demonstrative_is_one_claim_with_its_own_places(text, partner, expected):
    assert [(c.value, sorted(c.places)) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "periods"), [
    ("Nous verserons 840 millions de dollars sur trois ans à l'aide humanitaire. Un autre montant de 270 millions de "
     "dollars financera, sur la même période, des projets de développement.", "CA",
     [("cumulative", None), ("cumulative", None)]),
    ("La Suisse a versé 60 millions de francs depuis 2015 à la Syrie. Au cours de la même période, elle a consacré "
     "25 millions de francs au Liban.", "CH", [("cumulative", 2015), ("cumulative", 2015)]),
    ("Norway gave NOK 300 million in 2019 to Iraq. Over the same period, it gave NOK 50 million to Jordan.", "NO",
     [("year", None), ("year", None)]),
])
def test_the_same_period_is_the_period_of_the_sentence_before(text, partner, periods):
    assert [(c.period, c.since) for c in claims(text, partner=partner)] == periods


@pytest.mark.parametrize(("text", "partner", "value"), [
    ("Enabel a versé 3 M€ en Jordanie. Enabel met aussi en œuvre, pour le compte de l'Union européenne, un projet "
     "de 8 millions d'euros.", "BE", 3_000_000),
    ("LuxDev gère 2 millions d'euros au Niger. Pour le compte de la Commission, elle exécute un programme de "
     "15 millions d'euros.", "LU", 2_000_000),
    ("GIZ spends EUR 5 million in Iraq. On behalf of the European Union, it also runs a EUR 20 million project.", "DE",
     5_000_000),
])
def test_money_an_agency_runs_on_behalf_of_another_donor_is_not_the_partner_s(text, partner, value):
    assert [c.value for c in claims(text, partner=partner)] == [value]


@pytest.mark.parametrize(("text", "partner", "value"), [
    ("Chiffres clés 2022\nChiffre d'affaires total : 310 millions d'euros\n\nEnabel a versé 3 M€ au Liban.", "BE",
     3_000_000),
    ("LuxDev a réalisé un chiffre d'affaires de 120 millions d'euros. Elle a consacré 4 millions d'euros au Mali.",
     "LU", 4_000_000),
    ("The agency's turnover reached EUR 300 million. It spent EUR 6 million in Jordan.", "BE", 6_000_000),
])
def test_an_agency_s_turnover_is_no_claim(text, partner, value):
    assert [c.value for c in claims(text, partner=partner)] == [value]


@pytest.mark.parametrize("text", [
    "Engagements de la coopération gouvernementale belge en Irak, par année :\n• 2019 : 4,2 millions d'euros\n"
    "• 2020 : 6,8 millions d'euros",
    "La coopération gouvernementale belge consacre 4,2 millions d'euros à l'Irak en 2019. Elle prévoit 6,8 millions "
    "d'euros en 2020 pour la coopération gouvernementale.",
])
def test_belgian_governmental_cooperation_is_development(text):
    assert [c.lines for c in claims(text, partner="BE")] == [["development"], ["development"]]


@pytest.mark.parametrize(("text", "partner", "lines"), [
    ("Un autre montant de 270 millions de dollars financera, sur trois ans, des projets de développement en Jordanie "
     "et au Liban, deux pays qui accueillent plus de 1,7 million de réfugiés.", "CA", ["development"]),
    ("La Belgique consacre 5 millions d'euros, dès cette année, à la reconstruction d'écoles au Liban, un pays qui "
     "accueille de nombreux réfugiés syriens.", "BE", ["development"]),
    ("Denmark gives DKK 40 million, over two years, for stabilisation in Iraq and Syria, two countries that still "
     "shelter many refugees.", "DK", ["stabilization"]),
])
def test_what_the_places_are_says_nothing_of_the_line(text, partner, lines):
    assert [c.lines for c in claims(text, partner=partner)] == [lines]


@pytest.mark.parametrize(("text", "partner", "places"), [
    ("IRAK\n– Centre de crise et de soutien du ministère de l'Europe et des Affaires étrangères : 1 450 000 €\n"
     "– Écoles : 300 000 €", "FR", [["IQ"], ["IQ"]]),
    ("Aide à la Syrie\n\nLa ministre de l'Europe et des Affaires étrangères a annoncé 10 millions d'euros.", "FR",
     [["SY"]]),
    ("Support for Iraq\n\nThe Minister for Europe and Africa announced GBP 5 million.", "GB", [["IQ"]]),
])
def test_a_ministry_named_for_a_region_names_no_place(text, partner, places):
    assert [sorted(c.places) for c in claims(text, partner=partner)] == places


@pytest.mark.parametrize(("text", "expected"), [
    ("Nos bailleurs\n\nLa Norvège a versé 2 millions d'euros à notre programme irakien. Le Luxembourg a renouvelé son "
     "soutien à notre programme humanitaire syrien : 1,2 million d'euros pour 2021-2023.",
     [("NO", ["IQ"]), ("LU", ["SY"])]),
    ("Donors\n\nNorway gave USD 3 million to the Yemeni health programme. Denmark added USD 2 million to the "
     "Libyan education programme.", [("NO", ["YE"]), ("DK", ["LY"])]),
    ("Donors\n\nThe Abu Dhabi Fund for Development, based in the Emirati capital, added USD 25 million for Iraq. "
     "Japan gave USD 10 million for Syria.", [("abu-dhabi-fund", ["IQ"]), ("JP", ["SY"])]),
])
def test_in_a_page_of_many_donors_a_demonym_that_gives_nothing_is_where_the_money_goes(text, expected):
    assert [(c.partner, c.places) for c in claims(text)] == expected


@pytest.mark.parametrize(("text", "partner", "periods"), [
    ("Rapport annuel\n\nNos bailleurs institutionnels en 2021\nLe tableau ci-dessous détaille les fonds reçus pour "
     "nos programmes.\n\nIRAK\n– Centre de crise et de soutien (France) : 1 450 000 €\n\nSYRIE\n– Affaires mondiales "
     "Canada : 750 000 $ CA\n", None, [("year", 2021), ("year", 2021)]),
    ("Contribution de la Belgique\n\nEngagements pour 2022\nLa Belgique a réparti ses engagements entre plusieurs "
     "pays de la région.\n\nLIBAN\n– Écoles : 2 millions d'euros\n\nJORDANIE\n– Eau : 1 million d'euros\n", "BE",
     [("year", 2022), ("year", 2022)]),
    ("Norway's support\n\nPledges for 2020\nThe pledges below were made at the Brussels conference by the "
     "government.\n\nLEBANON\n• Health: NOK 20 million\n\nJORDAN\n• Water: NOK 10 million\n", "NO",
     [("year", 2020), ("year", 2020)]),
])
def test_a_section_heading_that_ends_with_its_year_dates_the_headings_under_it(text, partner, periods):
    assert [(c.period, c.year) for c in claims(text, partner=partner)] == periods


@pytest.mark.parametrize(("text", "partner", "periods"), [
    ("Le Luxembourg a promis 1,2 million d'euros pour 2021-2023, dont 400 000 euros versés dès 2021.", "LU",
     [("cumulative", None), ("year", 2021)]),
    ("La Belgique a engagé 9 millions d'euros depuis 2019, dont 3 millions d'euros décaissés dès 2019.", "BE",
     [("cumulative", None), ("year", 2019)]),
    ("Norway pledged NOK 90 million over three years, of which NOK 30 million was disbursed as early as 2020.", "NO",
     [("cumulative", None), ("year", 2020)]),
])
def test_a_part_paid_as_early_as_a_year_is_that_year_s(text, partner, periods):
    assert [(c.period, c.year) for c in claims(text, partner=partner)] == periods


@pytest.mark.parametrize(("text", "partner", "lines"), [
    ("Rapport annuel\n\nNos bailleurs\nLe tableau ci-dessous détaille les fonds reçus pour nos programmes "
     "humanitaires.\n\nIRAK\n– Centre de crise et de soutien (France) : 1 450 000 €\n\nSYRIE\n– Ministère fédéral des "
     "Affaires étrangères (Allemagne) : 600 000 €\n", None, [["humanitarian"], ["humanitarian"]]),
    ("Contribution de la Belgique\n\nProgrammes\nLa liste ci-après donne les montants de la coopération au "
     "développement de la Belgique.\n\nLIBAN\n– Écoles : 2 millions d'euros\n\nJORDANIE\n– Eau : 1 million d'euros\n",
     "BE", [["development"], ["development"]]),
    ("Norway's support\n\nFunding\nThe stabilisation funds listed below were paid by the government.\n\nIRAQ\n"
     "• Mosul: NOK 20 million\n\nSYRIA\n• Raqqa: NOK 10 million\n", "NO", [["stabilization"], ["stabilization"]]),
])
def test_the_paragraph_that_announces_a_list_gives_its_lines_to_the_items(text, partner, lines):
    assert [c.lines for c in claims(text, partner=partner)] == lines


@pytest.mark.parametrize(("text", "partner"), [
    ("Norway supports Iraq\n\nPublished in 2021\n\nNorway will provide NOK 50 million for stabilisation. The funds go "
     "through the UNDP facility.\n", "NO"),
    ("La Belgique soutient l'Irak\n\nMis à jour en 2022\n\nLa Belgique versera 5 millions d'euros pour la "
     "stabilisation. Les fonds passent par le PNUD.\n", "BE"),
])
def test_a_line_that_says_when_the_page_came_out_stays_a_dateline_under_its_title(text, partner):
    assert [(c.places, c.period) for c in claims(text, partner=partner)] == [(["IQ"], None)]


@pytest.mark.parametrize(("text", "partner", "places"), [
    ("Nous avons engagé 150 millions de couronnes pour la stabilisation de Mossoul, en Irak, et nous consacrons "
     "chaque année quelque 20 millions de couronnes à la prévention de l'extrémisme violent.", "NO", [["IQ"], []]),
    ("La Belgique a versé 5 millions d'euros au Liban, et elle consacre 2 millions d'euros par an à la lutte contre "
     "le financement du terrorisme.", "BE", [["LB"], []]),
    ("We gave EUR 10 million to Jordan in 2020, and we spend EUR 1 million a year on counter-messaging.", "NL",
     [["JO"], []]),
])
def test_a_clause_with_its_own_subject_takes_no_places_from_the_other_clause(text, partner, places):
    assert [c.places for c in claims(text, partner=partner)] == places
