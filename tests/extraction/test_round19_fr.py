"""The classes of error blind round 19 (`gold/fr-t-*`, French: a charity's appeal naming the government's matching
fund, a parliamentary budget committee report, an ambassador's speech at a donors' conference, a Q&A press briefing, a
wire story quoting several governments, a procurement notice and a UN agency's donor page with a table) found, one
test per class, each written before its fix."""

import pytest

from .helpers import claims


@pytest.mark.parametrize(("text", "partner", "value"), [
    ("Le gouvernement versera un montant équivalent aux dons, jusqu'à concurrence de 7,5 millions $, pour la Syrie.",
     "CA", 7_500_000),
    ("Ottawa égalera les dons faits aux organismes humanitaires à concurrence de 10 millions de dollars pour le Liban.",
     "CA", 10_000_000),
    ("Le surcoût de l'opération en Irak devrait être inférieur à 150 millions d'euros en 2027.", "FR", 150_000_000),
    ("Le détachement déployé en Jordanie restera inférieur à 200 militaires.", "BE", 200),
    ("La contribution au fonds de stabilisation pour l'Irak sera d'un montant inférieur à 5 millions de francs.",
     "CH", 5_000_000),
])
def test_french_bounds_of_matching_funds_and_less_than_are_at_most(text, partner, value):
    (claim,) = claims(text, partner=partner)
    assert (claim.value, claim.qualifier) == (value, "at_most")


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("Le plafond du détachement déployé en Irak et en Jordanie passera de 120 à 95 militaires au printemps.", "BE",
     [120, 95]),
    ("Le plafond autorisé par le Parlement pour la mission en Irak passe de 300 à 250 militaires.", "DE", [300, 250]),
    ("The ceiling set by parliament for the deployment in Iraq will drop from 500 to 420 troops.", "DK", [500, 420]),
    ("Le budget maximal du mandat s'élève à CHF 6,8 millions pour le projet en Irak.", "CH", [6_800_000]),
    ("Le montant maximal de la contribution au programme humanitaire au Liban est de 2 millions d'euros.", "LU",
     [2_000_000]),
])
def test_a_ceiling_or_maximum_as_the_subject_bounds_the_figures_it_states(text, partner, values):
    found = claims(text, partner=partner)
    assert [(c.value, c.qualifier) for c in found] == [(v, "at_most") for v in values]


@pytest.mark.parametrize("text", [
    # a ceiling that is not the figure's subject leaves it exact
    "Le plafond a été relevé l'an dernier ; la Belgique déploie aujourd'hui 95 militaires en Irak.",
    "Le budget maximal a été fixé par le Parlement. Le Canada a versé 6 millions de dollars à la Jordanie.",
])
def test_a_ceiling_in_another_clause_leaves_the_figure_exact(text):
    (claim,) = claims(text, partner="BE" if "Belgique" in text else "CA")
    assert claim.qualifier == "exact"


@pytest.mark.parametrize(("text", "found"), [
    ("L'Allemagne maintiendra jusqu'à 300 soldats en Irak. Berlin fournira en outre 12 millions d'euros d'équipements "
     "aux forces irakiennes. L'Italie garde 40 formateurs au Liban. Rome, qui commande la mission de l'OTAN, y déploie "
     "environ 650 militaires. L'Espagne a versé 2 millions d'euros à la Jordanie. Madrid a promis 5 millions d'euros "
     "au PNUD en Irak.",
     [("DE", 300), ("DE", 12_000_000), ("IT", 40), ("IT", 650), ("ES", 2_000_000), ("ES", 5_000_000)]),
    ("Le Danemark versera 20 millions de couronnes à l'Irak. Le Royaume-Uni a déjà donné 3 millions de livres au "
     "Liban. Londres a annoncé 8 millions de livres pour la Syrie. Le Canada a versé 4 millions de dollars au HCR. "
     "Ottawa, de son côté, ajoute 15 millions de dollars pour la Jordanie.",
     [("DK", 20_000_000), ("GB", 3_000_000), ("GB", 8_000_000), ("CA", 4_000_000), ("CA", 15_000_000)]),
    ("Germany will keep up to 300 troops in Iraq. Italy has 40 trainers in Lebanon. Rome also deploys about 650 "
     "soldiers in Iraq. Spain gave EUR 2 million to Jordan. Madrid pledged EUR 5 million to the UNDP stabilisation "
     "fund.", [("DE", 300), ("IT", 40), ("IT", 650), ("ES", 2_000_000), ("ES", 5_000_000)]),
])
def test_a_capital_opening_a_sentence_of_a_story_naming_many_governments_is_the_giver(text, found):
    assert [(c.partner, c.value) for c in claims(text)] == found


def test_a_destinations_capital_opening_a_sentence_gives_nothing():
    text = ("L'Allemagne versera 20 millions d'euros à l'Irak. L'Italie ajoute 10 millions d'euros. Bagdad a reçu "
            "5 millions d'euros du Japon.")
    assert ("IQ", 5_000_000) not in [(c.partner, c.value) for c in claims(text)]


@pytest.mark.parametrize(("text", "found"), [
    ("L'Allemagne maintiendra 300 soldats en Irak. L'Italie y compte 650 militaires. Environ 2 500 soldats américains "
     "étaient encore présents dans le pays.", [("DE", 300), ("IT", 650), ("US", 2500)]),
    ("La France garde 350 militaires en Jordanie. L'Espagne a 150 formateurs en Irak. Quelque 400 militaires "
     "britanniques servent encore en Irak.", [("FR", 350), ("ES", 150), ("GB", 400)]),
    # the people a partner trains are no one's claim
    ("La France garde 350 militaires en Jordanie. L'Espagne a 150 formateurs en Irak. Les 5 000 soldats irakiens "
     "attendent leur relève.", [("FR", 350), ("ES", 150)]),
])
def test_a_french_demonym_after_the_noun_names_whose_people_in_a_story_naming_many(text, found):
    assert [(c.partner, c.value) for c in claims(text)] == found


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("L'Espagne réduira de 250 à 150 le nombre de ses militaires à Bagdad et à Besmaya.", "ES", [250, 150]),
    ("Le gouvernement portera à 300 l'effectif de ses formateurs en Irak d'ici l'été.", "BE", [300]),
    ("La Belgique ramènera de 120 à environ 80 le nombre de militaires déployés en Jordanie.", "BE", [120, 80]),
    ("Les Pays-Bas feront passer de 150 à 120 l'effectif total de leurs instructeurs en Irak.", "NL", [150, 120]),
    ("Le Portugal portera à 40 le nombre de ses formateurs en Irak.", "PT", [40]),
    # people trained, counted the same way, are no claim
    ("Le programme a porté à 5 000 le nombre de soldats irakiens formés par nos instructeurs.", "FR", []),
])
def test_a_change_stated_before_the_number_of_the_partners_people_gives_its_values(text, partner, values):
    assert [c.value for c in claims(text, partner=partner) if c.kind == "personnel"] == values


@pytest.mark.parametrize("text", [
    "Le Canada a versé 45 millions de dollars à la Syrie. L'appel humanitaire de 4,1 milliards de dollars US lancé "
    "pour 2026 n'était financé qu'à 19 %.",
    "Le Canada a versé 45 millions de dollars à la Syrie. L'appel de fonds de 2,3 milliards de dollars pour le Liban "
    "reste sous-financé.",
    "Le Canada a versé 45 millions de dollars à la Syrie, alors que l'appel des Nations unies de 4,1 milliards de "
    "dollars n'est financé qu'au quart.",
])
def test_an_appeal_named_with_its_article_asks_for_its_sum_and_gives_nothing(text):
    assert [c.value for c in claims(text, partner="CA")] == [45_000_000]


@pytest.mark.parametrize(("text", "partner"), [
    ("Le Canada a versé 45 millions de dollars à la Syrie. L'an dernier, nos membres avaient recueilli 3,2 millions $ "
     "auprès du public pour cette crise.", "CA"),
    ("Le Canada a versé 45 millions de dollars à la Syrie. Les organismes ont amassé 12 millions $ auprès des "
     "particuliers depuis janvier.", "CA"),
    ("Le Canada a versé 45 millions de dollars à la Syrie. Les ONG ont collecté 9,6 millions de dollars de la part du "
     "grand public.", "CA"),
    ("Canada gave $45 million to Syria. Member charities raised $3.2 million from the public last year.", "CA"),
])
def test_money_raised_from_the_public_is_no_governments_claim(text, partner):
    assert [c.value for c in claims(text, partner=partner)] == [45_000_000]


@pytest.mark.parametrize(("text", "partner"), [
    ("Le Canada a versé 45 millions de dollars à la Syrie. Un don de 50 $ fournit un colis d'hygiène à une famille; "
     "un don de 150 $ couvre le chauffage d'un abri. Les dons de 20 $ et plus donnent droit à un reçu fiscal.", "CA"),
    ("La Belgique a versé 45 millions d'euros à la Syrie. Chaque famille reçoit une aide en espèces de 120 euros par "
     "mois.", "BE"),
    ("Australia gave $45 million to Syria. A gift of $25 buys a winter blanket for a child.", "AU"),
])
def test_a_sum_under_a_thousand_is_a_price_or_a_private_gift_not_a_contribution(text, partner):
    assert [c.value for c in claims(text, partner=partner)] == [45_000_000]


@pytest.mark.parametrize("text", [
    "Les forces irakiennes que nous avons contribué à former, plus de 15 000 soldats depuis 2015, tiennent le terrain.",
    "Les bataillons que la mission a entraînés, quelque 4 000 soldats, sont déployés à Mossoul.",
    "The Iraqi units we helped to train, more than 15,000 soldiers in all, now hold the line.",
])
def test_people_trained_set_off_by_a_comma_after_the_verb_are_no_claim(text):
    assert [c.value for c in claims(text, partner="FR") if c.kind == "personnel"] == []


def test_a_deployment_with_a_place_between_commas_still_counts():
    assert [c.value for c in claims("La France a déployé, en Irak, 350 militaires.", partner="FR")] == [350]


@pytest.mark.parametrize("text", [
    "Pour mémoire, la coalition compte encore environ 2 500 militaires dans le pays, toutes nations confondues.",
    "La mission de l'OTAN en Irak réunit quelque 1 200 personnels venus d'une vingtaine de pays.",
    "L'Alliance aligne aujourd'hui près de 4 000 soldats en Irak.",
])
def test_the_strength_of_the_coalition_or_the_alliance_in_french_is_no_partners(text):
    assert [c.value for c in claims(text, partner="FR") if c.kind == "personnel"] == []


def test_the_partners_own_share_of_the_coalition_stays_its_own():
    text = "Notre contingent au sein de la coalition compte 350 militaires en Irak."
    assert [c.value for c in claims(text, partner="FR")] == [350]


@pytest.mark.parametrize("text", [
    "Le HCR au Liban : nos donateurs\n\nContributions humanitaires reçues en 2026 (en dollars US)\nDonateur | Montant\n"
    "États-Unis | 98 400 000\nAllemagne | 41 250 000\nJapon | 9 150 000\n",
    "Contributions to WFP Syria\n\nContributions received in 2025 (US dollars)\nDonor | Amount\nGermany | 41 250 000\n"
    "Japan | 9 150 000\nNorway | 6 300 000\n",
])
def test_a_table_captions_year_dates_each_givers_row(text):
    found = claims(text)
    assert len(found) == 3 and {c.partner for c in found} >= {"DE", "JP"}
    assert {(c.period, c.year) for c in found} == {("year", 2026 if "2026" in text else 2025)}


@pytest.mark.parametrize("text", [
    "Pour chaque dollar donné d'ici le 31 janvier 2027, le gouvernement du Canada versera un montant équivalent, "
    "jusqu'à concurrence de 7,5 millions $, à l'aide humanitaire en Syrie.",
    "Les dons reçus d'ici la fin de mars 2027 seront égalés par Ottawa, jusqu'à concurrence de 5 millions $ pour l'aide "
    "humanitaire au Liban.",
    "D'ici l'été 2027, le Canada versera jusqu'à 10 millions $ au fonds humanitaire pour la Syrie.",
    "Les dons faits d'ici le 15 décembre 2026 seront doublés par le gouvernement, jusqu'à concurrence de 2 millions $ "
    "pour l'aide humanitaire au Liban.",
])
def test_a_deadline_by_a_date_is_how_long_not_the_year_of_the_sum(text):
    (claim,) = claims(text, partner="CA")
    assert (claim.period, claim.year) == (None, None)


@pytest.mark.parametrize(("text", "places"), [
    ("Le détachement déployé en Irak et en Jordanie comptera 95 militaires au printemps. Le coût de cette participation "
     "est inscrit au budget pour 21,3 millions d'euros en 2027.", ["IQ", "JO"]),
    ("Nos F-16 resteront basés en Jordanie jusqu'à l'été. Cette présence coûtera 14 millions d'euros en 2027.", ["JO"]),
    ("Notre pays maintient 40 formateurs au Liban. Cet engagement représente 6 millions d'euros par an.", ["LB"]),
])
def test_this_participation_presence_or_engagement_points_back_to_where_it_is(text, places):
    claim = [c for c in claims(text, partner="BE") if c.kind == "funding"][0]
    assert claim.places == places
