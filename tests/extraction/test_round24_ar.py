"""The classes of error blind round 24 found on Arabic pages (`gold/ar-y-*`: a paper's news round-up, a ministry's
numbered FAQ, a written answer with a table by year, an embassy's thread of posts, an evaluation's planned and actual
spending, an ambassador's op-ed and a correction notice), one test per class, each written before its fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims, only_claim  # noqa: F401


@pytest.mark.parametrize("text", [
    "تصويب\nبيروت – الجمعة 7 آذار 2025\n"
    "أوضحت سفارة سويسرا أن الحكومة السويسرية خصصت 12 مليون فرنك سويسري للبنان في إطار المساعدات الإنسانية.",
    "بيان صحفي\nعمّان، 3 أيار 2024\n"
    "أعلنت السفارة أن الحكومة السويسرية قدمت 5 ملايين فرنك سويسري للاجئين في الأردن.",
    "توضيح\nبغداد - الأحد 12 تشرين الثاني 2023\n"
    "قالت سفارة سويسرا إن الحكومة السويسرية خصصت 4 ملايين فرنك سويسري لإزالة الألغام في العراق.",
])
def test_a_city_and_date_line_under_the_heading_names_where_the_paper_is_not_the_giver(text):
    assert extract_text(text).partner == "CH"
