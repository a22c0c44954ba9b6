"""The real seed page from the shared folder, when it is there: the extractor against its annotation."""

import json
from pathlib import Path

import pytest

from coalition.extraction import extract_text
from coalition.extraction.evaluate import score_document
from coalition.extraction.profile import extract_profile

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEED = SHARED / "seeds" / "000_10f30f4acf48182c.txt"
GOLD = SEED.with_suffix(".gold.json")


@pytest.fixture
def seed_text():
    if not SEED.exists() or not GOLD.exists():
        pytest.skip("the shared seed page is not here")
    return SEED.read_text(encoding="utf-8")


def test_seed_claims_match_the_annotation(seed_text):
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    predicted = extract_text(seed_text).to_schema_dict()
    result = score_document(SEED.name, predicted, gold)
    assert predicted["partner"] == "NO"
    assert (result.tp, result.fp, result.fn) == (7, 0, 0)
    assert {name for name, _, _ in result.field_errors} <= {"lines"}
    for claim in predicted["claims"]:
        assert claim["evidence"] in seed_text


def test_seed_profile(seed_text):
    profile = extract_profile(seed_text)
    assert profile.founding.year == 2014
    assert [h.complete for h in profile.headline_figures] == [False, True, False]
    assert profile.quote.role == "Minister for Foreign Affairs"
    assert len(profile.social_handles) == 5
    assert len(profile.media_highlights) == 2
