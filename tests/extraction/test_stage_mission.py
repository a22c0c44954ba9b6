"""classify_stage and attach_mission."""

import pytest

from .helpers import only_claim

STAGES = [
    ("Norway pledged USD 5 million to Iraq.", "pledged"),
    ("Norway has committed USD 5 million to Iraq.", "committed"),
    ("Norway allocated USD 5 million to Iraq.", "committed"),
    ("Norway disbursed USD 5 million to Iraq.", "disbursed"),
    ("Norway gave USD 5 million to Iraq.", "unknown"),
    ("Up to 70 personnel serve in Iraq.", "ceiling"),
    ("70 personnel are currently deployed in Iraq.", "deployed"),
    ("Norway has 70 personnel.", "unknown"),
]
MISSIONS = [
    ("Up to 70 personnel contribute to OIR in Iraq.", "Operation Inherent Resolve"),
    ("Up to 10 personnel serve with NATO Mission Iraq.", "NATO Mission Iraq"),
    ("We have up to 850 personnel in Operation IMPACT.", "Operation Impact"),
    ("Up to 10 personnel serve in Iraq.", None),
]


@pytest.mark.parametrize(("text", "stage"), STAGES)
def test_stage(text, stage):
    assert only_claim(text, partner="NO").stage == stage


@pytest.mark.parametrize(("text", "mission"), MISSIONS)
def test_mission(text, mission):
    assert only_claim(text, partner="NO").mission == mission
