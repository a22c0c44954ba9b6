"""The classes of error blind round 25 (`gold/fr-z-*`, French: a finance committee's minutes with a minister and the
opposition, a funding agreement with articles and tranches in DOCX, a donor's funding flows in an FTS-style HTML
table, an état-major's page of all its current operations, an agency's annual report with wrapped lines in PDF, an
embassy's e-mail newsletter that names its country only in the footer, and an encyclopedia's section with note calls
glued to its figures) found, one test per class, each written before its fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims


@pytest.mark.parametrize(("text", "partner"), [
    ("Les opérations en cours\n\nChaque jour, les armées françaises sont engagées aux côtés de leurs alliés.\n\n"
     "Opération Chammal : environ 600 militaires en Jordanie et en Irak.\n"
     "Mission Aigle : 1 000 militaires en Roumanie, nation-cadre d'un groupement tactique de l'OTAN.\n"
     "Mission Corymbe (golfe de Guinée) : un bâtiment et 200 marins.\n", "FR"),
    ("Current operations\n\nEvery day the British Armed Forces serve alongside allies.\n\n"
     "Operation Shader: about 1,000 personnel in Iraq and Cyprus.\n"
     "Operation Cabrit: 900 troops in Estonia, leading a battlegroup of NATO.\n"
     "Operation Kipion (Gulf of Oman): one frigate and 250 sailors.\n", "GB"),
])
def test_a_sea_named_after_a_country_and_a_unit_of_an_alliance_are_no_givers(text, partner):
    """"golfe de Guinée", "Gulf of Oman" are waters, and "un groupement tactique de l'OTAN" a unit the partner's
    people serve in: neither leads a figure of its own, so a page of one partner's deployments keeps its partner."""
    assert extract_text(text).partner == partner


@pytest.mark.parametrize(("text", "places"), [
    ("La frégate patrouille dans le golfe de Guinée avec 150 marins.", []),
    ("The frigate patrols the Gulf of Oman with 180 sailors.", []),
    ("Deux officiers de liaison ont rejoint l'état-major de la FINUL au Sud-Liban.", ["LB"]),
    ("Trois officiers sont déployés au Liban-Sud.", ["LB"]),
])
def test_waters_are_no_country_and_a_countrys_south_is_that_country(text, places):
    assert [c.places for c in claims(text, partner="FR")] == [places]


@pytest.mark.parametrize(("text", "partner"), [
    ("Commission des finances\n\nLa ministre répond aux députés. Le Luxembourg a engagé 95 millions d'euros en Syrie "
     "depuis 2014. Le ministre de la Défense, excusé, a fait savoir par écrit que le Luxembourg maintient deux "
     "officiers en Irak.\n", "LU"),
    ("Compte rendu de la séance\n\nLa Suisse a versé 60 millions de francs pour la Syrie. La conseillère fédérale, "
     "excusée, a écrit à la commission que la Suisse maintient trois experts au Liban.\n", "CH"),
    ("Compte rendu de la commission\n\nLa Belgique a versé 20 millions d'euros à la Syrie. La ministre, retenue à "
     "Strasbourg, a confirmé par écrit que la Belgique maintient quatre officiers en Irak.\n", "BE"),
])
def test_the_subject_after_a_long_reporting_clause_is_a_sign_of_the_partner(text, partner):
    """"Le ministre de la Défense, excusé, a fait savoir par écrit que le Luxembourg maintient": the subject and its
    verb stand past the first 80 characters of the sentence."""
    assert extract_text(text).partner == partner


@pytest.mark.parametrize(("text", "partner"), [
    ("Convention de financement n° 2025/LB/014\n\nEntre : le Royaume de Belgique, représenté par la DGD, rue des "
     "Petits Carmes 15, 1000 Bruxelles, ci-après « le Donateur » ;\n\net : le Fonds des Nations unies pour "
     "l'enfance, bureau du Liban, ci-après « l'Organisation ».\n\nArticle 3 – Montant de la contribution\n\nLa "
     "contribution du Donateur est fixée à 4 500 000 EUR pour le Liban.\n", "BE"),
    ("Accord de contribution\n\nEntre le gouvernement du Canada, ci-après dénommé « le Donateur », et le Programme "
     "alimentaire mondial, ci-après « le PAM ».\n\nLe Donateur verse 2 000 000 $ au PAM pour la Syrie.\n", "CA"),
    ("Contribution agreement\n\nBetween the Government of Norway, hereinafter referred to as \"the Donor\", and the "
     "United Nations Development Programme (UNDP) in Iraq.\n\nThe Donor shall pay NOK 30 million.\n", "NO"),
])
def test_the_party_an_agreement_calls_the_donor_is_its_partner(text, partner):
    assert extract_text(text).partner == partner


@pytest.mark.parametrize(("text", "value"), [
    ("En 2016, le contingent déployé en Irak atteint environ 1 400[5] militaires.", 1400),
    ("En 2019, l'effectif en Irak est ramené à 800[12] militaires.", 800),
    ("Italy deployed about 1,400[5] troops to Iraq in 2016.", 1400),
    ("Le Canada y déploie 250[3] soldats.", 250),
])
def test_a_note_call_glued_to_a_head_count_is_no_word_between_it_and_its_noun(text, value):
    assert [c.value for c in claims(text, partner="IT")] == [value]


@pytest.mark.parametrize("text", [
    "Les carabiniers forment la police fédérale : plus de 10 000[7] policiers et gendarmes irakiens passent par leurs "
    "cours.",
    "Nos instructeurs ont accueilli 4 000 soldats et officiers libanais depuis 2019.",
    "En 2023, nos gendarmes ont reçu 3 000 policiers et douaniers jordaniens à Amman.",
])
def test_a_nationality_after_two_joined_nouns_is_the_nationality_of_both(text):
    """"10 000 policiers et gendarmes irakiens": the demonym after the second noun tells whose people the first are."""
    assert claims(text, partner="IT") == []


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("- Mécanisme de financement pour la stabilisation du PNUD : contribution 2024 de 3 millions\n  de francs ; la "
     "Suisse soutient ce fonds en Irak.", 3_000_000, "CHF"),
    ("La Suisse a versé 12,5 millions\n   de francs au CICR pour la Syrie en 2023.", 12_500_000, "CHF"),
    ("Switzerland gave 4 million\n  Swiss francs to UNHCR in Lebanon in 2024.", 4_000_000, "CHF"),
])
def test_a_currency_on_the_next_indented_line_still_belongs_to_its_amount(text, value, currency):
    """A PDF keeps the indent of a wrapped line: "3 millions" and "de francs" are one amount across it."""
    assert [(c.value, c.currency) for c in claims(text, partner="CH")] == [(value, currency)]


@pytest.mark.parametrize(("text", "partner"), [
    ("Le Luxembourg a versé 12 millions d'euros à la Syrie en 2025. Une députée demande si le Luxembourg suit "
     "l'exemple de la Belgique, qui a annoncé 30 millions d'euros pour la Syrie.", "LU"),
    ("Les Pays-Bas ont versé 6 millions d'euros au Liban en 2026. Par ailleurs, l'Union européenne a présenté un "
     "paquet de 1 milliard d'euros pour le Liban.", "NL"),
    ("Le Canada a versé 12 millions de dollars américains à la Syrie. Les premiers donateurs du plan étaient les "
     "États-Unis (1,1 milliard USD) et l'Allemagne (410 millions USD).", "CA"),
    ("Norway gave NOK 50 million to Iraq in 2024. The European Union, which has pledged EUR 2 billion for Syria, "
     "chairs the conference.", "NO"),
])
def test_another_givers_money_on_a_page_of_one_partner_is_no_claim(text, partner):
    """A sum whose clause opens with another giver and its verb of giving, or that stands in brackets after another
    giver's name, is that giver's: on a page of one partner, no claim."""
    assert len(claims(text, partner=partner)) == 1


@pytest.mark.parametrize(("text", "values"), [
    ("- Eau à Mafraq (2022-2025) : 7,2 millions de francs,\n  dont 1,8 million en 2024.\n", [7_200_000, 1_800_000]),
    ("- Déminage à Mossoul : 4,5 millions d'euros sur trois ans,\n   contre 3 millions pour la phase I.\n",
     [4_500_000, 3_000_000]),
    ("- Water for Mafraq (2022-2025): CHF 7.2 million over four years,\n  of which 1.8 million in 2024.\n",
     [7_200_000, 1_800_000]),
])
def test_a_bare_sum_on_a_wrapped_lines_continuation_takes_the_currency_above(text, values):
    """A wrapped line, indented and opening in lower case, goes on the sentence above: its bare "1,8 million" is
    money in the currency written there."""
    assert [c.value for c in claims(text, partner="CH")] == values


@pytest.mark.parametrize(("text", "expected"), [
    ("Jordanie\n- Eau pour Mafraq (2022-2025) : 7,2 millions de francs. Cofinancement de la KfW (Allemagne) : "
     "10 millions d'euros.\n", [(7_200_000, ["JO"])]),
    ("Liban\n- Écoles de la Bekaa : 3 millions de francs. Cofinancé par la Norvège : 25 millions de couronnes.\n",
     [(3_000_000, ["LB"])]),
    ("Iraq\n- Mine action in Mosul: CHF 4 million. Co-funding from Germany: EUR 6 million.\n", [(4_000_000, ["IQ"])]),
])
def test_a_cofunders_sum_after_its_label_is_no_claim_nor_its_country_a_place(text, expected):
    assert [(c.value, c.places) for c in claims(text, partner="CH")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("En 2019, l'effectif en Irak est ramené à 800[12] militaires, puis à 650 en 2022[13].",
     [(800, 2019), (650, 2022)]),
    ("En 2017, le contingent au Liban passe à 300 soldats, puis à environ 250 en 2020.", [(300, 2017), (250, 2020)]),
    ("Le détachement en Jordanie compte 120 aviateurs, puis à peine 90 après la relève.", [(120, None)]),
])
def test_the_next_value_of_a_change_after_puis_is_a_head_count_of_the_same_noun(text, expected):
    """"ramené à 800 militaires, puis à 650 en 2022": 650 counts soldiers too, in its own year."""
    assert [(c.value, c.year) for c in claims(text, partner="IT")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Aide humanitaire du Canada – flux déclarés (USD)\nN° de flux | Organisation | Destination | Montant (USD) | "
     "Statut | Année\n1183452 | PAM | Syrie | 12 450 000 | Versement | 2024\n1162304 | UNICEF | Jordanie | 3 100 000 | "
     "Versement | 2023\n", [(12_450_000, "year", 2024), (3_100_000, "year", 2023)]),
    ("Contributions (EUR)\nRéf. | Bénéficiaire | Pays | Montant (EUR) | Exercice\n20417 | HCR | Liban | 2 000 000 | "
     "2022\n", [(2_000_000, "year", 2022)]),
    ("Funding flows (USD)\nFlow ID | Recipient | Destination | Amount (USD) | Year\n774201 | UNHCR | Iraq | 4 500 000 | "
     "2025\n", [(4_500_000, "year", 2025)]),
])
def test_a_column_of_years_or_references_holds_no_money_and_a_last_cell_year_dates_its_row(text, expected):
    """Under a caption that names the currency, "2024" in the "Année" column and "1183452" under "N° de flux" are no
    sums; the year in a row's last cell is the year of the row's sum."""
    assert [(c.value, c.period, c.year) for c in claims(text, partner="CA")] == expected


def test_a_cell_with_its_sum_restated_in_brackets_is_one_sum_in_its_columns_currency():
    text = ("Flux (USD)\nOrganisation | Destination | Montant (USD) | Année\nHCR | Liban | 6 800 000 (9 200 000 CAD) | "
            "2024\n")
    assert [(c.value, c.currency) for c in claims(text, partner="CA")] == [(6_800_000, "USD")]


@pytest.mark.parametrize("text", [
    "Le budget total du Projet s'élève à 9 400 000 USD. La contribution du Donateur est fixée à 4 500 000 EUR.",
    "Le coût total du programme est de 12 millions d'euros. La Belgique y contribue à hauteur de 4 500 000 EUR.",
    "The total budget of the project amounts to USD 9.4 million. Belgium's contribution is EUR 4,500,000.",
])
def test_a_projects_total_budget_beside_the_partners_share_is_no_claim(text):
    """What the whole project costs, paid by all its funders, is no sum the partner gives; its share is."""
    assert [c.value for c in claims(text, partner="BE")] == [4_500_000]


@pytest.mark.parametrize(("text", "expected"), [
    ("Aide du Canada (USD)\nOrganisation | Destination | Montant (USD) | Année\nPAM | Syrie | 12 450 000 | 2024\n"
     "HCR | Liban | 6 800 000 | 2024\nTotal des flux de 2024 | 19 250 000 | 2024\n",
     [12_450_000, 6_800_000, 19_250_000]),
    ("Contributions de la Belgique (EUR)\nPartenaire | Pays | Secteur | Montant\nPAM | Syrie | Alimentation | "
     "2 000 000\nHCR | Liban | Protection | 1 000 000\nTotal | 3 000 000\n", [2_000_000, 1_000_000, 3_000_000]),
])
def test_a_total_row_whose_blank_cells_were_left_out_takes_the_captions_currency(text, expected):
    assert [c.value for c in claims(text, partner="CA")] == expected


@pytest.mark.parametrize(("text", "expected", "partner"), [
    ("Entre 2014 et 2020, l'Italie consacre plus de 400 millions d'euros à la stabilisation en Irak. Sur ce total, "
     "36 millions d'euros vont au fonds du PNUD en Irak.", [("cumulative", 2014), ("cumulative", 2014)], "IT"),
    ("Depuis 2016, la Belgique a versé 80 millions d'euros à la Syrie. De ce total, 12 millions d'euros sont allés au "
     "Liban.", [("cumulative", 2016), ("cumulative", 2016)], "BE"),
    ("Since 2015 Norway has given NOK 900 million to Iraq. Of this total, NOK 300 million went to the UNDP facility.",
     [("cumulative", 2015), ("cumulative", 2015)], "NO"),
    ("En 2016, le contingent en Irak atteint environ 1 400 militaires. Il comprend notamment 500 militaires au "
     "barrage de Mossoul, en Irak.", [("year", 2016), ("year", 2016)], "IT"),
])
def test_a_part_that_opens_its_sentence_with_this_total_or_it_includes_takes_the_totals_period(text, expected,
                                                                                                 partner):
    assert [(c.period, c.year or c.since) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize("text", [
    "Article 4 – Personnel\nL'Organisation affecte au Projet une équipe de 12 personnes basée à Zahlé.",
    "Article 5\nL'Agence met en place 8 experts au Liban pour la durée du projet.",
    "Clause 6. The Organisation shall assign 15 staff to the project in Iraq.",
])
def test_the_people_an_agreements_counterpart_assigns_are_not_the_partners(text):
    """In an agreement, "l'Organisation" (the UN agency the partner funds) staffs the project with its own people."""
    assert claims(text, partner="BE") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Le Donateur met à la disposition de l'Organisation un expert junior en aide humanitaire, en poste à Beyrouth "
     "(Liban).", [(1, ["LB"])]),
    ("La Belgique détache un officier de liaison auprès de la FINUL au Liban.", [(1, ["LB"])]),
    ("La Belgique envoie une experte en déminage en Irak pour six mois.", [(1, ["IQ"])]),
    ("Belgium seconds one adviser to the UNDP office in Iraq.", [(1, ["IQ"])]),
    ("Un expert irakien a présenté le rapport à Bruxelles.", []),
    ("Article 4\nL'Organisation met à disposition un expert en eau au Liban.", []),
])
def test_one_person_the_partner_sends_is_a_head_count_of_one(text, expected):
    """"met à la disposition ... un expert", "détache un officier": the article is the number when a verb of sending
    governs it."""
    assert [(c.value, c.places) for c in claims(text, partner="BE")] == expected


@pytest.mark.parametrize(("text", "year"), [
    ("- Mécanisme de financement pour la stabilisation du PNUD : contribution 2024 de 3 millions de francs ; la "
     "Suisse soutient ce fonds depuis 2016.", 2024),
    ("L'enveloppe 2025 de la Belgique pour la Syrie s'élève à 20 millions d'euros.", 2025),
    ("La dotation 2023 du fonds luxembourgeois pour l'Irak est de 2 millions d'euros.", 2023),
])
def test_a_year_after_the_sums_noun_dates_the_sum(text, year):
    assert [(c.period, c.year) for c in claims(text, partner="CH")] == [("year", year)]
