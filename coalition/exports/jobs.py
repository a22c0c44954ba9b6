"""Exports written by a job: asked for at once (state ``queued``), written by ``export_write`` in a worker, or
before the request returns when no queue is configured.

The file goes to the exports storage: the bucket, beside the originals under ``exports/``, when there is
one (so every app server can hand it out), else the data directory. ``export_write`` may run more than once
(a worker killed mid-job has its job retried): it does nothing for an export already done or failed, and a
retry writes the same file name again from scratch.
"""

import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.core.files.storage import FileSystemStorage, Storage
from django.db import transaction
from django.utils.module_loading import import_string

from coalition.errors import CoalitionError, ExportError
from coalition.jobs.models import Export, ExportState
from coalition.jobs.queue import job_run
from coalition.originals import ALIAS, in_bucket

from .writers import FORMATS, export_claims


def export_storage() -> Storage:
    if in_bucket():
        config = settings.STORAGES[ALIAS]
        return import_string(config["BACKEND"])(**{**config["OPTIONS"], "location": "exports"})
    return FileSystemStorage(location=Path(settings.DATA_DIR) / "exports")


def export_request(*, format: str, include_unpublished: bool = False, actor=None, queue: bool = True) -> Export:
    """Record the export and start writing it; without ``queue`` or a configured queue, before this returns."""
    if format not in FORMATS:
        raise ExportError("export.bad_format", format=format)
    with transaction.atomic():
        export = Export(format=format, include_unpublished=include_unpublished, requested_by=actor)
        export.full_clean()
        export.save()
        job_run("export_write", export_write, export_id=export.pk, inline=not queue)
    export.refresh_from_db()
    return export


def export_write(*, export_id: int) -> None:
    """Write one export to the exports storage; a refused export ends as ``failed`` with its error."""
    with transaction.atomic():
        export = Export.objects.select_for_update().filter(pk=export_id).first()
        if export is None or export.state in (ExportState.DONE, ExportState.FAILED):
            return
        export.state = ExportState.WRITING
        export.attempts += 1
        export.save(update_fields=["state", "attempts", "changed_at"])
    name = f"claims-{export.pk}.{export.format}"
    try:
        with tempfile.TemporaryDirectory() as scratch:
            path = Path(scratch) / name
            rows = export_claims(format=export.format, output=path, include_unpublished=export.include_unpublished)
            storage = export_storage()
            if storage.exists(name):  # left by an attempt that died before it was recorded
                storage.delete(name)
            with path.open("rb") as written:
                name = storage.save(name, File(written))
    except CoalitionError as error:
        export.state, export.error_code = ExportState.FAILED, error.code
        export.error_params = {key: str(value) for key, value in error.params.items()}
        export.save(update_fields=["state", "error_code", "error_params", "changed_at"])
        return
    export.state, export.rows, export.file_name = ExportState.DONE, rows, name
    export.save(update_fields=["state", "rows", "file_name", "changed_at"])


def export_location(export: Export) -> str:
    """Where a written export can be fetched: a path on this machine, or a signed link into the bucket."""
    if export.state != ExportState.DONE:
        return ""
    storage = export_storage()
    return storage.url(export.file_name) if in_bucket() else storage.path(export.file_name)


def exports_latest(*, limit: int = 20):
    return Export.objects.select_related("requested_by")[:limit]
