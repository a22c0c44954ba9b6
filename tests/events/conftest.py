"""The editorial fixtures (partners, editors) shared with the review tests."""

from tests.review.conftest import denmark, no_role, norway, norway_editor, secretariat  # noqa: F401
