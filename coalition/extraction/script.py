"""Read every script's digits and marks as one: a same-length copy of the text for the pipeline to scan.

Arabic-Indic digits (٠-٩) and their Persian forms (۰-۹) become ASCII digits; the Arabic decimal and thousands marks
(٫ ٬), percent sign (٪), comma (،), semicolon (؛) and question mark (؟) become their Latin forms, and the
tatweel (ـ), which only stretches a letter, becomes a space ("لـ11 مليون" reads as "ل 11 مليون"). Vowel marks that
end a word ("نحوَ 500", "مدرباً", "عسكريٍّ") become spaces too: the tables spell words without them. Each character maps
to exactly one character, so every offset found in the copy is an offset in the original text and the evidence is
cut from the original, in its own script.
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
#: ... after the last letter of a word.
_FINAL_MARKS = re.compile(rf"(?<=[\u0621-\u064a]){VOWEL_MARKS}+(?![\u0621-\u064a])")


def normalize(text: str) -> str:
    """``text`` with Arabic digits and marks in their Latin forms; the same length as ``text``."""
    if not _ARABIC_BLOCK.search(text):
        return text  # a text without Arabic script has nothing to change, and the search is cheaper
    return _FINAL_MARKS.sub(lambda marks: " " * len(marks.group()), text.translate(_TABLE))
