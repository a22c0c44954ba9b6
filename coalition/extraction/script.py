"""Read every script's digits and marks as one: a same-length copy of the text for the pipeline to scan.

Arabic-Indic digits (٠-٩) and their Persian forms (۰-۹) become ASCII digits; the Arabic decimal and thousands marks
(٫ ٬), percent sign (٪), comma (،), semicolon (؛) and question mark (؟) become their Latin forms, and the
tatweel (ـ), which only stretches a letter, becomes a space ("لـ11 مليون" reads as "ل 11 مليون"). Vowel marks that
end a word ("نحوَ 500", "مدرباً", "عسكريٍّ") become spaces too: the tables spell words without them. A word with
vowels inside it ("مليونَي", "عُماني", "مدنيَّين") is written with its letters closed up and a space for each mark
at its end: the word keeps its start and its length, so only offsets inside it move, and the evidence, which ends
at a word's end in the copy, is carried to the word's end in the original (``word_end``). A shadda alone is closed
up too ("مدرّباً" reads as "مدربا"), except in Amman ("عمّان"), which it tells from Oman. The Gulf wires' decimals,
written fraction first ("5ر23"), are put in order ("23.5"). Every other character maps to exactly one character, so
every offset found in the copy is an offset in the original text and the evidence is cut from the original, in its
own script. An encyclopedia's footnote call glued to a word or a number ("٦٠٠[٣] عسكري", "45 million[12]") reads
as spaces: it stands between nothing (round 25).
"""

from __future__ import annotations

import re

_TABLE = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬٪،؛؟ـ",
    "01234567890123456789.,%,;? ",
)


_ARABIC_BLOCK = re.compile(r"[\u0600-\u06ff]")
#: Arabic vowel marks, fathatan to sukun.
VOWEL_MARKS = r"[\u064b-\u0652]"
_MARK = re.compile(VOWEL_MARKS)
_MARKS = re.compile(rf"{VOWEL_MARKS}+")
_LETTER = re.compile(r"[\u0621-\u064a]")
_WORD_CHAR = re.compile(r"[\u0621-\u064a\u064b-\u0652]")
_WORD = re.compile(r"[\u0621-\u064a\u064b-\u0652]+")
_SHADDA = "\u0651"
#: The one word whose shadda tells it from another: Amman ("عمّان"), not Oman ("عمان"). A shadda in any other word
#: ("مدرّباً", "درّب") is closed up like a vowel: the tables spell words without it.
_KEEPS_SHADDA = "عمّان"


def _marks_read(text: str) -> str:
    """The marks after a word's last letter as spaces, and the words with a vowel inside them ("مليونَي") closed up:
    their letters first, a space for each mark after; a shadda alone too, but in Amman ("عمّان", not Oman). Marks
    are rare, so one scan finds them and their neighbours are looked at."""
    parts, done = [], 0
    for marks in _MARKS.finditer(text):
        at, after = marks.start(), marks.end()
        if at < done or not _LETTER.match(text, at - 1):
            continue  # inside a word already closed up, or marks with no letter before them
        if not _LETTER.match(text, after):
            parts += [text[done:at], " " * (after - at)]  # the marks that end a word ("مدرباً")
            done = after
            continue
        start = at
        while start > 0 and _WORD_CHAR.match(text, start - 1):
            start -= 1
        word = _WORD.match(text, start).group()
        if not marks.group().strip(_SHADDA) and _KEEPS_SHADDA in word:
            continue  # Amman, not Oman
        letters = _MARK.sub("", word)
        parts += [text[done:start], letters, " " * (len(word) - len(letters))]
        done = start + len(word)
    return "".join(parts) + text[done:] if parts else text


#: The decimal the Gulf's wire copy writes with "ر", its fraction first: "5ر317 مليون" is 317.5 million, "(الدولار
#: يساوي 63ر3 ريال)" 3.63. Read as the number it is, in as many characters.
_REVERSED_DECIMAL = re.compile(r"(?<![\w.,])(\d+)ر(\d+)(?![\w.,])")


#: A footnote's call glued to the word or number before it: "[3]", "[١٢]"; never a bracket that opens a line or a
#: year in brackets.
_FOOTNOTE_CALL = re.compile(r"(?<=[^\s\[])\[\d{1,3}\]")


def _blank(match: re.Match) -> str:
    return " " * len(match.group())


def normalize(text: str) -> str:
    """``text`` with Arabic digits and marks in their Latin forms; the same length as ``text``."""
    if "[" in text:
        text = _FOOTNOTE_CALL.sub(_blank, text)
    if not _ARABIC_BLOCK.search(text):
        return text  # a text without Arabic script has nothing to change, and the search is cheaper
    text = _REVERSED_DECIMAL.sub(r"\2.\1", text.translate(_TABLE))
    return _marks_read(text)


def word_end(text: str, end: int) -> int:
    """``end`` carried past the letters of the word it falls inside in ``text``, the original: a word whose inner
    vowel marks the copy closed up ends earlier in the copy than in the original."""
    if not _MARK.search(text, max(0, end - 40), end):
        return end  # most evidence has no vowel marks near its end
    start = end
    while start > 0 and _WORD_CHAR.match(text, start - 1):
        start -= 1
    if not _MARK.search(text, start, end):
        return end  # the word has no marks before ``end``: the copy cut it where the original is cut
    while end < len(text) and _WORD_CHAR.match(text, end):
        end += 1
    return end
