"""Encodings and junk: common encodings are recognised and named; binary and sentence-less files are refused."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from coalition.cli import main
from coalition.errors import IngestError
from coalition.reading import read_document
from tests.factories import PartnerFactory

ENGLISH = "Norway gave USD 5 million to Iraq for demining in 2023.\nThe money went to Mosul and Raqqa.\n"
FRENCH = ("La Norvège a versé 5 millions de dollars à l'Irak pour le déminage.\n"
          "L'aide a été répartie entre Mossoul et Raqqa, où les équipes ont travaillé toute l'année.\n")
FRENCH_CP1252 = "La France a financé « 10 millions € » — l’aide humanitaire en Syrie, déjà versée.\n"
ARABIC = "قدمت النرويج خمسة ملايين دولار لدعم الاستقرار في العراق.\nوذهبت الأموال إلى الموصل والرقة.\n"

ENCODINGS = [
    ("utf-8", ENGLISH, "utf-8", "utf-8"),
    ("utf-8 arabic", ARABIC, "utf-8", "utf-8"),
    ("utf-8 with BOM", FRENCH, "utf-8-sig", "utf-8-sig"),
    ("utf-16 with BOM", FRENCH, "utf-16", "utf-16"),
    ("utf-16-le without BOM", FRENCH, "utf-16-le", "utf-16-le"),
    ("utf-16-be without BOM", ENGLISH, "utf-16-be", "utf-16-be"),
    ("utf-16-le arabic without BOM", ARABIC, "utf-16-le", "utf-16-le"),
    ("latin-1", FRENCH, "latin-1", "cp1252"),  # cp1252 is Latin-1 with printable characters in 0x80-0x9f
    ("cp1252", FRENCH_CP1252, "cp1252", "cp1252"),
    ("arabic cp1256", ARABIC, "cp1256", "cp1256"),
]


@pytest.mark.parametrize(("label", "text", "written_as", "encoding"), ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_common_encodings_are_recognised_and_named(label, text, written_as, encoding):
    read = read_document(text.encode(written_as), "a.txt")
    assert read.encoding == encoding
    assert read.text == text.strip("\n")


def test_html_without_a_charset_is_recognised_too():
    data = ("<html><body><p>" + FRENCH + "</p></body></html>").encode("cp1252")
    read = read_document(data, "page.html")
    assert read.encoding == "cp1252" and "Norvège" in read.text


def test_a_wrong_declared_charset_gives_way_to_detection():
    data = ('<meta charset="utf-8"><p>' + FRENCH + "</p>").encode("latin-1")
    assert "déminage" in read_document(data, "page.html").text


JUNK = [
    ("binary", bytes(range(256)) * 8, "ingest.binary"),
    ("zeros and control bytes", b"\x00\x01\x02\x03\x04" * 200, "ingest.binary"),
    ("high bytes without text", bytes(range(128, 256)) * 4 + bytes(range(1, 9)) * 20, "ingest.binary"),
    ("one byte", b"x", "ingest.no_sentence"),
    ("one letter and a newline", b"a\n", "ingest.no_sentence"),
    ("punctuation", b"... !!! ??? --- ;;;\n", "ingest.no_sentence"),
    ("digits and punctuation", b"1, 2, 3. 4 - 5 - 6.", "ingest.no_sentence"),
    ("html of punctuation", b"<html><body><p>* * *</p><p>---</p></body></html>", "ingest.no_sentence"),
]


@pytest.mark.parametrize(("label", "data", "code"), JUNK, ids=[j[0] for j in JUNK])
def test_junk_is_refused(label, data, code):
    with pytest.raises(IngestError) as caught:
        read_document(data, "a.txt" if not data.startswith(b"<html") else "a.html")
    assert caught.value.code == code


def test_a_short_real_sentence_is_enough():
    assert read_document(b"Norway gave.", "a.txt").text == "Norway gave."


@pytest.mark.django_db
def test_ingest_says_which_encoding_it_used(tmp_path):
    PartnerFactory(code="NO")
    path = tmp_path / "arabic.txt"
    path.write_bytes((Path(__file__).resolve().parents[1] / "extraction" / "gold" / "norway.txt").read_bytes()
                     .decode("utf-8").encode("utf-16-le"))
    result = CliRunner().invoke(main, ["ingest", str(path), "--partner", "NO"])
    assert result.exit_code == 0, result.output
    assert "text read as utf-16-le" in result.output
