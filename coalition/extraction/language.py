"""Which of the coalition's three languages a text is written in: ``en``, ``fr`` or ``ar``.

A small rule, not a model: Arabic is told by its script, French from English by how often each language's most
common short words occur. The three languages are far enough apart that a few hundred characters decide it.
"""

from __future__ import annotations

import re

LANGUAGES = ("en", "fr", "ar")
DEFAULT_LANGUAGE = "en"

#: Only this much of a text is looked at: the opening is enough, and long documents stay cheap.
SAMPLE_CHARS = 1500
#: Share of the letters that must be Arabic script for a text to be Arabic.
ARABIC_SHARE = 0.3

_ARABIC_LETTER = re.compile(r"[\u0620-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")

#: Short words frequent in one language and rare in the other (function words, and the elided forms of French).
_FRENCH = frozenset({
    "le", "la", "les", "des", "du", "une", "et", "est", "dans", "pour", "avec", "sur", "par", "au", "aux", "ont",
    "été", "millions", "milliard", "milliards", "euros", "depuis", "ainsi", "cette", "ces", "qui", "que", "sont",
    "leur", "plus", "aussi", "pays", "contre", "française", "français", "d", "l", "qu", "à", "où",
})
_ENGLISH = frozenset({
    "the", "and", "of", "to", "is", "for", "with", "has", "have", "was", "were", "that", "this", "by", "its",
    "from", "which", "are", "been", "an", "will", "their", "since", "million", "billion", "support", "also",
})


def detect_language(text: str) -> str:
    """``"ar"``, ``"fr"`` or ``"en"`` for ``text``; ``"en"`` when the text gives too little to tell."""
    sample = text[:SAMPLE_CHARS]
    if _ARABIC_LETTER.search(sample):
        arabic = len(_ARABIC_LETTER.findall(sample))
        latin = len(_LATIN_LETTER.findall(sample))
        if arabic >= ARABIC_SHARE * (arabic + latin):
            return "ar"
    lowered = sample.lower()
    french = len(_FRENCH_WORD.findall(lowered))
    english = len(_ENGLISH_WORD.findall(lowered))
    return "fr" if french > english else DEFAULT_LANGUAGE


def _words_regex(words) -> re.Pattern[str]:
    # a word stands alone, or is the elided "d'", "l'", "qu'" of French
    alternation = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’])(?:{alternation})(?=[^\w'’]|$|['’](?=\w))")


_FRENCH_WORD = _words_regex(_FRENCH)
_ENGLISH_WORD = _words_regex(_ENGLISH)
