"""A clean install: our declarations pull in everything the code needs, with the pins of constraints.txt, and
the pip that bootstrap uses reads every extra name (issue 13, item 9)."""

import re
from importlib import metadata
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]
PIN = re.compile(r'"([A-Za-z0-9_.\[\]-]+)==([^"]+)"')


def constraints() -> dict[str, str]:
    pins = {}
    for line in (PROJECT_DIR / "constraints.txt").read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.split("==")
            pins[canonical(name)] = version.strip()
    return pins


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name.split("[")[0]).lower()


def test_every_pin_of_pyproject_is_the_pin_of_constraints():
    pinned = constraints()
    for name, version in PIN.findall((PROJECT_DIR / "pyproject.toml").read_text()):
        assert pinned.get(canonical(name)) == version, name


def test_the_html_cleaner_that_justext_needs_is_installed():
    """jusText asks for lxml[html_clean]; an old pip skipped that extra with a warning, and the cleaner."""
    assert metadata.version("lxml_html_clean") == constraints()["lxml-html-clean"]
    from lxml.html.clean import Cleaner  # noqa: F401  (the module jusText imports)


def test_bootstrap_installs_the_pinned_pip_first():
    script = (PROJECT_DIR / "scripts" / "bootstrap").read_text()
    assert script.index("-c constraints.txt pip") < script.index('-e "$target"')
    major, minor = (int(part) for part in constraints()["pip"].split(".")[:2])
    assert (major, minor) >= (23, 3)  # the first pip that normalises extra names (PEP 685)
