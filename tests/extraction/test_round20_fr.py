"""The classes of error blind round 20 (`gold/fr-u-*`, French: a ministry's thread of short posts, a federal council's
explanatory note for a budget credit (PDF), a joint declaration of three partners (DOCX), a radio interview, a
ministerial grant decree, a Lebanese paper's story about a partner's aid (HTML) and an audit office's report with a
table by year (HTML)) found, one test per class, each written before its fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims


@pytest.mark.parametrize("text", [
    "L'appel humanitaire des Nations unies pour la Syrie dépasse 4 milliards de dollars. Le Canada a versé 45 millions "
    "de dollars.",
    "Le plan de réponse régional pour les réfugiés dépassait 5,4 milliards de dollars. Le Canada a versé 45 millions "
    "de dollars.",
    "The UN appeal for Syria exceeds $4 billion this year. Canada has given $45 million.",
    # a PDF wraps the appeal's line before its verb
    "Message du Conseil fédéral\n\nElle a accueilli plus de 20 000 réfugiés syriens depuis 2013 et elle soutient aussi l'appel humanitaire des "
    "Nations\nUnies pour la Syrie, qui "
    "atteint 4,07 milliards de dollars. "
    "Le Canada a versé 45 millions de dollars.",
])
def test_an_appeal_that_exceeds_a_sum_or_wraps_its_line_gives_nothing(text):
    assert [c.value for c in claims(text, partner="CA")] == [45_000_000]


@pytest.mark.parametrize("text", [
    # a post's counter in a thread: "5/6"
    "5/6 Sur le plan militaire, le Canada déploie jusqu'à 300 militaires en Irak.",
    "2/4 Au total, nos 300 militaires restent en Irak.",
    # a section's number opening its heading
    "2 Répartition du crédit\nLe crédit est réparti par année.\n3 Personnel et conséquences pour les cantons\n"
    "La Suisse détachera 300 militaires en Irak.",
    "4 Militaires et civils\nLe Canada déploie 300 militaires en Irak.\n5. Bases légales\nLa loi s'applique.",
])
def test_a_posts_counter_or_a_sections_number_is_no_head_count(text):
    assert [c.value for c in claims(text, partner="CA") if c.kind == "personnel"] == [300]


@pytest.mark.parametrize("text", [
    "150 militaires belges rentrent de Jordanie\nLe détachement est rentré hier à Florennes.",
    # a tile of figures is no numbered section: its numbers do not follow each other
    "12 Militaires en Jordanie\n40 Projets en Irak\nLe détachement est rentré hier à Florennes.",
])
def test_a_heading_that_opens_with_its_count_still_counts(text):
    assert [c.value for c in claims(text, partner="BE") if c.kind == "personnel"] == [int(text.split()[0])]


@pytest.mark.parametrize(("text", "year"), [
    ("Un subside de 2.500.000 EUR est octroyé, à charge de l'année budgétaire 2026, au PAM pour la Syrie.", 2026),
    ("Pour l'exercice 2024, le budget voté prévoit 9,5 millions d'euros pour l'aide humanitaire en Syrie.", 2024),
    ("Au titre de l'exercice budgétaire 2023, la Belgique a versé 4 millions d'euros au CICR en Irak.", 2023),
    ("Le Luxembourg a décaissé 3 millions d'euros sur l'exercice 2022 pour le fonds de stabilisation en Irak.", 2022),
])
def test_a_budget_year_or_financial_year_named_in_french_is_the_year(text, year):
    (claim,) = claims(text, partner="BE")
    assert (claim.period, claim.year) == ("year", year)


@pytest.mark.parametrize(("text", "since"), [
    ("Un subside de 1.200.000 EUR est octroyé à l'UNICEF au Liban durant les années 2026 et 2027.", 2026),
    ("Le Conseil fédéral propose un crédit de 96 millions de francs pour les années 2027 à 2030, soit 24 millions de "
     "francs par an, pour l'Irak.", 2027),
    ("Un crédit d'engagement de 96 millions de francs est alloué pour la période 2027 à 2030 en Irak.", 2027),
    ("La Suisse a consacré 40 millions de francs à la Syrie au cours des années 2019 et 2020.", 2019),
    ("Switzerland allocated CHF 40 million to Iraq for the years 2027 to 2030.", 2027),
])
def test_the_years_of_a_span_named_with_their_noun_make_a_total_since_the_first(text, since):
    claim = claims(text, partner="CH")[0]
    assert (claim.period, claim.since) == ("cumulative", since)


def test_a_restated_sum_per_year_after_soit_keeps_its_own_period():
    text = ("Le Conseil fédéral propose un crédit de 96 millions de francs pour les années 2027 à 2030, soit 24 millions "
            "de francs par an, pour l'Irak.")
    assert [(c.value, c.period) for c in claims(text, partner="CH")] == [(96_000_000, "cumulative"),
                                                                         (24_000_000, "annual")]


@pytest.mark.parametrize(("text", "partner"), [
    ("Aide humanitaire : 10 millions de dollars pour le Liban\nBeyrouth, le 3 février 2026\nL'ambassadeur d'Australie "
     "au Liban a annoncé mardi une enveloppe de 10 millions de dollars australiens pour le Liban. Canberra a consacré "
     "plus de 220 millions de dollars australiens à la crise syrienne. Les États-Unis restent le premier donateur.",
     "AU"),
    ("Rapport spécial sur l'aide en faveur de la Syrie\nLa Cour a examiné l'aide humanitaire du Luxembourg en réponse à "
     "la crise syrienne, soit 22 millions d'euros. La contribution militaire du Luxembourg consiste en deux officiers.",
     "LU"),
    ("Visite à Erbil\nL'ambassadrice de Nouvelle-Zélande a inauguré un centre de santé financé à hauteur de 2 millions "
     "de dollars néo-zélandais. L'aide humanitaire de la Nouvelle-Zélande atteint 40 millions de dollars.", "NZ"),
])
def test_an_ambassador_of_a_country_or_its_aid_with_an_adjective_names_the_partner(text, partner):
    assert extract_text(text).partner == partner


@pytest.mark.parametrize("caption", [
    "Tableau 2 – Aide humanitaire du Luxembourg en faveur de la Syrie (en millions d'euros, montants décaissés)",
    "Table 3 – Humanitarian funding disbursed by the ministry for the Syria crisis, by year (in EUR million)",
])
def test_a_long_table_caption_gives_its_unit_in_brackets(caption):
    text = (f"Rapport\n{caption}\nExercice | Montant décaissé\n2021 | 6,4\n2022 | 7,1\n"
            "Source : Cour des comptes.")
    assert [c.value for c in claims(text, partner="LU")] == [6_400_000, 7_100_000]


def test_a_long_paragraph_above_a_table_gives_no_unit_from_its_brackets():
    text = ("Rapport\nLe ministère a versé des fonds à de nombreuses organisations pendant la période contrôlée par la "
            "Cour (voir le chapitre 2 sur les dépenses de l'aide humanitaire, en euros)\nExercice | Conventions\n"
            "2021 | 12\n2022 | 14")
    assert claims(text, partner="LU") == []


@pytest.mark.parametrize("byline", [
    "Par Rania Haddad, Beyrouth, le 3 février 2026 à 11h40",
    "By Rania Haddad in Beirut, 3 February 2026, 11:40 am local time",
    "Publié le 3 février 2026 à 11h40, mis à jour à 14h05 par la rédaction",
])
def test_a_byline_with_its_date_under_a_headline_is_a_dateline(byline):
    text = (f"Aide humanitaire : 10 millions de dollars australiens pour le Liban\n{byline}\nL'Australie a annoncé "
            "mardi une enveloppe de 10 millions de dollars australiens pour l'aide humanitaire au Liban.")
    (claim,) = claims(text, partner="AU")
    assert (claim.value, claim.period) == (10_000_000, None)


@pytest.mark.parametrize("text", [
    "Le Canada versera 84 M$ en 2026 pour la Syrie. Oui, les 84 M$ annoncés aujourd'hui s'ajoutent aux fonds versés en "
    "Irak et en Syrie.",
    "Le Canada versera 84 millions de dollars en 2026 pour la Syrie. Les 84 millions de dollars promis ce matin iront "
    "en partie en Jordanie.",
    "Canada will provide $84 million in 2026 for Syria. The $84 million announced today adds to aid in Iraq and Syria.",
])
def test_a_sum_named_again_with_its_article_and_participle_is_the_same_claim(text):
    assert [c.value for c in claims(text, partner="CA")] == [84_000_000]


@pytest.mark.parametrize("text", [
    "La France déploie environ 600 militaires en Jordanie et en Irak. En 2017, nous avions jusqu'à 1 200 hommes sur "
    "ce théâtre.",
    "La France déploie environ 600 militaires en Jordanie et en Irak. Nous avions jusqu'à 1 200 hommes sur ce théâtre "
    "d'opérations en 2017.",
    "France deploys about 600 troops in Jordan and Iraq. In 2017 we had up to 1,200 troops in this theatre.",
])
def test_this_theatre_points_back_to_the_places_just_named(text):
    claim = [c for c in claims(text, partner="FR") if c.value == 1200][0]
    assert sorted(claim.places) == ["IQ", "JO"]


@pytest.mark.parametrize("text", [
    "Nouvelle aide pour le Liban\nL'ambassadeur d'Australie a annoncé 10 millions de dollars australiens. L'Australie "
    "fournira aussi à l'armée libanaise du matériel d'une valeur de 1,2 million de dollars australiens. Le Liban "
    "accueille 1,5 million de réfugiés.",
    "New support for Lebanon\nThe Australian Ambassador announced 10 million Australian dollars. Australia will also "
    "give equipment worth 1.2 million Australian dollars to the Lebanese Armed Forces. Lebanon hosts 1.5 million "
    "refugees.",
])
def test_the_army_that_receives_the_help_is_no_sign_of_who_wrote_the_text(text):
    assert extract_text(text).partner == "AU"


@pytest.mark.parametrize(("caption", "places", "line"), [
    ("Tableau 2 – Aide humanitaire du Luxembourg en faveur de la Syrie (en millions d'euros, montants décaissés)",
     ["SY"], "humanitarian"),
    ("Tableau 4 – Contributions du ministère au fonds de stabilisation en Irak par exercice (en millions d'euros)",
     ["IQ"], "stabilization"),
])
def test_a_long_table_caption_is_the_heading_of_its_rows(caption, places, line):
    text = (f"Rapport\n{caption}\nExercice | Montant décaissé\n2021 | 6,4\n2022 | 7,1\n"
            "Source : Cour des comptes.")
    assert [(c.places, c.lines) for c in claims(text, partner="LU")] == [(places, [line])] * 2


@pytest.mark.parametrize("text", [
    "L'Australie a versé 10 millions de dollars australiens au Liban. Les États-Unis restent de loin le premier soutien "
    "de l'armée, avec 150 millions de dollars versés l'an dernier.",
    "L'Australie a versé 10 millions de dollars australiens au Liban. L'Allemagne est le deuxième bailleur du pays, "
    "avec 150 millions d'euros en 2025.",
    "L'Australie a versé 10 millions de dollars australiens au Liban. Le Japon demeure toujours le principal "
    "contributeur du fonds, avec 150 millions de dollars.",
])
def test_another_country_named_as_the_first_backer_gives_its_own_sum(text):
    assert [c.value for c in claims(text, partner="AU")] == [10_000_000]


@pytest.mark.parametrize(("text", "lines"), [
    ("Depuis 2014, la Suisse a consacré environ 510 millions de francs à l'aide humanitaire et à la coopération en "
     "Syrie.", ["humanitarian", "development"]),
    ("Le Luxembourg consacre 12 millions d'euros par an à l'action humanitaire et la coopération au Liban.",
     ["humanitarian", "development"]),
    # a PDF's wrapped line between the words
    ("Message\n\nDepuis 2014, la Suisse a consacré environ 510 millions de francs à l'aide humanitaire et à la\n"
     "coopération dans la crise syrienne, selon le rapport annuel.", ["humanitarian", "development"]),
    # military cooperation is no development
    ("La Belgique consacre 12 millions d'euros à l'aide humanitaire et à la coopération militaire en Irak.",
     ["humanitarian", "military"]),
])
def test_cooperation_beside_humanitarian_aid_is_development(text, lines):
    (claim,) = claims(text, partner="CH")
    assert claim.lines == lines


@pytest.mark.parametrize("heading", [
    "2 Répartition du crédit 2027-2030",
    "2.1 Répartition par pays 2027–2030",
    "Répartition du crédit 2027-2030",
    "3 Allocation of the credit 2027-2030",
])
def test_a_section_heading_ending_with_a_span_of_years_dates_the_sums_below_it(heading):
    text = ("Message du Conseil fédéral\n\n1 Contexte\nLa Suisse soutient la région depuis longtemps et entend "
            f"poursuivre son engagement.\n\n{heading}\nSur ce montant, 50 millions de francs sont destinés à la "
            "stabilisation en Irak, principalement par le fonds du PNUD.")
    (claim,) = claims(text, partner="CH")
    assert (claim.period, claim.since, claim.places) == ("cumulative", 2027, ["IQ"])
