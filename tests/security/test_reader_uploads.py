"""The editors' upload page and the API's upload read through the same readers, so they refuse the same files alike:
a 400 naming the catalogue error, and nothing stored."""

import io
import zipfile

import docx
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from coalition.documents.models import SourceDocument
from coalition.errors import IngestError
from tests.api.conftest import bearer


def _docx(member: str | None = None, content: bytes = b"") -> bytes:
    document = docx.Document()
    document.add_paragraph("Norway gave USD 5 million to Iraq.")
    buffer = io.BytesIO()
    document.save(buffer)
    if member is None:
        return buffer.getvalue()
    source = zipfile.ZipFile(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for info in source.infolist():
            if info.filename != member:
                archive.writestr(info, source.read(info.filename))
        archive.writestr(member, content)
    return out.getvalue()


REFUSED = [
    ("bomb.docx", _docx("word/media/image1.png", bytes(65 * 1024 * 1024)), "ingest.too_large_unpacked"),
    ("bad-xml.docx", _docx("word/document.xml", b"<w:document><w:body><w:p>"), "ingest.malformed"),
    ("one-byte.txt", b"x", "ingest.no_sentence"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "data", "code"), REFUSED, ids=[r[0] for r in REFUSED])
def test_web_and_api_uploads_refuse_alike(client, norway, norway_editor, name, data, code):
    message = IngestError(code, limit=64 * 1024 * 1024, detail="DOCX: XMLSyntaxError").message

    api = client.post("/api/v1/documents/", {"file": SimpleUploadedFile(name, data), "partner": "NO",
                                             "as_of": "2024-05-01"}, **bearer(norway_editor))
    assert api.status_code == 400, api.content
    assert api["Content-Type"] == "application/problem+json"
    assert (api.json()["code"], api.json()["detail"]) == (code, message)

    client.force_login(norway_editor)
    page = client.post(reverse("review:upload", args=["no"]),
                       {"file": SimpleUploadedFile(name, data), "as_of": "2024-05-01"})
    assert page.status_code == 400
    assert message in page.content.decode()
    assert not SourceDocument.objects.exists()


@pytest.mark.django_db
def test_web_and_api_uploads_read_latin_1_alike(client, norway, norway_editor):
    data = "La Norvège a versé 5 millions de dollars à l'Irak pour le déminage.".encode("latin-1")
    api = client.post("/api/v1/documents/", {"file": SimpleUploadedFile("fr.txt", data), "partner": "NO",
                                             "as_of": "2024-05-01"}, **bearer(norway_editor))
    assert api.status_code == 201, api.content
    assert "Norvège" in SourceDocument.objects.get().text
