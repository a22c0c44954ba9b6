"""French: numbers with decimal commas and space thousands, scales and signs, hedges, periods, nouns and places."""

import pytest

from .helpers import claims, only_claim

NB, NN = "\u00a0", "\u202f"

MONEY = [
    ("La France a versé 1,2 milliard d'euros à l'Irak.", 1_200_000_000, "EUR"),
    ("La Belgique consacre 50 millions € à la Syrie.", 50_000_000, "EUR"),
    ("Les Pays-Bas ont annoncé 8 M€ pour l'Irak.", 8_000_000, "EUR"),
    ("L'Allemagne a débloqué 2,1 Md€ pour la Syrie.", 2_100_000_000, "EUR"),
    (f"Le Luxembourg a versé 500{NB}000 euros au Liban.", 500_000, "EUR"),
    (f"Le Luxembourg a versé 1{NN}500{NN}000 euros au Liban.", 1_500_000, "EUR"),
    ("Le Luxembourg a versé 500 000 euros au Liban.", 500_000, "EUR"),
    ("Le Danemark a donné 150 millions de couronnes danoises à la Syrie.", 150_000_000, "DKK"),
    ("Le Canada consacre 3,5 milliards de dollars à l'Irak.", 3_500_000_000, "CAD"),
    ("Le Japon a versé 30 millions de dollars américains à la Jordanie.", 30_000_000, "USD"),
]

PEOPLE = [
    (f"La France déploie 10{NB}000 militaires au Sahel.", 10_000),
    (f"La France déploie 3{NN}500 soldats au Sahel.", 3_500),
    ("La France déploie 10 000 militaires au Sahel.", 10_000),
    ("Le Maroc a envoyé une centaine de formateurs au Mali.", 100),
    ("Une trentaine de formateurs servent en Irak.", 30),
    ("Le Canada a engagé jusqu'à 850 militaires en Irak.", 850),
    ("La Belgique compte 40 personnels en Jordanie.", 40),
    ("L'Italie a déployé 200 carabiniers en Irak.", 200),
]

NOT_PEOPLE = [
    "Les instructeurs belges ont formé plus de 3 000 soldats irakiens.",
    "La Coalition compte 86 membres.",
    "Le programme a aidé 40 000 élèves en 2019.",
    "Les partenaires de la Coalition ont mobilisé au total 1,5 milliard de dollars pour la stabilisation.",
    "L'Union européenne et ses États membres ont mobilisé 2,3 milliards d'euros pour la région.",
]

HEDGES = [
    ("près de 600 militaires en Irak", "approximate"),
    ("environ 2 millions d'euros", "approximate"),
    ("quelque 500 soldats", "approximate"),
    ("plus de 30 millions d'euros", "at_least"),
    ("au moins 40 personnels", "at_least"),
    ("jusqu'à 850 militaires", "at_most"),
    ("jusqu’à 850 militaires", "at_most"),
    ("au maximum 1 100 militaires", "at_most"),
    ("une trentaine de formateurs", "approximate"),
    ("la centaine de formateurs", "approximate"),
]

PERIODS = [
    ("La France verse 4 millions € par an à la Syrie.", "annual", None, None),
    ("La France verse chaque année 4 millions € à la Syrie.", "annual", None, None),
    ("Depuis 2014, la France a versé 40 millions d'euros.", "cumulative", None, 2014),
    ("La France a versé 40 millions d'euros en 2018.", "year", 2018, None),
    ("La France a versé au total 40 millions d'euros.", "cumulative", None, None),
    ("La France versera 40 millions d'euros sur trois ans.", "cumulative", None, None),
    ("La France a versé 40 millions d'euros entre 2015 et 2020.", "cumulative", None, 2015),
]

PLACES = [
    ("La France a versé 10 millions d'euros en Irak et au Koweït.", ["IQ", "KW"]),
    ("La France a versé 10 millions d'euros au Liban, en Jordanie et en Irak.", ["LB", "JO", "IQ"]),
    ("La France a versé 10 millions d'euros pour le déminage à Mossoul.", ["IQ"]),
    ("La France a versé 10 millions d'euros au Moyen-Orient.", []),
    ("La France a versé 10 millions d'euros aux Émirats arabes unis.", ["AE"]),
]


@pytest.mark.parametrize(("text", "value", "currency"), MONEY)
def test_french_money(text, value, currency):
    claim = only_claim(text, partner=_partner(text))
    assert (claim.value, claim.currency) == (value, currency)


_SUBJECTS = {"Canada": "CA", "Danemark": "DK", "Japon": "JP", "Pays-Bas": "NL", "Luxembourg": "LU", "Maroc": "MA",
             "Italie": "IT", "Allemagne": "DE", "Belgique": "BE"}


def _partner(text):
    """The sentence's subject: another country's money or people are not the partner's (blind round 1)."""
    return _SUBJECTS.get(next((w for w in _SUBJECTS if w in text), ""), "FR")


@pytest.mark.parametrize(("text", "value"), PEOPLE)
def test_french_headcounts(text, value):
    claim = only_claim(text, partner=_partner(text))
    assert claim.kind == "personnel" and claim.value == value


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_french_negatives(text):
    assert claims(text, partner="BE") == []


@pytest.mark.parametrize(("text", "qualifier"), HEDGES)
def test_french_hedges(text, qualifier):
    assert only_claim(f"La France a annoncé {text}.", partner="FR").qualifier == qualifier


@pytest.mark.parametrize(("text", "period", "year", "since"), PERIODS)
def test_french_periods(text, period, year, since):
    claim = only_claim(text, partner="FR")
    assert (claim.period, claim.year, claim.since) == (period, year, since)


@pytest.mark.parametrize(("text", "places"), PLACES)
def test_french_places(text, places):
    assert only_claim(text, partner="FR").places == places


def test_french_title_gives_the_partner_and_own_demonym_is_no_place():
    extraction = claims("Contribution de la Belgique\n\nEnviron 80 militaires belges sont déployés en Jordanie.")
    assert extraction[0].places == ["JO"] and extraction[0].qualifier == "approximate"


def test_french_heading_gives_the_place():
    text = "Contribution de la France\n\nAu Liban :\n• 50 millions € par an d'aide humanitaire ;\n"
    claim = only_claim(text)
    assert claim.places == ["LB"] and claim.lines == ["humanitarian"] and claim.period == "annual"
    assert claim.review_reasons == ["place_from_heading"]


def test_exceeds_is_at_least():
    assert only_claim("L'aide suédoise dépasse 1,5 milliard de couronnes.", partner="SE").qualifier == "at_least"


def test_soit_restates_in_a_second_currency():
    claim = only_claim("La France a versé 10 millions d'euros, soit environ 11 millions de dollars, à l'Irak.",
                       partner="FR")
    assert (claim.value, claim.currency) == (10_000_000, "EUR")


def test_pres_d_un_milliard():
    claim = only_claim("La France a versé près d'un milliard d'euros à la Syrie.", partner="FR")
    assert (claim.value, claim.qualifier) == (1_000_000_000, "approximate")


def test_dotted_thousands_in_a_head_count_and_the_french_operation_name():
    claim = only_claim("Près de 3.000 soldats français participent à l'opération Chammal en Irak.", partner="FR")
    assert (claim.value, claim.qualifier, claim.mission) == (3000, "approximate", "Operation Chammal")


def test_pounds_of_fuel_are_not_money_and_special_forces_are_people():
    assert claims("Le ravitailleur a livré 46 millions de livres de carburant.", partner="CA") == []
    claim = only_claim("Le Canada va tripler le nombre de forces spéciales dans le nord de l'Irak pour les porter à "
                       "210.", partner="CA")
    assert (claim.kind, claim.value, claim.places) == ("personnel", 210, ["IQ"])


def test_number_words_before_millions():
    found = claims("Le Canada versera dix millions de dollars pour l'équipement et cinq millions de dollars pour "
                   "la sécurité des frontières.", partner="CA")
    assert [(c.value, c.currency) for c in found] == [(10_000_000, "CAD"), (5_000_000, "CAD")]
