"""The classes of error blind round 12 found on Arabic pages (`gold/ar-m-*`), one test per class, each written
before its fix."""

import pytest

from .helpers import claims


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("تقدم الكويت 28 مليون دولار للعراق و12 مليون دولار للأردن.", "KW",
     [(28_000_000, ["IQ"]), (12_000_000, ["JO"])]),
    ("خصصت قطر 5 ملايين دولار لسوريا و3 ملايين دولار للبنان.", "QA", [(5_000_000, ["SY"]), (3_000_000, ["LB"])]),
    ("تنشر إيطاليا 200 جندي في العراق و50 مدرباً في الكويت.", "IT", [(200, ["IQ"]), (50, ["KW"])]),
    ("وتبلغ المساهمة ٤ ملايين يورو لسوريا و٢٫٥ مليون يورو للعراق.", "DE",
     [(4_000_000, ["SY"]), (2_500_000, ["IQ"])]),
])
def test_and_glued_to_a_figure_opens_a_second_figure(text, partner, found):
    assert [(c.value, c.places) for c in claims(text, partner=partner)] == found


def test_and_inside_a_compound_number_stays_one_figure():
    found = claims("قدمت الإمارات مساعدات بلغت قيمتها مليار و٣٠٠ مليون درهم للعراق.", partner="AE")
    assert [c.value for c in found] == [1_300_000_000]
