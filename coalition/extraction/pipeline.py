"""The extraction pipeline: one declared list of ``Doc -> Doc`` steps, run in order.

Each step is a plain function of :class:`~coalition.extraction.doc.Doc`. To change what the extractor does, change
a step or this list; to change what it knows, change :mod:`~coalition.extraction.tables`.
"""

from __future__ import annotations

from collections.abc import Callable

from .attributes import (
    attach_lines,
    attach_mission,
    attach_places,
    classify_period,
    classify_qualifier,
    classify_stage,
)
from .attribution import attribute_givers, detect_givers, find_ranges, share_out
from .context import assign_segments
from .doc import Doc
from .evidence import build_evidence
from .figures import attach_currency, find_amounts, find_headcounts
from .links import drop_others, drop_restatements, link_breakdowns, merge_restated
from .partner import detect_partner
from .review import flag_for_review
from .segment import segment_blocks, split_sentences
from .spelling import respell_arabic

Step = Callable[[Doc], Doc]

PIPELINE: tuple[Step, ...] = (
    respell_arabic,
    segment_blocks,
    split_sentences,
    detect_partner,
    detect_givers,
    find_amounts,
    find_headcounts,
    find_ranges,
    attach_currency,
    merge_restated,
    assign_segments,
    classify_qualifier,
    classify_period,
    attach_places,
    attach_lines,
    classify_stage,
    attach_mission,
    drop_others,
    attribute_givers,
    link_breakdowns,
    drop_restatements,
    build_evidence,
    share_out,
    flag_for_review,
)


def run(doc: Doc, steps: tuple[Step, ...] = PIPELINE) -> Doc:
    for step in steps:
        doc = step(doc)
    return doc
