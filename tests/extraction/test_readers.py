"""Readers: bytes to text for each kind of file, and a coded error for each kind of bad input."""

import codecs
import io
import zipfile

import docx
import pytest

from coalition.errors import IngestError
from coalition.reading import DOCX, HTML, PDF, TEXT, detect_media_type, read_document, sha256_of

from .pdfgen import make_pdf

HTML_PAGE = b"""<!doctype html><html><head><meta charset="utf-8"><title>Norway's contribution</title>
<style>.x{color:red}</style><script>var secret = "USD 99 million";</script></head><body>
<nav><a href="/">Home</a> <a href="/about">About</a></nav>
<div class="cookie-notice">We use cookies. <button>Accept</button></div>
<h1>Norway&rsquo;s contribution</h1>
<h2>Key projects in Iraq:</h2>
<ul><li>Demining: <b>USD 5 million</b>.</li><li>Water supply in Mosul.</li></ul>
<p>A paragraph<br>with a break.</p>
<footer>Contact us</footer></body></html>"""


def _docx_bytes(paragraphs, bullets=()) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    for text in bullets:
        document.add_paragraph(text, style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_text_utf8():
    read = read_document("Norway’s contribution: €45m".encode(), "a.txt")
    assert read.text == "Norway’s contribution: €45m" and read.media_type == TEXT
    assert read.sha256 == sha256_of("Norway’s contribution: €45m".encode())


@pytest.mark.parametrize("bom_encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_text_with_byte_order_mark(bom_encoding):
    data = "Norway gave €45m.".encode(bom_encoding)
    assert read_document(data, "a.txt").text == "Norway gave €45m."


def test_text_in_latin_1_is_recognised_and_named():
    read = read_document("Café in Raqqa, déminage à Mossoul".encode("latin-1"), "a.txt")
    assert read.text == "Café in Raqqa, déminage à Mossoul" and read.encoding == "cp1252"


def test_text_with_declared_encoding():
    data = "-*- coding: latin-1 -*-\nCafé in Raqqa".encode("latin-1")
    assert read_document(data, "a.txt").text.endswith("Café in Raqqa")


def test_html_drops_scripts_navigation_and_cookies_and_keeps_bullets():
    read = read_document(HTML_PAGE, "page.html")
    assert read.media_type == HTML and read.title == "Norway's contribution"
    assert read.text.splitlines() == [
        "Norway’s contribution", "Key projects in Iraq:", "• Demining: USD 5 million.", "• Water supply in Mosul.",
        "", "A paragraph", "with a break.",
    ]


def test_pdf_text_layer():
    read = read_document(make_pdf(["Norway gave USD 7 million.", "Second line."], title="T"), "f.pdf")
    assert read.media_type == PDF and read.text.splitlines() == ["Norway gave USD 7 million.", "Second line."]
    assert read.title == "T"


def test_docx_paragraphs_and_bullets():
    data = _docx_bytes(["Denmark's contribution"], bullets=["Denmark gave DKK 5 million."])
    read = read_document(data, "f.docx")
    assert read.media_type == DOCX
    assert read.text.splitlines() == ["Denmark's contribution", "• Denmark gave DKK 5 million."]


BAD = [
    ("empty", b"", "a.txt", "ingest.empty_file"),
    ("blank", b"  \n\n ", "a.txt", "ingest.empty_file"),
    ("binary junk", bytes(range(256)) * 8, "junk.txt", "ingest.binary"),
    ("binary without a name", bytes(range(256)) * 8, "", "ingest.binary"),
    ("binary named txt", b"\x00\x01\x02\x03" * 100, "a.txt", "ingest.binary"),
    ("pdf without text layer", make_pdf(text_layer=False), "scan.pdf", "ingest.no_text_layer"),
    ("broken pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog", "a.pdf", "ingest.malformed"),
    ("truncated docx", _docx_bytes(["Some text."])[:700], "a.docx", "ingest.truncated"),
    ("not the encoding its byte-order mark says", codecs.BOM_UTF8 + "Café in Raqqa".encode("latin-1"), "a.txt",
     "ingest.bad_encoding"),
    ("one word", b"Raqqa", "a.txt", "ingest.no_sentence"),
    ("scripts only", b"<html><head><script>var a = 1;</script></head><body><script>go()</script></body></html>",
     "a.html", "ingest.no_text"),
    ("image", b"\x89PNG\r\n\x1a\n" + bytes(100), "a.png", "ingest.unsupported_type"),
]


@pytest.mark.parametrize(("label", "data", "name", "code"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_has_a_stable_code(label, data, name, code):
    with pytest.raises(IngestError) as caught:
        read_document(data, name)
    assert caught.value.code == code
    assert str(caught.value).startswith(code + ": ")


def test_size_limit():
    with pytest.raises(IngestError) as caught:
        read_document(b"x" * 101, "a.txt", max_bytes=100)
    assert caught.value.code == "ingest.too_large"
    assert "100" in caught.value.message


def test_default_size_limit_comes_from_settings(settings):
    settings.COALITION = {"MAX_UPLOAD_BYTES": 10}
    with pytest.raises(IngestError) as caught:
        read_document(b"x" * 11, "a.txt")
    assert caught.value.code == "ingest.too_large"


@pytest.mark.parametrize(("name", "data", "media_type"), [
    ("a.pdf", b"%PDF-1.7 ...", PDF),
    ("noextension", b"%PDF-1.7 ...", PDF),
    ("a.docx", b"PK\x03\x04...", DOCX),
    ("page.htm", b"<p>x</p>", HTML),
    ("download", b"<!DOCTYPE html><html>", HTML),
    ("\ufeffpage", codecs.BOM_UTF8 + b"<html><body>x", HTML),
    ("notes.txt", b"plain", TEXT),
    ("notes.csv", b"a,b", TEXT),
])
def test_detect_media_type(name, data, media_type):
    assert detect_media_type(name, data) == media_type


def test_zip_that_is_not_a_docx():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(IngestError) as caught:
        read_document(buffer.getvalue(), "a.docx")
    assert caught.value.code == "ingest.malformed"


def test_arabic_presentation_forms_are_read_as_letters():
    """A PDF's text layer often holds the shaped glyphs of Arabic ("ﺟﻨﻴﻪ"), which no rule would match."""
    shaped = "اﻟﻤﻤﻠﻜﺔ اﻟﻤﺘﺤﺪة ﺧﺼﺼﺖ 150 ﻣﻠﻴﻮن ﺟﻨﻴﻪ إﺳﺘﺮﻟﻴﻨﻲ."
    text = read_document(shaped.encode(), "page.txt").text
    assert "المملكة المتحدة خصصت 150 مليون جنيه إسترليني" in text
    assert not any("\ufb50" <= ch <= "\ufeff" for ch in text)


def test_latin_ligatures_are_read_as_letters():
    text = read_document("350 support staﬀ sent since the conﬂict, and ﬁve ﬁghter jets".encode(), "p.txt").text
    assert text == "350 support staff sent since the conflict, and five fighter jets"
