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
