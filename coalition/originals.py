"""Where original factsheets' bytes live: in the database row (the default) or in an S3 bucket.

With ``STORAGES["originals"]`` configured (COALITION_S3_BUCKET), the bytes go to the bucket under their
SHA-256, and the row keeps an empty ``original``. The key is the content's hash, so writing the same bytes
twice (a retried job) leaves one object.
"""

from io import BytesIO
from typing import IO

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.http import FileResponse, HttpResponse

ALIAS = "originals"


def in_bucket() -> bool:
    return ALIAS in settings.STORAGES


def original_put(*, sha256: str, data: bytes) -> bytes:
    """Keep ``data``; returns what the database row holds: the bytes themselves, or nothing when in the bucket."""
    if not in_bucket():
        return data
    storage = storages[ALIAS]
    if not storage.exists(sha256):
        storage.save(sha256, ContentFile(data))
    return b""


def original_open(document) -> IO[bytes]:
    """A readable file of the document's original bytes, streamed from where they are kept."""
    held = bytes(document.original)
    if held or not in_bucket():
        return BytesIO(held)
    return storages[ALIAS].open(document.sha256, "rb")


def original_response(document, *, content_type: str) -> HttpResponse:
    """The original as a response: bytes already read from the row as they are, a bucket's object streamed."""
    held = bytes(document.original)
    if held or not in_bucket():
        return HttpResponse(held, content_type=content_type)
    return FileResponse(storages[ALIAS].open(document.sha256, "rb"), content_type=content_type)


def original_bytes(document) -> bytes:
    with original_open(document) as stream:
        return stream.read()


def bucket_reachable() -> tuple[bool, str]:
    """For /readyz: one HEAD request on the bucket."""
    from botocore.exceptions import BotoCoreError, ClientError

    storage = storages[ALIAS]
    try:
        storage.connection.meta.client.head_bucket(Bucket=storage.bucket_name)
    except (BotoCoreError, ClientError) as error:
        return False, f"bucket {storage.bucket_name}: {error}"
    return True, f"bucket {storage.bucket_name}"
