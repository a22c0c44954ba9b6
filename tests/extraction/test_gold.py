"""The project's own gold set: F1 of at least 0.95, and the gold PDF is what pdfgen writes."""

from pathlib import Path

from coalition.extraction.evaluate import evaluate, gold_pairs

from .pdfgen import GERMANY_LINES, make_pdf

GOLD = Path(__file__).with_name("gold")
MIN_F1 = 0.95


def test_gold_set_is_big_and_mixed():
    pairs = gold_pairs(GOLD)
    assert len(pairs) >= 12
    assert {p.suffix for p, _ in pairs} >= {".txt", ".html", ".pdf"}


def test_gold_f1():
    scores = evaluate(GOLD)
    report = {d.name: (d.missed, d.spurious) for d in scores.documents if d.missed or d.spurious}
    assert scores.f1 >= MIN_F1, report
    assert scores.partner_accuracy == 1.0


def test_gold_field_accuracy():
    scores = evaluate(GOLD)
    for name in ("qualifier", "period", "places", "lines"):
        assert scores.accuracy(name) >= 0.9, name


def test_gold_pdf_is_generated():
    assert (GOLD / "germany.pdf").read_bytes() == make_pdf(GERMANY_LINES, title="Germany's contribution")
