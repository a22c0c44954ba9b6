"""Pipeline step: the reasons a reviewer should look twice at a claim (codes of :class:`coalition.vocab.ReviewReason`).

They are the places where the extractor decided something the text did not say outright: a currency inferred
from the partner or the context, a place taken from a heading or from an earlier sentence, money with no period,
or a sentence that holds another figure (whose words may have been given to the wrong one).
"""

from __future__ import annotations

from collections import Counter

from .doc import Doc

CURRENCY_INFERRED = "currency_inferred"
PLACE_FROM_HEADING = "place_from_heading"
PLACE_FROM_REFERENCE = "place_from_reference"
NO_PERIOD = "no_period"
SHARED_SENTENCE = "shared_sentence"

#: Every code this step gives, in the order a reviewer reads them.
REASONS = (CURRENCY_INFERRED, PLACE_FROM_HEADING, PLACE_FROM_REFERENCE, NO_PERIOD, SHARED_SENTENCE)
_PLACE_SOURCES = {"heading": PLACE_FROM_HEADING, "reference": PLACE_FROM_REFERENCE}


def flag_for_review(doc: Doc) -> Doc:
    live = [f for f in doc.figures if not f.dropped]
    per_sentence = Counter(f.sentence for f in live)
    for figure in live:
        reasons = []
        if figure.kind == "funding" and figure.currency_inferred:
            reasons.append(CURRENCY_INFERRED)
        if figure.places and figure.place_source in _PLACE_SOURCES:
            reasons.append(_PLACE_SOURCES[figure.place_source])
        if figure.kind == "funding" and figure.period is None:
            reasons.append(NO_PERIOD)
        if figure.sentence >= 0 and per_sentence[figure.sentence] > 1:
            reasons.append(SHARED_SENTENCE)
        figure.reasons = reasons
    return doc
