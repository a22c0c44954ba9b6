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


_LIVE_BLOG = "\n\n".join([
    "DIRECT. Conférence de Bruxelles sur la Syrie : la Suède reste un donateur clé",
    "Par la rédaction, à Bruxelles",
    "15h05 Le Royaume-Uni suit",
    "Le Royaume-Uni a promis 300 millions de livres pour la Syrie.",
    "11h50 La Suède précise",
    "La Suède a versé 1,2 milliard de couronnes depuis 2012 aux réfugiés syriens au Liban.",
    "10h15 La Suède annonce 800 millions de couronnes",
    "La Suède a promis 800 millions de couronnes pour la Syrie en 2026.",
    "9h40 L'Union européenne ouvre le bal",
    "La Commission européenne a annoncé 2 milliards d'euros pour 2026.",
])


def test_the_clock_time_of_a_live_blog_entry_is_no_figure_of_its_heading():
    found = extract_text(_LIVE_BLOG)
    assert found.partner == "SE" and sorted(c.value for c in found.claims) == [800_000_000, 1_200_000_000]
