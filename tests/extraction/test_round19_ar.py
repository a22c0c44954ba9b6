"""The classes of error blind round 19 found on Arabic pages (`gold/ar-t-*`), one test per class, each written
before its fix."""

import pytest

from .helpers import claims


@pytest.mark.parametrize(("text", "value"), [
    ("وسنضيف خمسمئة ألف ليف إلى صندوق الاستقرار في العراق.", 500_000),
    ("قدّمت بلغاريا منذ عام 2014 ما مجموعه 3 ملايين ليف للاجئين في الأردن.", 3_000_000),
    ("خصصت صوفيا 250 ألف ليفا لإزالة الألغام في العراق.", 250_000),
])
def test_a_lev_without_its_nationality_is_the_bulgarian_lev(text, value):
    (claim,) = claims(text, partner="BG")
    assert (claim.value, claim.currency) == (value, "BGN")
