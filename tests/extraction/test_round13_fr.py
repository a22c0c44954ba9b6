"""The classes of error blind round 13 (`gold/fr-n-*`, French) found, one test per class, each written before its
fix."""

import pytest

from coalition.extraction import extract_text
from coalition.reading import read_document

from .helpers import claims


@pytest.mark.parametrize(("text", "partner"), [
    ("La réponse humanitaire belge à la crise syrienne\n\nLes fonds passent par les agences des Nations unies : "
     "12 M€ en 2023.", "BE"),
    ("L'aide humanitaire néerlandaise en Irak\n\nEn 2022, 15 millions d'euros ont été versés au PAM.", "NL"),
    ("La contribution militaire danoise au Levant\n\nQuelque 120 militaires servent en Irak.", "DK"),
    ("Le soutien financier suédois à la stabilisation\n\nEn 2021, 90 millions de couronnes ont été versés.", "SE"),
])
def test_a_demonym_after_the_kind_of_help_in_a_title_names_the_partner(text, partner):
    assert extract_text(text).partner == partner


@pytest.mark.parametrize("text", [
    "Formation professionnelle en Irak\n\nEnabel met en œuvre un programme de 9 millions d'euros à Mossoul. "
    "Enabel forme aussi des jeunes.",
    "Aide humanitaire – SPF Affaires étrangères\n\nEn 2023, 14 M€ ont été versés pour la Syrie.",
])
def test_belgian_institutions_name_the_partner(text):
    assert extract_text(text).partner == "BE"


@pytest.mark.parametrize("text", [
    "La France verse 30 M€ au mécanisme en Irak. Les contributions de l'ensemble des membres de la Coalition à ce "
    "mécanisme dépassent 1,6 milliard de dollars.",
    "La France verse 30 M€ au mécanisme en Irak, auquel l'ensemble des pays donateurs ont apporté 1,2 milliard "
    "de dollars.",
    "La France verse 30 M€ à l'Irak. L'Union européenne s'est engagée, à elle seule, à hauteur de 1,56 milliard "
    "d'euros.",
    "La France verse 30 M€ à l'Irak. La Commission européenne s'est pour sa part engagée à verser 400 millions "
    "d'euros.",
    "La France verse 30 M€ à l'Irak.\nCofinancement : Union européenne – 12 M€ (fonds délégués)",
    "La France verse 30 M€ à l'Irak.\nCoût total du projet : 34,5 M€",
    "La France verse 30 M€ à l'Irak. Le coût total du programme atteint 45 millions d'euros.",
    "La France verse 30 M€ à l'Irak.\n• Réhabilitation d'écoles dans l'Anbar – 3 M€ délégués par l'Union européenne",
    "La France verse 30 M€ à l'Irak. L'AFD gère aussi 8 M€ de fonds délégués par l'Union européenne.",
])
def test_money_of_other_donors_or_of_the_whole_project_is_not_the_partners(text):
    assert [c.value for c in claims(text, partner="FR")] == [30_000_000]


@pytest.mark.parametrize(("text", "partner", "places"), [
    ("Le Maroc gère un hôpital de campagne dans le camp de Zaatari, en Jordanie. Quelque 90 médecins des FAR y sont "
     "actuellement affectés.", "MA", ["JO"]),
    ("La Belgique a ouvert un centre d'instruction à Bagdad, en Irak. Une trentaine d'instructeurs belges y servent.",
     "BE", ["IQ"]),
    ("Le Danemark commande la base d'Al-Asad, en Irak. Jusqu'à 120 militaires danois y seront déployés.", "DK",
     ["IQ"]),
    ("L'Espagne conduit la formation au Liban. 60 formateurs y ont été envoyés en 2023.", "ES", ["LB"]),
])
def test_y_points_back_to_the_place_of_the_sentence_before(text, partner, places):
    found = claims(text, partner=partner)
    assert [c.places for c in found] == [places]


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Quelque 600 militaires servent en Irak ; ils étaient un peu plus de mille au plus fort de la campagne, en 2017.",
     "FR", [(600, "approximate", None), (1000, "at_least", 2017)]),
    ("Environ 250 soldats espagnols restent en Irak, alors qu'ils étaient 500 en 2018.", "ES",
     [(250, "approximate", None), (500, "exact", 2018)]),
    ("Une trentaine de formateurs danois servent à Bagdad ; ils seront une cinquantaine en 2025.", "DK",
     [(30, "approximate", None), (50, "approximate", 2025)]),
    ("About 400 Dutch troops serve in Iraq; they were 650 in 2018.", "NL",
     [(400, "approximate", None), (650, "exact", 2018)]),
])
def test_a_pronoun_counting_the_people_just_named_gives_a_head_count(text, partner, expected):
    found = claims(text, partner=partner)
    assert [(c.value, c.qualifier, c.year) for c in found] == expected


def test_a_pronoun_before_a_percentage_is_no_head_count():
    found = claims("Quelque 600 militaires servent en Irak ; ils sont 20 % à être des réservistes.", partner="FR")
    assert [c.value for c in found] == [600]


@pytest.mark.parametrize(("text", "expected"), [
    ("Le surcoût de l'opération a représenté trois cents millions d'euros en 2022, contre environ 380 millions en 2021.",
     [(300_000_000, 2022), (380_000_000, 2021)]),
    ("La mission a coûté 45 millions d'euros en 2023, après 52 millions en 2022.",
     [(45_000_000, 2023), (52_000_000, 2022)]),
    ("Le surcoût a atteint 120 M€ en 2021 et 95 millions en 2022.", [(120_000_000, 2021), (95_000_000, 2022)]),
    ("The deployment cost EUR 40 million in 2022, against 35 million in 2021.",
     [(40_000_000, 2022), (35_000_000, 2021)]),
])
def test_a_scaled_number_after_money_in_its_sentence_is_money(text, expected):
    assert [(c.value, c.year) for c in claims(text, partner="FR")] == expected


def test_a_scaled_count_after_money_is_still_no_money():
    found = claims("La France a versé 30 millions d'euros en 2022, pour 2 millions de personnes déplacées.",
                   partner="FR")
    assert [c.value for c in found] == [30_000_000]


@pytest.mark.parametrize(("text", "kept"), [
    ("La France maintient 600 militaires en Irak. Nos partenaires britanniques ont annoncé le maintien d'environ "
     "400 militaires dans la région.", 600),
    ("La France déploie 600 militaires en Irak. Nos alliés américains ont déployé quelque 2 500 soldats.", 600),
    ("La France verse 30 M€ à l'Irak. Nos partenaires allemands ont promis 50 millions d'euros.", 30_000_000),
    ("La France verse 30 M€ à l'Irak, tandis que ses homologues néerlandais ont versé 12 millions d'euros.",
     30_000_000),
])
def test_allies_named_by_a_demonym_are_not_the_partner(text, kept):
    assert [c.value for c in claims(text, partner="FR")] == [kept]


def _html_claims(html: str, partner: str):
    read = read_document(html.encode(), "page.html")
    return claims(read.text, partner=partner, title=read.title or None)


@pytest.mark.parametrize(("heading", "lines"), [
    ("Financements humanitaires par année et par pays", ["humanitarian"]),
    ("Aide à la stabilisation par année", ["stabilization"]),
    ("Humanitarian funding by year and country", ["humanitarian"]),
])
def test_a_tables_rows_take_the_lines_of_the_heading_above_its_header_row(heading, lines):
    html = (f"<html><body><h1>La Belgique et la crise syrienne</h1><p>{'Texte de présentation. ' * 8}</p>"
            f"<h2>{heading}</h2><table><tr><th>Année</th><th>Pays</th><th>Montant</th></tr>"
            "<tr><td>2022</td><td>Syrie</td><td>12,5 M€</td></tr>"
            "<tr><td>2023</td><td>Liban</td><td>6,2 M€</td></tr></table></body></html>")
    assert [(c.value, c.places, c.lines) for c in _html_claims(html, "BE")] == [
        (12_500_000, ["SY"], lines), (6_200_000, ["LB"], lines)]


@pytest.mark.parametrize("text", [
    "Autres projets en Irak :\n• Insertion économique des jeunes à Mossoul – subvention de 6 M€ – 2022-2025",
    "La France consacre 5 millions d'euros à la relance économique de Mossoul, en Irak.",
    "La France apporte 10 M€ d'aide économique à la Jordanie.",
    "La France verse 4 M€ pour le soutien économique aux familles rentrées à Sinjar, en Irak.",
])
def test_economic_help_in_french_is_development(text):
    assert [c.lines for c in claims(text, partner="FR")] == [["development"]]


@pytest.mark.parametrize(("text", "partner", "places"), [
    ("La France a annoncé 560 millions d'euros en faveur des Syriens, en Syrie et dans les pays voisins – Liban, "
     "Jordanie, Turquie et Irak –, dont 155 millions d'euros d'aide humanitaire.", "FR", {"SY", "LB", "JO", "TR", "IQ"}),
    ("Le Japon verse 30 millions de dollars aux pays voisins (Liban, Jordanie et Irak) pour l'accueil des réfugiés.",
     "JP", {"LB", "JO", "IQ"}),
    ("Norway gives NOK 100 million to the neighbouring countries (Lebanon, Jordan and Turkey) for refugees.", "NO",
     {"LB", "JO", "TR"}),
    ("Germany provides EUR 50 million to the region - Iraq, Jordan and Lebanon - for stabilisation.", "DE",
     {"IQ", "JO", "LB"}),
])
def test_countries_listed_between_dashes_or_brackets_are_the_figures_places(text, partner, places):
    assert set(claims(text, partner=partner)[0].places) == places


@pytest.mark.parametrize(("text", "lines"), [
    ("La France a mobilisé 4 milliards d'euros en réponse à la crise syrienne, en aide humanitaire, en soutien à la "
     "stabilisation et en appui aux pays voisins.", {"humanitarian", "stabilization"}),
    ("La France verse 20 millions d'euros d'aide humanitaire à l'Irak, en appui à la stabilisation des zones libérées.",
     {"humanitarian", "stabilization"}),
    ("Denmark gives DKK 50 million in humanitarian aid to Iraq, in support of stabilisation in liberated areas.",
     {"humanitarian", "stabilization"}),
])
def test_a_purpose_after_a_comma_belongs_to_the_figures_clause(text, lines):
    assert set(claims(text)[0].lines) == lines


@pytest.mark.parametrize(("text", "lines"), [
    ("Le Canada s'est engagé à verser 3,5 milliards de dollars en matière de sécurité, de stabilisation, d'aide "
     "humanitaire et de développement.", {"military", "stabilization", "humanitarian", "development"}),
    ("Ottawa consacre 4,2 milliards de dollars à la sécurité, la stabilisation et l'aide humanitaire.",
     {"military", "stabilization", "humanitarian"}),
    ("Canada committed $3.5 billion for security, stabilization, humanitarian and development assistance.",
     {"military", "stabilization", "humanitarian", "development"}),
    ("Canada gives $20 million for security and stabilization in Iraq.", {"military", "stabilization"}),
])
def test_security_listed_with_stabilisation_is_the_military_line(text, lines):
    assert set(claims(text, partner="CA")[0].lines) == lines


@pytest.mark.parametrize(("text", "lines"), [
    ("Réhabilitation des réseaux d'eau\n\nPays : Irak\nSecteur : Eau et assainissement\nType de financement : Prêt "
     "souverain\nMontant du financement : 20 M€\nStatut : En exécution\n", ["development"]),
    ("Appui aux réfugiés\n\nPays : Jordanie\nMontant : 3 M€\nInstrument : Aide humanitaire d'urgence\nDurée : 2 ans\n",
     ["humanitarian"]),
    ("Water networks in Mosul\n\nCountry: Iraq\nFinancing type: Loan\nAmount: EUR 20 million\nStatus: Ongoing\n",
     ["development"]),
])
def test_a_project_sheets_other_fields_give_its_amount_a_line(text, lines):
    assert [c.lines for c in claims(text, partner="FR")] == [lines]


def test_a_figure_in_prose_takes_no_line_from_a_field_below():
    found = claims("La France verse 20 M€ à l'Irak.\nType de financement : Prêt souverain\n", partner="FR")
    assert [c.lines for c in found] == [[]]


@pytest.mark.parametrize("text", [
    "Le Luxembourg alloue 1,8 million € à l'action humanitaire en Irak. Cette contribution sera répartie entre le PAM "
    "(800 k€), le CICR (600 k€) et Handicap International (400 k€), qui mène des opérations de déminage autour de "
    "Mossoul.",
    "Le Luxembourg verse 2 M€ au HCR et 1 M€ à l'ONG HALO Trust, qui assure le déminage des zones libérées de Raqqa, en Syrie.",
    "Luxembourg gives EUR 2 million to UNHCR and EUR 1 million to the HALO Trust, which clears explosive hazards "
    "around Raqqa, Syria.",
])
def test_a_relative_clause_after_a_later_figure_gives_no_line_to_the_figures_before(text):
    found = claims(text, partner="LU")
    assert all("stabilization" not in c.lines for c in found[:-1])
    assert "stabilization" in found[-1].lines
