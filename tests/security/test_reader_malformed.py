"""Malformed input: every reader failure is a catalogue error, and `coalition ingest` goes on with the next file."""

import io
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from coalition.cli import main
from coalition.documents.models import SourceDocument
from coalition.errors import MESSAGES, IngestError
from coalition.ingest.services import document_ingest_outcome
from coalition.reading import read_document
from tests.extraction.pdfgen import make_pdf
from tests.factories import PartnerFactory

GOLD = Path(__file__).resolve().parents[1] / "extraction" / "gold"


def _docx_bytes() -> bytes:
    document = docx.Document()
    document.add_paragraph("Norway gave USD 5 million to Iraq.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _with_member(data: bytes, name: str, content: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            archive.writestr(info, content if info.filename == name else source.read(info.filename))
    return out.getvalue()


def _corrupt_deflate(data: bytes) -> bytes:
    """Flip bytes in the middle of the first member's compressed data, headers left intact."""
    info = zipfile.ZipFile(io.BytesIO(data)).infolist()[0]
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    patched = bytearray(data)
    for offset in range(start + 2, start + min(info.compress_size, 40)):
        patched[offset] ^= 0x5A
    return bytes(patched)


PDF = make_pdf(["Norway gave USD 7 million."])

MALFORMED = [
    ("docx with unclosed XML", _with_member(_docx_bytes(), "word/document.xml", b"<w:document><w:body><w:p>"),
     "a.docx", "ingest.malformed"),
    ("docx with a document part that is not XML", _with_member(_docx_bytes(), "word/document.xml", b"\x00\x01junk"),
     "a.docx", "ingest.malformed"),
    ("docx with broken styles", _with_member(_docx_bytes(), "word/styles.xml", b"<w:styles"), "a.docx",
     "ingest.malformed"),
    ("docx with broken content types", _with_member(_docx_bytes(), "[Content_Types].xml", b"<Types"), "a.docx",
     "ingest.malformed"),
    ("docx with corrupt deflate data", _corrupt_deflate(_docx_bytes()), "a.docx", "ingest.truncated"),
    ("docx cut in half", _docx_bytes()[: len(_docx_bytes()) // 2], "a.docx", "ingest.truncated"),
    ("docx of zip header only", b"PK\x03\x04" + bytes(26), "a.docx", "ingest.truncated"),
    ("pdf cut short", PDF[: len(PDF) // 2], "a.pdf", None),
    ("pdf with a broken cross-reference table", PDF.replace(b"xref", b"xxxx"), "a.pdf", None),
    ("pdf with a garbled page tree", PDF.replace(b"/Kids [", b"/Kids [[ 9 9 R "), "a.pdf", None),
    ("pdf header only", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a.pdf", "ingest.malformed"),
    ("html with odd bytes", b"<html><body><p>Norway \xff\xfe\x00\x01 gave</p></body></html>", "a.html", None),
    ("html with a bogus charset", b'<meta charset="klingon"><p>Norway gave USD 5 million to Iraq.</p>', "a.html",
     None),
]


@pytest.mark.parametrize(("label", "data", "name", "code"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_input_is_a_coded_error_or_a_reading(label, data, name, code):
    """A reader may read what it can of a damaged file; whatever it cannot read is an IngestError with a code."""
    try:
        read = read_document(data, name)
    except IngestError as error:
        assert error.code in MESSAGES
        assert code is None or error.code == code
    else:
        assert code is None, f"{label} was read: {read.text[:60]!r}"
        assert read.text.strip()


def run_ingest(*args):
    return CliRunner().invoke(main, ["ingest", *args])


@pytest.mark.django_db
def test_ingest_refuses_a_bad_url_up_front_with_a_coded_error(tmp_path):
    PartnerFactory(code="NO")
    (tmp_path / "a.txt").write_bytes((GOLD / "norway.txt").read_bytes())
    (tmp_path / "b.txt").write_bytes((GOLD / "norway-2019.txt").read_bytes())
    result = run_ingest("--url", "ftp//bad", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--partner", "NO")
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)  # not a ValidationError traceback
    assert result.output.strip().splitlines() == [
        "error: ingest.bad_url: 'ftp//bad' is not a web address: give one starting with http:// or https://"
    ]
    assert not SourceDocument.objects.exists()


@pytest.mark.django_db
def test_ingest_tries_every_file_and_gives_each_failure_one_line(tmp_path):
    PartnerFactory(code="NO")
    (tmp_path / "a.docx").write_bytes(_with_member(_docx_bytes(), "word/document.xml", b"<w:document><w:p>"))
    (tmp_path / "b.txt").write_bytes((GOLD / "norway.txt").read_bytes())
    (tmp_path / "c.txt").write_bytes(b".")
    result = run_ingest(str(tmp_path), "--partner", "NO", "--url", "https://example.org/no")
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {tmp_path / 'a.docx'}: ingest.malformed: the file is damaged or malformed: DOCX: XMLSyntaxError",
        f"error: {tmp_path / 'c.txt'}: ingest.no_sentence: the file holds no readable sentence",
        "error: ingest.files_failed: 2 of 3 files failed",
    ]
    assert SourceDocument.objects.count() == 1


@pytest.mark.django_db
def test_a_document_the_models_refuse_is_a_coded_ingest_error():
    """The service turns a model's ValidationError into an IngestError, so the API and the pages answer 400."""
    partner = PartnerFactory(code="NO")
    with pytest.raises(IngestError) as caught:
        document_ingest_outcome(data=(GOLD / "norway.txt").read_bytes(), filename="a.txt", partner=partner,
                                url="ftp//bad")
    assert caught.value.code == "ingest.invalid"
    assert "source_url" in caught.value.message
    assert not SourceDocument.objects.exists()
