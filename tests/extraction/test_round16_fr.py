"""The classes of error blind round 16 (`gold/fr-q-*`, French: a press briefing, a joint declaration of two partners,
a written question answered with a table, a UN agency's thanks to its donors, a contingent's rotation, an interview
and an evaluation report) found, one test per class, each written before its fix."""

import pytest

from .helpers import claims


def _given(text):
    return [(c.partner, c.value) for c in claims(text)]


@pytest.mark.parametrize(("text", "found"), [
    ("Communiqué conjoint\n\nLors de la réunion tenue à Koweït le 12 mars, les deux pays ont présenté leurs "
     "contributions.\n\nLe Koweït a promis 20 millions de dollars pour la reconstruction de l'Irak. Le Qatar a versé "
     "10 millions de dollars d'aide humanitaire à la Syrie.", [("KW", 20_000_000), ("QA", 10_000_000)]),
    ("Joint statement\n\nThe agreement, signed in Luxembourg on Friday, sets out what each country gives.\n\n"
     "Luxembourg gives EUR 3 million to the recovery of the areas taken back from Daesh in Iraq. Belgium gives EUR 5 "
     "million to Syria.", [("LU", 3_000_000), ("BE", 5_000_000)]),
    ("Déclaration commune\n\nRéunis à Luxembourg, les ministres ont adopté le texte suivant.\n\nLe Luxembourg "
     "consacre 1,2 million d'euros au retour des familles déplacées dans le nord de l'Irak. La Belgique engage 24 "
     "millions d'euros en Irak.", [("LU", 1_200_000), ("BE", 24_000_000)]),
])
def test_a_city_where_the_partners_met_or_signed_leaves_its_country_a_giver(text, found):
    assert _given(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Déclaration commune de l'Espagne et du Portugal\n\nL'Espagne maintient 300 militaires en Irak. Le Portugal "
     "envoie 30 formateurs en Irak et donne 2 millions d'euros à la Syrie.",
     [("ES", 300, ["IQ"]), ("PT", 30, ["IQ"]), ("PT", 2_000_000, ["SY"])]),
    ("Déclaration conjointe de la Belgique et du Luxembourg sur l'Irak\n\nLa Belgique maintiendra jusqu'à 25 "
     "militaires au sein de la mission de l'OTAN. Le Luxembourg y détache deux officiers.\n\nLa Belgique engage 6 "
     "millions d'euros pour la stabilisation. Le Luxembourg y consacre 1,2 million d'euros.",
     [("BE", 25, ["IQ"]), ("LU", 2, ["IQ"]), ("BE", 6_000_000, ["IQ"]), ("LU", 1_200_000, ["IQ"])]),
    ("Joint statement of Greece and Cyprus on Syria\n\nGreece gives EUR 4 million in humanitarian aid. Cyprus sends "
     "12 medical staff. Greece keeps 20 officers at the coalition's headquarters.",
     [("GR", 4_000_000, ["SY"]), ("CY", 12, ["SY"]), ("GR", 20, ["SY"])]),
])
def test_the_partners_a_joint_headline_names_are_neither_places_nor_local_forces(text, found):
    assert [(c.partner, c.value, c.places) for c in claims(text)] == found


@pytest.mark.parametrize(("text", "found"), [
    ("Le Luxembourg porte sa contribution de 3 à 4,5 millions d'euros par an. La Belgique donne 6 millions d'euros "
     "en 2023.", [("LU", "annual"), ("LU", "annual"), ("BE", "year")]),
    ("Denmark raises its aid from DKK 10 million to DKK 15 million a year. Sweden gives SEK 20 million in 2023.",
     [("DK", "annual"), ("DK", "annual"), ("SE", "year")]),
    ("Norway increases its support from NOK 40 million to NOK 60 million per year. Finland gives EUR 5 million in "
     "2022.", [("NO", "annual"), ("NO", "annual"), ("FI", "year")]),
])
def test_a_change_in_a_many_partner_page_gives_its_period_to_both_ends(text, found):
    assert [(c.partner, c.period) for c in claims(text)] == found


@pytest.mark.parametrize(("text", "partner"), [
    ("Quelque 600 militaires français sont déployés. La coalition compterait encore quelque 4 000 militaires étrangers "
     "en Irak.", "FR"),
    ("Denmark keeps 600 soldiers in Iraq, where some 5,000 foreign troops remain.", "DK"),
    ("Le Canada maintient 600 soldats en Irak ; près de 2 500 soldats étrangers y sont encore stationnés.", "CA"),
    ("تحتفظ الدنمارك بـ 600 جندي في العراق، حيث يبقى نحو 2500 جندي أجنبي.", "DK"),
    ("Norway has 600 soldiers in Iraq, beside 3,000 multinational troops.", "NO"),
])
def test_foreign_or_multinational_troops_are_no_head_count_of_the_partner(text, partner):
    assert [c.value for c in claims(text, partner=partner)] == [600]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Le Centre de crise et de soutien a engagé entre 12 et 16 M€ par an pour la stabilisation de l'Irak.", "FR",
     (12_000_000, "EUR", "at_least")),
    ("La Belgique consacre entre 3 et 5 millions d'euros à l'aide humanitaire en Syrie.", "BE",
     (3_000_000, "EUR", "at_least")),
    ("La Suisse verse entre 2 et 3 millions de francs par an au CICR en Irak.", "CH", (2_000_000, "CHF", "at_least")),
    ("Le Luxembourg engage entre 1,5 M€ et 2 M€ en faveur du déminage en Irak.", "LU", (1_500_000, "EUR", "at_least")),
    ("Norway gives between 5 million euros and 7 million euros a year to Iraq.", "NO", (5_000_000, "EUR", "at_least")),
])
def test_a_range_written_entre_x_et_y_is_one_claim_at_its_lower_bound(text, partner, found):
    assert [(c.value, c.currency, c.qualifier) for c in claims(text, partner=partner)] == [found]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Environ 300 membres des Forces armées canadiennes demeurent\ndéployés au Moyen-Orient dans le cadre de "
     "l'opération IMPACT, dont une soixantaine en Irak.", "CA", [(300, []), (60, ["IQ"])]),
    ("La Belgique maintient 250 militaires engagés dans l'opération Inherent Resolve, dont 40 en Jordanie.", "BE",
     [(250, []), (40, ["JO"])]),
    ("Le Luxembourg a envoyé 12 militaires pour la mission de l'OTAN, dont deux officiers à Bagdad.", "LU",
     [(12, []), (2, ["IQ"])]),
])
def test_a_part_of_a_head_count_after_the_rest_of_its_clause_is_a_head_count(text, partner, found):
    assert [(c.value, c.places) for c in claims(text, partner=partner)] == found


_CAPTIONED_TABLES = [
    ("Affaires mondiales Canada a versé les montants suivants au titre de l'aide humanitaire (en dollars canadiens) :\n"
     "Pays                    2022                2023\nIrak                    14 250 000          11 800 000\n"
     "Syrie                   47 600 000          52 300 000\n", "CA"),
    ("La Direction du développement a engagé les montants suivants (en francs suisses) :\n\nPays | 2022 | 2023\n"
     "Irak | 14 250 000 | 11 800 000\nSyrie | 47 600 000 | 52 300 000\n", "CH"),
    ("Humanitarian funding disbursed by the ministry, in NOK:\nCountry      2022           2023\n"
     "Iraq         14,250,000     11,800,000\nSyria        47,600,000     52,300,000\n", "NO"),
]


@pytest.mark.parametrize(("text", "partner"), _CAPTIONED_TABLES)
def test_a_table_with_a_column_per_year_under_a_caption_that_names_the_currency(text, partner):
    currency = {"CA": "CAD", "CH": "CHF", "NO": "NOK"}[partner]
    assert [(c.value, c.currency, c.period, c.year, c.places) for c in claims(text, partner=partner)] == [
        (14_250_000, currency, "year", 2022, ["IQ"]), (11_800_000, currency, "year", 2023, ["IQ"]),
        (47_600_000, currency, "year", 2022, ["SY"]), (52_300_000, currency, "year", 2023, ["SY"])]


@pytest.mark.parametrize(("text", "line"), [
    ("Programme des Nations Unies pour le développement (PNUD) – Irak\nCommuniqué de presse\n\nStabilisation de "
     "l'Irak : le PNUD salue de nouvelles contributions\n\nBagdad, le 21 novembre 2022 – Le PNUD remercie ses "
     "partenaires.\n\nLa Grèce apporte 300 000 euros, sa première contribution au Fonds.\n\nLe Portugal a annoncé "
     "une contribution de 400 000 euros.\n\nLa Slovaquie contribue à hauteur de 150 000 euros.", "stabilization"),
    ("United Nations Development Programme – Iraq\n\nStabilisation in Iraq: UNDP thanks three donors\n\nBaghdad, "
     "3 May 2023 – UNDP welcomes new contributions.\n\nIreland has given EUR 2 million. Finland has provided EUR 1.5 "
     "million. Greece has sent EUR 300,000.", "stabilization"),
])
def test_a_letterhead_naming_the_development_programme_gives_no_line_to_the_donors_under_it(text, line):
    assert [c.lines for c in claims(text)] == [[line]] * 3


@pytest.mark.parametrize(("text", "partner"), [
    ("En 2024, nous mobiliserons environ 110 millions d'euros d'aide humanitaire pour la Syrie. Sur ce montant, "
     "18 M€ iront au Liban.", "FR"),
    ("Pour 2024, nous avons prévu 28 millions d'euros pour les Syriens. Sur cette enveloppe, près de 9 millions "
     "d'euros iront au Liban.", "IE"),
    ("In 2024, Norway gives NOK 300 million to Syria. Of this amount, NOK 50 million goes to Lebanon.", "NO"),
    ("Nous avons versé 9,5 millions d'euros en 2024 au Fonds de stabilisation. La même année, la France a consacré "
     "3 millions d'euros au déminage.", "FR"),
    ("Denmark gave DKK 40 million to Iraq in 2024. That same year, it sent DKK 10 million to Syria.", "DK"),
    ("قدمت الكويت 20 مليون دولار للعراق في عام 2024. وفي العام نفسه قدمت 5 ملايين دولار لسوريا.", "KW"),
])
def test_a_part_of_the_sum_before_or_the_same_year_takes_the_year_of_the_sentence_before(text, partner):
    assert [(c.period, c.year) for c in claims(text, partner=partner)] == [("year", 2024)] * 2


@pytest.mark.parametrize(("text", "partner", "since"), [
    ("Le Luxembourg y consacre 1,2 mio EUR pour les années 2023 et 2024, qui serviront au déminage.", "LU", 2023),
    ("Norway gives NOK 40 million for the years 2022 and 2023 to Iraq.", "NO", 2022),
    ("La Suisse verse 5 millions de francs pour les années 2021 et 2022 au CICR.", "CH", 2021),
])
def test_two_years_named_with_their_noun_make_a_total_since_the_first(text, partner, since):
    assert [(c.period, c.since) for c in claims(text, partner=partner)] == [("cumulative", since)]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("J'annonce aujourd'hui deux millions d'euros supplémentaires pour aider les familles de la Bekaa à traverser "
     "l'hiver.", "IE", (["LB"], ["humanitarian"])),
    ("Pour 2024, nous avons prévu 28 millions d'euros pour les Syriens, en Syrie même et dans les pays d'accueil.",
     "IE", (["SY"], ["humanitarian"])),
    ("Le Luxembourg verse 3 millions d'euros pour venir en aide aux familles à Beyrouth.", "LU",
     (["LB"], ["humanitarian"])),
    ("Austria gives EUR 2 million to host communities in the Beqaa valley.", "AT", (["LB"], ["humanitarian"])),
])
def test_help_for_people_and_their_host_countries_is_humanitarian_and_lebanese_places_are_known(text, partner, found):
    assert [(c.places, c.lines) for c in claims(text, partner=partner)] == [found]


@pytest.mark.parametrize(("text", "partner"), [
    ("La Roumanie a versé au total 750 000 dollars au fonds fiduciaire de l'OTAN pour le renforcement des capacités "
     "de défense de l'Irak depuis 2019.", "RO"),
    ("Le Portugal consacre 2 millions d'euros au renforcement des capacités de défense de la Jordanie.", "PT"),
    ("La Grèce a fourni pour 1 million d'euros d'équipements aux forces de défense irakiennes.", "GR"),
])
def test_building_up_an_armys_defence_capacity_is_military(text, partner):
    assert [c.lines for c in claims(text, partner=partner)] == [["military"]]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Entre 2017 et 2022, la France a consacré 286 millions d'euros à la stabilisation de l'Irak. Le montant décaissé "
     "au 31 décembre 2022 s'élevait à 231 millions d'euros.", "FR", (["IQ"], ["stabilization"])),
    ("Since 2016, Norway has committed NOK 900 million to stabilisation in Iraq. The amount disbursed by the end of "
     "2022 was NOK 700 million.", "NO", (["IQ"], ["stabilization"])),
    ("La Belgique a promis 40 millions d'euros pour le déminage en Syrie. Le montant effectivement versé atteint 25 "
     "millions d'euros.", "BE", (["SY"], ["stabilization"])),
])
def test_the_amount_disbursed_of_the_sum_before_takes_its_place_and_line(text, partner, found):
    assert [(c.places, c.lines) for c in claims(text, partner=partner)][1] == found


@pytest.mark.parametrize(("text", "partner", "lines"), [
    ("Entre 2017 et 2022, la France a consacré 286 millions d'euros à la stabilisation de l'Irak, dont 120 millions "
     "d'euros de prêts de l'Agence française de développement. Le montant décaissé s'élevait à 231 millions d'euros.",
     "FR", ["stabilization"]),
    ("Norway has committed NOK 900 million to humanitarian aid in Syria, of which NOK 200 million for the "
     "reconstruction of schools. The amount disbursed by the end of 2023 was NOK 600 million.", "NO",
     ["humanitarian"]),
])
def test_a_sum_pointing_back_takes_the_lines_of_the_total_before_not_of_its_part(text, partner, lines):
    assert claims(text, partner=partner)[-1].lines == lines


@pytest.mark.parametrize(("text", "partner", "lines"), [
    ("À Bagdad, le détachement compte 12 formateurs spécialisés dans la lutte contre les engins explosifs improvisés.",
     "RO", ["military"]),
    ("Denmark sends 20 counter-IED instructors to Iraq.", "DK", ["military"]),
    ("Le Canada envoie 15 instructeurs en lutte contre les engins explosifs improvisés (C-IED) en Irak.", "CA",
     ["military"]),
    # clearing them stays stabilisation
    ("La Belgique verse 3 millions d'euros au déminage des engins explosifs à Mossoul.", "BE", ["stabilization"]),
])
def test_countering_improvised_explosives_is_a_skill_of_forces_not_clearance(text, partner, lines):
    assert [c.lines for c in claims(text, partner=partner)] == [lines]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("La Roumanie relève son contingent au sein de la mission de l'OTAN en Irak.\n\nLe dispositif roumain\n\n"
     "• quatre véhicules blindés ;\n• une équipe médicale.\n\nLe ministère a prévu pour cette mission un budget de "
     "14,6 millions de lei pour l'année 2024.", "RO", (["IQ"], ["military"])),
    ("Denmark keeps its contribution to the NATO Mission in Iraq.\n\nThe Danish contribution:\n\n• two helicopters;\n"
     "• a staff cell.\n\nThe government has set aside DKK 90 million for this mission in 2024.", "DK",
     (["IQ"], ["military"])),
])
def test_this_mission_after_a_list_is_the_mission_named_above_the_list(text, partner, found):
    assert [(c.places, c.lines) for c in claims(text, partner=partner)] == [found]
