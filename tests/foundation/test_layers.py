"""Imports run one way: the layers table of docs/architecture.md is the rule, and every import in `coalition/`,
late ones included, must follow it."""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "coalition"
ARCHITECTURE = ROOT / "docs" / "architecture.md"
LAYER_ROW = re.compile(r"^\| (\d+) \| (.+?) \| .+ \|$")


def declared_layers() -> dict[str, int]:
    """The package → layer map of the "Layers" table."""
    layers = {}
    for line in ARCHITECTURE.read_text(encoding="utf-8").splitlines():
        if match := LAYER_ROW.match(line):
            for name in re.findall(r"`([a-z_]+)`", match.group(2)):
                assert name not in layers, f"{name} is in two rows of the layers table"
                layers[name] = int(match.group(1))
    return layers


def package_of(module: str) -> str:
    """``coalition.claims.services`` → ``claims``; ``coalition.errors`` → ``errors``."""
    return module.split(".")[1]


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> list[tuple[str, int]]:
    """Every ``coalition.*`` module ``path`` imports, at any depth of the file, with its line."""
    name = module_name(path)
    base = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                anchor = base.split(".")[: len(base.split(".")) - node.level + 1]
                target = ".".join([*anchor, node.module] if node.module else anchor)
            else:
                target = node.module or ""
            found.append((target, node.lineno))
    return [(target, line) for target, line in found if target.startswith("coalition.")]


def sources() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py") if "migrations" not in path.parts)


def test_every_package_has_a_layer():
    packages = {path.relative_to(PACKAGE).parts[0].removesuffix(".py") for path in sources()} - {"__init__"}
    missing = sorted(packages - declared_layers().keys())
    assert not missing, f"add these packages to the layers table of docs/architecture.md: {missing}"
    assert not sorted(declared_layers().keys() - packages), "the layers table names packages that do not exist"


def test_no_import_runs_up_or_across_a_layer():
    layers = declared_layers()
    wrong = []
    for path in sources():
        if path.parent == PACKAGE and path.name == "__init__.py":
            continue
        source = package_of(module_name(path))
        for target, line in imports(path):
            if target == "coalition":
                continue
            destination = package_of(target)
            upward = layers[destination] > layers[source]
            across = layers[destination] == layers[source] and layers[source] > 0  # layer 0: shared modules
            if destination != source and (upward or across):
                wrong.append(f"{path.relative_to(ROOT)}:{line} ({source}, layer {layers[source]}) imports "
                             f"{target} (layer {layers[destination]})")
    assert not wrong, "imports against the layers of docs/architecture.md:\n" + "\n".join(wrong)


@pytest.mark.parametrize(
    ("path", "importing", "expected"),
    [
        ("coalition/claims/services.py", "from coalition.review import views", "coalition.review"),
        ("coalition/claims/services.py", "from .models import Claim", "coalition.claims.models"),
        ("coalition/api/routers/claims.py", "from ..access import x", "coalition.api.access"),
        ("coalition/editorial/__init__.py", "from . import writes", "coalition.editorial"),
    ],
)
def test_relative_imports_resolve_to_their_package(tmp_path, monkeypatch, path, importing, expected):
    """The walker must see an upward import written relatively, and inside a function."""
    source = ROOT / path
    monkeypatch.setattr(Path, "read_text", lambda self, encoding=None: f"def late():\n    {importing}\n")
    assert [target for target, _ in imports(source)] == [expected]


def test_the_module_table_names_files_that_exist():
    text = ARCHITECTURE.read_text(encoding="utf-8")
    paths = set(re.findall(r"`(coalition/[\w/.]+)`", text))
    assert len(paths) > 10
    missing = sorted(path for path in paths if not (ROOT / path).exists())
    assert not missing, f"docs/architecture.md names files that do not exist: {missing}"
