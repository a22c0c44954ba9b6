"""Fuzz target: generated and mutated zip, docx, pdf and html bytes go through the readers and then extraction.

Every outcome is a read with its claims or a catalogue error, never another exception. The readers' own limits
(``coalition.reading.LIMITS``: unpacked bytes, pages, blocks, characters and seconds) bound each example;
hypothesis has no deadline here, since a timed assertion would fail on a busy machine rather than on a bug.
"""

import io
import warnings
import zipfile

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coalition.errors import MESSAGES, CoalitionError
from coalition.extraction import extract_text
from coalition.reading import read_document
from tests.extraction.pdfgen import make_pdf

FUZZ = settings(max_examples=150, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

SENTENCES = st.sampled_from([
    "Norway gave USD 5 million to Iraq.", "Denmark sends up to 150 troops.", "", " ", "•", "EUR 45m since 2017",
    "قدمت النرويج خمسة ملايين دولار", "Déminage à Mossoul : 3 M€.", "<b>", "&amp;", "\x00", "\u202e", "1,500,000",
])
TEXTS = st.one_of(SENTENCES, st.text(max_size=80))


def _docx(paragraphs, table_rows) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(_xml_safe(text))
    if table_rows:
        table = document.add_table(rows=len(table_rows), cols=2)
        for row, (left, right) in zip(table.rows, table_rows):
            row.cells[0].text, row.cells[1].text = _xml_safe(left), _xml_safe(right)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _xml_safe(text: str) -> str:
    return "".join(ch for ch in text if ch in "\t\n\r" or 0x20 <= ord(ch) < 0xD800 or 0xE000 <= ord(ch) < 0xFFFE)


VALID = {
    "a.docx": _docx(["Norway's contribution", "Norway gave USD 5 million to Iraq."], [("Iraq", "USD 3 million")]),
    "a.pdf": make_pdf(["Norway's contribution", "Norway gave USD 5 million to Iraq."], title="Norway"),
    "a.html": (b"<!doctype html><html><head><meta charset='utf-8'><title>Norway</title></head><body>"
               b"<ul><li>Norway gave <b>USD 5 million</b> to Iraq.</li></ul><p>Denmark sends 150 troops.</p>"
               b"</body></html>"),
}


@st.composite
def mutated(draw, valid: bytes) -> bytes:
    """A valid file with bytes flipped, cut out, repeated or inserted, and possibly cut short."""
    data = bytearray(valid)
    for _ in range(draw(st.integers(1, 8))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "cut", "repeat", "insert"]))
        if action == "flip":
            data[at] ^= draw(st.integers(1, 255))
        elif action == "cut":
            del data[at:at + draw(st.integers(1, 64))]
        elif action == "repeat":
            data[at:at] = data[at:at + draw(st.integers(1, 64))] * draw(st.integers(1, 4))
        else:
            data[at:at] = draw(st.binary(min_size=1, max_size=32))
    if draw(st.booleans()):
        data = data[:draw(st.integers(0, len(data)))]
    return bytes(data)


PART_NAMES = st.sampled_from([
    "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
    "docProps/core.xml", "word/media/image1.png", "word/numbering.xml",
])
XML_BITS = st.sampled_from([
    b'<?xml version="1.0"?>', b"<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'>",
    b"<w:body>", b"<w:p>", b"<w:r><w:t>Norway gave USD 5 million.</w:t></w:r>", b"</w:p>", b"<w:tbl><w:tr><w:tc>",
    b"<w:tcPr><w:gridSpan w:val='999999999'/><w:vMerge/></w:tcPr>", b"</w:tc></w:tr></w:tbl>", b"</w:body>",
    b"</w:document>", b"<!DOCTYPE x [<!ENTITY a 'aaaa'>]>", b"&a;", b"<Types>", b"<Relationships>",
])


@st.composite
def zips(draw) -> bytes:
    """Zip files of docx-like parts whose contents are XML fragments or random bytes."""
    out = io.BytesIO()
    method = draw(st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]))
    with zipfile.ZipFile(out, "w", method) as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a name twice is one of the things to try
        for name in draw(st.lists(PART_NAMES, max_size=8)):
            content = draw(st.one_of(st.lists(XML_BITS, max_size=12).map(b"".join), st.binary(max_size=200)))
            archive.writestr(name, content)
    return out.getvalue()


HTML_BITS = st.one_of(
    st.sampled_from(["<p>", "</p>", "<li>", "<ul>", "<br>", "<div class='cookie'>", "</div>", "<script>", "<span>",
                     "<table><tr><td>", "<meta charset='cp1256'>", "<!--", "-->", "&", "&#0;", "&#x10FFFF;",
                     "<title>", "</title>", "<nav>"]),
    TEXTS,
)
FILES = st.one_of(
    *(st.tuples(st.just(name), mutated(valid)) for name, valid in VALID.items()),
    st.tuples(st.just("a.docx"), zips()),
    st.tuples(st.just("a.docx"), st.builds(_docx, st.lists(TEXTS, max_size=6),
                                           st.lists(st.tuples(TEXTS, TEXTS), max_size=3))),
    st.tuples(st.just("a.pdf"), st.builds(make_pdf, st.lists(TEXTS, min_size=1, max_size=8))),
    st.tuples(st.just("a.html"), st.lists(HTML_BITS, max_size=40).map("".join).flatmap(
        lambda html: st.sampled_from(["utf-8", "utf-16", "cp1256", "latin-1"]).map(
            lambda encoding: html.encode(encoding, "replace")))),
    st.tuples(st.sampled_from(["a.docx", "a.pdf", "a.html", "a.txt", ""]),
              st.one_of(st.binary(max_size=400), st.sampled_from([b"PK\x03\x04", b"%PDF-1.7\n", b"<html>"])
                        .flatmap(lambda head: st.binary(max_size=400).map(lambda tail: head + tail)))),
)


@pytest.mark.filterwarnings("ignore:Generating overly large repr")  # a failing docx is shown whole, on purpose
@FUZZ
@given(FILES)
def test_every_file_is_read_with_its_claims_or_refused_with_a_catalogue_error(file):
    name, data = file
    try:
        read = read_document(data, name)
    except CoalitionError as error:
        assert error.code in MESSAGES
        assert str(error).startswith(error.code + ": ")
        return
    assert read.text.strip()
    extraction = extract_text(read.text, title=read.title or None)
    for claim in extraction.claims:
        assert read.text[claim.start:claim.end] == claim.evidence
