"""docs/extraction.md keeps up with the code: commands and options, pipeline steps, error codes, vocabularies."""

import re
from pathlib import Path

from coalition.extraction import SCHEMA_FIELDS
from coalition.extraction.pipeline import PIPELINE
from coalition.ingest import commands as cli
from coalition.vocab import LineOfEffort, Period, Qualifier

DOC = (Path(__file__).resolve().parents[2] / "docs" / "extraction.md").read_text(encoding="utf-8")


def test_every_command_and_option_is_documented():
    for name, command in (("extract", cli.extract), ("ingest", cli.ingest), ("eval", cli.eval_)):
        assert f"coalition {name}" in DOC, name
        for parameter in command.params:
            for option in parameter.opts:
                if option.startswith("--"):
                    assert option in DOC, (name, option)


def test_every_pipeline_step_is_documented():
    for step in PIPELINE:
        assert f"`{step.__name__}`" in DOC, step.__name__


def test_every_ingest_error_code_is_documented():
    source = (Path(__file__).resolve().parents[2] / "coalition" / "reading.py").read_text()
    for code in set(re.findall(r'"(ingest\.[a-z_]+)"', source)):
        assert f"`{code}`" in DOC, code


def test_schema_fields_and_vocabularies_are_documented():
    for name in SCHEMA_FIELDS:
        assert f"`{name}`" in DOC, name
    for value in [*LineOfEffort.values, *Qualifier.values, *Period.values]:
        assert f"`{value}`" in DOC, value
