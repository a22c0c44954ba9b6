"""Language: Arabic by its script, French from English by their common short words; --lang-style override wins."""

import pytest

from coalition.extraction import detect_language, extract_text

EXAMPLES = [
    ("Canada has deployed 200 trainers to Iraq since the start of the mission.", "en"),
    ("La France a versé 50 millions d'euros à l'Irak depuis 2014 pour la stabilisation.", "fr"),
    ("قدمت المملكة مساعدات بقيمة ٥٠ مليون دولار إلى العراق.", "ar"),
    # a French text quoting English names, and an Arabic text full of Latin codes and digits
    ("Le Canada participe à l'Operation Inherent Resolve avec des formateurs au sein de la NATO Mission Iraq.", "fr"),
    ("خصصت الحكومة مبلغ USD 25 million لدعم الاستقرار في العراق وسوريا خلال عام 2019.", "ar"),
    ("Norway's contribution: USD 7 million.", "en"),
    ("", "en"),
    ("12 345 678", "en"),
]


@pytest.mark.parametrize(("text", "language"), EXAMPLES)
def test_detect_language(text, language):
    assert detect_language(text) == language


def test_extraction_carries_the_language_and_a_given_one_wins():
    french = "La Belgique a versé 10 millions d'euros à l'Irak en 2019."
    assert extract_text(french).language == "fr"
    assert extract_text(french, language="en").language == "en"
