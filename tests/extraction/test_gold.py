"""The project's own gold set: F1 of at least 0.95, and the gold PDF is what pdfgen writes."""

from pathlib import Path

from coalition.extraction.evaluate import evaluate, gold_pairs

from .docxgen import GOLD_DOCX
from .pdfgen import GOLD_PDFS, make_pdf

GOLD = Path(__file__).with_name("gold")
MIN_F1 = 0.95


def test_gold_set_is_big_and_mixed():
    pairs = gold_pairs(GOLD)
    assert len(pairs) >= 48
    assert {p.suffix for p, _ in pairs} >= {".txt", ".html", ".pdf", ".docx"}
    for prefix in ("fr-", "ar-", "en-"):
        assert sum(p.name.startswith(prefix) for p, _ in pairs) >= 12, prefix


def test_gold_languages_are_detected_and_scored_apiece():
    scores = evaluate(GOLD)
    for document in scores.documents:
        expected = document.name[:2] if document.name[:3] in ("fr-", "ar-") else "en"
        assert document.language == expected, document.name
    for part in (*scores.by_language.values(), *scores.by_format.values()):
        assert part.f1 >= MIN_F1


def test_gold_f1():
    scores = evaluate(GOLD)
    report = {d.name: (d.missed, d.spurious) for d in scores.documents if d.missed or d.spurious}
    assert scores.f1 >= MIN_F1, report
    assert scores.partner_accuracy == 1.0


def test_gold_field_accuracy():
    scores = evaluate(GOLD)
    for name in ("qualifier", "period", "places", "lines"):
        assert scores.accuracy(name) >= 0.9, name


def test_gold_pdfs_are_generated():
    for name, (lines, title) in GOLD_PDFS.items():
        assert (GOLD / name).read_bytes() == make_pdf(lines, title=title), name


def test_gold_docx_hold_what_docxgen_writes():
    from coalition.reading import read_document

    for name, items in GOLD_DOCX.items():
        text = read_document((GOLD / name).read_bytes(), name).text
        assert all(line in text for _, line in items), name
