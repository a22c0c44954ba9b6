"""The classes of error blind round 21 (`gold/fr-v-*`, French: a live blog of a donors' conference, a written
parliamentary answer with a yearly table, a minister's speech with stage notes, a fact-check of a minister's figure,
an NGO's annual report naming government grants, a news page with bylines, captions and related headlines, and an
agency item on equipment handed over) found, one test per class, each written before its fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims


@pytest.mark.parametrize(("text", "partner"), [
    ("DIRECT. Conférence de Bruxelles sur la Syrie : l'Allemagne reste le premier donateur bilatéral\n"
     "La ministre a promis 1,1 milliard d'euros pour la Syrie.", "DE"),
    ("EN DIRECT – Sommet de la coalition à Rome : l'Italie prolonge sa mission en Irak\n"
     "Le gouvernement gardera 650 militaires en Irak.", "IT"),
    ("LIVE - Brussels conference: Norway pledges NOK 2 billion for Syrians\n"
     "The minister announced the pledge this morning.", "NO"),
])
def test_a_kicker_in_capitals_before_the_topic_leaves_the_headline_its_subject(text, partner):
    assert extract_text(text).partner == partner
