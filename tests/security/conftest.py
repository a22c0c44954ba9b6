"""Reuse the editorial fixtures (partners, editors, documents, claims)."""

from tests.review.conftest import (  # noqa: F401
    denmark,
    denmark_claim,
    denmark_document,
    no_role,
    norway,
    norway_claim,
    norway_document,
    norway_editor,
    secretariat,
)
