"""The classes of error blind round 20 found on Arabic pages (`gold/ar-u-*`), one test per class, each written
before its fix."""

import pytest

from .helpers import claims


@pytest.mark.parametrize(("text", "place"), [
    ("وقال السفير إن بلاده قدّمت للأردن منذ عام ٢٠١٢ مساعدات تزيد على ٣ مليارات دولار.", "JO"),
    ("وأكد الوزير أن حكومته خصصت للعراق ٢٠ مليون دولار لإعادة الاستقرار.", "IQ"),
    ("وقدمت لسوريا ٥ ملايين دولار عبر وكالات الأمم المتحدة.", "SY"),
    ("وأرسلت بالعراق ٥٠ جندياً لتدريب القوات المحلية.", "IQ"),
])
def test_a_destination_written_with_its_preposition_after_a_verb_of_giving_is_no_giver(text, place):
    (claim,) = claims(text, partner="JP")
    assert claim.places == [place]


def test_a_country_whose_name_begins_with_lam_still_gives():
    assert claims("وقدمت لبنان ٥ ملايين دولار للاجئين.", partner="JP") == []
