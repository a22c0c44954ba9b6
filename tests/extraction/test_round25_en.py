"""The classes of error blind round 25 (`gold/en-z-*`, English: a parliamentary budget debate in Hansard style, a
grant agreement with numbered articles and instalments in DOCX, a funding-flows table in the style of OCHA's
Financial Tracking Service, a defence ministry's overview of all its deployments, a development agency's annual report
with wrapped lines in PDF, an embassy's e-mail newsletter signed only in its footer and an encyclopedia section with
footnote markers) found, one test per class, each written before its fix."""

import pytest

from .helpers import claims


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("The cabinet approved six F-16 fighter aircraft[14] and up to 380[15] military personnel to Jordan.[16]", "NL",
     [(380, "at_most")]),
    ("In 2016 Belgium sent 120[7] soldiers to Iraq.", "BE", [(120, "exact")]),
    ("By 2019 some 250[31] Danish troops were serving at Al Asad in Iraq.[32]", "DK", [(250, "approximate")]),
    ("Australia deployed around 600[9] personnel to the Middle East in 2014.", "AU", [(600, "approximate")]),
])
def test_a_footnote_marker_glued_to_a_head_count_keeps_it(text, partner, expected):
    assert [(c.value, c.qualifier) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("In 2015 some 130 trainers[18] were sent to Erbil and Baghdad to train Iraqi forces; by 2018 they had trained "
     "over 12,000 fighters.[19] The F-16s, which alternated with Belgium's aircraft, struck targets in Syria.", "NL",
     [["IQ"]]),
    ("Norway sent 60 instructors to Iraq.[3][citation needed] Denmark's F-16s flew over Syria.", "NO", [["IQ"]]),
    ("Italy paid EUR 20 million[5] for stabilization in Iraq.[6] Its Tornados later flew from Kuwait.", "IT",
     [["IQ"]]),
])
def test_a_footnote_marker_after_the_full_stop_still_ends_the_sentence(text, partner, expected):
    assert [c.places for c in claims(text, partner=partner)] == expected
