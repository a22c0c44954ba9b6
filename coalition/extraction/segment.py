"""Pipeline steps 1 and 2: cut the text into blocks (bullets, paragraphs, headings, headline tiles) and sentences.

A block ends at a blank line, at a bullet, or after a short line; a long line that does not end a sentence runs
on into the next one (the text layer of a PDF wraps sentences across lines), unless the next is far longer or the
line is a Title Case headline. A heading is a line ending with a colon, or a short title-like line followed by a
bullet or by a paragraph of prose; title-like means no digits, no closing punctuation or dash, and no comma, colon,
@ or slash. A short paragraph under a list intro whose list writes no bullet sign is an item (a PDF draws its
bullets). A headline tile is a short figure line ("110 troops") together with the caption line under it
("committed to helping train Iraqi forces").

Sentences end at ``.``, ``!`` or ``?`` (``؟`` reaches here as ``?``) followed by a space and a capital, digit,
quote or Arabic letter, except after the abbreviations of :data:`tables.ABBREVIATIONS` ("mill.", "approx.",
"e.g.", "Mr.").
"""

from __future__ import annotations

import re

from . import tables
from .attributes import CELL_MARK
from .doc import Block, Doc, Sentence

_BULLET = re.compile(rf"[ \t]*(?:[{re.escape(tables.BULLET_CHARS)}][ \t]+|\d{{1,2}}[.)][ \t]+"
                     # "(1) UNICEF: ...", "(a)", "(iv)", "b) food assistance ..."
                     r"|\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)[ \t]+|[a-z]\)[ \t]+)")
_TERMINAL = re.compile(r"[.!?:;”\"'’)]\s*$")
_FIGURE_LINE = re.compile(
    # ... and in French or Arabic: "jusqu'à 1 000", "environ 150", "أكثر من 450 مليون ريال قطري" (round 23)
    r"^\s*(?:[~≈]|up to|over|more than|around|about|some|approx\.?|nearly|close to"
    r"|jusqu['’]à|environ|plus de|près de|quelque|au moins|moins de"
    r"|أكثر\s+من|نحو|حوال[يى]|قرابة|ما\s+يزيد\s+على|ما\s+يقارب)?\s*"
    r"(?:[$€£¥]|[A-Z]{3}\s?)?\s?\d[\d,.]*\s?(?:[a-zA-Z%+.]+)?(?:\s+\S+){0,3}\s*$",
    re.IGNORECASE,
)
#: ... also in Arabic, which has no lower case: "قيمة المساعدات الإنسانية منذ عام 2011" under "2.1 مليار دولار" (round 23)
_CAPTION_LINE = re.compile(r"^\s*(?:[a-z][^.!?]*|[\u0621-\u064a][^.!?:]*)$")

#: A line shorter than this that does not end with punctuation still ends its block, unless the next line goes on in
#: lower case and the line is at least ``WRAPPED_MIN_CHARS`` long: a release sent as e-mail is wrapped at 60 to 70
#: characters, so its lines may break at 59 ("Since 2014, the UK has trained over 120,000 security forces" /
#: "through Operation SHADER and contributed over £500 million in").
RUN_ON_MIN_CHARS = 60
WRAPPED_MIN_CHARS = 40
#: Tiles and headings are short lines.
SHORT_LINE_WORDS = 8
#: Dated lines skipped between a title and its prose.
DATELINES_SKIPPED = 3
_DATED = re.compile(r"(?:19|20)\d\d|[١٢][٠-٩]{3}")
#: A line whose only digits are one year, and no closing punctuation: "Projects in 2023", "مشاريع ٢٠٢٣ في العراق".
_YEAR_LINE = re.compile(tables.YEAR_LINE)
_YEAR_ONLY = re.compile(r"[^\d.!?;:]*(?<!\d)(?:19|20)\d\d(?!\d)[^\d.!?;:]*")
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: A chronology's year, alone on its line with a dash after it, heads the events under it: "2014 —" (round 23).
_MONTH_WORD = re.compile(rf"(?<![^\W\d_])(?:{tables.MONTHS}|{tables.MONTHS_FR}|{tables.MONTHS_AR})(?![^\W\d_])",
                         re.IGNORECASE)
_TRAILING_BRACKET = re.compile(r"\s*\([^()\d]*\)$")
#: An agency's dateline without a date: "الدوحة – قنا", "Madrid (AFP)".
AGENCY_LINE_WORDS = 4
_AGENCY = re.compile(r"\s[–—-]\s*[^\W\d_]{2,5}\s*$|\([A-Z]{2,5}\)|/\s*[^\W\d_]{2,5}\s*/")
#: A paragraph at most this long under a list intro is one of its items, with or without a bullet sign.
LIST_ITEM_WORDS = 70
#: A paragraph this long under a short title-like line makes that line a heading.
PROSE_WORDS = 8
#: A section's number before its heading's words; the span of years a heading may end with (not a dateline's date).
_NUMBERED_HEADING = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?\s+(?P<words>[A-ZÀ-Ý][^\d]*?)")
_SPAN_END = re.compile(r"\s(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d$")
#: A byline with its day under a headline: "Par Rania Haddad, Beyrouth, le 3 février 2026 à 11h40", "Publié le 3
#: février 2026 à 11h40, mis à jour à 14h05" (round 20).
_BYLINE = re.compile(r"\W*(?:par|by|publié|published|posted|mis\s+à\s+jour|updated)\b", re.IGNORECASE)
#: A newspaper's rubric line, its section and place in capitals: "RÉGION | FLORENNES", "MONDE – IRAK" (round 27).
_RUBRIC = re.compile(r"[ \t]*[A-ZÀ-Ý][A-ZÀ-Ý' -]{2,30}[ \t]*[|–—/][ \t]*[A-ZÀ-Ý][A-ZÀ-Ý' -]{2,30}[ \t]*")
#: A byline of names alone, which heads no section: "Par Julien Marchal", "By Jane Smith" (round 27).
_NAMES_BYLINE = re.compile(r"(?:Par|By)\s+(?:[A-ZÀ-Ý][\w'’.-]*(?:\s+|$)){1,4}")
#: An ordinal in a headline is no figure: "Les aviateurs du 2e Wing repartent", "the 3rd Battalion returns" (round 27).
_ORDINAL = re.compile(r"(?<![\w,.])\d{1,3}(?:e|er|re|ère|ème|es|st|nd|rd|th)(?![\w])")
#: An aircraft's or a drone's model, whose digits are no figure in a title: "Quatre F-16 grecs rejoignent la Jordanie",
#: "Deux C-130 portugais", "an A400M", "MQ-9 drones" (round 31).
_MODEL = re.compile(r"(?<![\w-])[A-Z]{1,3}-?\d{1,4}[A-Z]{0,2}s?(?![\w-])")
BYLINE_WORDS = 16
#: A table's caption is at most this long; it ends with no full stop.
TABLE_CAPTION_WORDS = 25
_SENTENCE_STOP = re.compile(r"[.!?;]\s*$")

# Sentence ends: the punctuation, then whitespace, then something that can open a sentence.
# A capital of any Latin script, a French guillemet, or any Arabic letter (Arabic has no capitals) may open one.
# An encyclopedia's footnote markers may follow the stop: "over 12,000 fighters.[19][citation needed] The F-16s".
# French opens a quotation with "«" and a space: "... de la Syrie. « Depuis 2015, le Maroc a consacré" (round 26).
_SENTENCE_END = re.compile(r"""[.!?]+["”’)»]*(?:\[(?:\d{1,3}|citation needed)\])*"""
                           r"""(?=\s+(?:["“‘(]|«[ \u00a0\u202f]?)?[A-ZÀ-ÖØ-Þ0-9•\u0621-\u064a])""")
_WORD_BEFORE = re.compile(r"([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ.]*)$")
_ARABIC_NEXT = re.compile(r"\s+[\u0621-\u064a]")


#: Columns of a plain-text table lined up with spaces, as a PDF's text layer or a parliamentary answer prints them.
_COLUMN_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
#: ... a number, maybe with a footnote's mark: "200 (1)", "200*" (round 22).
_NUMBER_CELL = re.compile(r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
                          # ... or written the French way: "25,0", "1 250,5" (round 23)
                          r"|\d+,\d{1,2}|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2})?)"
                          r"(?: ?\(\d{1,2}\)|\*{1,3}|[¹²³])?")


#: A row's end: a wide gap, then a number cell.
_ONE_NUMBER_ROW = re.compile(rf"\S {{3,}}(?:{_NUMBER_CELL.pattern})$")
_YEAR_CELL = re.compile(r"(?:19|20)\d\d")
#: A budget table's last column may give the change, signed or in per cent: "-9.0", "+5.1", "+12,0 %", "13.6%"
#: (round 26).
_CHANGE_CELL = re.compile(r"[+−–-]\s?\d[\d.,]*(?:\s?%)?|\d[\d.,]*\s?%")


def _cells(line: str) -> list[str]:
    return _COLUMN_GAP.split(line.strip())




def _is_number_row(cells: list[str]) -> bool:
    numbers = cells[1:]
    while len(numbers) > 1 and _CHANGE_CELL.fullmatch(numbers[-1]):
        numbers = numbers[:-1]  # the change from one column to the next is no amount, but it is a cell of the row
    return len(numbers) >= 2 and all(_NUMBER_CELL.fullmatch(cell) for cell in numbers)


def _is_year_row(cells: list[str]) -> bool:
    """A header with a column per year ("Recipient and channel   2024   2025") (round 22)."""
    return all(_YEAR_CELL.fullmatch(cell) for cell in cells[1:])


def mark_spaced_tables(text: str) -> str:
    """Rows of a label and two or more bare numbers under a header line with as many columns ("Year   Syria and
    the region   Iraq" over "2021   24,600,000   3,100,000") are a table: their gaps become cell marks of the same
    length, so the rows read as the cells of an HTML table do (each number under its column's header)."""
    if "   " not in text:
        return text
    lines = text.split("\n")
    i = 1
    while i < len(lines):
        width = len(_cells(lines[i])) if "   " in lines[i] else 0
        if not width or not _is_number_row(_cells(lines[i])) or _is_year_row(_cells(lines[i])):
            i += 1
            continue
        header = _cells(lines[i - 1])
        bottom = i
        while bottom + 1 < len(lines) and len(_cells(lines[bottom + 1])) == width and _is_number_row(
                _cells(lines[bottom + 1])):
            bottom += 1
        if len(header) == width and (not _is_number_row(header) or _is_year_row(header)):
            for j in range(i - 1, bottom + 1):
                lines[j] = _COLUMN_GAP.sub(lambda gap: CELL_MARK + " " * (len(gap.group(0)) - len(CELL_MARK)),
                                           lines[j])
        i = bottom + 1
    return "\n".join(lines)


def segment_blocks(doc: Doc) -> Doc:
    """Split ``doc.text`` into blocks and mark headings and headline tiles."""
    marked = mark_spaced_tables(doc.text)
    if marked != doc.text:
        doc.text, doc._lower = marked, None
    text = doc.text
    blocks: list[Block] = []
    current: Block | None = None
    previous_line = ""
    # a title that is only the page's first line (what ``ingest`` falls back to) confirms nothing
    first_line = next((line for line in text.split("\n") if line.strip()), "")
    title = doc.title if doc.title and " ".join(doc.title.split()) != " ".join(first_line.split()) else None
    next_start = 0
    for line in text.split("\n"):
        start, end = next_start, next_start + len(line)
        next_start = end + 1
        stripped = line.strip()
        if not stripped:
            current = None
            previous_line = ""
            continue
        is_bullet = bool(_BULLET.match(line))
        runs_on = (
            current is not None
            and not is_bullet
            and not _is_list_intro(stripped)
            and (len(previous_line) >= RUN_ON_MIN_CHARS
                 or len(previous_line) >= WRAPPED_MIN_CHARS and stripped[:1].islower())
            and not (_TERMINAL.search(previous_line) and not _GOES_ON.search(previous_line + "\n" + stripped[:1]))
            and not _ended_short(previous_line, stripped)
            and not (current.start == blocks[0].start and (_is_title_case(previous_line) or _headline_over_story(
                previous_line, stripped)))
            and not (len(blocks) <= HEAD_BLOCKS and (_standfirst_under_headline(previous_line, stripped)
                                                     or _is_own_title(previous_line, title)))
            and not (current.kind == "bullet" and _ends_item(previous_line, stripped))
            # the line under a table's last row is none of its rows (round 22)
            and not (CELL_MARK in previous_line and CELL_MARK not in stripped)
            # ... nor does a row of one label and one number set apart by a wide gap, however long (round 31):
            # "Stabilisation in Iraq (UNDP FFS)                             110"
            and not _ONE_NUMBER_ROW.search(previous_line)
            # a table typed with tabs has a row per line (round 26)
            and not (_TABBED_CELLS.search(previous_line) or _TABBED_CELLS.search(stripped))
            # ... and a total row under a long row with bars is a row of its own: "2026 | 63.0 | WFP, UNHCR, ..." over
            # "Total | 182.4" (round 28)
            and not (_BARRED_CELLS.search(previous_line) and _BARRED_TOTAL.match(stripped))
            # a headline figure set apart from its label by a wide gap is a line of its own (round 27)
            and not _KEY_FIGURE_LINE.match(stripped)
            and not (_KEY_FIGURE_LINE.match(previous_line) and not line[:1].isspace())
            # a date line under a long headline ("Friday, 30 August 2013") is no wrapped end of it
            # (a line that opens in lower case with no month is the wrapped end: "pour l'Irak et la Syrie depuis 2015"
            # under a key figure (round 27))
            and not (_is_dateline(stripped) and not _TERMINAL.search(stripped) and not _OPEN_END.search(previous_line)
                     and not (stripped[:1].islower() and not _MONTH_WORD.search(stripped)))
            # nor does the story run on from a long byline above it
            and not (_BYLINE.match(previous_line) and _is_dateline(previous_line.strip()))
        )
        tail = _tail_intro(line) if (not runs_on and current is not None and not is_bullet
                                     and len(previous_line) >= RUN_ON_MIN_CHARS
                                     and not _TERMINAL.search(previous_line)) else None
        if runs_on:
            current.end = end
        elif tail is not None:  # "between 2014 and 2021. Recent projects include:": the sentence's end runs on
            current.end = start + tail
            current = Block(start=end - len(line[tail:].lstrip()), end=end, kind="paragraph")
            blocks.append(current)
        else:
            lead = len(line) - len(line.lstrip())
            current = Block(start=start + lead, end=end, kind="bullet" if is_bullet else "paragraph")
            blocks.append(current)
        previous_line = stripped
    _mark_headings_and_tiles(text, blocks, title)
    doc.blocks = blocks
    return doc


#: A cell of a row typed with bars: "2024 | 58.0 | WFP".
_BARRED_CELLS = re.compile(r"\S[ \t]+\|[ \t]+\S")
_BARRED_TOTAL = re.compile(r"(?:total|grand\s+total|sum|المجموع|الإجمالي)\b[^|\n]{0,30}\|", re.IGNORECASE)

#: A headline figure, then a wide gap, then its label, as a PDF's key-figures box sets them: "1,000+     SAF personnel
#: deployed since 2014", "S$4.6m     humanitarian assistance to Iraq and Syria" (round 27).
_KEY_FIGURE_LINE = re.compile(r"(?:[A-Z]{0,3}[$€£]\s?)?\d[\d,.]*\s?(?:[mbk]n?|million|billion)?\+?[ ]{3,}[^\W\d_]")
#: Two cells of a row typed with tabs: "Irak – FFS du PNUD\t30,0" (round 26).
_TABBED_CELLS = re.compile(r"\S[ ]*\t[ \t]*\S")
#: A closing bracket or quote ends no sentence when the next line goes on in lower case: "Programme (2016-2018)"
#: then "complements and builds upon ...".
_GOES_ON = re.compile(r"[)”\"'’]\s*\n[a-zà-ÿ]$")
#: A wrapped line is about as long as the next; one this many times shorter than the next ended where it stands.
WRAP_RATIO = 1.5


def _is_title_case(line: str) -> bool:
    """"Canada Allocates Over $28 Million to Support IDPs in Iraq, Syria": a headline, whose every longer word opens
    with a capital, is no wrapped sentence."""
    long_words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) >= 4]
    return len(long_words) >= 3 and all(w[0].isupper() for w in long_words)


def _headline_over_story(previous_line: str, line: str) -> bool:
    """"Crise en Syrie et en Irak : le Canada annonce 90 M$ d'aide" above "Le Canada annonce ce mercredi ...": a
    sentence-case headline (or an Arabic one) ends where it stands when the line under it opens a sentence with a
    capital (or an Arabic letter) and closes it, and the headline breaks off on no preposition or article."""
    opens = line[:1].isupper() or "\u0621" <= line[:1] <= "\u064a"  # Arabic has no capitals
    return opens and bool(_TERMINAL.search(line)) and not _OPEN_END.search(previous_line)


#: How many opening blocks may hold a headline with its standfirst under it, and how long a headline is at most (a
#: longer line with a capital after it is prose a PDF wrapped: "... l'appel humanitaire des Nations" / "Unies ...").
HEAD_BLOCKS = 3
HEADLINE_WORDS = 16
_QUOTE_MARKS = ("«", "“", '"')
_DIGIT = re.compile(r"\d")


def _standfirst_under_headline(previous_line: str, line: str) -> bool:
    """"Ireland pledges at least €27 million for the Syria crisis in 2025" above "Irish humanitarian support to
    Syrians since 2012 now exceeds €230 million": at the top of a page, a line with a figure that breaks off on no
    open word, then a capitalised line with a figure of its own, are a headline and its standfirst, two statements
    (round 20)."""
    return (line[:1].isupper() and bool(_DIGIT.search(previous_line)) and bool(_DIGIT.search(line))
            and not _OPEN_END.search(previous_line) and _words(previous_line) <= HEADLINE_WORDS)


def _is_own_title(body: str, title: str | None) -> bool:
    """Whether a line opens with the document's title (its PDF, DOCX or HTML title), or the title with the line. A
    title that quotes someone ("Tribune – « Ne laissons pas l'Irak ... »") says what they said, not where money goes."""
    if not title or _words(title) < 3 or any(mark in title for mark in _QUOTE_MARKS):
        return False
    # both with their spaces collapsed: a vowel mark reads as a space in the scanned copy ("يرحبَ بمساهمة") (round 29)
    title, body = " ".join(title.split()), " ".join(body.split())
    return body.startswith(title) or title.startswith(body)


def _ended_short(previous_line: str, line: str) -> bool:
    """A title on one line above a long paragraph ("La France débloque 15 millions d'euros" then the story) was not
    wrapped: the next line's first word would have fitted on it. Proportional fonts vary lines' lengths, hence the
    ratio."""
    first_word = line.split(maxsplit=1)[0]
    return len(line) > WRAP_RATIO * (len(previous_line) + 1 + len(first_word))


#: Words a wrapped line cannot end on: the line after them goes on with the same phrase. Also a verb still waiting
#: for its amount: "whose combined contributions exceed" then "US$1.6 billion; ..." (round 19).
_OPEN_END = re.compile(r"(?:[,(–-]|\b(?:from|in|of|to|the|and|or|for|a|an|with|by|on|at|de|du|des|la|le|les|et|ou|en|à|"
                       r"pour|dans|sur|au|aux|d['’]|l['’]|is|are|was|were|exceeds?|exceeded|reach(?:es|ed)?|worth"
                       r"|amounting|totall?ing))\s*$", re.IGNORECASE)


def _ends_item(item_line: str, line: str) -> bool:
    """A PDF's list item ends before a line that opens with a capital and closes a sentence of its own, unless the
    item's line breaks off after a preposition, an article or a comma ("liberated from\nISIS in Iraq.")."""
    return line[:1].isupper() and bool(_TERMINAL.search(line)) and not _OPEN_END.search(item_line)


def _tail_intro(line: str) -> int | None:
    """Where a list intro starts on a wrapped line that first ends the sentence above ("between 2014 and 2021.
    Recent projects include:"): after that sentence's stop, or None."""
    stripped = line.strip()
    if not (_is_list_intro(stripped) and stripped[:1].islower()):
        return None
    stop = _SENTENCE_END.search(line)
    return stop.end() if stop else None


def _is_list_intro(line: str) -> bool:
    """"Syria:", "IN LEBANON:", "في العراق:": a short line ending with a colon starts a block of its own, even
    after a long unpunctuated line (a PDF's list item, or an HTML list item)."""
    return line.endswith(":") and _words(line) <= SHORT_LINE_WORDS


def _is_list_item(text: str, body: str, heading: Block) -> bool:
    """A short paragraph, no quotation, right under a short list intro ("Key stabilisation activities in Iraq:")."""
    intro = text[heading.start: heading.end].strip()
    return (intro.endswith(":") and _words(intro) <= SHORT_LINE_WORDS and _words(body) <= LIST_ITEM_WORDS
            and body[:1] not in "\"“«'‘")


def _words(s: str) -> int:
    return len(s.split())


def _mark_headings_and_tiles(text: str, blocks: list[Block], title: str | None = None) -> None:
    heading: int | None = None
    written: set[int] = set()  # list intros whose items carry a bullet sign of their own
    drawn: set[int] = set()  # items read as such without one
    dated: set[int] = set()  # headings named for a year, which cover their list only
    for i, block in enumerate(blocks):
        body = text[block.start : block.end].strip()
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if (block.kind == "bullet" and _NUMBERED_HEADING.match(body) and _is_table_head(text, blocks, i)
                and not _SENTENCE_STOP.search(body)):
            # a numbered section's title right above a table's header row is the table's caption, no list item:
            # "2. Syrie : tableau de suivi de l'aide humanitaire (en millions d'euros)" (round 23)
            block.kind = "paragraph"
        if block.kind == "paragraph" and i and _is_key_figure_label(text, body, blocks[i - 1]):
            # a key figure's label right under its tile, though longer than a short line or ending with its year:
            # "لدعم اللاجئين السوريين في الأردن ولبنان عام ٢٠٢٢" under "٤٦ مليون دولار" (round 23)
            block.kind = "caption"
        if block.kind == "paragraph":
            # the page's own title, however long, where the page opens: "Crisis Management Force Iraq: seventeenth
            # rotation begins with a smaller contingent" under its PDF title (round 20)
            own_title = i < HEAD_BLOCKS and _is_own_title(body, title)
            # ... and a press release's headline right above its date line: "Change of command of the Portuguese
            # training contingent in Iraq" over "Lisbon, 9 October 2026" (round 22)
            # ... also with the issuer's line between them: "Federal Ministry for Economic Cooperation and
            # Development (BMZ) and KfW Development Bank" (round 22)
            under_title = following
            line_under = text[following.start : following.end] if following is not None else ""
            if (line_under and i + 2 < len(blocks) and not _is_dateline(line_under) and not _TERMINAL.search(line_under)
                    and not _DIGIT.search(line_under) and _words(line_under) <= HEADLINE_WORDS):
                under_title = blocks[i + 2]
            over_dateline = (_words(body) <= HEADLINE_WORDS and under_title is not None
                             and _is_dateline(text[under_title.start : under_title.end])
                             and not _BYLINE.match(text, under_title.start)) and (
                i < HEAD_BLOCKS
                # ... also an item's headline further down a page of news in brief, right over the item's date with
                # its month: "Humanitarian aid to Ukraine for 2028 approved" over "6 March 2028" (round 31)
                or under_title is following and _MONTH_WORD.search(text, following.start, following.end) is not None)
            # (not over its byline: "Par la rédaction, mardi ...")
            short = _words(body) <= SHORT_LINE_WORDS or own_title or over_dateline or (
                # ... or a newspaper's headline under its rubric: "RÉGION | FLORENNES", then "Les aviateurs du 2e Wing
                # repartent pour la Jordanie" (round 27)
                0 < i < HEAD_BLOCKS and _words(body) <= HEADLINE_WORDS
                and _RUBRIC.fullmatch(text, blocks[i - 1].start, blocks[i - 1].end) is not None)
            # a section named for its year right above its list ("مشاريع ٢٠٢٣ في العراق", "Projects in Iraq in 2023"):
            # a heading, though it holds digits; a date with a month or a comma stays a dateline
            dated_section = (short and following is not None and following.kind == "bullet"
                             and _YEAR_ONLY.fullmatch(body) is not None and not _MONTH_WORD.search(body))
            following = _after_datelines(text, blocks, i + 1)
            # a heading may end with a bracket ("IRAK (Ninive et Kirkouk)"), and a section's heading with its year
            # ("Nos bailleurs en 2021" over prose); a year's line right above bullets is their list's intro
            core = _TRAILING_BRACKET.sub("", body)
            if following is not None and following.kind != "bullet":
                core = _SPAN_END.sub("", _YEAR_HEADING_END.sub("", core))
                # a numbered section's heading, with the span of years it may end with: "2 Répartition du crédit
                # 2027-2030" (round 20)
                numbered = _NUMBERED_HEADING.fullmatch(core)
                core = numbered.group("words") if numbered else core
            else:
                numbered = None
            # the page's own title may hold its year, no other number: "Appel à projets 2027 : cohésion sociale au
            # Liban" (round 23)
            # ... and so may a release's headline over its dateline: "Air Task Force deploys to Jordan for the 2028
            # rotation" over "Kleine-Brogel, 3 April 2028" (round 31)
            digits = _MODEL.sub("", _ORDINAL.sub("", _A_YEAR.sub("", core) if own_title or over_dateline else core))
            title_like = (short and not re.search(r"\d", digits) and not _TERMINAL.search(core)
                          and (body[:1].isalpha() or numbered is not None) and not core[:1].islower()
                          and not _NAMES_BYLINE.fullmatch(body))
            # the page's own title heads the page even over a section's heading: "Live: Albanian parliament debates
            # Iraq training mission" over its byline and "Key points" (round 21)
            prose_follows = following is not None and (
                own_title
                or following.kind == "bullet"
                or following.kind == "paragraph" and _words(text[following.start : following.end]) >= PROSE_WORDS
                or _is_list_intro(text[following.start : following.end].strip())
                or CELL_MARK in text[following.start : following.end]  # a table's header row
                # ... or the table's unit in brackets above it: "(en milliers de dollars US)" (round 22)
                or text.startswith("(", following.start) and _unit_above_table(text, blocks, following)
            )
            # a colon inside a title ("Stabilisation in Iraq: overview of funding") is no list intro
            plain = not any(mark in body for mark in (",", "@", "/")) and not body.endswith(("–", "—", "-"))
            # a date line with a page's tools after it ("Xinhua, April 14, 2015 Adjust font size:") is no list intro
            # a chronology heads its events with a line that is only their year: "٢٠١٤ —", "2016:" (round 23)
            year_line = following is not None and _YEAR_LINE.fullmatch(body) is not None
            dated_tools = (body.endswith(":") and _is_dateline(body) and _MONTH_WORD.search(body) is not None
                           and (following is None or following.kind != "bullet"))
            # a table's caption too long for a title, right above its header row and rows ("Tableau 2 – Aide
            # humanitaire du Luxembourg en faveur de la Syrie (en millions d'euros)"): the heading of its rows (round 20)
            table_caption = (SHORT_LINE_WORDS < _words(body) <= TABLE_CAPTION_WORDS and _is_table_head(text, blocks, i)
                             and CELL_MARK not in body and not _SENTENCE_STOP.search(body)) or (
                # ... or over rows of a label, a colon and a sum, its unit in brackets: "Compte d'exploitation 2025
                # (extrait, en CHF)" over "Contributions publiques suisses (DDC et SEM) : 1 830 000" (round 21)
                _words(body) <= TABLE_CAPTION_WORDS and _UNIT_CAPTION.search(body) is not None
                and _is_colon_table(text, blocks, i)) or (
                # ... or over a list, its unit in Arabic brackets: "الإنفاق المخطط مقابل الفعلي في العراق 2019–2022
                # (بملايين الكرونات السويدية)" over "• صندوق تمويل الاستقرار: المخطط 200 – الفعلي 195" (round 24)
                _words(body) <= TABLE_CAPTION_WORDS and _UNIT_CAPTION_AR.search(body) is not None
                and following is not None and following.kind == "bullet")
            if body.endswith(":") and not dated_tools or year_line or table_caption or (
                    title_like and prose_follows and plain and (
                        numbered is not None or own_title or _SPAN_END.search(body) or not _is_dateline(body)
                        # a headline that names a year but no month, over its item's date, is no date itself
                        or over_dateline and not _MONTH_WORD.search(body))) or (
                    dated_section and plain and body[:1].isalpha()):
                block.kind = "heading"
                if body.endswith(":") and heading is not None and blocks[i - 1].kind == "bullet" and text[
                        blocks[heading].start: blocks[heading].end].strip().endswith(":"):
                    heading = blocks[heading].heading  # "In Syria:" after "In Iraq:" and its list: a sibling
                if year_line and heading is not None and _YEAR_LINE.fullmatch(
                        text[blocks[heading].start: blocks[heading].end].strip()):
                    heading = blocks[heading].heading  # "2018 —" after "2016:" and its events: a sibling
                # a list intro under its title, and a table's header row right under its section's heading
                under = body.endswith(":") or year_line or CELL_MARK in body and heading == i - 1
                block.heading = heading if under else _year_section(text, blocks, heading)
                if not under and block.heading is None:
                    block.heading = _intro_above(text, blocks, i, heading)
                if block.heading is None and over_dateline and heading == i - 1 and (
                        " | " in text[blocks[heading].start: blocks[heading].end]):
                    # a headline keeps the rubric right above it: "Belgian Defence | News" (round 31)
                    block.heading = heading
                heading = i
                if dated_section and not title_like:
                    dated.add(i)
                continue
            if short and _FIGURE_LINE.match(body) and re.search(r"\d", body):
                block.kind = "tile"
            elif short and _CAPTION_LINE.match(body) or i and _is_key_figure_label(text, body, blocks[i - 1]):
                block.kind = "caption"
        if (block.kind == "bullet" and _CAPITALS_SECTION.fullmatch(body) and following is not None
                and not _CAPITALS_SECTION.fullmatch(text[following.start: following.end].strip())) or (
                # ... or in sentence case over a paragraph of prose, as reports write them: "2. Exécution financière"
                # (round 24)
                _is_numbered_section(text, block, body, following)):
            # a numbered section's heading in capitals over its prose ("2. BUDGET ENVELOPE"), as calls for proposals
            # and newsletters write them, under the page's title (round 23)
            block.kind = "heading"
            parent = heading
            while parent is not None and (_CAPITALS_SECTION.fullmatch(section := text[blocks[parent].start:
                                                                                      blocks[parent].end].strip())
                                          or _NUMBERED_HEADING.fullmatch(section)):
                parent = blocks[parent].heading
            block.heading = parent
            heading = i
            continue
        if block.kind == "bullet" and heading is not None and i not in drawn:
            written.add(heading)
        if (block.kind == "paragraph" and heading is not None and heading not in written
                and _is_list_item(text, body, blocks[heading])):
            # a PDF draws its bullets: a short paragraph under "Key projects in Iraq:" whose list writes none is an item
            block.kind = "bullet"
            drawn.add(i)
        if (block.kind == "paragraph" and i and blocks[i - 1].kind == "bullet" and i - 1 not in drawn
                and (_words(body) > SHORT_LINE_WORDS * 3 or heading in dated)):
            heading = None  # prose after a heading's bullet list starts something new
        block.heading = heading
    for i, block in enumerate(blocks):
        # a caption line above a tile that has none under it heads it, as Arabic section titles have no colon:
        # "الصومال – بعثة الاتحاد الأوروبي للتدريب" over "150 مدرباً في مقديشو."
        if (block.kind == "tile" and i and blocks[i - 1].kind == "caption" and not (i > 1 and blocks[i - 2].kind == "tile")
                and not (i + 1 < len(blocks) and blocks[i + 1].kind == "caption")):
            blocks[i - 1].heading, block.heading = block.heading, i - 1


def _is_numbered_section(text: str, block: Block, body: str, following: Block | None) -> bool:
    """Whether a short numbered line in sentence case with no digit or stop of its own ("3. Résultats") heads the
    paragraph of prose under it, rather than being the first item of a list."""
    numbered = _NUMBERED_HEADING.fullmatch(body) if block.kind == "bullet" else None
    return bool(numbered and following is not None and following.kind == "paragraph"
                and _words(body) <= SHORT_LINE_WORDS and not re.search(r"\d", numbered.group("words"))
                and not _TERMINAL.search(body)
                and _words(text[following.start: following.end]) >= PROSE_WORDS)


#: A "key figures" box gives each figure a label line of its own, longer than a tile's caption: "USD 58 million" over
#: "of humanitarian aid to displaced families in Iraq through KSrelief, 2014-2025" (round 23).
KEY_FIGURE_LABEL_WORDS = 30
_BARE_FIGURE = re.compile(r"\s*(?:[$€£¥]|[A-Z]{3}\s?)?\d[\d,.]*\s*")
_LABEL_LINE = re.compile(r"^\s*[^\W\d_][^.!?:]*$")


def _is_key_figure_label(text: str, body: str, above: Block) -> bool:
    """A label of at most :data:`KEY_FIGURE_LABEL_WORDS` words, no sentence of its own, right under a figure's tile
    ("militaires français déployés au Levant (Irak, Jordanie) en juin 2026" under "600"); under a bare number ("12")
    it may open with a capital ("Saudi staff officers serving with ...")."""
    if above.kind != "tile" or _words(body) > KEY_FIGURE_LABEL_WORDS:
        return False
    return bool(_CAPTION_LINE.match(body)) or (_LABEL_LINE.match(body) is not None
                                               and _BARE_FIGURE.fullmatch(text, above.start, above.end) is not None)


_YEAR_HEADING_END = re.compile(tables.YEAR_HEADING_END, re.IGNORECASE)
#: A numbered section heading in capitals: "1. PURPOSE", "2. BUDGET ENVELOPE", "4) PREVIOUS SUPPORT".
_CAPITALS_SECTION = re.compile(r"\d{1,2}[.)]\s+[A-Z][A-Z&'’ -]{2,60}")
#: ... unless it says when the page came out: "Published in 2021", "Mis à jour en 2022".
_PUBLISHED = re.compile(r"publi|mis\s+à\s+jour|updated|posted|issued|released|diffusé", re.IGNORECASE)


#: A line that is only a table's unit in brackets: "(en milliers de dollars US)", "(in EUR thousand)".
_UNIT_ONLY = re.compile(r"\((?:[^()\n]{0,30}?[\s,])?(?:en|in)\s[^()\n]{1,50}\)\s*:?")


def _unit_above_table(text: str, blocks: list[Block], line: Block) -> bool:
    """Whether ``line`` is only a table's unit in brackets, right above the table's header row."""
    if _UNIT_ONLY.fullmatch(text[line.start : line.end].strip()) is None:
        return False
    after = next((b for b in blocks if b.start >= line.end), None)
    return after is not None and CELL_MARK in text[after.start : after.end]
#: A caption's unit in closing brackets: "(en euros)", "(extrait, en CHF)", "(in EUR million)".
_UNIT_CAPTION = re.compile(r"\((?:[^()\n]{0,30}?[\s,])?(?:en|in)\s[^()\n]{1,50}\)\s*:?\s*$", re.IGNORECASE)
_UNIT_CAPTION_AR = re.compile(r"\(\s*ب(?:ال)?(?:ملايين|آلاف|مليارات|مليون|ألف|مليار|دولار|يورو|دينار|دنانير|درهم|دراهم"
                              r"|ريال|كرون|فرنك|جنيه)[^()\n]{0,40}\)\s*:?\s*$")
#: A row of such a table: "2021 : 2 150 000 (4 projets)"; its header names the columns: "Année : montant".
_COLON_ROW = re.compile(r"[^\n:]{1,80}?\s*:\s*(?P<num>\d[\d \u00a0\u202f'’.,]*)(?:\s*\([^()\n]{1,40}\))?\s*\.?")
_COLON_HEADER = re.compile(r"[^\d\n:]{1,40}:[^\d\n:]{1,60}")


def _is_colon_table(text: str, blocks: list[Block], i: int) -> bool:
    """Whether the blocks right below block ``i`` are rows of a label, a colon and a number, maybe under a header."""
    rows = [text[b.start: b.end].strip() for b in blocks[i + 1: i + 3]]
    if rows and _COLON_HEADER.fullmatch(rows[0]):
        rows = rows[1:]
    return bool(rows) and _COLON_ROW.fullmatch(rows[0]) is not None


def _is_table_head(text: str, blocks: list[Block], i: int) -> bool:
    """Whether the blocks right below block ``i`` are a table: a header row over at least one row of cells."""
    rows = blocks[i + 1: i + 3]
    # ... its cells joined by " | ", or typed with tabs (round 26)
    return len(rows) == 2 and (all(CELL_MARK in text[row.start: row.end] for row in rows)
                               or all(_TABBED_CELLS.search(text, row.start, row.end) for row in rows))


def _intro_above(text: str, blocks: list[Block], i: int, heading: int | None) -> int | None:
    """The list intro a country's heading sits under ("ويتوزع هذا المبلغ في عام 2025 على النحو الآتي:", then "في العراق"
    and its bullets, then "في سوريا" and its own): the intro right above it, or the one above its sibling."""
    if heading is None:
        return None
    if heading == i - 1:
        return heading if text[blocks[heading].start: blocks[heading].end].strip().endswith(":") else None
    intro = blocks[heading].heading
    if blocks[i - 1].kind == "bullet" and intro is not None and intro == _intro_above(text, blocks, heading, intro):
        return intro
    return None


def _year_section(text: str, blocks: list[Block], heading: int | None) -> int | None:
    """The heading with a year ("Nos bailleurs en 2021") that a heading below it ("IRAK", then "SYRIE") belongs to."""
    for above in (heading, blocks[heading].heading if heading is not None else None):
        if above is not None and _YEAR_HEADING_END.search(text[blocks[above].start: blocks[above].end].strip()):
            return above
    return None


def _after_datelines(text: str, blocks: list[Block], index: int) -> Block | None:
    """The first block from ``index`` that is not a short dated line ("Wellington, 5 September 2019",
    "Published: 12 July 2022") or an agency's dateline ("الدوحة – قنا"): a title stays a heading over the prose
    below its dateline."""
    for block in blocks[index : index + DATELINES_SKIPPED + 1]:
        if not _is_dateline(text[block.start : block.end]):
            return block
    return None


def _is_dateline(body: str) -> bool:
    # the bars of a page's metadata line are no words: "Press release | Date: 26/08/2014 | Last updated: 28/08/2014"
    words = sum(1 for word in body.split() if word not in ("|", "-", "–", "—", "•"))
    return bool(words <= SHORT_LINE_WORDS and _DATED.search(body)
                and not (_YEAR_HEADING_END.search(body) and not _PUBLISHED.search(body))
                or _words(body) <= AGENCY_LINE_WORDS and _AGENCY.search(body)
                or words <= BYLINE_WORDS and _BYLINE.match(body) and _DATED.search(body) and _MONTH_WORD.search(body))


#: A wire story's credit in its dateline: "BERLIN (Pakistan Point News / Sputnik - 12th January, 2022)", "Madrid (AFP)
#: –", "WASHINGTON, March 3 (Reuters) -". Its dateline is a sentence of its own, like an Arabic agency's; the credit
#: is masked: the agency's country and the day of the wire are no place, year or giver.
_WIRE_CREDIT = re.compile(
    r"(?:[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+){0,3}|(?P<titled>[A-Z][a-zé]+(?:\s+[A-Z][a-zé]+){0,2}))"
    # the credit names an agency, with a capital: "Syrie (nord-est) – Fonds de stabilisation" is a row's label (round 26)
    r"(?:,\s*[^()\n]{1,40}?)?\s*\((?P<credit>(?=[^()\n]*[A-Z])[^()\n]{2,80})\)"
    r"(?(titled)\s*[-–—]|(?:\s*[-–—]|\s+(?=[A-Z])))"
)


def split_sentences(doc: Doc) -> Doc:
    """Split each block into sentences; a tile and its caption form one sentence. A wire story's credit in its
    dateline is masked."""
    text = doc.text
    sentences: list[Sentence] = []
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.kind == "tile" and i + 1 < len(blocks) and blocks[i + 1].kind == "caption":
            sentences.append(Sentence(block.start, blocks[i + 1].end, i))
            i += 2
            continue
        _split_block(text, block, i, sentences)
        i += 1
    doc.sentences = sentences
    doc.index_sentences()
    for block in blocks:
        if credit := _WIRE_CREDIT.match(text, block.start, block.end):
            doc.add_mask(credit.start("credit"), credit.end("credit"))
    return doc


#: An Arabic agency's dateline opening a paragraph ("الكويت في 14 فبراير 2018 /قنا/", "الرياض 12 مارس (واس) -"): a
#: sentence of its own, so that its place and year are none of the figures after it.
_AGENCY_DATELINE = re.compile(r"[\u0621-\u064a][^\n/()\d]{0,20}\d{1,2}[^\n/()]{0,25}?"
                              r"(?:/\s*[\u0621-\u064a]{2,5}\s*/|\([\u0621-\u064a]{2,5}\))(?:\s*[-–—]+)?")


#: A line that opens with a figure: "AED 1.5 billion for ...", "USD 15 million to ...", "25 medical staff at ...".
_OPENS_WITH_FIGURE = re.compile(r"[ \t]*(?:[$€£]|[A-Z]{2,3}\$?[ \t]?(?=\d)|\d)")


def _figure_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of a block of key figures, each opening with its figure and none ending a sentence: each is a
    sentence of its own, whose year or places are none of the next line's (round 28). Empty for any other block."""
    lines, at = [], start
    while at < end:
        line_end = text.find("\n", at, end)
        line_end = end if line_end == -1 else line_end
        lines.append((at, line_end))
        at = line_end + 1
    if len(lines) < 2 or not all(_is_key_figure_line(text[a:b]) for a, b in lines):
        return []
    return lines


_WORD = re.compile(r"[^\W\d_]+")
#: How many words a key figure's line has besides its figure: it says on the same line what the figure is.
KEY_FIGURE_WORDS = 4


def _is_key_figure_line(line: str) -> bool:
    """"25 medical staff at a field hospital in Jordan"; not a table's row ("2020 | 25 | ..."), a tile's figure over its
    caption ("600" then "militaires ...") nor a sentence's end."""
    return (_OPENS_WITH_FIGURE.match(line) is not None and "|" not in line and "\t" not in line
            and not line.rstrip().endswith((".", ",", ";")) and len(_WORD.findall(line)) >= KEY_FIGURE_WORDS)


def _split_block(text: str, block: Block, index: int, out: list[Sentence]) -> None:
    start = block.start
    bullet = _BULLET.match(text, block.start, block.end)
    if bullet:
        start = bullet.end()
    if "\n" in text[start:block.end] and (lines := _figure_lines(text, start, block.end)):
        out.extend(Sentence(a, b, index) for a, b in lines if b > a)
        return
    dateline = _AGENCY_DATELINE.match(text, start, block.end) or _WIRE_CREDIT.match(text, start, block.end)
    if dateline and dateline.end() < block.end:
        out.append(Sentence(start, dateline.end(), index))
        start = dateline.end()
        while start < block.end and text[start].isspace():
            start += 1
    for match in _SENTENCE_END.finditer(text, start, block.end):
        before = _WORD_BEFORE.search(text, max(start, match.start() - 12), match.start())
        if before and before.group(1).lower().rstrip(".") in tables.ABBREVIATIONS:
            continue
        if match.group(0) == ".." and _ARABIC_NEXT.match(text, match.end()):
            continue  # Arabic press pauses with two dots: "لمبادرة نادية مراد.. بهدف تطوير مشروع"
        end = match.end()
        if end > start:
            out.append(Sentence(start, end, index))
        start = end
        while start < block.end and text[start].isspace():
            start += 1
    if start < block.end:
        out.append(Sentence(start, block.end, index))
