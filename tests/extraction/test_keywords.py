"""The nested alternation that every name and number-word pattern is built from: nesting is for speed only, so the
pattern must match exactly what a flat, longest-first alternation of the same literals matches."""

import re

from hypothesis import given
from hypothesis import strategies as st

from coalition.extraction.keywords import NEST_AGAIN, nested_alternation

# few letters, so that literals share long beginnings and groups grow past NEST_AGAIN
_LITERALS = st.lists(st.text(alphabetic := "ablو", min_size=1, max_size=6), min_size=1, max_size=80)


def _flat(literals) -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(re.escape(x) for x in sorted(set(literals), key=len, reverse=True)) + ")")


@given(_LITERALS, st.text(alphabetic, max_size=12))
def test_the_nested_alternation_matches_what_the_flat_one_matches(literals, text):
    nested = re.compile(nested_alternation(literals))
    assert [m.span() for m in nested.finditer(text)] == [m.span() for m in _flat(literals).finditer(text)]


def test_a_large_group_is_nested_under_its_next_letters():
    names = [f"ال{chr(0x0628 + i)}{chr(0x0628 + j)}" for i in range(8) for j in range(8)]
    assert len(names) > NEST_AGAIN
    pattern = nested_alternation(names)
    assert pattern.startswith("(?:ا(?:ل(?:")  # "ا", then "ل", then the third letter
    assert all(re.fullmatch(pattern, name) for name in names)
