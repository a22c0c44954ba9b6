"""The OpenAPI document: matches the committed snapshot, describes every operation, and the running API
keeps its promises (schemathesis: no 5xx, every response conforms to the document)."""

import json
import os
from pathlib import Path

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from coalition.api.api import api
from coalition.vocab import ReviewStatus
from coalition.wsgi import application
from tests.factories import ClaimFactory

SNAPSHOT = Path(__file__).with_name("openapi.snapshot.json")


def current_document() -> dict:
    return json.loads(json.dumps(api.get_openapi_schema(), default=str))


def test_openapi_document_matches_the_committed_snapshot():
    """After a deliberate change, regenerate with UPDATE_OPENAPI_SNAPSHOT=1 and review the diff."""
    if os.environ.get("UPDATE_OPENAPI_SNAPSHOT") == "1":
        SNAPSHOT.write_text(json.dumps(current_document(), indent=1, sort_keys=True) + "\n")
    assert current_document() == json.loads(SNAPSHOT.read_text())


def test_every_operation_has_a_summary_tags_and_a_description():
    for path, operations in current_document()["paths"].items():
        for method, operation in operations.items():
            assert operation.get("summary"), (method, path)
            assert operation.get("tags"), (method, path)
            assert operation.get("description"), (method, path)


def test_every_4xx_answer_is_documented_as_a_problem():
    for path, operations in current_document()["paths"].items():
        for method, operation in operations.items():
            for status, response in operation["responses"].items():
                if status.startswith("4"):
                    assert list(response["content"]) == ["application/problem+json"], (method, path, status)


CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture
def keep_test_connection():
    """Requests through the WSGI app would close the test's database connection at their end (Django's own
    test client prevents this the same way)."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.mark.django_db
def test_api_keeps_the_promises_of_its_document(settings, keep_test_connection):
    """Generated requests to every operation: no 5xx, and status, media type and body match the document."""
    settings.COALITION = {**settings.COALITION, "API_ANON_RATE": "100000/min"}
    document = ClaimFactory(status=ReviewStatus.ACCEPTED).document
    ClaimFactory(document=document, needle="40 personnel", kind="personnel", value=40, currency=None, position=1)
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == len([op for ops in current_document()["paths"].values() for op in ops])
    for operation in operations:

        @given(case=operation.as_strategy())
        @hypothesis_settings(
            max_examples=25, deadline=None, database=None, derandomize=True, suppress_health_check=list(HealthCheck)
        )
        def check(case):
            case.call_and_validate(checks=CHECKS)

        check()
