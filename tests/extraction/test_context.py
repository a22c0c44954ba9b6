"""assign_segments and scopes: a sentence shared out between its figures, nearest scope first."""

from coalition.extraction.context import SCOPE_WINDOW, assign_segments, clause_bounds, scopes

from .helpers import doc_after

SHARED = "Norway gave USD 5 million for humanitarian aid and EUR 3 million for stabilisation in Iraq."
BREAKDOWN = "Germany gave EUR 45 million since 2017, of which EUR 15 million in 2017."
ENUMERATION = "Canada has up to 850 personnel in Iraq, Jordan and Lebanon, and more at home."


def _segments(text):
    doc = doc_after(assign_segments, text, partner="NO")
    return doc, [text[f.seg_start : f.seg_end] for f in doc.figures]


def test_words_between_figures_are_cut_at_the_conjunction():
    _, segments = _segments(SHARED)
    assert segments == ["Norway gave USD 5 million for humanitarian aid",
                        "EUR 3 million for stabilisation in Iraq."]


def test_words_between_figures_are_cut_at_the_comma():
    _, segments = _segments(BREAKDOWN)
    assert segments == ["Germany gave EUR 45 million since 2017", "of which EUR 15 million in 2017."]


def test_clause_keeps_a_short_enumeration():
    doc, _ = _segments(ENUMERATION)
    start, end = clause_bounds(doc, doc.figures[0])
    assert ENUMERATION[start:end] == "Canada has up to 850 personnel in Iraq, Jordan and Lebanon"


def test_scopes_run_from_clause_to_heading():
    text = "Key projects in Iraq:\n• Demining in Sinjar: USD 5 million, in 2019. Water too.\n"
    doc = doc_after(assign_segments, text, partner="NO")
    spans = [text[s:e] for s, e in scopes(doc, doc.figures[0])]
    assert spans == [
        " USD 5 million",
        "Demining in Sinjar: USD 5 million, in 2019.",
        "Demining in Sinjar: USD 5 million, in 2019.",
        "• Demining in Sinjar: USD 5 million, in 2019. Water too.",
        "Key projects in Iraq:",
    ]


def test_scopes_stay_near_the_figure_in_a_page_long_sentence():
    text = "aid " * 1000 + "USD 5 million" + " to Iraq" * 500
    doc = doc_after(assign_segments, text, partner="NO")
    figure = doc.figures[0]
    for start, end in scopes(doc, figure):
        assert start >= figure.start - SCOPE_WINDOW and end <= figure.end + SCOPE_WINDOW
