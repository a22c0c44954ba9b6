"""The classes of error blind round 18 (`gold/fr-s-*`, French: a ministry's FAQ page, a multi-year cooperation
programme, a speech at a handover ceremony, a minister's answer in a plenary debate, a corrected wire story, a
contingent's homecoming story and an ambassador's interview) found, one test per class, each written before its fix."""

import pytest

from .helpers import claims


@pytest.mark.parametrize(("text", "values"), [
    ("Notre contribution à la mission de l'OTAN en Irak passera de 40 à 25 coopérants au printemps.", [40, 25]),
    ("La France met 14 coopérants à la disposition de l'armée libanaise.", [14]),
    ("Plus de 1 600 cadres des Forces armées se sont relayés en Jordanie.", [1600]),
    ("Le détachement déployé au Liban compte 45 cadres médicaux et paramédicaux.", [45]),
    ("Dans le cadre de ce programme, 3 cadres juridiques ont été revus et 12 cadres de concertation créés.", []),
])
def test_cadres_and_cooperants_are_people_but_frameworks_are_not(text, values):
    assert [c.value for c in claims(text, partner="FR") if c.kind == "personnel"] == values
