"""The extractor's modules define each top-level name once: rules written in parallel on two branches and merged may
both survive, and then the later one silently shadows the earlier (it happened twice, with a table caption's reader
and a year's note in brackets)."""

import ast
from collections import Counter
from pathlib import Path

import pytest

import coalition.extraction

MODULES = sorted(Path(coalition.extraction.__file__).parent.glob("*.py"))


def _top_level_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("path", MODULES, ids=[p.name for p in MODULES])
def test_no_top_level_name_is_defined_twice(path):
    counts = Counter(_top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
    assert [name for name, n in counts.items() if n > 1] == []


def test_the_check_sees_a_name_defined_twice():
    tree = ast.parse("A = 1\ndef f(): pass\nA = 2\ndef f(): pass\nB: int = 3\n")
    assert sorted(n for n, c in Counter(_top_level_names(tree)).items() if c > 1) == ["A", "f"]
