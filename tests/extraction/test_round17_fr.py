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
