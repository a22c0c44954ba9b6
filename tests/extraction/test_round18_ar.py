"""The classes of error blind round 18 found on Arabic pages (`gold/ar-s-*`), one test per class, each written
before its fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims


@pytest.mark.parametrize(("text", "partner"), [
    ("وزارة الهجرة تثمّن المنحة السلوفاكية لدعم العائدين\n\nقدمت سلوفاكيا مليون يورو للعراق.", "SK"),
    ("العراق يشيد بالدعم الكرواتي لإزالة الألغام\n\nقدمت كرواتيا 500 ألف يورو لإزالة الألغام في العراق.", "HR"),
    ("الأردن يثمّن المساعدات الإستونية للاجئين\n\nقدمت إستونيا 200 ألف يورو للاجئين في الأردن.", "EE"),
    ("الوزارة تشكر البعثة الليتوانية\n\nيخدم 30 عسكرياً ليتوانياً في العراق.", "LT"),
])
def test_the_demonym_of_a_smaller_partner_names_it(text, partner):
    assert extract_text(text).partner == partner


@pytest.mark.parametrize(("text", "places"), [
    ("عملنا جنباً إلى جنب مع أستراليا في العراق، وبلغ عدد أفرادنا هناك 143 عسكرياً.", ["IQ"]),
    ("تعمل قواتنا جنبا إلى جنب مع الولايات المتحدة في سوريا بنحو 80 جندياً.", ["SY"]),
    ("ونشرنا بالشراكة مع إيطاليا 40 مدرباً في العراق.", ["IQ"]),
])
def test_the_country_worked_alongside_is_no_place(text, places):
    (claim,) = claims(text, partner="NZ")
