"""docs/api.md documents every API operation, every command of this part and the rate-limit setting."""

import re
from pathlib import Path

from coalition.api.api import api

DOC = (Path(__file__).resolve().parents[2] / "docs" / "api.md").read_text()


def test_every_api_operation_is_documented():
    for path, operations in api.get_openapi_schema()["paths"].items():
        documented = re.sub(r"\{[^}]+\}", "{}", DOC)
        for method in operations:
            assert f"{method.upper()} {re.sub(r'{[^}]+}', '{}', path)}" in documented, (method, path)


def test_commands_and_settings_are_documented():
    for text in ("coalition export", "coalition import", "coalition dump", "coalition load",
                 "coalition token create", "coalition bench api", "COALITION_API_ANON_RATE", '"format_version": 1'):
        assert text in DOC, text
