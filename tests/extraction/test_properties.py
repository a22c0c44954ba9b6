"""Property: any text at all goes through without an exception, and every evidence is cut from the text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coalition.extraction import extract_text

FRAGMENTS = st.sampled_from([
    "USD", "7", "million", "mill.", " ", "\n", "•", "up to", "approx.", "between", "and", "$", "€", "45m", "2.3bn",
    "troops", "personnel", "since 2014", "annually", "in 2018", ",", ".", "(", ")", "DKK", "of which", "Iraq",
    "Norway's contribution", "five", "staff officers", "trained", "Iraqi", "1,500,000", "euros", ":", "–", "%",
    # French
    "1,2", "milliard", "d'euros", "M€", "Md€", "10\u00a0000", "3\u202f500", "militaires", "près de", "jusqu'à",
    "une trentaine de", "formateurs", "par an", "depuis 2014", "en Irak", "au Liban", "Contribution de la France",
    "«", "»", "É",
    # Arabic
    "١٠٠", "٢٫٥", "٢٬٥٠٠", "٣,٥", "مليون", "ملايين", "مليوني", "مليار", "ألف", "آلاف", "دولار", "يورو", "دينار",
    "حوالي", "نحو", "أكثر من", "يصل إلى", "على الأقل", "جندي", "مدرباً", "عسكري", "في العراق", "للعراق",
    "سنوياً", "منذ عام ٢٠١٤", "في عام ٢٠١٨", "،", "؛", "؟", "٪", "ً", "خمسين", "مساهمة دولة الكويت",
])
ARABIC_AND_FRENCH = st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF) | st.sampled_from(
    "àâçéèêëîïôûùüÿœÉÀ0123456789 .,:\n\u00a0\u202f€$"))
TEXTS = st.one_of(st.text(), ARABIC_AND_FRENCH, st.lists(FRAGMENTS, max_size=60).map(" ".join), st.lists(FRAGMENTS, max_size=60).map("".join))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(TEXTS)
def test_never_raises_and_evidence_is_a_substring(text):
    extraction = extract_text(text)
    for claim in extraction.claims:
        assert text[claim.start : claim.end] == claim.evidence
        assert claim.evidence
        assert claim.kind in ("funding", "personnel")
        assert claim.value > 0
    extraction.to_schema_dict()
