"""The document object that flows through the extraction pipeline.

Every pipeline step takes a :class:`Doc` and returns it (usually the same object, enriched). All positions are
character offsets into ``Doc.text``, so any span can be cut back out of the original text unchanged.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


@dataclass(slots=True)
class Block:
    """A paragraph, bullet, heading or headline tile: the unit a heading's context applies to."""

    start: int
    end: int
    kind: str = "paragraph"  # paragraph | bullet | heading | tile | caption
    heading: int | None = None  # index of the heading block above, if any


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    block: int


@dataclass(slots=True)
class Marker:
    """A keyword hit in the text: a place, a line of effort, a period phrase, a mission."""

    start: int
    end: int
    value: object


@dataclass(slots=True)
class Figure:
    """A candidate claim while the pipeline works on it."""

    kind: str  # "funding" | "personnel"
    value: float
    start: int  # the figure itself: hedge excluded, currency and scale included
    end: int
    num_start: int
    num_end: int
    sentence: int = -1
    currency: str | None = None
    currency_guessed: bool = False  # taken from context: no currency written at the figure
    currency_inferred: bool = False  # guessed from context, or a "$" or "dollars" read as the partner's own
    noun: str | None = None
    is_range: bool = False
    qualifier: str = "exact"
    hedge_start: int | None = None
    period: str | None = None
    year: int | None = None
    since: int | None = None
    span: tuple[int, int] | None = None
    places: list[str] = field(default_factory=list)
    place_source: str | None = None  # "heading" or "reference" when the places were not in the figure's block
    lines: list[str] = field(default_factory=list)
    stage: str = "unknown"
    mission: str | None = None
    parent: int | None = None  # index into Doc.figures
    restates: list[tuple[int, int]] = field(default_factory=list)  # spans of the same figure in another currency
    seg_start: int = 0  # the stretch of the sentence that belongs to this figure
    seg_end: int = 0
    sentence_end: int | None = None  # where the sentence stops counting for this figure: before a part of it
    dropped: str | None = None  # reason the figure is not a claim
    ev_start: int = 0
    ev_end: int = 0
    scopes: list[tuple[int, int]] | None = None  # filled on first use, see context.scopes
    reasons: list[str] = field(default_factory=list)  # review reasons, codes of vocab.ReviewReason
    giver: str | None = None  # whose money or people: an ISO code or an organisation's slug (see attribution)
    range_end: int | None = None  # the low end of a range of people: where the high end's figure ends


@dataclass
class Doc:
    text: str
    as_of: date | None = None
    title: str | None = None
    partner: str | None = None
    language: str = "en"
    blocks: list[Block] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    masked: list[tuple[int, int]] = field(default_factory=list)  # spans inside figures (currency names...)
    given_partner: str | None = None  # the partner the caller named: such a document never has many
    headline_partner: bool = False  # the partner was read from the title or headline ("Czechs to send ...")
    many: bool = False  # it names many partners, each figure its own giver (see attribution)
    host: str | None = None  # the country hosting the conference a many-partner document reports
    writer: str | None = None  # the state a many-partner page's writer speaks for: its "we" (round 29)
    giver_mentions: list | None = field(default=None, repr=False)  # names of givers, found on first use
    giver_roles: dict[int, str] = field(default_factory=dict, repr=False)  # what each name does where it stands
    giver_starts: list[int] = field(default_factory=list, repr=False)  # where each name starts, for bisection
    giver_spans: list[tuple[int, int]] = field(default_factory=list, repr=False)  # names that give: no places

    _sentence_starts: list[int] = field(default_factory=list, repr=False)
    _masked_starts: list[int] = field(default_factory=list, repr=False)
    _block_sentences: dict[int, list[int]] = field(default_factory=dict, repr=False)
    _hits: dict[tuple[str, int], tuple[list[int], list[Marker]]] = field(default_factory=dict, repr=False)
    _span_hits: dict[tuple[str, int, int], list[Marker]] = field(default_factory=dict, repr=False)
    _lower: str | None = field(default=None, repr=False)

    @property
    def lower(self) -> str:
        """The text lowered, with the same length and offsets, for case-blind keyword passes."""
        if self._lower is None:
            lowered = self.text.lower()  # far faster than translate; no character shrinks when lowered,
            if len(lowered) != len(self.text):  # so equal lengths mean every offset still matches
                lowered = self.text.translate(_ASCII_LOWER)
            if "\u2010" in lowered or "\u2011" in lowered:  # "de‑mining" with a non-breaking hyphen is "de-mining"
                lowered = lowered.translate(_HYPHENS)
            self._lower = lowered
        return self._lower

    def index_sentences(self) -> None:
        self._sentence_starts = [s.start for s in self.sentences]
        self._block_sentences = {}
        for i, sentence in enumerate(self.sentences):
            self._block_sentences.setdefault(sentence.block, []).append(i)

    def block_span(self, block: int) -> tuple[int, int]:
        members = self._block_sentences.get(block)
        b = self.blocks[block]
        if not members:
            return b.start, b.end
        return min(b.start, self.sentences[members[0]].start), max(b.end, self.sentences[members[-1]].end)

    def hits(self, sort: str, scanner: Callable[[Doc, int, int], list[Marker]], start: int, end: int) -> list[Marker]:
        """Keyword hits of one sort inside [start, end), scanning each sentence at most once per sort."""
        span_key = (sort, start, end)
        cached = self._span_hits.get(span_key)
        if cached is not None:
            return cached
        self._span_hits[span_key] = result = self._hits_in(sort, scanner, start, end)
        return result

    def _hits_in(self, sort: str, scanner, start: int, end: int) -> list[Marker]:
        if not self.sentences:
            return [m for m in scanner(self, start, end) if not self.is_masked(m.start, m.end)]
        first = self.sentence_at(start)
        result: list[Marker] = []
        for index in range(first, len(self.sentences)):
            sentence = self.sentences[index]
            if sentence.start >= end:
                break
            key = (sort, index)
            found = self._hits.get(key)
            if found is None:
                markers = [m for m in scanner(self, sentence.start, sentence.end) if not self.is_masked(m.start, m.end)]
                found = self._hits[key] = ([m.start for m in markers], markers)
            starts, markers = found
            lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
            result.extend(m for m in markers[lo:hi] if m.end <= end)
        return result

    def sentence_at(self, pos: int) -> int:
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        return max(i, 0)

    def add_mask(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self._masked_starts, start)
        self._masked_starts.insert(i, start)
        self.masked.insert(i, (start, end))

    def is_masked(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._masked_starts, start) - 1
        return i >= 0 and self.masked[i][1] >= end
