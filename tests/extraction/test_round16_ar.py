"""The classes of error blind round 16 found on Arabic pages (`gold/ar-q-*`), one test per class, each written
before its fix."""

import pytest

from coalition.extraction.script import normalize

from .helpers import claims


@pytest.mark.parametrize(("text", "partner", "value", "currency", "evidence"), [
    ("قدمت الحكومة مليونَي ريال عُماني لدعم اللاجئين في الأردن.", "OM", 2_000_000, "OMR", "مليونَي ريال عُماني"),
    ("أعلنت الوزارة تقديم ثَلاثة مَلايين يورو للعراق.", "IT", 3_000_000, "EUR", "ثَلاثة مَلايين يورو"),
    ("سترسل بلادنا خبيرَين مدنيَّين إلى العراق.", "IE", 2, None, "خبيرَين مدنيَّين"),
    ("تنشر المملكة خمسين مُدرِّباً في العراق.", "GB", 50, None, "خمسين مُدرِّباً"),
])
def test_vowel_marks_inside_a_word_do_not_hide_it(text, partner, value, currency, evidence):
    (claim,) = claims(text, partner=partner)
    assert (claim.value, claim.currency) == (value, currency)
    assert claim.evidence.startswith(evidence)


def test_closing_up_a_words_vowels_keeps_its_start_and_length_and_a_shadda_alone_stays():
    assert normalize("في عُمان وعمّان") == "في عمان  وعمّان"
