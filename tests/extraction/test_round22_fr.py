"""The classes of error blind round 22 (`gold/fr-w-*`, French: a UN agency's donor page with a table in thousands, a
government's response to a committee report with a footnote, a change of command ceremony, an ambassador's open
letter, a press conference transcript, the recipient's summary of a grant agreement with tranches, and a
commemorative article on a contingent's ten years in Iraq) found, one test per class, each written before its fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims


@pytest.mark.parametrize(("text", "partner"), [
    ("Autriche – profil de donateur\nL'agence a reçu 4 millions de dollars en 2025 pour les réfugiés au Liban.", "AT"),
    ("Portugal : profil du donateur\nLe HCR a reçu 2 millions d'euros en 2024 pour ses opérations en Irak.", "PT"),
    ("Finland - donor profile\nThe agency received USD 3 million in 2025 for its work in Jordan.", "FI"),
])
def test_a_donor_profile_page_names_its_donor_in_the_title(text, partner):
    assert extract_text(text).partner == partner
