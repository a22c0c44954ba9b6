"""Who reads what through the API and the exports, as a matrix: role x endpoint x published/unpublished x
own/other partner.

The rule (``coalition.editorial.visibility``): anonymous clients, accounts without a role and other partners'
editors see exactly what the public site shows; a partner editor also sees their own partner's drafts and
the documents behind them; the secretariat sees everything.
"""

import csv
import io
from dataclasses import dataclass

import pytest
from click.testing import CliRunner
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.test import Client

from coalition.cli import main
from coalition.documents.selectors import documents_visible_to
from coalition.profiles.models import HeadlineFigure, Statement
from coalition.vocab import ReviewStatus
from tests.api.conftest import bearer
from tests.factories import FACTSHEET, ClaimFactory, SourceDocumentFactory

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "no_role", "norway_editor", "secretariat"]
# (partner code, published): a document behind an accepted claim and piece, or one with drafts only.
ROWS = [("NO", True), ("NO", False), ("DK", True), ("DK", False)]


def expected(role: str, partner: str, published: bool) -> bool:
    """The rule, spelled out once for the whole table."""
    return published or role == "secretariat" or (role == "norway_editor" and partner == "NO")


@dataclass(frozen=True)
class Sheet:
    """One document with a claim, a statement and a headline figure, all accepted or all drafts."""

    sha256: str
    claim: int
    statement: int
    figure: int


@pytest.fixture
def sheets(norway, denmark) -> dict:
    cache.clear()
    out = {}
    for n, (code, published) in enumerate(ROWS):
        partner = norway if code == "NO" else denmark
        status = ReviewStatus.ACCEPTED if published else ReviewStatus.DRAFT
        document = SourceDocumentFactory(partner=partner, text=f"{FACTSHEET}(sheet {n})\n")
        claim = ClaimFactory(document=document, status=status)
        statement = Statement.objects.create(
            partner=partner, document=document, line="stabilization", text=f"Statement {n}.", evidence_start=0,
            evidence_end=8, status=status,
        )
        figure = HeadlineFigure.objects.create(partner=partner, document=document, label=f"tile {n}", incomplete=True,
                                               status=status)
        out[(code, published)] = Sheet(document.sha256, claim.pk, statement.pk, figure.pk)
    return out


def _items(client, url, headers) -> list[dict]:
    response = client.get(url, **headers)
    assert response.status_code == 200, response.content
    return response.json()["items"]


def _ok(client, url, headers) -> bool:
    response = client.get(url, **headers)
    assert response.status_code in (200, 404), response.content
    if response.status_code == 404:
        assert response["Content-Type"] == "application/problem+json"
    return response.status_code == 200


def _claims_csv(client, headers) -> set[int]:
    response = client.get("/api/v1/claims/?format=csv", **headers)
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode()
    return {int(row["id"]) for row in csv.DictReader(io.StringIO(text))}


# Each endpoint answers: can this client see this sheet's rows there?
ENDPOINTS = {
    "documents list": lambda c, h, s: s.sha256 in {i["sha256"] for i in _items(c, "/api/v1/documents/", h)},
    "document": lambda c, h, s: _ok(c, f"/api/v1/documents/{s.sha256}", h),
    "document original": lambda c, h, s: _ok(c, f"/api/v1/documents/{s.sha256}/original", h),
    "claims list": lambda c, h, s: s.claim in {i["id"] for i in _items(c, "/api/v1/claims/", h)},
    "claim": lambda c, h, s: _ok(c, f"/api/v1/claims/{s.claim}", h),
    "claims csv": lambda c, h, s: s.claim in _claims_csv(c, h),
    "statements": lambda c, h, s: s.statement in {i["id"] for i in _items(c, "/api/v1/statements/", h)},
    "headline figures": lambda c, h, s: s.figure in {i["id"] for i in _items(c, "/api/v1/headline-figures/", h)},
}


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("role", ROLES)
def test_visibility_matrix(request, sheets, role, endpoint):
    """Every cell of role x endpoint x published/unpublished x own/other partner follows the one rule."""
    headers = {} if role == "anonymous" else bearer(request.getfixturevalue(role))
    client = Client()
    seen = {row: ENDPOINTS[endpoint](client, headers, sheets[row]) for row in ROWS}
    assert seen == {row: expected(role, *row) for row in ROWS}


@pytest.mark.parametrize("role", ROLES)
def test_the_rule_itself(request, sheets, role):
    user = AnonymousUser() if role == "anonymous" else request.getfixturevalue(role)
    shas = set(documents_visible_to(user).values_list("sha256", flat=True))
    assert {row: sheets[row].sha256 in shas for row in ROWS} == {row: expected(role, *row) for row in ROWS}


def _exported(*args) -> set[int]:
    result = CliRunner().invoke(main, ["export", "--format", "csv", *args])
    assert result.exit_code == 0, result.output
    return {int(row["id"]) for row in csv.DictReader(io.StringIO(result.output))}


def test_coalition_export_gives_what_the_public_sees_unless_told_otherwise(sheets):
    public = {sheets[row].claim for row in ROWS if expected("anonymous", *row)}
    assert _exported() == public
    assert _exported("--include-unpublished") == {sheet.claim for sheet in sheets.values()}
