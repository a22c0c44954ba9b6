"""An upload is kept first and read by a job: inline by default, else in a worker; the editor sees its state."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from coalition.claims.models import Claim
from coalition.documents.models import SourceDocument
from coalition.ingest import uploads as services
from coalition.jobs import queue
from coalition.jobs.models import Upload, UploadState

from .test_upload import PASTED


@pytest.fixture
def as_norway(client, norway_editor):
    client.force_login(norway_editor)
    return client


@pytest.fixture
def queued(monkeypatch):
    """As with a queue configured and no worker yet: the job is handed on and nothing reads it."""
    monkeypatch.setattr(queue, "queued", lambda: True)
    monkeypatch.setattr(queue, "job_defer", lambda name, **kwargs: None)


@pytest.mark.django_db
def test_inline_upload_is_extracted_before_the_page_answers(as_norway):
    as_norway.post(reverse("review:upload", args=["no"]), {"text": PASTED, "as_of": "2024-01-15"})
    upload = Upload.objects.get()
    assert upload.state == UploadState.EXTRACTED and upload.document == SourceDocument.objects.get()
    assert bytes(upload.data) == b"" and upload.attempts == 1


@pytest.mark.django_db
def test_a_queued_upload_shows_as_queued_then_extracted(as_norway, queued):
    response = as_norway.post(reverse("review:upload", args=["no"]), {"text": PASTED, "as_of": "2024-01-15"})
    assert response.status_code == 302 and response["Location"] == reverse("review:partner", args=["no"])
    page = as_norway.get(reverse("review:partner", args=["no"])).content.decode()
    assert "upload-queued" in page and not SourceDocument.objects.exists()

    services.upload_read(upload_id=Upload.objects.get().pk)
    page = as_norway.get(reverse("review:partner", args=["no"])).content.decode()
    assert "upload-extracted" in page and reverse("review:document", args=[SourceDocument.objects.get().sha256]) in page


@pytest.mark.django_db
def test_a_job_run_twice_stores_the_document_once(as_norway, queued):
    as_norway.post(reverse("review:upload", args=["no"]), {"text": PASTED, "as_of": "2024-01-15"})
    upload = Upload.objects.get()
    claims = None
    for _ in range(2):
        services.upload_read(upload_id=upload.pk)
        claims = claims if claims is not None else Claim.objects.count()
    assert SourceDocument.objects.count() == 1 and Claim.objects.count() == claims > 0
    upload.refresh_from_db()
    assert upload.attempts == 1


@pytest.mark.django_db
def test_a_job_stopped_while_reading_is_read_again_by_its_retry(as_norway, queued):
    as_norway.post(reverse("review:upload", args=["no"]), {"text": PASTED, "as_of": "2024-01-15"})
    Upload.objects.update(state=UploadState.READING, attempts=1)  # its worker was killed mid-job
    services.upload_read(upload_id=Upload.objects.get().pk)
    upload = Upload.objects.get()
    assert (upload.state, upload.attempts, SourceDocument.objects.count()) == (UploadState.EXTRACTED, 2, 1)


@pytest.mark.django_db
def test_a_binary_file_fails_its_job_with_the_error_and_is_not_retried(as_norway, queued):
    upload = SimpleUploadedFile("sheet.txt", bytes(range(256)) * 8)
    as_norway.post(reverse("review:upload", args=["no"]), {"file": upload, "as_of": "2024-01-15"})
    job = Upload.objects.get()
    services.upload_read(upload_id=job.pk)
    services.upload_read(upload_id=job.pk)
    job.refresh_from_db()
    assert (job.state, job.error_code, job.attempts) == (UploadState.FAILED, "ingest.binary", 1)
    assert "the file is not text" in as_norway.get(reverse("review:partner", args=["no"])).content.decode()


@pytest.mark.django_db
def test_a_failed_upload_raises_the_error_reading_it_inline_raised(norway, norway_editor, denmark_document):
    from coalition.errors import ReviewError
    from coalition.ingest.uploads import factsheet_upload

    upload = SimpleUploadedFile("copy.txt", denmark_document.text.encode())
    with pytest.raises(ReviewError) as caught:
        factsheet_upload(partner=norway, actor=norway_editor, upload=upload, text="", title="", as_of="2024-01-15")
    assert caught.value.code == "review.wrong_partner"
