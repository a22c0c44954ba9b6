"""The classes of error blind round 30 (`gold/en-ad-*`, English: a foreign ministry's FAQ with questions as headings
(`.html`), a wire brief with a dateline, a parliamentary debate with interjections, a development agency's report
chapter with a table by channel (`.pdf`), a UN programme's release on a grant agreement (`.docx`), a regional paper's
interview with a returning commander whose country it never names, and a joint statement listing many partners'
pledges) found, one test per class, each checked to fail on the code before its fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Sweden gives SEK 50 million to Syria. Germany last week pledged 120 million euros to the same UN appeal.", "SE",
     [50000000]),
    ("Ireland gives EUR 3 million to Iraq. Japan on Monday announced USD 10 million for the same fund.", "IE",
     [3000000]),
    ("Spain gives EUR 7 million to Syria. The United Kingdom earlier this month pledged £40 million.", "ES", [7000000]),
    ("Estonia gives EUR 1 million to Iraq. Denmark yesterday committed DKK 60 million to demining.", "EE", [1000000]),
])
def test_another_giver_with_a_time_phrase_before_its_verb_gives_its_own_sum(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("I pledged €25 million for Syria for 2027, alongside the European Union's pledge of €2.5 billion.", "IE",
     [25000000]),
    ("Ireland pledged €25 million for Syria, alongside Germany's pledge of €90 million.", "IE", [25000000]),
    ("Sweden gives SEK 200 million to Iraq, next to Japan's contribution of USD 30 million.", "SE", [200000000]),
    ("Portugal's pledge of EUR 5 million follows the United States' grant of USD 40 million to Iraq.", "PT",
     [5000000]),
])
def test_a_sum_another_givers_possessive_names_is_its_own(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Czechia gives CZK 45 million to Syria. The EU Regional Trust Fund in Response to the Syrian Crisis, to which "
     "the Czech Republic belongs, has mobilised EUR 2.3 billion since 2014.", "CZ", [45000000]),
    ("Sweden gives SEK 50 million to Iraq. The Funding Facility for Stabilization has raised more than USD 1.9 "
     "billion.", "SE", [50000000]),
    ("Spain contributed EUR 4 million to the Iraq Humanitarian Fund, which has attracted USD 600 million since 2015.",
     "ES", [4000000]),
    ("Le Portugal verse 2 millions d'euros à l'Irak. Le Fonds fiduciaire régional de l'UE a mobilisé 2,3 milliards "
     "d'euros depuis 2014.", "PT", [2000000]),
])
def test_what_a_fund_or_facility_has_mobilised_is_its_own_total(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("A contingent of about 300 from the Guadarrama XII Brigade has already relieved us at Besmaya, in Iraq.", "ES",
     [300]),
    ("A detachment of 45 from the 1st Engineer Regiment arrived in Iraq in March.", "SE", [45]),
    ("A medical team of 12 from the military hospital in Tartu serves in Erbil, Iraq.", "EE", [12]),
])
def test_a_units_count_followed_by_where_it_comes_from_is_a_head_count(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Colonel, how many of you went out?\nI led 340 soldiers, most of them from the Legion's brigade here at Viator. "
     "A contingent from the Guadarrama XII Brigade has relieved us in Iraq. Since 2015, more than 6,000 of our troops "
     "have served in Iraq.", "ES"),
    ("The brigade's soldiers returned to the Bétera base on Tuesday. Since 2016, more than 4,000 of our troops have "
     "served in Iraq, and we keep 300 there.", "ES"),
])
def test_a_regional_papers_home_base_or_brigade_names_the_partner(text, expected):
    assert extract_text(text).partner == expected


@pytest.mark.parametrize(("text", "partner"), [
    ("The grant includes 85 million crowns for the World Food Programme in Syria, International Development "
     "Cooperation Minister Johan Lindqvist told reporters.", "SE"),
    ("Ireland gives EUR 3 million to the ICRC in Syria, Minister of State for Overseas Development Seán Fleming "
     "announced.", "IE"),
    ("Portugal gives EUR 2 million to UNICEF in Iraq, the Secretary of State for Development Cooperation said.", "PT"),
    ("La Belgique verse 2 millions d'euros à l'UNICEF en Irak, a déclaré la ministre de la Coopération au "
     "développement.", "BE"),
])
def test_the_title_of_who_says_it_gives_no_line(text, partner):
    said = text.rsplit(",", 1)[0] + "."
    assert [c.lines for c in claims(text, partner=partner)] == [c.lines for c in claims(said, partner=partner)]


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Our aid in 2026.\n\nTable 4.1  Czech development and humanitarian assistance to Iraq in 2026 (CZK million)\n"
     "Channel                      2026\nBilateral projects           54.0\nTotal                       113.8\n", "CZ",
     [(["IQ"], ["development", "humanitarian"])] * 2),
    ("Our aid in 2026.\n\nTable 3  Humanitarian aid to Syria in 2026 (EUR million)\nPartner         2026\n"
     "UNICEF          4.0\nWFP             6.0\n", "PT", [(["SY"], ["humanitarian"])] * 2),
    ("Notre aide.\n\nTableau 2.3  Aide humanitaire au Liban (millions d'euros)\nCanal          Montant\n"
     "ONG            3,0\nAgences        5,0\n", "BE", [(["LB"], ["humanitarian"])] * 2),
])
def test_a_captions_number_set_off_by_a_gap_still_leaves_its_caption(text, partner, expected):
    assert [(sorted(c.places), sorted(c.lines)) for c in claims(text, partner=partner)] == expected
