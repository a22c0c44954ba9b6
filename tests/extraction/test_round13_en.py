"""The classes of error blind round 13 (`gold/en-n-*`, English press releases, wire copy and partner pages) found,
one test per class, each written before its fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims


@pytest.mark.parametrize(("text", "partner"), [
    ("KSrelief opens clinics for displaced families\n\nRiyadh, May 2, 2021, SPA -- The King Salman Humanitarian Aid "
     "and Relief Center (KSrelief) today signed an agreement worth USD 3 million for clinics in camps in Iraq.", "SA"),
    ("Relief centre signs water projects\n\nThe King Salman Humanitarian Aid and Relief Centre has signed two "
     "projects worth USD 2 million in Syria, the Saudi Press Agency reported.", "SA"),
    ("Aid convoy reaches Mosul\n\nJEDDAH -- Under the directives of the Custodian of the Two Holy Mosques, KSrelief "
     "delivered 40 tons of food worth USD 1 million to families in Iraq.", "SA"),
    ("Relief for Iraq\n\nRiyadh, May 2, 2021, SPA -- The center signed an agreement worth USD 3 million for "
     "clinics in Iraq.", "SA"),
    ("Aid plane lands in Erbil\n\nThe Emirates News Agency reported that the plane carried medical supplies worth AED "
     "5 million to Iraq.", "AE"),
])
def test_a_wire_story_names_its_partner_by_the_agency_or_aid_body_that_speaks_for_it(text, partner):
    assert extract_text(text).doc.partner == partner
