"""The classes of error blind round 15 (`gold/fr-p-*`, French) found, one test per class, each written before its
fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims


@pytest.mark.parametrize(("text", "partner"), [
    ("Quelque 300 militaires estoniens ont servi en Irak depuis 2004 ; 9 d'entre eux ont perdu la vie.", "EE"),
    ("La Belgique a déployé 120 militaires au Mali. 4 d'entre eux ont été blessés lors d'une patrouille.", "BE"),
    ("Denmark sent 400 troops to Helmand; 37 of them were killed in action.", "DK"),
    ("Le Canada a envoyé 600 soldats ; 3 soldats canadiens ont été tués en mission.", "CA"),
])
def test_people_killed_or_wounded_are_no_head_count(text, partner):
    assert len(claims(text, partner=partner)) == 1
