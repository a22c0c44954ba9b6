"""The one `coalition` command lists every job with one line each."""

import re

from click.testing import CliRunner

from coalition.cli import main

FOUNDATION_COMMANDS = {"migrate", "load-example", "serve", "manage", "bench"}


def test_help_lists_every_command_on_one_line():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    listed = dict(re.findall(r"^  ([a-z][a-z-]*)\s{2,}(.+)$", result.output, flags=re.MULTILINE))
    assert FOUNDATION_COMMANDS <= set(listed)
    for name, summary in listed.items():
        assert not summary.endswith("..."), f"the summary of {name!r} is cut off: {summary!r}"
    assert set(listed) == set(main.commands)
