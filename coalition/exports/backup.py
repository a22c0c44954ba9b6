"""Full backup and restore: every row of every table, history and documents' original bytes included.

The file is gzip-compressed JSON lines: a manifest first, then one object per line, model by model in an
order where every row comes after the rows it points to. Rows keep their primary keys; links to users,
content types and permissions use natural keys, so a backup loads into another database, even another
engine (SQLite <-> PostgreSQL). Sessions are not kept (they are logins, not data), and content types and
permissions are made by ``migrate`` on the target.
"""

import base64
import gzip
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from uuid import UUID

from django.apps import apps
from django.core import serializers
from django.core.management.color import no_style
from django.core.serializers.base import DeserializationError
from django.db import DatabaseError, connection, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from coalition.errors import BackupError

FORMAT = "coalition-ledger.backup"
FORMAT_VERSION = 1
CHUNK_SIZE = 2000
SKIPPED = {"contenttypes.contenttype", "auth.permission", "sessions.session"}
# Rows that migrations create: on load they may already be there, and are then left as they are.
SEEDED = {"partners.country", "claims.line"}
#: Models that moved to another app since a backup may have been made: their rows load under the new label.
RENAMED = {"review.editor": "editorial.editor", "review.publication": "profiles.publication"}


@dataclass(frozen=True)
class BackupSummary:
    rows: int
    models: int


def _label(model) -> str:
    return model._meta.label_lower


def backup_models() -> list:
    """Every concrete model, each after the models its foreign keys point to (self-links aside)."""
    candidates = [m for m in apps.get_models() if _label(m) not in SKIPPED and not m._meta.proxy]
    ordered, placed = [], set()

    def place(model, trail=()):
        if model in placed or model in trail:
            return
        for field in model._meta.concrete_fields:
            target = field.related_model if field.is_relation else None
            if target is not None and target is not model and target in candidates:
                place(target, (*trail, model))
        placed.add(model)
        ordered.append(model)

    for model in candidates:
        place(model)
    return ordered


def _json_default(value):
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal | UUID):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    raise TypeError(f"cannot store {type(value).__name__}")


def _manifest(models_: list) -> dict:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": timezone.now().isoformat(),
        "database_vendor": connection.vendor,
        "migrations": sorted(
            [app, name] for app, name in MigrationRecorder(connection).applied_migrations()
        ),
        "models": [_label(model) for model in models_],
    }


def _rows(model) -> Iterator[dict]:
    queryset = model._base_manager.order_by("pk")
    for obj in queryset.iterator(chunk_size=CHUNK_SIZE):
        yield from serializers.serialize("python", [obj], use_natural_foreign_keys=True)


def dump(path: Path, *, progress=lambda count: None) -> BackupSummary:
    """Write every row to ``path``, read in one transaction so the backup is a consistent snapshot.

    ``progress(1)`` is called for each row written."""
    models_ = backup_models()
    count = 0
    with transaction.atomic(), gzip.open(path, "wt", encoding="utf-8") as out:
        out.write(json.dumps(_manifest(models_)) + "\n")
        for model in models_:
            for row in _rows(model):
                out.write(json.dumps(row, default=_json_default, ensure_ascii=False) + "\n")
                count += 1
                progress(1)
    return BackupSummary(rows=count, models=len(models_))


def _read(path: Path) -> Iterator[dict]:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as source:
            for line in source:
                yield json.loads(line)
    except (OSError, EOFError, ValueError, UnicodeDecodeError) as error:
        raise BackupError("backup.malformed", detail=str(error)) from None


def _check_manifest(manifest) -> list:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError("backup.malformed", detail="no manifest on the first line")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError("backup.bad_format_version", found=manifest.get("format_version"), expected=FORMAT_VERSION)
    known = {_label(model): model for model in backup_models()}
    manifest["models"] = [RENAMED.get(label, label) for label in manifest["models"]]
    for label in manifest["models"]:
        if label not in known:
            raise BackupError("backup.unknown_model", model=label)
    for label, model in known.items():
        if label not in SEEDED and model._base_manager.exists():
            raise BackupError("backup.not_empty", model=label)
    return [known[label] for label in manifest["models"]]


class _Batch:
    """Rows of one model, written with bulk_create, their many-to-many links after them."""

    def __init__(self, model):
        self.model, self.objects, self.links = model, [], []

    def add(self, deserialized) -> None:
        self.objects.append(deserialized.object)
        self.links.append(deserialized.m2m_data or {})
        if len(self.objects) >= CHUNK_SIZE:
            self.flush()

    def flush(self) -> None:
        if not self.objects:
            return
        self.model._base_manager.bulk_create(self.objects, ignore_conflicts=_label(self.model) in SEEDED)
        for name in {name for links in self.links for name in links}:
            field = self.model._meta.get_field(name)
            through = field.remote_field.through
            source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
            through._base_manager.bulk_create(
                [
                    through(**{f"{source}_id": obj.pk, f"{target}_id": pk})
                    for obj, links in zip(self.objects, self.links, strict=True)
                    for pk in links.get(name, ())
                ]
            )
        self.objects, self.links = [], []


@contextmanager
def _timestamps_as_stored(models_: list):
    """bulk_create would stamp auto_now/auto_now_add fields with the present time; keep the stored ones."""
    fields = [
        field for model in models_ for field in model._meta.concrete_fields
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
    ]
    saved = [(field, field.auto_now, field.auto_now_add) for field in fields]
    for field in fields:
        field.auto_now = field.auto_now_add = False
    try:
        yield
    finally:
        for field, auto_now, auto_now_add in saved:
            field.auto_now, field.auto_now_add = auto_now, auto_now_add


@transaction.atomic
def load(path: Path, *, progress=lambda count: None) -> BackupSummary:
    """Restore a backup into an empty, migrated database; all or nothing. ``progress(1)`` follows each row."""
    rows = _read(path)
    models_ = _check_manifest(next(rows, None))
    with _timestamps_as_stored(models_):
        count = _load_rows(rows, progress)
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), models_):
            cursor.execute(statement)
    return BackupSummary(rows=count, models=len(models_))


def _load_rows(rows, progress) -> int:
    batch, count = None, 0
    try:
        for row in rows:
            progress(1)
            if isinstance(row, dict) and row.get("model") in RENAMED:
                row["model"] = RENAMED[row["model"]]
            for deserialized in serializers.deserialize("python", [row], handle_forward_references=False):
                model = type(deserialized.object)
                if batch is None or batch.model is not model:
                    if batch is not None:
                        batch.flush()
                    batch = _Batch(model)
                batch.add(deserialized)
                count += 1
        if batch is not None:
            batch.flush()
    except (DeserializationError, DatabaseError, LookupError) as error:
        raise BackupError("backup.malformed", detail=str(error)) from None
    return count
