"""Score the extractor against gold files, the way spaCy's ``Scorer`` scores a pipeline against ``Example``s.

A folder holds documents (``NAME.txt``, ``.html``, ``.htm``, ``.pdf`` or ``.docx``) with their gold claims beside
them in ``NAME.json`` (the claims schema; an optional ``"as_of": "YYYY-MM-DD"`` sets the document's date).

A predicted claim matches a gold claim when kind and currency are equal and the values differ by at most 0.5%,
and, where the gold claim names its partner (a document that names many partners), the partners are equal.
Each gold claim matches at most one prediction. Attribution accuracy is the share of such gold claims whose figure
was found (kind, value and currency) and given to the right partner. Over the matched pairs the scorer reports how often the
qualifier, the period (with its year and first year), the places and the lines (both as sets) agree. The same
figures are kept per language of the document (as detected) and per source format (.txt, .html, .pdf, .docx).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from coalition.errors import ExtractionError

from . import extract_file

DOCUMENT_SUFFIXES = (".txt", ".html", ".htm", ".pdf", ".docx")
#: Relative tolerance on values for a match.
VALUE_TOLERANCE = 0.005
FIELDS = ("qualifier", "period", "places", "lines")
_SAME_FORMAT = {".htm": ".html"}


@dataclass
class DocumentScore:
    name: str
    language: str = "en"
    tp: int = 0
    fp: int = 0
    fn: int = 0
    partner_ok: bool = True
    attributed: int = 0  # gold claims with a partner of their own whose figure was found
    attributed_right: int = 0  # ... and given to that partner
    missed: list[dict] = field(default_factory=list)
    spurious: list[dict] = field(default_factory=list)
    field_errors: list[tuple[str, dict, dict]] = field(default_factory=list)


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    field_hits: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    partner_hits: int = 0
    attributed: int = 0
    attributed_right: int = 0
    documents: list[DocumentScore] = field(default_factory=list)
    by_language: dict[str, Scores] = field(default_factory=dict)
    by_format: dict[str, Scores] = field(default_factory=dict)

    def add(self, result: DocumentScore) -> None:
        self.documents.append(result)
        self.tp += result.tp
        self.fp += result.fp
        self.fn += result.fn
        self.partner_hits += result.partner_ok
        self.attributed += result.attributed
        self.attributed_right += result.attributed_right
        for f in FIELDS:
            self.field_hits[f] += result.tp - sum(1 for name, _, _ in result.field_errors if name == f)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, name: str) -> float:
        return self.field_hits[name] / self.tp if self.tp else 1.0

    @property
    def partner_accuracy(self) -> float:
        return self.partner_hits / len(self.documents) if self.documents else 1.0

    @property
    def attribution_accuracy(self) -> float:
        """Of the figures found whose gold claim names its own partner, the share given to that partner."""
        return self.attributed_right / self.attributed if self.attributed else 1.0

    def to_dict(self) -> dict[str, float | int]:
        result: dict[str, float | int] = {
            "documents": len(self.documents), "claims_p": self.precision, "claims_r": self.recall,
            "claims_f": self.f1, "tp": self.tp, "fp": self.fp, "fn": self.fn, "partner_acc": self.partner_accuracy,
            "attribution_acc": self.attribution_accuracy,
        }
        result.update({f"{name}_acc": self.accuracy(name) for name in FIELDS})
        return result


def values_match(predicted: dict, gold: dict) -> bool:
    if predicted["kind"] != gold["kind"] or predicted.get("currency") != gold.get("currency"):
        return False
    g, p = float(gold["value"]), float(predicted["value"])
    return abs(p - g) <= VALUE_TOLERANCE * abs(g)


def field_agrees(name: str, predicted: dict, gold: dict) -> bool:
    if name in ("places", "lines"):
        return set(predicted.get(name) or []) == set(gold.get(name) or [])
    if name == "period":
        return all(predicted.get(k) == gold.get(k) for k in ("period", "year", "since"))
    return predicted.get(name) == gold.get(name)


def score_document(name: str, predicted: dict, gold: dict) -> DocumentScore:
    result = DocumentScore(name=name, partner_ok=predicted.get("partner") == gold.get("partner"))
    unmatched = list(predicted["claims"])
    for gold_claim in gold["claims"]:
        candidates = [p for p in unmatched if values_match(p, gold_claim)]
        if "partner" in gold_claim and candidates:
            result.attributed += 1
            candidates = [p for p in candidates if p.get("partner") == gold_claim["partner"]]
            result.attributed_right += bool(candidates)
        if not candidates:
            result.fn += 1
            result.missed.append(gold_claim)
            continue
        best = max(candidates, key=lambda p: sum(field_agrees(f, p, gold_claim) for f in FIELDS))
        unmatched.remove(best)
        result.tp += 1
        for f in FIELDS:
            if not field_agrees(f, best, gold_claim):
                result.field_errors.append((f, best, gold_claim))
    result.fp = len(unmatched)
    result.spurious = unmatched
    return result


def gold_pairs(directory: Path) -> list[tuple[Path, Path]]:
    pairs = []
    for gold_path in sorted(Path(directory).glob("*.json")):
        for suffix in DOCUMENT_SUFFIXES:
            document = gold_path.with_suffix(suffix)
            if document.exists():
                pairs.append((document, gold_path))
                break
    return pairs


def evaluate(directory: str | Path) -> Scores:
    """Extract every document in ``directory`` and score the claims against the gold files beside them.

    A folder with no document and gold pair raises ``extract.empty_gold``: a score of nothing is no score."""
    pairs = gold_pairs(Path(directory))
    if not pairs:
        raise ExtractionError("extract.empty_gold", directory=str(directory))
    scores = Scores()
    for document, gold_path in pairs:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        as_of = date.fromisoformat(gold["as_of"]) if gold.get("as_of") else None
        extraction = extract_file(document, as_of=as_of)
        result = score_document(document.name, extraction.to_schema_dict(), gold)
        result.language = extraction.language
        scores.add(result)
        scores.by_language.setdefault(extraction.language, Scores()).add(result)
        suffix = document.suffix.lower()
        scores.by_format.setdefault(_SAME_FORMAT.get(suffix, suffix), Scores()).add(result)
    return scores
