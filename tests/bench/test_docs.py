"""Each benchmark is documented on the page of the part it measures, with every option it takes."""

from pathlib import Path

import pytest

from coalition.bench.commands import bench

DOCS = Path(__file__).resolve().parents[2] / "docs"
PAGES = {"extract": ("extraction.md",), "totals": ("totals.md",), "api": ("api.md",),
         "site": ("website.md", "deploy.md")}


def test_every_benchmark_has_its_page():
    assert set(bench.commands) == set(PAGES)


@pytest.mark.parametrize("name", sorted(PAGES))
def test_every_benchmark_and_option_is_documented(name):
    text = "".join((DOCS / page).read_text(encoding="utf-8") for page in PAGES[name])
    assert f"coalition bench {name}" in text
    for parameter in bench.commands[name].params:
        for option in parameter.opts:
            assert option in text, (name, option)
