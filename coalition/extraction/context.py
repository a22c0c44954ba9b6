"""Where to look for a figure's attributes: its scopes, nearest first.

A sentence with several figures is shared out between them: the words between two figures are cut at the last
comma, semicolon or conjunction ("and", "while", "as well as", "et", "و"), the part before the cut going to the
earlier figure; a conjunction after that comma joins words of one phrase ("bringing total humanitarian and
stabilization support to") and does not cut. A figure's scopes are then, nearest first:

1. its clause: its share of the sentence, cut further at commas, semicolons, colons, brackets and dashes (and, in a
   headline tile, at line ends);
   A comma inside a short enumeration ("in Iraq, Jordan and Lebanon") does not cut;
2. its share of the sentence;
3. the whole sentence;
4. its block (bullet or paragraph);
5. the heading above the block ("Key projects in Iraq:");
6. when that heading is a list intro ("The package includes:"), the title above it.

Each attribute step takes the first scope that says anything about its attribute.
"""

from __future__ import annotations

import re

from . import tables
from .doc import Doc, Figure

_GAP_CUT = re.compile(
    r",\s*|;\s*|\s+(?:and|while|whereas|as\s+well\s+as|but|plus|with|et|mais|tandis\s+que|ainsi\s+que|de\s+même\s+que)\s+"
    r"|\s+–\s+|\s+-\s+|\s+ainsi\s+qu['’]"
    r"|\s+(?:في\s+حين|بينما|فيما(?!\s+(?:يتعلق|يخص|يلي|بعد|بينها|بينهم))|فضلا\s+عن|فضلاً\s+عن|بالإضافة\s+إلى)\s+|\s+و"
)
#: A cut that opens a clause of contrast ("while", "في حين"): an "and" after it joins words of that clause ("في حين بلغ
#: مجموع تعهدات الدول والمنظمات المشاركة"), as one after a comma does.
_CONTRAST = re.compile(r"\s+(?:while|whereas|tandis\s+que|في\s+حين|بينما|فيما)\s+", re.IGNORECASE)
_RELATIVE = re.compile(r"(?:qui|which|who|où|where|auquel|à\s+qui)\b", re.IGNORECASE)
_PART_MARKER = re.compile(r"(?<![\w])(?:" + "|".join(tables.BREAKDOWN_MARKERS + tables.ADDITION_MARKERS)
                          + r")(?![\w])", re.IGNORECASE)
# A comma inside a short enumeration ("in Iraq, Jordan and Lebanon") does not end the clause.
# French elides its articles inside the enumeration ("de stabilisation, d’aide humanitaire et de développement").
# An Arabic preposition after the comma opens a phrase, not a next name ("، عبر وكالات الأمم المتحدة", whose "وكالات"
# opens with the letter of "and") (round 23).
_ENUMERATION = (r"(?!\s*(?:عبر|من|ف[يى]|إلى|على|خلال|ضمن|بهدف|بغية|لدعم)\s)"
                r"\s*(?:the\s+)?\w[\w'’-]*(?:\s+\w[\w'’-]*){0,2}\s*(?:,|\s+(?:and|or|et|ou)\s+|\s+و)")
# Nor does a comma before what the money is for ("..., au titre de l'aide humanitaire et de la stabilisation").
# ", en soutien à la stabilisation", ", in support of stabilisation" too.
_PURPOSE = (r"\s*(?:au\s+titre\s+d|en\s+matière\s+d|dans\s+les\s+domaines?\s+d|in\s+the\s+(?:fields?|areas?)\s+of\b"
            r"|en\s+(?:soutien|appui)\s|in\s+support\s+of\b"
            # "، ضمن برامج التنمية", "، في إطار خطة الاستجابة": what the sum is part of
            r"|ضمن\s|في\s+إطار\s)")
# Nor does a dash that opens a list of names closed by another ("dans les pays voisins – Liban, Jordanie et Irak –").
_NAME = r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)?"
_DASHED_NAMES = rf"(?:{_NAME}(?:\s*,\s*|\s+(?:et|and)\s+)){{1,8}}{_NAME}\s*[–—-]"
_CLAUSE_CUT = re.compile(rf",(?!{_ENUMERATION}|{_PURPOSE})|[;:()\[\]]|\s[–—-]\s(?!{_DASHED_NAMES})")
# Inside a paragraph a line end is only a wrapped line; a headline tile ends at its line.
_TILE_CLAUSE_CUT = re.compile(rf",(?!{_ENUMERATION}|{_PURPOSE})|[;:()\[\]\n]|\s[–—-]\s(?!{_DASHED_NAMES})")


def assign_segments(doc: Doc) -> Doc:
    """Pipeline step: attach every figure to its sentence and its share of that sentence."""
    by_sentence: dict[int, list[Figure]] = {}
    for figure in doc.figures:
        figure.sentence = doc.sentence_at(figure.start) if doc.sentences else -1
        by_sentence.setdefault(figure.sentence, []).append(figure)
    text = doc.text
    for index, figures in by_sentence.items():
        if index < 0:
            for figure in figures:
                figure.seg_start, figure.seg_end = 0, len(text)
            continue
        sentence = doc.sentences[index]
        figures.sort(key=lambda f: f.start)
        live = [f for f in figures if not f.dropped]
        ordered = live or figures
        previous_cut = sentence.start
        for i, figure in enumerate(ordered):
            figure.seg_start = min(previous_cut, figure.start)
            if i + 1 < len(ordered):
                gap_start, gap_end = figure.end, ordered[i + 1].start
                cut_start, cut_end = gap_end, gap_end
                for cut in _GAP_CUT.finditer(text, gap_start, gap_end):
                    if cut_end != gap_end and cut.group()[:1] not in ",;" and (
                            text[cut_start] in ",;" or _CONTRAST.match(text, cut_start)):
                        continue  # after a comma, "and" joins words of one phrase ("humanitarian and stabilization")
                    if cut_end != gap_end and _RELATIVE.match(text, cut.end()):
                        continue  # "..., et la Jordanie, qui en recevra 6 millions": the name goes with its clause
                    cut_start, cut_end = cut.start(), cut.end()
                figure.seg_end = max(cut_start, figure.end)
                previous_cut = cut_end
                if _PART_MARKER.search(text, gap_start, gap_end) or _CONTRAST.search(text, gap_start, gap_end):
                    # the part's words say nothing of its total, nor do those of a sum given besides it, nor those of a
                    # clause of contrast: "نحو 180 مليون دولار كندي، فيما خصصت أوتاوا ... لتدريب قوات الأمن العراقية"
                    # (round 27)
                    figure.sentence_end = figure.seg_end
            else:
                figure.seg_end = max(sentence.end, figure.end)
        in_order = {id(f) for f in ordered}
        for figure in figures:
            if id(figure) not in in_order:
                figure.seg_start, figure.seg_end = sentence.start, max(sentence.end, figure.end)
    return doc


def clause_bounds(doc: Doc, figure: Figure, *, with_restatement: bool = False) -> tuple[int, int]:
    """The figure's clause; ``with_restatement`` reads on past its restatement in brackets ("٣٧٥ مليون ريال (١٠٠
    مليون دولار) لتمويل ..."), for its attributes, not its evidence."""
    text = doc.text
    pattern = _CLAUSE_CUT
    if 0 <= figure.sentence < len(doc.sentences) and doc.blocks[doc.sentences[figure.sentence].block].kind == "tile":
        pattern = _TILE_CLAUSE_CUT
    start = figure.seg_start
    for cut in pattern.finditer(text, figure.seg_start, figure.start):
        if not _closes_list(text, cut) and not (cut.group() == "," and _APPOSITION.fullmatch(text, cut.end(),
                                                                                            figure.start)):
            start = cut.end()
    end = figure.seg_end
    after = max([figure.end] + [e for _, e in figure.restates]) if with_restatement else figure.end
    skip = 0  # a region's names in brackets are the clause's own: "au Levant (Irak, Jordanie)" (round 23)
    cut = next((c for c in pattern.finditer(text, min(after, figure.seg_end), figure.seg_end)
                if c.start() >= skip and not _closes_list(text, c) and not (
                    c.group() == "(" and (skip := _named_bracket_end(text, c.start(), figure.seg_end)))), None)
    if cut:
        end = cut.start()
    return start, end


#: A bracket that lists names and nothing else: "(Irak, Jordanie)", "(Iraq and Jordan)".
_NAMES_BRACKET = re.compile(r"\(\s*[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)?"
                            r"(?:\s*(?:,|\bet\b|\band\b)\s*[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)?)+\s*\)")


def _named_bracket_end(text: str, at: int, end: int) -> int:
    """Where a bracket of names opening at ``at`` closes, or 0 when it holds anything else."""
    m = _NAMES_BRACKET.match(text, at, end)
    return m.end() if m else 0


#: A sum that names what stands before its comma: "les prêts de l'AFD à la Jordanie, soit 620 millions d'euros", "two
#: loans, i.e. EUR 40 million": that clause is its own (round 21).
_APPOSITION = re.compile(r"\s*(?:soit|c['’]est-à-dire|i\.e\.,?|namely|that\s+is,?)\s+(?:(?:environ|près\s+de|plus\s+de|"
                         r"quelque|au\s+total|about|some|over|more\s+than|nearly|in\s+total)\s+)?", re.IGNORECASE)


#: "in Jordan, Lebanon, and Iraq": the comma before the last name of a list of names.
_LIST_BEFORE = re.compile(r"[A-Z][\w'’-]+,\s+[A-Z][\w'’-]+$")
_LAST_ITEM = re.compile(r",\s*(?:and|or|et|ou)\s+(?:the\s+)?[A-Z]")


def _closes_list(text: str, cut: re.Match) -> bool:
    return (cut.group() == "," and bool(_LAST_ITEM.match(text, cut.start()))
            and bool(_LIST_BEFORE.search(text, max(0, cut.start() - 60), cut.start())))


#: The index of the heading's scope in :func:`scopes` (when the figure's block has a heading).
HEADING_SCOPE = 4
#: No scope reaches further than this from its figure, so that a page-long "sentence" costs no more than a real one.
SCOPE_WINDOW = 400
#: How much of a heading counts.
HEADING_WINDOW = 200


def scopes(doc: Doc, figure: Figure) -> list[tuple[int, int]]:
    """The figure's scopes as (start, end) spans, nearest first (see the module docstring).

    Computed once per figure, after ``assign_segments`` has fixed its share of the sentence."""
    if figure.scopes is None:
        figure.scopes = _scopes(doc, figure)
    return figure.scopes


def _scopes(doc: Doc, figure: Figure) -> list[tuple[int, int]]:
    low, high = figure.start - SCOPE_WINDOW, figure.end + SCOPE_WINDOW
    spans = [clause_bounds(doc, figure, with_restatement=True), (figure.seg_start, figure.seg_end)]
    headings: list[tuple[int, int]] = []
    if 0 <= figure.sentence < len(doc.sentences):
        sentence = doc.sentences[figure.sentence]
        spans.append((sentence.start, figure.sentence_end or sentence.end))
        block = doc.blocks[sentence.block]
        spans.append(doc.block_span(sentence.block))
        headings = []
        above = block.heading
        while above is not None and len(headings) < 2:  # a list intro, then the title above it
            start, end = doc.block_span(above)
            if doc.text[start:end].rstrip().endswith(":"):
                # a paragraph that opens a list or table with its last sentence: "... The table below shows ...:"
                cut = doc.text.rfind(". ", start, end)
                start = start if cut < 0 else cut + 2
                # ... whose words that open the list stand last: "..., ثم اتخذ المجلس القرارات التالية بشأن المنح
                # المقدمة إلى الأردن:" (round 23)
                start = max(start, end - HEADING_WINDOW)
            headings.append((start, min(end, start + HEADING_WINDOW)))
            above = doc.blocks[above].heading
    result = [(max(start, low), min(end, high)) for start, end in spans]
    return result + headings
