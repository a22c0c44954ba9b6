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
