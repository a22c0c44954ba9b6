"""Pipeline step: cut each claim's evidence out of the text.

The evidence runs from the hedge (or the figure) to the end of the figure's clause, when that clause ends within
:data:`MAX_TAIL` characters, and covers a restatement in a second currency. It is always ``text[start:end]``.
"""

from __future__ import annotations

import re

from .context import clause_bounds
from .doc import Doc

#: The longest stretch after the figure that the evidence takes along ("annually in the last 5 years").
MAX_TAIL = 100
_TRIM = " \t\n,;:–—-"
_SPACES = re.compile(r" {2,}")
#: A cell of a row lined up with spaces or tabs: the gap before the figure on its line.
_CELL_GAP = re.compile(r"\S(?: {2,}|\t)[ \t]*$")


def build_evidence(doc: Doc) -> Doc:
    text = doc.text
    for figure in doc.figures:
        start = figure.hedge_start if figure.hedge_start is not None else figure.start
        end = figure.end
        for _, restated_end in figure.restates:
            end = max(end, restated_end)
        _, clause_end = clause_bounds(doc, figure)
        # measured as written: a vowel mark the scanned copy reads as a space does not lengthen it (round 22)
        if end < clause_end and len(_SPACES.sub(" ", text[end:clause_end])) <= MAX_TAIL:
            end = clause_end
        line_start, line_end = text.rfind("\n", 0, figure.start) + 1, text.find("\n", figure.end)
        if line_end != -1 and end > line_end and _CELL_GAP.search(text, line_start, figure.start):
            end = line_end  # a table's row ends with its line, not in the next row's label (round 32)
        while end > figure.end and text[end - 1] in _TRIM + ".":
            end -= 1
        while start < figure.start and text[start] in _TRIM:
            start += 1
        figure.ev_start, figure.ev_end = start, end
    return doc
