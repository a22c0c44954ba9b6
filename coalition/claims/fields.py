"""A claim's public fields, declared once, with what each use of a claim takes of them.

Ingest, the editors' services, the export format and its import, the API's schemas, the totals' copy of a
claim and the public site all read their field lists here, so a new field is one row of ``CLAIM_FIELDS``
(and a migration). ``tests/claims/test_fields.py`` checks that the rows match the model and that every
consumer's list is the one derived from them.
"""

from dataclasses import dataclass
from enum import Flag, auto

from django.db import models

from .models import Claim


class Use(Flag):
    """What a field is used for. Each consumer takes the fields marked with its use, in declared order."""

    #: Ingest copies it as it is from the extracted claim's attribute of the same name.
    EXTRACTED = auto()
    #: Editors change it (``claim_edit``, the admin); a published profile's snapshot keeps it for a restore.
    EDITED = auto()
    #: A column of the export format (CSV, JSON, XLSX), of the API's claim and of the import's files.
    EXPORTED = auto()
    #: The import sets it from the file's column as it is.
    IMPORT_COPIED = auto()
    #: The import compares it with the file to leave a row that says the same alone (the parent aside).
    IMPORT_STATE = auto()
    #: Totals' ``ClaimAmount`` copies it as it is.
    AMOUNT = auto()
    #: The public site's ``Figure`` copies it as it is.
    SHOWN = auto()
    #: A claim a total leaves out is listed with it (``ExcludedClaim``, the API's ``ExcludedClaimOut``).
    EXCLUDED = auto()


@dataclass(frozen=True)
class ClaimField:
    """One public field: its name, its uses, and for a column read through a relation its ORM path."""

    name: str
    uses: Use
    path: str = ""
    #: What the API's schema says of it, where the name alone is not enough.
    description: str = ""

    @property
    def source(self) -> str:
        """Where a query reads it: the ORM path, or the field itself."""
        return self.path or self.name

    @property
    def steps(self) -> tuple[models.Field, ...]:
        """The model fields its source walks, from the claim's own (``FieldDoesNotExist`` for a wrong name)."""
        steps, model = [], Claim
        for name in self.source.split("__"):
            steps.append(model._meta.get_field(name))
            model = steps[-1].related_model
        return tuple(steps)

    @property
    def model_field(self) -> models.Field:
        """The claim's own field this column comes from (for a path, its first step)."""
        return self.steps[0]

    @property
    def attname(self) -> str:
        """The attribute a copy reads: ``partner_id`` for the partner, the name itself otherwise."""
        return self.model_field.attname

    @property
    def many(self) -> bool:
        return self.model_field.many_to_many


#: The export carries it and the import writes it back (through a lookup or a parse, or as it is).
_KEPT = Use.EXPORTED | Use.IMPORT_STATE
_COPIED = _KEPT | Use.IMPORT_COPIED
_EXTRACTED_EDITED = Use.EXTRACTED | Use.EDITED | _COPIED

#: Every public field of a claim, in the order of the export's columns.
CLAIM_FIELDS = (
    ClaimField("id", Use.EXPORTED | Use.SHOWN),
    ClaimField("partner", _KEPT | Use.AMOUNT, path="partner__code"),
    ClaimField("kind", _EXTRACTED_EDITED | Use.AMOUNT | Use.SHOWN),
    ClaimField("value", Use.EDITED | _KEPT | Use.AMOUNT | Use.SHOWN | Use.EXCLUDED,
               description="Exact decimal, written as a string."),
    ClaimField("currency", _EXTRACTED_EDITED | Use.SHOWN | Use.EXCLUDED),
    ClaimField("qualifier", _EXTRACTED_EDITED | Use.AMOUNT | Use.SHOWN),
    ClaimField("period", _EXTRACTED_EDITED | Use.SHOWN),
    ClaimField("year", _EXTRACTED_EDITED | Use.SHOWN),
    ClaimField("since", _EXTRACTED_EDITED | Use.SHOWN),
    ClaimField("stage", _EXTRACTED_EDITED | Use.AMOUNT),
    ClaimField("mission", Use.EDITED | _COPIED),
    ClaimField("places", Use.EDITED | Use.EXPORTED),
    ClaimField("lines", Use.EDITED | Use.EXPORTED),
    ClaimField("parent", Use.EXPORTED, description="The total this figure is a breakdown of."),
    ClaimField("status", _COPIED | Use.AMOUNT),
    ClaimField("reviewed_by", _KEPT, path="reviewed_by__username"),
    ClaimField("reviewed_at", _KEPT),
    ClaimField("version", Use.EXPORTED),  # checked by the import, never copied
    ClaimField("position", Use.EXPORTED),
    ClaimField("evidence", Use.EXTRACTED | _KEPT | Use.SHOWN | Use.EXCLUDED,
               description="Exactly document text[evidence_start:evidence_end]."),
    ClaimField("evidence_start", _KEPT),
    ClaimField("evidence_end", _KEPT),
    ClaimField("document_sha256", Use.EXPORTED | Use.EXCLUDED, path="document__sha256"),
    ClaimField("document_title", Use.EXPORTED, path="document__title"),
    ClaimField("document_as_of", Use.EXPORTED, path="document__as_of"),
    ClaimField("document_source_url", Use.EXPORTED, path="document__source_url"),
    ClaimField("created_at", Use.EXPORTED),
    ClaimField("updated_at", Use.EXPORTED),
)


def claim_fields(use: Use) -> tuple[ClaimField, ...]:
    """The fields marked with ``use``, in declared order."""
    return tuple(field for field in CLAIM_FIELDS if use in field.uses)


def field_names(use: Use) -> tuple[str, ...]:
    return tuple(field.name for field in claim_fields(use))
