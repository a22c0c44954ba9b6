"""The classes of error blind round 13 found on Arabic pages (`gold/ar-n-*`), one test per class, each written
before its fix."""

import pytest

from .helpers import claims


@pytest.mark.parametrize(("text", "partner"), [
    ("وقامت المؤسسات المصرية بتدريب ما يزيد على ١٥٠٠ ضابط من دول أفريقية.", "EG"),
    ("وقام الفريق الكندي بتأهيل 300 ضابط في الأردن.", "CA"),
    ("واضطلعت البعثة بتدريب قرابة 900 عنصر في بغداد.", "IT"),
    ("وتتولى الدنمارك تأهيل نحو 400 جندي في قاعدة الأسد.", "DK"),
])
def test_people_trained_by_an_arabic_verbal_noun_behind_a_preposition(text, partner):
    assert claims(text, partner=partner) == []


@pytest.mark.parametrize(("text", "partner", "year"), [
    ("خصصت الولايات المتحدة 15 مليون دولار في السنة المالية 2018 لدعم الاستقرار في العراق.", "US", 2018),
    ("وقدمت كندا 4 ملايين دولار كندي للأردن في السنة المالية ٢٠٢١.", "CA", 2021),
    ("ورصدت أستراليا في السنة المالية 2019 نحو 6 ملايين دولار أسترالي لسوريا.", "AU", 2019),
])
def test_in_the_fiscal_year_is_that_year_not_per_year(text, partner, year):
    assert [(c.period, c.year) for c in claims(text, partner=partner)] == [("year", year)]


def test_in_the_year_alone_is_still_per_year():
    assert [c.period for c in claims("تقدم النرويج 20 مليون كرونة نرويجية في السنة لسوريا.", partner="NO")] == [
        "annual"]
