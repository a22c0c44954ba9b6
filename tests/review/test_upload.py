"""Uploading or pasting a factsheet on the review pages hands it to the ingest service for that partner."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from coalition.claims.models import Claim
from coalition.documents.models import SourceDocument
from coalition.vocab import ReviewStatus

PASTED = (
    "Norway and the coalition against Daesh\n"
    "• Norway provides NOK 50 million for stabilization in Iraq in 2023.\n"
    "• Up to 60 personnel from the Norwegian armed forces serve in Iraq.\n"
)


@pytest.fixture
def as_norway(client, norway_editor):
    client.force_login(norway_editor)
    return client


@pytest.mark.django_db
def test_pasted_text_becomes_a_document_with_draft_claims(as_norway, norway_editor):
    response = as_norway.post(reverse("review:upload", args=["no"]), {"text": PASTED, "as_of": "2024-01-15"})
    document = SourceDocument.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("review:document", args=[document.sha256])
    assert (document.partner.code, document.added_by, str(document.as_of)) == ("NO", norway_editor, "2024-01-15")
    assert set(Claim.objects.values_list("status", flat=True)) == {ReviewStatus.DRAFT}
    assert sorted(Claim.objects.values_list("currency", flat=True), key=str) == ["NOK", None]
    page = as_norway.get(response["Location"]).content.decode()
    assert "NOK 50 million for stabilization in Iraq in 2023</a></mark>" in page


@pytest.mark.django_db
def test_uploaded_file(as_norway):
    upload = SimpleUploadedFile("norway.txt", PASTED.encode(), content_type="text/plain")
    response = as_norway.post(
        reverse("review:upload", args=["no"]), {"file": upload, "as_of": "2024-01-15", "title": "Norway 2024"}
    )
    assert response.status_code == 302
    assert SourceDocument.objects.get().title == "Norway 2024"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"as_of": "2024-01-15"}, "Choose a file or paste text"),
        ({"text": PASTED, "as_of": "last spring"}, "Enter a valid date"),
        ({"text": PASTED, "language": "de"}, "Select a valid choice"),
        ({"file": b"\x00\x01\x02binary\x00" * 50, "as_of": "2024-01-15"}, "the file is not text"),
        ({"file": b"", "as_of": "2024-01-15"}, "Choose a file or paste text"),
    ],
)
def test_bad_uploads_are_400_and_store_nothing(as_norway, data, message):
    if "file" in data:
        data = {**data, "file": SimpleUploadedFile("sheet.txt", data["file"])}
    response = as_norway.post(reverse("review:upload", args=["no"]), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not SourceDocument.objects.exists()


@pytest.mark.django_db
def test_too_large_upload_is_refused_before_reading(as_norway, settings):
    settings.COALITION = {**settings.COALITION, "MAX_UPLOAD_BYTES": 100}
    upload = SimpleUploadedFile("big.txt", PASTED.encode() * 5)
    response = as_norway.post(reverse("review:upload", args=["no"]), {"file": upload, "as_of": "2024-01-15"})
    assert response.status_code == 400 and "larger than the limit" in response.content.decode()
    assert not SourceDocument.objects.exists()


@pytest.mark.django_db
def test_same_bytes_as_another_partners_document_are_refused(as_norway, denmark_document):
    upload = SimpleUploadedFile("copy.txt", denmark_document.text.encode())
    response = as_norway.post(reverse("review:upload", args=["no"]), {"file": upload, "as_of": "2024-01-15"})
    assert response.status_code == 400 and "belongs to DK, not NO" in response.content.decode()
    assert SourceDocument.objects.count() == 1
