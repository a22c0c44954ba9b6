"""The `coalition bench` group, through click's CliRunner: its commands and the offline one's figures."""

from click.testing import CliRunner

from coalition.cli import main


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_the_group_lists_every_benchmark():
    result = run("bench", "--help")
    assert result.exit_code == 0
    for name in ("api", "extract", "site", "totals"):
        assert f"\n  {name} " in result.output, name


def test_bench_extract_prints_sentences_per_second():
    result = run("bench", "extract", "--megabytes", "0.05")
    assert result.exit_code == 0 and "sentences/s" in result.output
