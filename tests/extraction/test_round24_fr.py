"""The classes of error blind round 24 (`gold/fr-y-*`, French: a newspaper's morning round-up with one item on the
partner, a ministry's FAQ with numbered questions in HTML, a Chamber written answer with a yearly table in PDF, a
release in French then English, an embassy's thread of numbered posts, an evaluation summary with planned and
actual spending in DOCX, and a wire's correction notice) found, one test per class, each written before its fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims


@pytest.mark.parametrize(("text", "partner", "currency"), [
    ("Zaatari (Jordanie), 12 mai 2024 (MAP) – Un contingent de 150 médecins militaires a rejoint l'hôpital de "
     "campagne.", "MA", None),
    ("Tanger, 2 avril 2024 (MAP) – Une aide de 5 millions de dirhams a été acheminée vers la Libye.", "MA", "MAD"),
    ("Laâyoune, 10 janvier 2025 (Agence Marocaine de Presse) – Des équipements d'une valeur de 2 millions de dirhams "
     "ont été remis au Niger.", "MA", "MAD"),
])
def test_moroccos_news_agency_in_a_dispatchs_credit_names_its_partner(text, partner, currency):
    extraction = extract_text(text)
    assert extraction.partner == partner
    assert [c.currency for c in extraction.claims] == [currency]


@pytest.mark.parametrize(("text", "partner"), [
    ("La Belgique sera présente à la conférence. Au total, la Belgique aura versé 20 millions d'euros à la Syrie en "
     "2024.", "BE"),
    ("Le Luxembourg sera représenté par son ministre. Selon le ministère, le Luxembourg aura consacré 8 millions "
     "d'euros à l'Irak.", "LU"),
    ("Le Danemark sera représenté à Bagdad. En fin d'année, le Danemark aura dépensé 50 millions de couronnes en "
     "Irak.", "DK"),
])
def test_a_subject_before_a_french_auxiliary_in_the_future_is_a_sign_of_the_partner(text, partner):
    assert extract_text(text).partner == partner


@pytest.mark.parametrize(("text", "partner"), [
    ("Réponse du ministre des Affaires étrangères du 14 mars 2024 :\n\n1. La Belgique a détaché trois officiers "
     "d'état-major au quartier général de la mission à Bagdad.\n\n2. La Belgique a versé 2 millions d'euros au PAM "
     "pour la Syrie.\n", "BE"),
    ("Réponse de la ministre de la Défense du 1er février 2025 :\n\n1. Le Luxembourg maintient deux officiers de "
     "liaison en Irak.\n\n2. Il a versé 500 000 euros au fonds de stabilisation en Irak.\n", "LU"),
    ("Answer given by the Minister on February 21, 2023:\n\n1. Ireland has deployed five officers to the NATO "
     "mission in Iraq.\n\n2. Ireland gave EUR 3 million to the WFP in Syria.\n", "IE"),
])
def test_the_day_an_answer_is_given_in_its_list_intro_dates_no_item(text, partner):
    assert [(c.period, c.year) for c in claims(text, partner=partner)] == [(None, None), (None, None)]


@pytest.mark.parametrize(("text", "partner"), [
    ("Aide belge à la stabilisation de l'Irak\n\nRéponse du ministre de la Coopération au développement :\n\n1. En "
     "2022, la Belgique a versé 3 millions d'euros.\n", "BE"),
    ("Contribution luxembourgeoise à la stabilisation en Syrie\n\nRéponse de la ministre de la Coopération au "
     "développement et de l'Action humanitaire :\n\n1. Le Luxembourg a versé 800 000 euros en 2023.\n", "LU"),
    ("UK support for stabilisation in Iraq\n\nAnswer from the Minister for Development:\n\n1. In 2022 the UK gave "
     "£5 million.\n", "GB"),
])
def test_a_heading_that_only_names_the_answering_office_gives_no_line(text, partner):
    assert [c.lines for c in claims(text, partner=partner)] == [["stabilization"]]


@pytest.mark.parametrize(("text", "place"), [
    ("Rapport annuel 2023 de la coopération belge\n\n1. Contexte\n\nLa coopération belge a poursuivi ses programmes "
     "dans la région malgré un contexte difficile et des besoins croissants.\n\n2. Aide en Irak\n\nLa Belgique a versé "
     "3 millions d'euros en 2022 pour des projets de réhabilitation des écoles et des réseaux d'eau.\n", "IQ"),
    ("Bilan de l'engagement suisse\n\n1. Soutien au Liban\n\nLa Suisse a consacré 12 millions de francs aux familles "
     "réfugiées et aux communautés qui les accueillent en 2023.\n", "LB"),
    ("Annual review\n\n3. Support in Jordan\n\nDenmark gave DKK 40 million to refugees and host communities in 2023 "
     "through its partners.\n", "JO"),
])
def test_a_numbered_section_heading_in_sentence_case_heads_the_prose_under_it(text, place):
    assert [c.places for c in claims(text)] == [[place]]


@pytest.mark.parametrize(("text", "partner", "kept"), [
    ("The United Nations humanitarian appeal for Syria stands at US$4.1 billion this year. Canada gave $35 million.",
     "CA", [35_000_000]),
    ("The UN appeal for Iraq stood at USD 2.3 billion in 2023, and Ireland gave EUR 5 million.", "IE", [5_000_000]),
    ("L'appel humanitaire pour le Yémen s'établit à 4,3 milliards de dollars; la Belgique a versé 2 millions d'euros.",
     "BE", [2_000_000]),
])
def test_the_sum_an_appeal_stands_at_is_no_contribution(text, partner, kept):
    assert [c.value for c in claims(text, partner=partner)] == kept


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("La Belgique annonce une nouvelle contribution de 10 millions d'euros pour la Syrie en 2024. De ce montant, 6 "
     "millions d'euros iront au PAM et 4 millions d'euros au HCR.\n\nBelgium announces a new contribution of EUR 10 "
     "million for Syria in 2024. Of this amount, EUR 6 million will go to WFP and EUR 4 million to UNHCR.\n", "BE",
     [10_000_000, 6_000_000, 4_000_000]),
    ("Le Canada versera 12 millions de dollars à l'UNICEF en Irak et 8 millions de dollars au PAM en Syrie.\n\n"
     "Canada will provide $12 million to UNICEF in Iraq and $8 million to WFP in Syria.\n", "CA",
     [12_000_000, 8_000_000]),
    ("Luxembourg gives EUR 2 million to UNICEF in Lebanon and EUR 1 million to the WFP in Jordan this year.\n\nLe "
     "Luxembourg accorde 2 millions d'euros à l'UNICEF au Liban et 1 million d'euros au PAM en Jordanie cette année.\n",
     "LU", [2_000_000, 1_000_000]),
])
def test_a_release_in_two_languages_one_after_the_other_names_each_sum_once(text, partner, values):
    assert [c.value for c in claims(text, partner=partner)] == values


@pytest.mark.parametrize(("text", "partner", "value"), [
    ("Elle finance la prévention de l'extrémisme violent en Irak à raison de trois millions de francs par an de 2022 "
     "à 2024.", "CH", 3_000_000),
    ("Germany supports the fund at a rate of EUR 5 million a year until 2026.", "DE", 5_000_000),
    ("Le Luxembourg soutient le HCR à raison de 1,5 million d'euros chaque année.", "LU", 1_500_000),
])
def test_money_at_a_rate_a_year_is_yearly_money_not_an_amount_per_person(text, partner, value):
    assert [(c.value, c.period) for c in claims(text, partner=partner)] == [(value, "annual")]


@pytest.mark.parametrize(("text", "partner", "kept"), [
    ("La Chaîne du Bonheur a récolté 12 millions de francs lors de sa journée de collecte. La Suisse a versé 5 millions "
     "de francs au CICR.", "CH", [5_000_000]),
    ("The Disasters Emergency Committee appeal has raised more than £8 million from the public. The UK gave £10 "
     "million to the WFP in Syria.", "GB", [10_000_000]),
    ("La Croix-Rouge a collecté près de 2 millions d'euros auprès des particuliers; la Belgique a versé 3 millions "
     "d'euros au CICR.", "BE", [3_000_000]),
])
def test_what_a_charitys_collection_has_brought_in_is_no_contribution(text, partner, kept):
    assert [c.value for c in claims(text, partner=partner)] == kept


@pytest.mark.parametrize(("text", "partner", "kept"), [
    ("Ce fonds, alimenté par une trentaine de donateurs, a reçu au total près de 1,6 milliard de dollars. La Belgique y "
     "a versé 4 millions d'euros en 2022.", "BE", [4_000_000]),
    ("The Funding Facility, funded by some 30 donors, has received USD 1.8 billion since 2015. Denmark gave DKK 50 "
     "million to it in 2023.", "DK", [50_000_000]),
    ("Le fonds, financé par plus de 20 pays, dispose de 900 millions de dollars. Le Luxembourg y contribue à hauteur "
     "de 2 millions d'euros.", "LU", [2_000_000]),
])
def test_what_a_fund_fed_by_many_donors_has_received_is_theirs(text, partner, kept):
    assert [c.value for c in claims(text, partner=partner)] == kept


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("Ce contingent, composé de 120 personnels, relève les 115 éléments qui regagnent le Royaume après six mois de "
     "mission.", "MA", [120, 115]),
    ("The 130 New Zealand soldiers arrived in Taji on Monday, replacing the 120 who return home this week.", "NZ",
     [130, 120]),
    ("Les 250 militaires du nouveau mandat remplacent les 240 qui rentrent en France.", "FR", [250, 240]),
])
def test_the_people_a_new_contingent_relieves_who_go_home_are_a_head_count(text, partner, values):
    assert [(c.kind, c.value) for c in claims(text, partner=partner)] == [("personnel", v) for v in values]


@pytest.mark.parametrize(("text", "partner"), [
    ("Ce contingent, composé de 120 personnels (médecins, infirmiers, techniciens et personnel de soutien), est arrivé "
     "pour une mission humanitaire en Jordanie.", "MA"),
    ("The team of 45 staff (doctors, nurses and paramedics) began its humanitarian mission in Jordan on Monday.", "QA"),
    ("Un détachement de 60 militaires (chirurgiens, infirmières et anesthésistes) renforce la mission humanitaire au "
     "Liban.", "BE"),
])
def test_medical_staff_listed_in_brackets_after_the_count_are_on_a_humanitarian_mission(text, partner):
    assert [c.lines for c in claims(text, partner=partner)] == [["humanitarian"]]


@pytest.mark.parametrize(("text", "partner", "kept"), [
    ("Le projet de budget prévoit 24,6 milliards d'euros de dépenses pour l'administration centrale. Le Luxembourg "
     "versera 6 millions d'euros à la Syrie.", "LU", [6_000_000]),
    ("The budget provides for EUR 25 billion of public spending in 2024. Ireland gives EUR 10 million to Syria.", "IE",
     [10_000_000]),
    ("Le budget 2024 prévoit 480 milliards d'euros de dépenses de l'État; la France consacre 50 millions d'euros à "
     "l'Irak.", "FR", [50_000_000]),
])
def test_a_states_whole_spending_is_no_contribution(text, partner, kept):
    assert [c.value for c in claims(text, partner=partner)] == kept


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Revue de presse\n\n1. SOLIDARITÉ — Le Luxembourg aide la Syrie\nLe ministre a annoncé une aide de 5 millions "
     "d'euros pour la Syrie. Sur cette enveloppe, 2 millions d'euros iront au PAM. Il y ajoute 1 million d'euros pour "
     "le déminage en Irak.\n", "LU", [(5_000_000, ["SY"]), (2_000_000, ["SY"]), (1_000_000, ["IQ"])]),
    ("Réponse du ministre :\n\n2. La Belgique a versé 3 millions d'euros au Liban. Sur ce montant, 1 million d'euros "
     "est allé au HCR. La Belgique a en outre versé 2 millions d'euros à la Jordanie.\n", "BE",
     [(3_000_000, ["LB"]), (1_000_000, ["LB"]), (2_000_000, ["JO"])]),
    ("Press digest\n\n3. AID — Ireland helps Syria\nThe minister announced EUR 4 million for Syria. Of this amount, "
     "EUR 1 million goes to the WFP. She also gave EUR 2 million for demining in Iraq.\n", "IE",
     [(4_000_000, ["SY"]), (1_000_000, ["SY"]), (2_000_000, ["IQ"])]),
])
def test_a_numbered_story_of_several_sentences_lends_no_sentence_the_places_of_another(text, partner, expected):
    assert [(c.value, c.places) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("RECTIFICATIF\n\nDans notre dépêche d'hier, une erreur s'est glissée : le contingent compte 120 personnels et non "
     "210. Voici la dépêche corrigée :\n\nUn contingent de 120 personnels médicaux est arrivé hier pour une mission "
     "humanitaire en Jordanie.\n", "MA", [(120, ["JO"], ["humanitarian"])]),
    ("Correction: the contingent numbers 80 soldiers, not 180. The corrected story follows.\n\nSome 80 soldiers left "
     "on Monday for a training mission in Iraq.\n", "NZ", [(80, ["IQ"], ["military"])]),
    ("Rectificatif : il fallait comprendre 45 démineurs et non 54. Voici l'article corrigé.\n\nLa Belgique envoie 45 "
     "démineurs au Liban pour une mission humanitaire.\n", "BE", [(45, ["LB"], ["humanitarian"])]),
])
def test_a_notices_right_figure_set_against_the_wrong_one_gives_way_to_the_corrected_story(text, partner, expected):
    assert [(c.value, c.places, c.lines) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "place"), [
    ("Un nouveau contingent des FAR a rejoint dimanche l'hôpital de campagne installé en Jordanie. Ce 24e contingent, "
     "composé de 120 personnels, restera six mois.", "MA", "JO"),
    ("Un détachement belge a pris ses quartiers au Liban la semaine dernière. Ce nouveau détachement compte 45 "
     "démineurs.", "BE", "LB"),
    ("La relève est arrivée en Irak lundi. Ce dernier contingent, composé de 200 militaires, restera jusqu'en juin.",
     "FR", "IQ"),
])
def test_ce_contingent_with_its_rank_points_back_to_where_the_sentence_before_sends_it(text, partner, place):
    assert [c.places for c in claims(text, partner=partner)] == [[place]]
