"""Read Arabic words as the tables spell them, however the press writes them.

Arabic press often leaves the hamza off an alif ("اكثر من" for "أكثر من", "الاف" for "آلاف", "الى" for "إلى") and
Egyptian writing ends words with "ى" where the tables have "ي" ("جندى", "فى"). The tables spell each word one
way; rather than spell every pattern twice, the first step of the pipeline rewrites such variants in the scanned
copy into the spelling the tables know. Each variant has the length of its word, so offsets stay those of the
original text and the evidence keeps the writer's spelling.

The words come from the extractor's own data: every Arabic word in the tables, the other modules' constants and
patterns and their functions' literals, place names and currency names. A bare alif
only ever becomes a hamza form, and "ى" and "ي" swap only at a word's end; a word the tables spell keeps its ya, and
a variant two words share is left alone. The alif that opens a word (or follows its article) may also carry the
other hamza or one it does not take ("الأستقرار" for "الاستقرار", "أعادة" for "إعادة"), as long as that misspelling
is no word of the tables itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import product
from types import CodeType, FunctionType, ModuleType

from .doc import Doc
from .keywords import nested_alternation
from .script import VOWEL_MARKS, normalize

_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
#: A letter and the vowel marks written over or under letters ("مدرباً"): both belong to a word.
_LETTER = r"[\u0621-\u064a\u064b-\u0652]"
_MARKS_RE = re.compile(VOWEL_MARKS)
_LETTERS = re.compile(r"[\u0621-\u064a]+")
#: The letters a writer may leave bare: the hamza forms of alif, and "ي"/"ى" at the end of a word.
_BARE_ALIF = {"أ": "ا", "إ": "ا", "آ": "ا"}
_FINAL_YA = {"ي": "ى", "ى": "ي"}

#: Endings a stem the tables spell may carry: "إنساني" in "الانسانية", "عسكري" in "العسكريين".
_ENDINGS = r"ة|ات|ون|ين|ية|يات|يون|يين|ها|هم|ه|ا"


def _variants(word: str) -> Iterator[str]:
    """Every way of writing ``word`` with some of its hamzas left off and its final ya in the other form."""
    choices = [(letter, _BARE_ALIF[letter]) if letter in _BARE_ALIF else (letter,) for letter in word[:-1]]
    last = word[-1]
    choices.append((last, _BARE_ALIF.get(last) or _FINAL_YA.get(last) or last))
    for letters in product(*choices):
        variant = "".join(letters)
        if variant != word:
            yield variant


#: The alif that opens a word, in every form a writer may give it.
_OPENING_ALIFS = ("ا", "أ", "إ")
#: Words in their own right that such a misspelling would make: "الأعمار" (ages) is no "الإعمار" (reconstruction).
_REAL_WORDS = frozenset({"أعمار", "الأعمار"})


def _opening_swaps(word: str) -> Iterator[str]:
    """``word`` with the hamza of its opening alif (or of the alif after its article) swapped or added."""
    at = 2 if word.startswith("ال") and len(word) > 3 else 0
    if word[at] in _OPENING_ALIFS:
        for alif in _OPENING_ALIFS:
            if alif != word[at]:
                yield word[:at] + alif + word[at + 1:]


def _strings(value, seen: set[int]) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, re.Pattern):
        yield value.pattern
    elif isinstance(getattr(value, "__wrapped__", value), FunctionType):  # also under an lru_cache
        yield from _strings(getattr(value, "__wrapped__", value).__code__, seen)
    elif isinstance(value, CodeType):  # the literals of a function's body ("(?:آلاف|ألف)\s+و")
        yield from _strings(value.co_consts, seen)
    elif isinstance(value, dict) and id(value) not in seen:
        seen.add(id(value))
        for key, item in value.items():
            yield from _strings(key, seen)
            yield from _strings(item, seen)
    elif isinstance(value, (tuple, list, set, frozenset)) and id(value) not in seen:
        seen.add(id(value))
        for item in value:
            yield from _strings(item, seen)


def _modules() -> tuple[ModuleType, ...]:
    from . import attributes, attribution, context, figures, givers, links, partner, places, segment, tables

    return tables, places, figures, attributes, attribution, context, givers, links, partner, segment


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    from .currencies import currency_lexicon
    from .places import place_table

    seen: set[int] = set()
    texts = [text for module in _modules() for value in vars(module).values() for text in _strings(value, seen)]
    texts += list(place_table()) + list(currency_lexicon())
    return frozenset(word for text in texts for word in _LETTERS.findall(text) if len(word) >= 2)


@lru_cache(maxsize=1)
def respellings() -> dict[str, str]:
    """Each variant spelling to the most marked known word nearest to it: "امريكى" to "أمريكي" where the tables
    spell both "امريكي" and "أمريكي". A variant two words are equally near ("ان": "أن", "إن") is left alone, and a
    word the tables spell themselves only takes a hamza ("الى" to "إلى"), never the other ya ("حوالي", "حوالى")."""
    known = _known_words()
    candidates: dict[str, set[str]] = {}
    for word in known:
        for variant in _variants(word):
            if variant not in known or variant[-1] == word[-1]:
                candidates.setdefault(variant, set()).add(word)
        for variant in _opening_swaps(word):
            if variant not in known and variant not in _REAL_WORDS:
                candidates.setdefault(variant, set()).add(word)
    table = {}
    for variant, words in candidates.items():
        marked = [word for word in words if not candidates.get(word, set()) & words]
        nearest = min(_distance(word, variant) for word in marked)
        chosen = [word for word in marked if _distance(word, variant) == nearest]
        if len(chosen) == 1:
            table[variant] = chosen[0]
    return table


def _distance(word: str, variant: str) -> int:
    return sum(a != b for a, b in zip(word, variant))


@lru_cache(maxsize=1)
def _variant_regex() -> re.Pattern[str]:
    # the glued letters are tried shortest first, so "الاف" is a word of its own before it is "ال" + "اف"
    return re.compile(
        rf"(?=[\u0621-\u064a])(?<!{_LETTER})(?P<glued>[وف]??[بلك]??(?:ال)??|[وف]??لل)"
        rf"(?P<word>{nested_alternation(respellings())})(?P<tail>(?:{_ENDINGS})??{VOWEL_MARKS}*)(?!{_LETTER})"
    )


def _is_known(token: str) -> bool:
    """``token`` is a word the tables spell, maybe with an ending ("واحدا" is "واحد", not "و" + "احدا")."""
    known = _known_words()
    return token in known or any(token.endswith(end) and token[:-len(end)] in known for end in _ENDINGS.split("|"))


def _respell_word(match: re.Match[str]) -> str:
    glued, tail = match.group("glued"), match.group("tail")
    if (glued or tail) and _is_known(_MARKS_RE.sub("", match.group())):
        return match.group()
    return glued + respellings()[match.group("word")] + tail


def respell(text: str) -> str:
    """``text`` with every Arabic variant spelling the tables know in their spelling; the same length."""
    if not _ARABIC_LETTER.search(text):
        return text
    return _variant_regex().sub(_respell_word, text)


def respell_arabic(doc: Doc) -> Doc:
    """The first step: the scanned copy and the title in the tables' spelling (see the module's docstring)."""
    doc.text = respell(doc.text)
    if doc.title:
        doc.title = respell(normalize(doc.title))
    return doc
