"""The classes of error blind round 22 found on Arabic pages (`gold/ar-w-*`: an agency's change of command, a
ministry's annual report table, a minister's pledging speech, an ambassador's letter, a spokesperson's press
conference, a development agency's project completion notice and a commemorative article with bilingual captions),
one test per class, each written before its fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims


@pytest.mark.parametrize("text", [
    "تيكا تفتتح مدرسة في الموصل\nافتتحت وكالة التعاون والتنسيق التركية (تيكا) مدرسة في الموصل بتكلفة 900 ألف دولار.",
    "أعلنت تيكا إنجاز مشروع لمياه الشرب في كركوك بقيمة 1.2 مليون دولار.",
    "TIKA completes a clinic in Kirkuk\nThe Turkish Cooperation and Coordination Agency spent USD 800,000 on the clinic "
    "in Kirkuk, Iraq.",
])
def test_a_development_agency_named_instead_of_its_country_names_the_partner(text):
    assert extract_text(text).partner == "TR"


@pytest.mark.parametrize("text", [
    "وأرسلت البرتغال 30 مدرباً إلى العراق، ضباط عراقيون من بين أكثر من 4000 ضابط وجندي درّبتهم الوحدة منذ 2015.",
    "ويخدم 30 مدرباً برتغالياً في العراق. وبلغ عدد العناصر 300 عنصر عراقي جرى تدريبهم هذا العام.",
    "ويعمل 30 مدرباً برتغالياً في العراق، إلى جانب 250 مقاتلاً تدرّبوا على تفكيك المتفجرات.",
    "Portugal has 30 trainers in Iraq; more than 4,000 officers and soldiers trained by the unit since 2015.",
])
def test_people_named_again_by_a_training_verb_after_their_noun_are_no_head_count(text):
    assert [c.value for c in claims(text, partner="PT")] == [30]
