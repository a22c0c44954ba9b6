"""Originals in an S3-compatible bucket (moto's server on loopback) when configured; in the database otherwise."""

import boto3
import pytest
from django.test import Client, override_settings

from coalition.claims.services import claims_accept_all
from coalition.documents.models import SourceDocument
from coalition.editorial.models import Role
from coalition.ingest.services import document_ingest
from coalition.originals import original_bytes
from coalition.partners.models import Partner
from tests.factories import make_user

from .services import S3_PORT, s3_server

FACTSHEET = b"Norway gives NOK 12 million for demining in Iraq in 2024.\n"
CREDENTIALS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing", "region_name": "us-east-1"}


def bucket_settings(endpoint: str) -> dict:
    return {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        "originals": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": "originals-test", "endpoint_url": endpoint, "location": "originals",
                "access_key": "testing", "secret_key": "testing", "region_name": "us-east-1", "file_overwrite": True,
            },
        },
    }


@pytest.fixture
def bucket():
    with s3_server() as endpoint:
        client = boto3.client("s3", endpoint_url=endpoint, **CREDENTIALS)
        client.create_bucket(Bucket="originals-test")
        with override_settings(STORAGES=bucket_settings(endpoint)):
            yield client


@pytest.fixture
def norway(db):
    return Partner.objects.create(kind="country", code="NO")


@pytest.mark.django_db
def test_without_a_bucket_the_bytes_stay_in_the_database(norway):
    document = document_ingest(data=FACTSHEET, filename="no.txt", partner=norway)
    assert bytes(SourceDocument.objects.get(pk=document.pk).original) == FACTSHEET


@pytest.mark.django_db
def test_with_a_bucket_the_bytes_go_there_once_and_stream_back(norway, bucket):
    document = document_ingest(data=FACTSHEET, filename="no.txt", partner=norway)
    document_ingest(data=FACTSHEET, filename="again.txt", partner=norway)
    stored = SourceDocument.objects.get()
    assert bytes(stored.original) == b"" and original_bytes(stored) == FACTSHEET
    keys = [item["Key"] for item in bucket.list_objects_v2(Bucket="originals-test")["Contents"]]
    assert keys == [f"originals/{document.sha256}"]

    assert claims_accept_all(document=stored, actor=make_user("sec", Role.SECRETARIAT))  # now the public may fetch it
    response = Client().get(f"/api/v1/documents/{document.sha256}/original")
    assert response.status_code == 200 and b"".join(response.streaming_content) == FACTSHEET


@pytest.mark.django_db
def test_readyz_names_the_storage_when_the_bucket_is_gone(norway):
    with s3_server() as endpoint:
        boto3.client("s3", endpoint_url=endpoint, **CREDENTIALS).create_bucket(Bucket="originals-test")
        with override_settings(STORAGES=bucket_settings(endpoint)):
            assert Client().get("/readyz").json()["checks"]["storage"]["ok"] is True
    with override_settings(STORAGES=bucket_settings(f"http://127.0.0.1:{S3_PORT}")):
        response = Client().get("/readyz")
    assert response.status_code == 503 and response.json()["degraded"] == ["storage"]
