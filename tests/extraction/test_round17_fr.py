"""The classes of error blind round 17 (`gold/fr-r-*`, French: a budget document's extract, a parliamentary
committee's minutes, a ministry's communiqué, a statement at a donors' conference, a news wire, a country fact sheet
with a table of troops by base and an embassy's blog) found, one test per class, each written before its fix."""

import pytest

from .helpers import claims


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("OTTAWA — Le Canada prolonge sa mission.\n\nOttawa maintiendra jusqu'à 850 militaires au Moyen-Orient, dont "
     "environ 250 au sein de la mission de l'OTAN à Bagdad. Les États-Unis comptent quelque 2 500 soldats en Irak.",
     "CA", [850, 250]),
    ("La Belgique renouvelle son engagement contre Daech\n\nBRUXELLES — La Défense enverra 40 militaires à l'état-major de la "
     "coalition au Koweït. De son côté, la France compte 600 soldats dans la région.", "BE", [40]),
    ("COPENHAGEN — Denmark extends its deployment.\n\nThe government will keep 120 soldiers with the mission of NATO "
     "in Baghdad. Germany, for its part, has 300 troops in Jordan.", "DK", [120]),
])
def test_the_organisation_whose_mission_the_people_join_is_no_second_giver(text, partner, values):
    found = claims(text)
    assert [(c.partner, c.value) for c in found] == [(partner, v) for v in values]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("La Tunisie a annoncé une contribution de 300 000 dollars américains au mécanisme de stabilisation en Irak au "
     "titre de l'année 2026, soit près de 930 000 dinars.", "TN", [(300_000, "USD")]),
    ("Le gouvernement consacrera 1,4 milliard $ pour la période 2026-2029 à l'aide humanitaire en Irak, en Syrie et "
     "au Liban, soit environ 1 milliard de dollars américains.", "CA", [(1_400_000_000, "CAD")]),
    ("Le Maroc a versé 5 millions de dollars au Fonds de stabilisation immédiate pour l'Irak en 2025, soit quelque "
     "48 millions de dirhams.", "MA", [(5_000_000, "USD")]),
    ("La Suisse verse 12 millions de francs au CICR pour ses opérations en Syrie et au Liban, soit 13 millions "
     "d'euros.", "CH", [(12_000_000, "CHF")]),
])
def test_a_sum_restated_after_soit_at_the_end_of_its_clause_is_one_claim(text, partner, found):
    assert [(c.value, c.currency) for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize(("text", "partner"), [
    ("La Suisse verse 60 millions de francs à la Syrie. Je me réjouis que l'Union européenne ait annoncé 2,5 "
     "milliards d'euros.", "CH"),
    ("L'Italie a alloué 38 millions d'euros à l'Irak. L'Union européenne, dont l'Italie est membre, a pour sa part "
     "mobilisé plus de 1,2 milliard d'euros pour l'Irak.", "IT"),
    ("Prague a versé 60 millions de couronnes au Liban. C'est peu à côté des 2,7 milliards d'euros mobilisés par "
     "l'Union européenne.", "CZ"),
    ("Norway gives NOK 60 million to Syria, beside the EUR 2.7 billion pledged by the European Union.", "NO"),
    ("Le Danemark verse 60 millions de couronnes à l'Irak ; la Banque mondiale, de son côté, a accordé 400 millions "
     "de dollars.", "DK"),
])
def test_an_organisation_giving_after_an_aside_or_as_the_agent_of_a_participle_gives_its_own_money(text, partner):
    assert [c.value for c in claims(text, partner=partner)] == [38_000_000 if partner == "IT" else 60_000_000]


@pytest.mark.parametrize(("text", "partner"), [
    ("Le Canada maintient 250 militaires en Irak. Les États-Unis, pour leur part, comptent quelque 2 500 soldats en "
     "Irak.", "CA"),
    ("La Belgique garde 250 militaires en Jordanie. L'Allemagne, de son côté, maintient 300 soldats dans le pays.",
     "BE"),
    ("Denmark keeps 250 soldiers in Iraq. The United States, for its part, keeps some 2,500 troops there.", "DK"),
])
def test_another_country_keeping_troops_after_an_aside_keeps_its_own(text, partner):
    assert [c.value for c in claims(text, partner=partner)] == [250]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Effectifs déployés au 1er juin 2026, par base\n\nBase | Pays | Mission | Effectif\n"
     "Camp Singara, Erbil | Irak | formation | 650\nAli Al Salem | Koweït | détachement aérien | environ 120\n",
     "IT", [(650, "exact", ["IQ"]), (120, "approximate", ["KW"])]),
    ("Troops by base\n\nBase | Country | Troops\nAl Asad | Iraq | 300\nMuwaffaq Salti | Jordan | 85\n", "DK",
     [(300, "exact", ["IQ"]), (85, "exact", ["JO"])]),
    ("Répartition du contingent\n\nLieu | Personnel | Avions\nBagdad, Irak | 45 | 0\nAl-Azraq, Jordanie | 110 | 4\n",
     "BE", [(45, "exact", ["IQ"]), (110, "exact", ["JO"])]),
])
def test_a_table_column_headed_by_a_head_count_word_holds_head_counts(text, partner, found):
    assert [(c.value, c.qualifier, c.places) for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize(("text", "partner", "year"), [
    ("Effectifs déployés au 1er juin 2026, par base (source : état-major)\n\nBase | Pays | Mission | Effectif\n"
     "Camp Singara, Erbil | Irak | formation des forces kurdes | 650\nBagdad, quartier général | Irak | conseil | "
     "environ 280\nAli Al Salem | Koweït | détachement aérien | 120\nAl Udeid | Qatar | officiers d'état-major | 15\n",
     "IT", 2026),
    ("Troops deployed as of March 2024, by base\nBase | Country | Role | Troops\nErbil air base | Iraq | training, "
     "advising | 650\nBaghdad, NMI | Iraq | staff | about 280\nAli Al Salem | Kuwait | air detachment | 120\n"
     "Al Udeid | Qatar | staff officers | 15\n", "DK", 2024),
])
def test_a_table_row_gives_its_places_and_its_caption_the_year_of_every_row(text, partner, year):
    assert [(c.value, c.places, c.period, c.year) for c in claims(text, partner=partner)] == [
        (650, ["IQ"], "year", year), (280, ["IQ"], "year", year), (120, ["KW"], "year", year),
        (15, ["QA"], "year", year)]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("La Suisse annonce 60 millions de francs suisses (environ 67 millions de dollars) pour la Syrie et le Liban, dont "
     "38 millions pour l'aide humanitaire en Syrie.", "CH", [(60_000_000, "CHF"), (38_000_000, "CHF")]),
    ("Norway gives NOK 500 million (about USD 47 million) to Syria and Lebanon, of which 200 million goes to Lebanon.",
     "NO", [(500_000_000, "NOK"), (200_000_000, "NOK")]),
    ("Le Danemark verse 300 millions de couronnes (40 millions d'euros) à l'Irak, dont 100 millions pour le déminage.",
     "DK", [(300_000_000, "DKK"), (100_000_000, "DKK")]),
])
def test_a_part_without_currency_takes_the_total_s_currency_not_its_restatement_in_brackets(text, partner, found):
    assert [(c.value, c.currency) for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Prague a approuvé une aide humanitaire de 45 millions de couronnes tchèques pour le Liban, dans les régions qui "
     "accueillent le plus de réfugiés ; le pays en héberge encore près de 1,5 million.", "CZ", [45_000_000]),
    ("Avec 20 millions d'euros d'aide humanitaire, la Belgique soutient la Jordanie, qui en accueille aujourd'hui "
     "environ 1,3 million.", "BE", [20_000_000]),
    ("Norway gives NOK 200 million in humanitarian aid to Lebanon, which still hosts some 1.5 million.", "NO",
     [200_000_000]),
])
def test_a_bare_million_after_a_verb_of_hosting_counts_the_people_hosted(text, partner, found):
    assert [c.value for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Le ministre a rappelé que la Tunisie a versé 300 000 dollars au fonds de stabilisation en Irak. Il a également "
     "présenté l'expérience tunisienne : sur le plan national, 4,5 millions de dinars ont été alloués depuis 2023 à la "
     "prévention de l'extrémisme violent.", "TN", [(300_000, ["IQ"]), (4_500_000, [])]),
    ("La France a versé 10 millions d'euros à l'Irak. Elle consacre aussi, au niveau national, 3 millions d'euros à "
     "la prévention de la radicalisation.", "FR", [(10_000_000, ["IQ"]), (3_000_000, [])]),
    ("Denmark gave DKK 50 million to Iraq. It also spends DKK 20 million domestically on preventing radicalisation.",
     "DK", [(50_000_000, ["IQ"]), (20_000_000, [])]),
])
def test_money_spent_at_home_takes_no_place_from_the_sentence_before(text, partner, found):
    assert [(c.value, c.places) for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("La Tunisie a annoncé 300 000 dollars au mécanisme de financement de la stabilisation en Irak. Elle avait déjà "
     "versé au même mécanisme 200 000 dollars en 2024.", "TN",
     [(300_000, ["IQ"], ["stabilization"]), (200_000, ["IQ"], ["stabilization"])]),
    ("Le Luxembourg verse 2 millions d'euros au fonds humanitaire pour la Syrie. L'an dernier, 1,5 million d'euros "
     "étaient allés au même fonds.", "LU",
     [(2_000_000, ["SY"], ["humanitarian"]), (1_500_000, ["SY"], ["humanitarian"])]),
    ("Norway gives NOK 50 million to the stabilisation facility in Iraq. In 2023 it gave NOK 40 million to the same "
     "facility.", "NO", [(50_000_000, ["IQ"], ["stabilization"]), (40_000_000, ["IQ"], ["stabilization"])]),
])
def test_the_same_fund_named_again_takes_the_place_and_line_of_the_sentence_before(text, partner, found):
    assert [(c.value, c.places, c.lines) for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("L'effectif luxembourgeois affecté à la mission de l'OTAN en Irak passera de deux à quatre officiers d'ici "
     "septembre.", "LU", [2, 4]),
    ("Le contingent estonien en Irak passera de trois à cinq formateurs.", "EE", [3, 5]),
    ("Le nombre de militaires belges en Jordanie passera de quatre-vingts à soixante militaires.", "BE", [80, 60]),
])
def test_a_change_from_a_number_word_to_another_gives_both_head_counts(text, partner, found):
    assert [c.value for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Une équipe médicale tchèque opère à Tripoli, au Liban. Elle compte neuf spécialistes tchèques, chirurgiens, "
     "anesthésistes et infirmières.", "CZ", [9]),
    ("La Belgique a envoyé 12 spécialistes en déminage en Irak.", "BE", [12]),
    ("Le Luxembourg détache six infirmières et quatre chirurgiens à l'hôpital d'Erbil, en Irak.", "LU", [6, 4]),
])
def test_specialists_surgeons_and_nurses_sent_are_head_counts(text, partner, found):
    assert [c.value for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize(("text", "partner", "places"), [
    ("La République tchèque envoie 9 médecins à l'hôpital de Tripoli, dans le nord du Liban.", "CZ", ["LB"]),
    ("La Belgique finance pour 2 millions d'euros l'hôpital de Tripoli, au Liban.", "BE", ["LB"]),
    ("Norway sends 9 doctors to the hospital in Tripoli, northern Lebanon.", "NO", ["LB"]),
    ("Le Luxembourg finance pour 3 millions d'euros une école à Tripoli (Liban).", "LU", ["LB"]),
])
def test_a_city_named_with_its_country_is_in_that_country(text, partner, places):
    assert [c.places for c in claims(text, partner=partner)] == [places]


@pytest.mark.parametrize(("text", "partner"), [
    ("La Tunisie a détaché deux experts auprès de la cellule de communication de la coalition à Abou Dhabi.", "TN"),
    ("Le Maroc finance pour 500 000 dollars un programme de communication stratégique contre Daech en Irak.", "MA"),
    ("La Belgique consacre 1 million d'euros à la lutte contre la propagande de Daech en ligne.", "BE"),
])
def test_the_coalition_s_communication_work_in_french_is_the_communications_line(text, partner):
    assert [c.lines for c in claims(text, partner=partner)] == [["communications"]]


@pytest.mark.parametrize(("text", "found"), [
    ("Levant - crédits prévus pour 2027 :\n- Syrie, aide humanitaire : 28 M€ (contre 24,5 M€ en LFI 2026) ;\n",
     [(28_000_000, 2027), (24_500_000, 2026)]),
    ("Les crédits de stabilisation pour l'Irak atteignent 46 M€ en PLF 2027, contre 41 M€ en LFI 2026.",
     [(46_000_000, 2027), (41_000_000, 2026)]),
    ("L'aide humanitaire à la Syrie passe de 20 M€ en LFR 2025 à 22 M€ en PLF 2026.",
     [(20_000_000, 2025), (22_000_000, 2026)]),
])
def test_a_year_named_by_its_finance_law_is_the_figure_s_year(text, found):
    assert [(c.value, c.year) for c in claims(text, partner="FR")] == found


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Pour 2024 :\n- Irak, stabilisation : 12 M€ (contre 10 M€ en 2023) ;\n", "FR", [(12_000_000, 2024), (10_000_000, 2023)]),
    ("Funding for 2024:\n- Iraq, stabilisation: EUR 12 million (compared with EUR 10 million in 2023)\n", "DE",
     [(12_000_000, 2024), (10_000_000, 2023)]),
])
def test_a_figure_set_against_a_later_one_keeps_its_own_year(text, partner, found):
    assert [(c.value, c.year) for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize(("text", "partner"), [
    ("La Suisse annonce 60 millions de francs en faveur des populations touchées en Syrie et au Liban.", "CH"),
    ("Le Luxembourg verse 2 millions d'euros aux populations affectées par le conflit en Irak.", "LU"),
    ("Norway gives NOK 80 million to affected populations in Syria.", "NO"),
])
def test_money_for_the_populations_a_crisis_hit_is_humanitarian(text, partner):
    assert [c.lines for c in claims(text, partner=partner)] == [["humanitarian"]]
