"""A claim's public fields are declared once (``coalition.claims.fields``): the declaration matches the model, and
every list of a claim's fields elsewhere is the declaration's subset for its use, so a new row reaches them all."""

import dataclasses
import importlib
import importlib.util
import sys

import pytest

from coalition.claims import fields
from coalition.claims.fields import CLAIM_FIELDS, ClaimField, Use, claim_fields, field_names
from coalition.claims.models import Claim
from coalition.extraction import ExtractedClaim
from coalition.totals.models import ClaimAmount
from coalition.totals.results import ExcludedClaim
from coalition.website.selectors import Figure

#: The modules that read a claim's field lists at import, and the lists each derives, given the declaration;
#: a module comes after those it takes a list from.
CONSUMERS = {
    "coalition.ingest.drafts": {"EXTRACTED_FIELDS": lambda: field_names(Use.EXTRACTED)},
    "coalition.claims.services": {
        "EDITABLE_FIELDS": lambda: tuple(f.name for f in claim_fields(Use.EDITED) if not f.many),
        "EDITABLE_M2M": lambda: tuple(f.name for f in claim_fields(Use.EDITED) if f.many),
    },
    "coalition.profiles.publishing": {
        "CLAIM_SNAPSHOT_FIELDS": lambda: tuple(f.name for f in claim_fields(Use.EDITED) if not f.many),
    },
    "coalition.exports.rows": {"COLUMNS": lambda: field_names(Use.EXPORTED)},
    "coalition.exports.services": {
        "FIELDS": lambda: field_names(Use.IMPORT_COPIED),
        "STATE": lambda: tuple(f.attname for f in claim_fields(Use.IMPORT_STATE)),
    },
    "coalition.totals.services": {"AMOUNT_FIELDS": lambda: tuple(f.attname for f in claim_fields(Use.AMOUNT))},
    "coalition.website.selectors": {"FIGURE_FIELDS": lambda: field_names(Use.SHOWN)},
    "coalition.api.schemas": {"ClaimOut": lambda: field_names(Use.EXPORTED)},
}


def _derived(module, name):
    value = getattr(module, name)
    return tuple(value.model_fields) if name.endswith("Out") else value


def _claim_fields_of_model() -> set[str]:
    return {field.name for field in Claim._meta.get_fields() if field.concrete or field.many_to_many}


def test_every_declared_field_reads_a_field_of_the_claim_and_every_claim_field_is_declared():
    """A model field missing from the declaration, or a declared name the model lacks, fails here."""
    assert {field.steps[0].name for field in CLAIM_FIELDS} == _claim_fields_of_model()  # steps: each path resolves
    assert len({field.name for field in CLAIM_FIELDS}) == len(CLAIM_FIELDS)


def test_the_uses_fit_together_and_match_the_classes_that_copy_claims():
    """Copied by the import means compared and exported; what ingest copies the extractor has; what totals,
    the site and the left-out list copy, their classes have."""
    assert set(field_names(Use.IMPORT_COPIED)) <= set(field_names(Use.IMPORT_STATE)) <= set(field_names(Use.EXPORTED))
    assert not any(field.many for field in claim_fields(Use.IMPORT_STATE))  # links are compared apart
    extracted = {f.name for f in dataclasses.fields(ExtractedClaim)}
    assert set(field_names(Use.EXTRACTED)) <= extracted
    assert {f.attname for f in claim_fields(Use.AMOUNT)} <= {f.attname for f in ClaimAmount._meta.concrete_fields}
    assert set(field_names(Use.SHOWN)) <= {f.name for f in dataclasses.fields(Figure)}
    assert [f.name for f in dataclasses.fields(ExcludedClaim)] == ["claim_id", "reason", *field_names(Use.EXCLUDED)]


@pytest.mark.parametrize("module_name", CONSUMERS)
def test_each_consumer_takes_its_list_from_the_declaration(module_name):
    module = importlib.import_module(module_name)
    for name, derive in CONSUMERS[module_name].items():
        assert _derived(module, name) == derive(), name


def test_the_api_lists_a_left_out_claim_with_the_fields_totals_list_it_with():
    from coalition.api.schemas import ExcludedClaimOut

    assert list(ExcludedClaimOut.model_fields) == [f.name for f in dataclasses.fields(ExcludedClaim)]


def test_the_admin_edits_the_declared_editable_fields():
    from django.contrib import admin

    editable = admin.site._registry[Claim].editable_fields
    assert tuple(editable) == field_names(Use.EDITED)


def _fresh(name: str, monkeypatch):
    """The module run anew as a copy of its own, which the consumers run after it import (until the test ends),
    so that the modules the rest of the suite holds stay as they are."""
    spec = importlib.util.find_spec(name)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setitem(sys.modules, name, module)
    return module


def test_a_field_added_to_the_declaration_reaches_every_consumer(monkeypatch):
    """Declare one more field for every use, run the consumers again: each list now carries it."""
    added = ClaimField("document_language", ~Use(0), path="document__language")
    monkeypatch.setattr(fields, "CLAIM_FIELDS", (*CLAIM_FIELDS, added))
    for module_name, lists in CONSUMERS.items():
        module = _fresh(module_name, monkeypatch)
        for name, derive in lists.items():
            derived = _derived(module, name)
            assert derived == derive(), name
            if name != "EDITABLE_M2M":  # the links' list, which a plain field does not join
                assert "document_language" in derived or "document_id" in derived, name  # or its attname


def test_the_review_page_edits_every_declared_editable_field():
    """The edit form names its fields one by one (labels, bounds); a field declared editable must get one there."""
    from coalition.review.forms import ClaimEditForm

    assert set(ClaimEditForm.CHANGES) == set(field_names(Use.EDITED))
    assert set(ClaimEditForm.CHANGES) <= set(ClaimEditForm.base_fields)
