"""The classes of error blind round 14 (`gold/fr-o-*`, French) found, one test per class, each written before its
fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims


@pytest.mark.parametrize(("text", "partner", "places"), [
    ("Contribution de la France\n\nLes crédits fléchés vers la Syrie, le Liban et la Jordanie atteignent 68 M€ en "
     "2024. L'Allemagne a annoncé 1 Md€ et la Suède 40 M€.", "FR", ["SY", "LB", "JO"]),
    ("Contribution de la Belgique\n\nLes fonds destinés à l'Irak, le Liban et la Jordanie s'élèvent à 12 M€. Les "
     "Pays-Bas ont annoncé 1 Md€ et la Suède 40 M€.", "BE", ["IQ", "LB", "JO"]),
    ("Contribution du Danemark\n\nLe programme couvre l'aide vers la Jordanie, le Liban et l'Irak, soit 9 M€. "
     "L'Allemagne a annoncé 1 Md€ et la Suède 40 M€.", "DK", ["JO", "LB", "IQ"]),
])
def test_countries_listed_after_a_destination_with_french_articles_are_destinations_too(text, partner, places):
    found = extract_text(text)
    assert found.partner == partner
    assert [sorted(c.places) for c in found.claims] == [sorted(places)]
