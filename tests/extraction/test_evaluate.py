"""The scorer: matching on kind, value within 0.5% and currency; field accuracy over matched claims."""

import json

import pytest

from coalition.errors import ExtractionError
from coalition.extraction.evaluate import evaluate, score_document, values_match


def claim(**fields):
    base = {"kind": "funding", "value": 1_000_000, "currency": "USD", "qualifier": "exact", "period": None,
            "year": None, "since": None, "places": [], "lines": [], "evidence": "x"}
    base.update(fields)
    return base


@pytest.mark.parametrize(("predicted", "matches"), [
    (claim(value=1_004_000), True),
    (claim(value=1_006_000), False),
    (claim(currency="EUR"), False),
    (claim(kind="personnel", currency=None), False),
])
def test_values_match(predicted, matches):
    assert values_match(predicted, claim()) is matches


def test_score_document_counts_and_fields():
    gold = {"partner": "NO", "claims": [claim(), claim(value=5, kind="personnel", currency=None, places=["IQ"])]}
    predicted = {"partner": "NO", "claims": [claim(qualifier="approximate"), claim(value=99)]}
    result = score_document("x", predicted, gold)
    assert (result.tp, result.fp, result.fn) == (1, 1, 1)
    assert [name for name, _, _ in result.field_errors] == ["qualifier"]


def test_places_and_lines_compare_as_sets():
    gold = {"partner": None, "claims": [claim(places=["IQ", "SY"], lines=["humanitarian", "stabilization"])]}
    predicted = {"partner": None, "claims": [claim(places=["SY", "IQ"], lines=["stabilization", "humanitarian"])]}
    assert score_document("x", predicted, gold).field_errors == []


def test_evaluate_a_folder(tmp_path):
    (tmp_path / "a.txt").write_text("Norway's contribution\n\n• Norway gave USD 7 million annually to Syria.\n")
    (tmp_path / "a.json").write_text(json.dumps({"partner": "NO", "claims": [
        claim(value=7_000_000, period="annual", places=["SY"]),
        claim(value=3_000_000),
    ]}))
    (tmp_path / "orphan.json").write_text(json.dumps({"partner": None, "claims": []}))
    scores = evaluate(tmp_path)
    assert (scores.tp, scores.fp, scores.fn) == (1, 0, 1)
    assert scores.precision == 1.0 and scores.recall == 0.5
    assert scores.f1 == pytest.approx(2 / 3)
    assert scores.accuracy("period") == 1.0 and scores.accuracy("places") == 1.0
    assert scores.to_dict()["documents"] == 1


def test_scores_per_language_and_format(tmp_path):
    (tmp_path / "a.txt").write_text("Norway's contribution\n\n• Norway gave USD 7 million annually to Syria.\n")
    (tmp_path / "a.json").write_text(json.dumps({"partner": "NO", "claims": [
        claim(value=7_000_000, period="annual", places=["SY"])]}))
    (tmp_path / "b.htm").write_text("<html><body><h1>Contribution de la France</h1>"
                                    "<p>La France a versé 5 millions d'euros à l'Irak.</p></body></html>")
    (tmp_path / "b.json").write_text(json.dumps({"partner": "FR", "claims": [
        claim(value=5_000_000, currency="EUR", places=["IQ"]), claim(value=9)]}))
    scores = evaluate(tmp_path)
    assert sorted(scores.by_language) == ["en", "fr"] and sorted(scores.by_format) == [".html", ".txt"]
    assert scores.by_language["en"].f1 == 1.0
    assert (scores.by_format[".html"].tp, scores.by_format[".html"].fn) == (1, 1)


def test_an_empty_gold_folder_is_an_error(tmp_path):
    (tmp_path / "lonely.txt").write_text("Norway gave USD 7 million.")
    with pytest.raises(ExtractionError) as error:
        evaluate(tmp_path)
    assert error.value.code == "extract.empty_gold"
