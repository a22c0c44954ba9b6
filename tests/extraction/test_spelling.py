"""Arabic as the press writes it: alifs without their hamza ("اكثر من", "الاف", "الى"), a final "ى" for "ي"
("جندى", "فى") and vowel marks on some words ("نحوَ", "عسكريٍّ") read as the tables spell them, and the evidence keeps
the writer's spelling."""

import re
import zlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coalition.extraction import extract_text
from coalition.extraction.spelling import respell
from coalition.reading import read_document

from .helpers import only_claim

GOLD = Path(__file__).with_name("gold")

_BARE_ALIFS = str.maketrans("أإآ", "ااا")


def _without_hamza(text: str) -> str:
    return text.translate(_BARE_ALIFS)


def _with_final_alif_maqsura(text: str) -> str:
    return re.sub(r"ي(?![\u0621-\u064a])", "ى", text)


_MARKS = "\u064e\u064f\u0650\u0652\u064b\u064c\u064d"  # fatha, damma, kasra, sukun and the three tanweens


def _with_vowel_marks(text: str) -> str:
    """One word in ten ends with a vowel mark, as a writer adds them where a word could be misread."""
    def mark(word: re.Match) -> str:
        h = zlib.crc32(word.group().encode())
        return word.group() + _MARKS[h % len(_MARKS)] if h % 10 == 0 else word.group()
    return re.sub(r"[\u0621-\u064a]{2,}", mark, text)


@pytest.mark.parametrize(("written", "read"), [
    ("اكثر من", "أكثر من"),
    ("الاف", "آلاف"),
    ("والاف", "وآلاف"),
    ("الى", "إلى"),
    ("جندى", "جندي"),
    ("فى العراق", "في العراق"),
    ("المساعدات الانسانية", "المساعدات الإنسانية"),  # a stem of the tables with its ending
    ("دولار امريكى", "دولار أمريكي"),  # the most marked of the forms the tables spell
    ("للاردن", "للأردن"),
    ("الاحد", "الأحد"),  # a word only a function's own pattern spells
])
def test_variants_are_read_in_the_tables_spelling(written, read):
    assert respell(written) == read


@pytest.mark.parametrize("text", [
    "ان",  # "أن" or "إن": two words, left as written
    "قدمت أكثر من",  # already as the tables spell it
    "بحوالي",  # the tables spell "حوالي" and "حوالى": a known word never takes the other ya
    "واحداً",  # "واحد" with an ending, not "و" glued to "احدا"
    "Norway gave USD 5 million",
])
def test_what_is_not_a_known_variant_is_left_alone(text):
    assert respell(text) == text


@given(st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF) | st.sampled_from(" .,1")))
def test_respelling_keeps_the_length_so_offsets_stay_those_of_the_text(text):
    assert len(respell(text)) == len(text)


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("قدمت الدنمارك اكثر من 5 ملايين دولار امريكى للمساعدات الانسانية فى العراق.", 5_000_000, "at_least"),
    ("وتنشر النرويج ما يصل الى 60 جندى فى الاردن.", 60, "at_most"),
    ("وتعهدت السويد بتقديم 3 الاف جندي اضافي.", 3_000, "exact"),
])
def test_claims_read_from_variant_spellings(text, value, qualifier):
    claim = only_claim(text)
    assert (claim.value, claim.qualifier) == (value, qualifier)
    assert claim.evidence in text


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("وتنشر النرويج نحوَ 60 جنديًّا في الأردن.", 60, "approximate"),
    ("وقدمت النرويج ماِ يقرب من 5 ملايين دولارٍ للعراق.", 5_000_000, "approximate"),
    ("وتنشر النرويج أكثرَ من 120 عسكريٍّ في العراق.", 120, "at_least"),
])
def test_vowel_marks_at_a_words_end_do_not_hide_it(text, value, qualifier):
    claim = only_claim(text)
    assert (claim.value, claim.qualifier) == (value, qualifier)
    assert claim.evidence in text


def test_the_evidence_keeps_the_writers_spelling():
    text = "قدمت الدنمارك اكثر من 5 ملايين دولار امريكى الى العراق."
    claim = only_claim(text)
    assert claim.evidence in text
    assert "اكثر" in claim.evidence or "امريكى" in claim.evidence
    assert claim.places == ["IQ"]


def _arabic_gold_texts():
    if not GOLD.is_dir():
        return []
    pages = sorted(p for p in GOLD.glob("ar-*") if p.suffix in (".txt", ".html"))
    return [pytest.param(p, id=p.name) for p in pages]


def _fields(extraction, fold):
    """The claims' fields, the evidence as the fold writes it, without vowel marks: the fold marks whole words, and
    the evidence may start inside one ("ما يصل" of "بما يصل") or end before a word's mark."""
    return sorted((
        (c.kind, c.value, c.currency, c.qualifier, c.period, c.year, c.since, tuple(c.places), tuple(c.lines),
         re.sub(f"[{_MARKS}]+", "", fold(c.evidence)))
        for c in extraction.claims
    ), key=repr)  # two claims alike up to a field that one leaves empty (a year against none) still sort


@pytest.mark.parametrize("fold", [_without_hamza, _with_final_alif_maqsura,
                                  lambda text: _with_final_alif_maqsura(_without_hamza(text)), _with_vowel_marks],
                         ids=["no-hamza", "final-alif-maqsura", "both", "vowel-marks"])
@pytest.mark.parametrize("path", _arabic_gold_texts())
def test_every_arabic_gold_page_reads_the_same_in_the_spellings_of_the_press(path, fold):
    read = read_document(path.read_bytes(), path.name)
    as_written = extract_text(read.text, title=read.title or None)
    as_folded = extract_text(fold(read.text), title=fold(read.title) if read.title else None)
    assert as_folded.partner == as_written.partner
    assert _fields(as_folded, lambda e: e) == _fields(as_written, fold)
