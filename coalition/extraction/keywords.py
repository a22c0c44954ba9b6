"""Compile a table of keyword patterns into one fast regular expression.

Python's regex engine tries the alternatives of a group one after the other at every position. With a hundred
keywords that is slow, so :func:`keyword_regex` nests the alternatives under their first character
("d(?:emining|evelopment...)|s(?:tabili...)"): at a word start the engine tries one branch, not a hundred. Each
keyword gets a group ``k<i>``; :meth:`KeywordRegex.value` maps a match back to the value given for it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

_PLAIN_FIRST = re.compile(r"[^\W_]")


@dataclass(frozen=True)
class KeywordRegex:
    pattern: re.Pattern[str]
    values: tuple

    def value(self, match: re.Match):
        return self.values[int(match.lastgroup[1:])]

    def finditer(self, text: str, start: int, end: int):
        return self.pattern.finditer(text, start, end)


def _split_first(pattern: str) -> tuple[str, str] | None:
    """"demining" -> ("d", "emining"); None when the first character is not a plain letter or digit."""
    body = pattern.removeprefix(r"\b")
    if body[:1] and _PLAIN_FIRST.fullmatch(body[0]) and body[1:2] not in ("?", "*", "{", "+"):
        return body[0], body[1:]
    return None


def keyword_regex(items, *, before: str = r"(?<![\w-])", after: str = r"(?![\w])", flags: int = 0) -> KeywordRegex:
    """One regex for ``items``, pairs of (pattern, value); earlier items win over later ones at the same spot
    only when they are longer, so list longer phrases of a first letter before shorter ones."""
    groups: dict[str, list[str]] = defaultdict(list)
    rest: list[str] = []
    values = []
    for index, (pattern, value) in enumerate(items):
        values.append(value)
        split = _split_first(pattern)
        if split is None:
            rest.append(f"(?P<k{index}>{pattern})")
        else:
            first, tail = split
            groups[first].append(f"(?P<k{index}>{tail})")
    branches = [f"{re.escape(first)}(?:{'|'.join(alternatives)})" for first, alternatives in groups.items()]
    initials = "".join(sorted({re.escape(first) for first in groups}))
    if rest:
        gate = ""
    else:
        gate = f"(?=[{initials}])"
    # The named groups sit inside the branches, so a match's group name says which keyword it was.
    body = "|".join(branches + rest)
    return KeywordRegex(re.compile(f"{gate}{before}(?:{body}){after}", flags), tuple(values))


#: A group of more alternatives than this under one first character is nested once more, under its second: the
#: Arabic names and demonyms behind "ال", "لل", "وال" are hundreds under a few letters.
NEST_AGAIN = 24


def nested_alternation(literals, *, depth: int = 3) -> str:
    """A non-capturing alternation of literal strings, nested under their first character, longest first.

    ``["USD", "US$", "EUR"]`` -> ``(?:U(?:SD|S\\$)|E(?:UR))``; a literal of one character stays whole. A large group
    is nested again under its next character (``depth`` levels at most); the longest match still wins, as the
    branches under one character exclude each other."""
    groups: dict[str, list[str]] = defaultdict(list)
    for literal in sorted(set(literals), key=len, reverse=True):
        groups[literal[0]].append(literal[1:])
    branches = []
    for first, tails in groups.items():
        rest = [tail for tail in tails if tail]
        alternatives = [re.escape(tail) for tail in rest]
        optional = len(rest) < len(tails)
        if len(rest) > NEST_AGAIN and depth > 1:
            branches.append(re.escape(first) + nested_alternation(rest, depth=depth - 1) + ("?" if optional else ""))
        elif alternatives:
            inner = f"(?:{'|'.join(alternatives)})" + ("?" if optional else "")
            branches.append(re.escape(first) + inner)
        else:
            branches.append(re.escape(first))
    return "(?:" + "|".join(branches) + ")"


def phrase(literal: str) -> str:
    """A literal phrase whose words may stand apart by any whitespace: a vowel mark read as a space ("ماِ يقرب من"
    reads as "ما  يقرب من"), a line break in a PDF."""
    return r"\s+".join(re.escape(word) for word in literal.split())
