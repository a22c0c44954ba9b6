"""The error catalogue as a table (`coalition errors`, docs/errors.md), with what the source says of each code.

The classes a code is raised as are read from the source of ``coalition/``: a call of a class whose name ends
in ``Error`` with the code as its first argument. A code may also leave another way (the ``code=`` of an API
problem, a helper handed the code); every string literal of a code outside ``errors.py`` counts as a use.
"""

import ast
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from coalition import errors

PACKAGE_DIR = Path(__file__).resolve().parent
CODE = re.compile(r"[a-z]+\.[a-z_]+")
PASSED_ON = "—"

PREAMBLE = """\
# Error codes

Every error a user can see, on the command line, in the API or on the review pages, has a stable dotted code
and a message from `coalition/errors.py`. The command line prints `error: <code>: <message>` on one line
and exits with the status below; the API answers a problem+json document whose `code` is the code, with
the HTTP status below (400 where none is given). Messages are shown in the reader's language (en, fr, ar);
`%(name)s` stands for a detail filled in when the error happens.

*Class* is the exception class the code is raised as, read from the source; {passed_on} means the code is
handed to a helper or an API problem and no class is named where it appears.

This page is generated: after changing the catalogue run `coalition errors --markdown > docs/errors.md`.
`coalition errors` prints the same table for a terminal.
"""


@dataclass(frozen=True)
class Entry:
    code: str
    classes: tuple[str, ...]
    http_status: int | None
    exit_code: int
    message: str


def _literals(tree: ast.AST):
    """Each string constant of a dotted-code shape, with the name of the ``...Error`` call it opens, if any."""
    opening = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args:
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None) or ""
            if name.endswith("Error"):
                opening[id(node.args[0])] = name
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and CODE.fullmatch(node.value):
            yield node.value, opening.get(id(node))


@cache
def source_uses() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """``({code: classes it is raised as}, every code-shaped literal)`` over the package, errors.py left out.

    The first holds every ``SomethingError("a.code", ...)`` call, also of codes the catalogue lacks.
    """
    raised, mentioned = defaultdict(set), set()
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        if path.name == "errors.py" and path.parent == PACKAGE_DIR:
            continue
        for code, error_class in _literals(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            mentioned.add(code)
            if error_class:
                raised[code].add(error_class)
    return {code: frozenset(classes) for code, classes in raised.items()}, frozenset(mentioned)


def entries() -> list[Entry]:
    raised, _ = source_uses()
    found = []
    for code in sorted(errors.MESSAGES):
        classes = tuple(sorted(raised.get(code, ())))
        exit_codes = {getattr(errors, name, errors.CoalitionError).exit_code for name in classes or ["CoalitionError"]}
        found.append(Entry(
            code=code, classes=classes, http_status=errors.HTTP_STATUS.get(code), exit_code=max(exit_codes),
            message=" ".join(str(errors.MESSAGES[code]).split()),
        ))
    return found


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "\\<").replace("*", "\\*")


def markdown() -> str:
    lines = [
        PREAMBLE.format(passed_on=PASSED_ON),
        "| Code | Class | HTTP | Exit | Message |",
        "| --- | --- | --- | --- | --- |",
    ]
    for entry in entries():
        classes = ", ".join(f"`{name}`" for name in entry.classes) or PASSED_ON
        lines.append(f"| `{entry.code}` | {classes} | {entry.http_status or ''} | {entry.exit_code} "
                     f"| {_cell(entry.message)} |")
    return "\n".join(lines) + "\n"


def plain() -> list[str]:
    rows = [("code", "class", "http", "exit", "message")] + [
        (entry.code, ",".join(entry.classes) or PASSED_ON, str(entry.http_status or ""), str(entry.exit_code),
         entry.message)
        for entry in entries()
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(4)]
    return ["  ".join([*(cell.ljust(width) for cell, width in zip(row, widths)), row[-1]]) for row in rows]
