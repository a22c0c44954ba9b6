"""Every command of `coalition` is documented, so the docs cannot fall behind the CLI."""

import re
from pathlib import Path

import click
import pytest

from coalition.cli import main

PROJECT_DIR = Path(__file__).resolve().parents[2]


def documentation() -> str:
    pages = [PROJECT_DIR / "README.md", *sorted((PROJECT_DIR / "docs").glob("*.md"))]
    return "\n".join(page.read_text(encoding="utf-8") for page in pages)


def command_paths(group: click.Group, prefix: str = "coalition"):
    for name, command in group.commands.items():
        path = f"{prefix} {name}"
        yield path
        if isinstance(command, click.Group):
            yield from command_paths(command, path)


@pytest.mark.parametrize("path", sorted(command_paths(main)))
def test_every_command_is_documented(path):
    mention = re.compile(rf"(?<![\w-]){re.escape(path)}(?![\w-])")
    assert mention.search(documentation()), f"{path} is not in README.md or docs/"
