"""Run the extraction pipeline up to (and including) one step, for the per-step tests."""

from coalition.extraction import extract_text
from coalition.extraction.doc import Doc
from coalition.extraction.pipeline import PIPELINE, run


def doc_after(step, text: str, *, partner: str | None = None, as_of=None) -> Doc:
    steps = PIPELINE[: PIPELINE.index(step) + 1]
    return run(Doc(text=text, partner=partner, as_of=as_of), steps)


def claims(text: str, **kwargs):
    return extract_text(text, **kwargs).claims


def only_claim(text: str, **kwargs):
    found = claims(text, **kwargs)
    assert len(found) == 1, [c.evidence for c in found]
    return found[0]
