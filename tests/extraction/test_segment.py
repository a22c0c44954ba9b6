"""Blocks and sentences: bullets, headings, tiles, run-on lines, and no breaks at abbreviations."""

import pytest

from coalition.extraction.segment import segment_blocks, split_sentences

from .helpers import doc_after

NO_BREAK = [
    "Stabilisation support will fall from USD 7 mill. in line with the handover.",
    "Up to approx. 110 troops serve in Iraq, e.g. in Erbil and Baghdad.",
    "Mr. Eide met the envoy in Baghdad and agreed on next steps.",
    "The figure, i.e. EUR 3.5 million, covers 2019 to 2021.",
]
BREAKS = [
    ("Norway gave USD 7 million. Denmark gave DKK 5 million.", 2),
    ("It ends here! Then a new one starts? Yes. 110 troops serve.", 4),
    ("• First bullet.\n• Second bullet.\n• Third bullet.", 3),
]


@pytest.mark.parametrize("text", NO_BREAK)
def test_no_sentence_break_after_abbreviations(text):
    """Abbreviations such as "mill.", "approx.", "e.g.", "Mr." and "i.e." do not end a sentence."""
    doc = doc_after(split_sentences, text)
    assert len(doc.sentences) == 1


@pytest.mark.parametrize(("text", "count"), BREAKS)
def test_sentence_breaks(text, count):
    doc = doc_after(split_sentences, text)
    assert len(doc.sentences) == count


def test_sentences_are_spans_of_the_text():
    text = "• Norway gave USD 7 million. It helps.\n\n• Denmark gave more."
    doc = doc_after(split_sentences, text)
    assert [text[s.start : s.end] for s in doc.sentences] == ["Norway gave USD 7 million.", "It helps.",
                                                              "Denmark gave more."]


def test_heading_above_bullets():
    text = "Key projects in Iraq:\n• Demining in Sinjar.\n• Water in Mosul.\n"
    doc = doc_after(segment_blocks, text)
    assert [b.kind for b in doc.blocks] == ["heading", "bullet", "bullet"]
    assert doc.blocks[1].heading == 0 and doc.blocks[2].heading == 0


def test_short_title_line_before_bullets_is_a_heading():
    doc = doc_after(segment_blocks, "Humanitarian aid\n• Food for families.\n")
    assert doc.blocks[0].kind == "heading"


def test_wrapped_lines_run_on():
    """A long line that does not end a sentence continues on the next line (PDF text layers wrap)."""
    text = ("Germany supports the stabilisation of areas in Iraq freed from Daesh with EUR 45 million\n"
            "since 2017, of which EUR 15 million in 2017.\nA new paragraph.")
    doc = doc_after(segment_blocks, text)
    assert len(doc.blocks) == 2


def test_tile_and_caption_form_one_sentence():
    text = "Some prose here that ends.\n\n110 troops\n\ncommitted to helping train Iraqi forces\n"
    doc = doc_after(split_sentences, text)
    kinds = [b.kind for b in doc.blocks]
    assert kinds[1:] == ["tile", "caption"]
    tile = doc.sentences[-1]
    assert text[tile.start : tile.end] == "110 troops\n\ncommitted to helping train Iraqi forces"


def test_empty_text():
    doc = doc_after(split_sentences, "")
    assert doc.blocks == [] and doc.sentences == []


def test_short_title_line_before_prose_is_a_heading():
    text = "Humanitarian aid\nDenmark provided DKK 250 million in humanitarian aid to Syria in 2022.\n"
    assert [b.kind for b in doc_after(segment_blocks, text).blocks] == ["heading", "paragraph"]


def test_handle_and_dash_lines_are_not_headings():
    text = ("Norway MOD on X: @Forsvarsdep\n“A long quotation that runs on for more than eight words.”\n"
            "Strong unity in the fight against ISIS –\nCounter-terrorism, prevention of violent extremism and more –\n")
    assert "heading" not in [b.kind for b in doc_after(segment_blocks, text).blocks]


def test_heading_reach():
    """A heading covers the prose under it, but not prose that follows its bullet list. A list intro keeps the
    heading above it, for what the intro does not say."""
    long = "This paragraph has well over twenty four words in it, so that it reads as real prose and not as a short line at all."
    text = f"Humanitarian aid\n{long}\n{long}\n\nKey projects in Iraq:\n• Demining.\n{long}\n"
    doc = doc_after(segment_blocks, text)
    assert [(b.kind, b.heading) for b in doc.blocks] == [
        ("heading", None), ("paragraph", 0), ("paragraph", 0), ("heading", 0), ("bullet", 3), ("paragraph", None),
    ]


def test_title_over_a_dateline_is_a_heading():
    long = "The Government has decided to extend its deployment of trainers to the training mission."
    doc = doc_after(segment_blocks, f"Contribution to Iraq to conclude in June\n\nWellington, 5 September 2019\n\n{long}\n")
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph", "paragraph"]
    assert doc.blocks[2].heading == 0


def test_title_with_a_colon_inside_is_a_heading():
    long = "The following table shows the funds the Federal Foreign Office has provided to the facility."
    doc = doc_after(segment_blocks, f"Stabilisation in Iraq: overview of funding\n\n{long}\n")
    assert doc.blocks[0].kind == "heading"


def test_title_over_an_agency_dateline_is_a_heading():
    long = "أعلن وزير الدولة للشؤون الخارجية أن دولة قطر ستدعم جهود إعادة الاستقرار في المناطق المحررة."
    doc = doc_after(segment_blocks, f"قطر تدعم الاستقرار في المناطق المحررة بالعراق\n\nالدوحة – قنا\n\n{long}\n")
    assert doc.blocks[0].kind == "heading" and doc.blocks[2].heading == 0


def test_a_title_with_a_dash_is_no_agency_dateline():
    long = "Face à la crise syrienne, notre pays s'est engagé dès 2012 en faveur des populations."
    doc = doc_after(segment_blocks, f"Syrie – Assistance humanitaire\n\n{long}\n")
    assert doc.blocks[0].kind == "heading"


@pytest.mark.parametrize("text", [
    "Since 2014, the UK has trained over 120,000 security forces\nthrough Operation SHADER and contributed over "
    "£500 million in\nhumanitarian assistance to Iraq and Syria.",
    "Depuis 2014, la Belgique a formé 8 000 soldats irakiens et\nversé plus de 50 millions d'euros d'aide humanitaire "
    "en Irak.",
], ids=["en", "fr"])
def test_a_line_of_an_e_mail_wrapped_release_runs_on_into_its_lower_case_next_line(text):
    doc = doc_after(split_sentences, text)
    assert len(doc.sentences) == 1


def test_a_short_heading_above_a_lower_case_line_still_ends_its_block():
    doc = doc_after(split_sentences, "Humanitarian aid\nin 2023, Norway gave NOK 5 million to Iraq.")
    assert len(doc.blocks) == 2
