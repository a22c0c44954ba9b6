"""Turn a partner's factsheet text into structured, sourced claims.

The public entry point is :func:`extract_text`; it runs the declared :data:`~.pipeline.PIPELINE` of small steps
over a :class:`~.doc.Doc` and returns an :class:`Extraction`, whose :meth:`~Extraction.to_schema_dict` is the
claims JSON of ``docs/extraction.md``. Pure Python: no database, no model weights.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from coalition.reading import read_document

from .doc import Doc
from .givers import PARTNER_SLUGS
from .language import detect_language
from .pipeline import PIPELINE, run
from .script import normalize, word_end

__all__ = ["PIPELINE", "ExtractedClaim", "Extraction", "detect_language", "extract_file", "extract_text"]

SCHEMA_FIELDS = ("kind", "value", "currency", "qualifier", "period", "year", "since", "places", "lines", "evidence",
                 "partner")
#: The extractor's own code of an organisation partner, to the slug each claim names it by.
ORGANISATION_SLUGS = PARTNER_SLUGS


@dataclass
class ExtractedClaim:
    """One claim: the schema's fields, plus where the evidence sits and what the schema leaves out."""

    kind: str
    value: float
    currency: str | None
    qualifier: str
    period: str | None
    year: int | None
    since: int | None
    places: list[str]
    lines: list[str]
    evidence: str
    start: int
    end: int
    stage: str = "unknown"
    mission: str | None = None
    parent_index: int | None = None
    span: tuple[int, int] | None = None  # years an "annually in the last N years" figure covers, given as_of
    #: Why a reviewer should look twice: codes of :class:`coalition.vocab.ReviewReason`. Not in the claims JSON.
    review_reasons: list[str] = field(default_factory=list)
    #: Whose money or people: the document's partner, or in a document naming many, the giver of this figure.
    partner: str | None = None

    def to_schema_dict(self) -> dict:
        value = self.value
        return {
            "kind": self.kind,
            "value": int(value) if float(value).is_integer() else value,
            "currency": self.currency,
            "qualifier": self.qualifier,
            "period": self.period,
            "year": self.year,
            "since": self.since,
            "places": list(self.places),
            "lines": list(self.lines),
            "evidence": self.evidence,
            "partner": self.partner,
        }


@dataclass
class Extraction:
    partner: str | None
    claims: list[ExtractedClaim] = field(default_factory=list)
    language: str = "en"  # en, fr or ar: given, or detected from the text
    doc: Doc | None = field(default=None, repr=False)
    #: The document names many partners: ``partner`` is None and each claim has its own.
    many: bool = False

    def to_schema_dict(self) -> dict:
        return {"partner": self.partner, "claims": [c.to_schema_dict() for c in self.claims]}


def extract_text(text: str, *, as_of: date | None = None, title: str | None = None,
                 partner: str | None = None, language: str | None = None) -> Extraction:
    """Extract the claims of one document's text (``language``: en, fr or ar; detected when not given).

    Never raises on a ``str``."""
    if not isinstance(text, str):
        raise TypeError("extract_text needs a str")
    language = language or detect_language(text)
    # The pipeline scans a same-length copy with Arabic digits and marks made Latin; evidence comes from ``text``.
    doc = run(Doc(text=normalize(text), as_of=as_of, title=title, partner=partner, language=language,
                  given_partner=partner))
    doc.text = text  # same offsets: what reads the doc after the pipeline (the profile) sees the original
    claims: list[ExtractedClaim] = []
    position: dict[int, int] = {}
    for index, figure in enumerate(doc.figures):
        if figure.dropped:
            continue
        position[index] = len(claims)
        figure.ev_end = word_end(text, figure.ev_end)
        claims.append(ExtractedClaim(
            kind=figure.kind, value=figure.value, currency=figure.currency, qualifier=figure.qualifier,
            period=figure.period, year=figure.year, since=figure.since, places=list(figure.places),
            lines=list(figure.lines), evidence=text[figure.ev_start:figure.ev_end], start=figure.ev_start,
            end=figure.ev_end, stage=figure.stage, mission=figure.mission,
            parent_index=figure.parent, span=figure.span, review_reasons=list(figure.reasons),
            partner=ORGANISATION_SLUGS.get(figure.giver, figure.giver),
        ))
    for claim in claims:
        if claim.parent_index is not None:
            claim.parent_index = position.get(claim.parent_index)
    return Extraction(partner=doc.partner, claims=claims, language=language, doc=doc, many=doc.many)


def extract_file(path, *, as_of: date | None = None, language: str | None = None) -> Extraction:
    """Read a file (.txt, .html, .pdf, .docx) and extract its claims; bad files raise ``IngestError``."""
    path = Path(path)
    read = read_document(path.read_bytes(), path.name)
    return extract_text(read.text, as_of=as_of, title=read.title or None, language=language)
