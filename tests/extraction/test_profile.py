"""The profile pieces of a factsheet."""

from coalition.extraction.profile import extract_profile

PAGE = """Denmark's contribution to the Global Coalition

• Denmark was among the founding members of the Global Coalition in 2014.

• Denmark funds stabilisation in Iraq and takes part in the Counter ISIS Finance Group and the Small Group.

Military
• Danish troops train Iraqi forces at Al Asad.

Media highlights:
A new step for stability in Iraq –
Ministers meet in Rome –

Social media handles:
Danish MFA website: Udenrigsministeriet –
Denmark MFA on X: @DanishMFA
Danish Defence on Instagram: @forsvaret

“Denmark stands with Iraq, and we will keep working for the lasting defeat of Daesh in every line of effort.”

Minister for Foreign Affairs, Anna Example

DKK 250 million

in humanitarian aid to Syria in 2022

personnel in Iraq to run a field hospital

This website uses cookies. Accept Read More
"""


def test_statements_with_their_lines():
    profile = extract_profile(PAGE)
    texts = [s.text for s in profile.statements]
    assert texts[0].startswith("Denmark was among the founding members")
    military = next(s for s in profile.statements if s.text.startswith("Danish troops"))
    assert military.line == "military"
    assert not any("cookies" in t for t in texts)
    for s in profile.statements:
        assert PAGE[s.start : s.end] == s.text


def test_working_groups_and_founding():
    profile = extract_profile(PAGE)
    assert [g.name for g in profile.working_groups] == ["Counter-ISIS Finance Group", "Small Group"]
    assert profile.founding.founding_member and profile.founding.year == 2014


def test_headline_figures_missing_numbers_are_incomplete():
    """A tile whose number is missing is kept with value None, never guessed."""
    figures = extract_profile(PAGE).headline_figures
    assert [(h.value, h.unit, h.complete) for h in figures] == [(250_000_000, "DKK", True), (None, None, False)]
    assert figures[0].caption == "in humanitarian aid to Syria in 2022"
    assert figures[1].caption == "personnel in Iraq to run a field hospital"


def test_quote_speaker_and_role():
    quote = extract_profile(PAGE).quote
    assert quote.speaker == "Anna Example" and quote.role == "Minister for Foreign Affairs"
    assert quote.text.startswith("Denmark stands with Iraq")


def test_media_highlights_and_handles():
    profile = extract_profile(PAGE)
    assert profile.media_highlights == ["A new step for stability in Iraq", "Ministers meet in Rome"]
    assert [(h.platform, h.handle, h.owner) for h in profile.social_handles] == [
        ("website", "Udenrigsministeriet", "Danish MFA"),
        ("x", "@DanishMFA", "Denmark MFA"),
        ("instagram", "@forsvaret", "Danish Defence"),
    ]


def test_empty_text_gives_an_empty_profile():
    profile = extract_profile("")
    assert profile.statements == [] and profile.quote is None and profile.founding is None
