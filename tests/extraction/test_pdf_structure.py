"""Structure lost in PDFs: list intros and list items read from a PDF carry places and lines as in HTML."""

import pytest

from coalition.extraction import extract_text
from coalition.reading import read_document

from .pdfgen import GOLD_PDFS, make_pdf

PAGE = (
    "Germany's contribution",
    "",
    "Iraq:",
    "- EUR 80 million for stabilisation in areas liberated from ISIS and for the return of families",
    "- half a million euros for the prevention of violent extremism in the province of Nineveh",
    "Syria:",
    "- EUR 1.1 bn in humanitarian assistance since 2012 for people in need across the whole country",
)


def _html(lines) -> bytes:
    body = [f"<h1>{lines[0]}</h1>"]
    items: list[str] = []
    for line in lines[1:]:
        if line.startswith("- "):
            items.append(f"<li>{line[2:]}</li>")
            continue
        if items:
            body.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if line:
            body.append(f"<p>{line}</p>")
    if items:
        body.append("<ul>" + "".join(items) + "</ul>")
    return ("<html><body>" + "".join(body) + "</body></html>").encode()


def _claims(data: bytes, name: str):
    read = read_document(data, name)
    return [{k: v for k, v in c.to_schema_dict().items() if k != "evidence"}
            for c in extract_text(read.text, title=read.title or None).claims]


@pytest.mark.parametrize("lines", [PAGE, GOLD_PDFS["fr-danemark.pdf"][0], GOLD_PDFS["en-germany-release.pdf"][0]])
def test_pdf_and_html_of_one_page_give_the_same_claims(lines):
    from_pdf = _claims(make_pdf(lines), "page.pdf")
    assert from_pdf == _claims(_html(lines), "page.html")
    assert from_pdf and all(claim["places"] for claim in from_pdf)


def test_long_list_item_does_not_swallow_the_next_list_intro():
    claims = _claims(make_pdf(PAGE), "page.pdf")
    assert [c["places"] for c in claims] == [["IQ"], ["IQ"], ["SY"]]
    assert [c["lines"] for c in claims] == [["stabilization"], ["prevention"], ["humanitarian"]]


@pytest.mark.parametrize("mark", ["\uf0b7", "\uf0a7", "➢", "▪"])
def test_list_symbols_of_a_pdf_text_layer_open_list_items(mark):
    text = (f"Germany's contribution\n\nIraq:\n{mark} EUR 80 million for stabilisation in the areas freed from the "
            f"terrorists\n{mark} EUR 5 million for demining in the districts around the old city of Mosul\n")
    found = extract_text(text).claims
    assert [c.places for c in found] == [["IQ"], ["IQ"]]
    assert all("shared_sentence" not in c.review_reasons for c in found)  # two list items, not one run-on line
