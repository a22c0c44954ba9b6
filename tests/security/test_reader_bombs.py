"""Decompression bombs and other oversized input: the readers refuse them early, with a coded error.

Every bomb is generated here, small on disk and huge when unpacked; none is committed. Each test would run for
minutes (or exhaust memory) if the reader unpacked or parsed the whole thing before deciding.
"""

import io
import struct
import zipfile
import zlib

import docx
import pytest

from coalition.errors import IngestError
from coalition.reading import LIMITS, ReadLimits, read_document
from tests.extraction.pdfgen import make_pdf

MB = 1024 * 1024
BODY_START = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
BODY_END = b"</w:body></w:document>"


def _docx(paragraphs=("Norway gave USD 5 million to Iraq.",)) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _replace_member(data: bytes, name: str, chunks, *, level: int = 1) -> bytes:
    """The package with one member's bytes streamed from ``chunks`` (added if missing), deflated fast."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for info in source.infolist():
            if info.filename != name:
                archive.writestr(info, source.read(info.filename))
        with archive.open(name, "w") as member:
            for chunk in chunks:
                member.write(chunk)
    return out.getvalue()


def _body(paragraph: bytes, megabytes: float):
    yield BODY_START
    block = paragraph * (64 * 1024 // len(paragraph))
    for _ in range(int(megabytes * MB) // len(block)):
        yield block
    yield BODY_END


def _zeros(megabytes: int):
    zero = bytes(MB)
    for _ in range(megabytes):
        yield zero


def _unhurried(**limits) -> ReadLimits:
    """Limits with a clock no busy test machine reaches, so that the limit under test is the one that stops."""
    return ReadLimits(seconds=600, **limits)


def _code(data: bytes, name: str, **kwargs) -> str:
    with pytest.raises(IngestError) as caught:
        read_document(data, name, **kwargs)
    return caught.value.code


def test_docx_of_30_megabytes_of_empty_paragraphs_is_refused_before_parsing():
    """The issue's 83 KB .docx: 30 MB of <w:p/> once unpacked. It used to take two minutes and 1.25 GB."""
    data = _replace_member(_docx(), "word/document.xml", _body(b"<w:p/>", 30))
    assert len(data) < 1 * MB
    assert _code(data, "bomb.docx") == "ingest.too_large_unpacked"


def test_docx_member_that_expands_to_hundreds_of_megabytes_is_refused():
    """A picture of 300 MB of zeros packed into a few hundred KB."""
    data = _replace_member(_docx(), "word/media/image1.png", _zeros(300))
    assert len(data) < 2 * MB
    assert _code(data, "bomb.docx") == "ingest.too_large_unpacked"


def _lie_about_size(data: bytes, name: str, size: int) -> bytes:
    """Rewrite ``name``'s uncompressed size in its local header and its central directory entry."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    patched = bytearray(data)
    struct.pack_into("<I", patched, archive.getinfo(name).header_offset + 22, size)  # local header
    entry = archive.start_dir
    while data[entry:entry + 4] == b"PK\x01\x02":
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", data, entry + 28)
        if data[entry + 46:entry + 46 + name_length] == name.encode():
            struct.pack_into("<I", patched, entry + 24, size)  # central directory entry
        entry += 46 + name_length + extra_length + comment_length
    return bytes(patched)


def test_a_member_that_unpacks_to_more_than_its_header_says_is_refused():
    """The actual bytes are counted while reading; the header's small size is not trusted."""
    data = _lie_about_size(_replace_member(_docx(), "word/media/image1.png", _zeros(300)), "word/media/image1.png",
                           1000)
    assert _code(data, "liar.docx") in ("ingest.truncated", "ingest.too_large_unpacked")


def test_a_member_whose_header_claims_gigabytes_is_refused_without_unpacking():
    data = _lie_about_size(_docx(), "word/document.xml", 4_000_000_000)
    assert _code(data, "liar.docx") == "ingest.too_large_unpacked"


def test_docx_xml_parts_are_capped_below_the_archive_limit():
    """XML is parsed into a tree many times its size, so its own cap is lower than the archive's."""
    data = _replace_member(_docx(), "word/document.xml", _body(b"<w:p/>", 2))
    assert _code(data, "a.docx", limits=_unhurried(xml_bytes=1 * MB)) == "ingest.too_large_unpacked"


def test_zip_with_too_many_members_is_refused():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", BODY_START + BODY_END)
        for index in range(LIMITS.members + 1):
            archive.writestr(f"customXml/item{index}.xml", b"<a/>")
    assert _code(out.getvalue(), "many.docx") == "ingest.too_many_members"


def test_docx_of_many_empty_paragraphs_under_the_size_caps_stops_at_the_block_limit():
    """Two MB of <w:p/> is 350,000 paragraphs: reading stops at the limit instead of walking them all."""
    data = _replace_member(_docx(), "word/document.xml", _body(b"<w:p/>", 2))
    assert _code(data, "a.docx", limits=_unhurried()) == "ingest.too_many_blocks"


def test_docx_text_stops_at_the_text_cap():
    paragraph = b"<w:p><w:r><w:t>Norway gave USD 5 million to Iraq for demining.</w:t></w:r></w:p>"
    data = _replace_member(_docx(), "word/document.xml", _body(paragraph, 1))
    assert _code(data, "a.docx", limits=_unhurried(text_chars=10_000)) == "ingest.too_much_text"


def test_plain_text_over_the_text_cap_is_refused():
    data = b"Norway gave USD 5 million to Iraq.\n" * 1000
    assert _code(data, "a.txt", limits=_unhurried(text_chars=10_000)) == "ingest.too_much_text"


def test_html_of_many_nested_elements_is_read_in_linear_time_or_refused():
    """200,000 nested spans: finding each text's block must not walk all its ancestors again."""
    html = b"<html><body><div>" + b"<span>word " * 200_000 + b"</span>" * 200_000 + b"</div></body></html>"
    assert _code(html, "deep.html") == "ingest.too_many_blocks"
    read = read_document(html, "deep.html", limits=_unhurried(blocks=300_000))
    assert read.text.startswith("word word")


def test_pdf_over_the_page_limit_is_refused():
    data = make_pdf([f"Line {index} of a long report." for index in range(150)])  # three pages
    assert _code(data, "long.pdf", limits=_unhurried(pages=2)) == "ingest.too_many_pages"


def _pdf_with_stream(content: bytes) -> bytes:
    """A one-page PDF whose content stream is ``content``, deflated."""
    packed = zlib.compress(content, 1)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_pdf_stream_that_inflates_to_hundreds_of_megabytes_is_refused():
    data = _pdf_with_stream(b"BT /F1 10 Tf (Norway gave USD 5 million.) Tj ET\n" + b" " * (200 * MB))
    assert len(data) < 1 * MB
    assert _code(data, "bomb.pdf") == "ingest.too_complex"


def test_pdf_stream_under_the_limit_is_read():
    data = _pdf_with_stream(b"BT /F1 10 Tf 56 700 Td (Norway gave USD 5 million to Iraq.) Tj ET")
    assert read_document(data, "small.pdf").text == "Norway gave USD 5 million to Iraq."


@pytest.mark.parametrize("name", ["a.docx", "a.pdf", "a.html"])
def test_a_spent_time_budget_stops_the_reader(name):
    """The clock is checked inside each reader's loop; a budget already spent stops it at the first block."""
    data = {
        "a.docx": _docx(["Norway gave USD 5 million to Iraq."] * 3),
        "a.pdf": make_pdf(["Norway gave USD 5 million to Iraq."]),
        "a.html": b"<p>Norway gave USD 5 million to Iraq.</p>",
    }[name]
    assert _code(data, name, limits=ReadLimits(seconds=-1)) == "ingest.too_slow"
