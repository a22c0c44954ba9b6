"""attach_lines: lines of effort from the words of the sentence and its context."""

import pytest

from .helpers import claims, only_claim

LINES = [
    ("Norway gave USD 7 million for stabilisation in Iraq.", ["stabilization"]),
    ("Norway gave USD 7 million to the FFS in Iraq.", ["stabilization"]),
    ("Norway gave USD 7 million for demining in Iraq.", ["stabilization"]),
    ("Norway gave USD 7 million for the rehabilitation of water supply.", ["stabilization"]),
    ("Norway gave USD 7 million in humanitarian aid.", ["humanitarian"]),
    ("Norway gave USD 7 million in aid to Iraq.", ["humanitarian"]),
    ("Norway gave USD 7 million in development cooperation.", ["development"]),
    ("Norway gave USD 7 million in loan guarantees.", ["development"]),
    ("Norway gave USD 7 million for reconstruction.", ["development"]),
    ("Norway gave USD 7 million for equipment for the Iraqi forces.", ["military"]),
    ("Norway gave USD 7 million to counter terrorist financing.", ["counter_financing"]),
    ("Norway gave USD 7 million for work on foreign terrorist fighters.", ["foreign_fighters"]),
    ("Norway gave USD 7 million for strategic communications.", ["communications"]),
    ("Norway gave USD 7 million for the prevention of violent extremism.", ["prevention"]),
    ("Norway gave USD 7 million for civilian crisis management.", ["other"]),
    ("Norway gave USD 7 million in humanitarian and stabilisation assistance.", ["humanitarian", "stabilization"]),
    ("Up to 70 personnel serve in Iraq.", ["military"]),
    ("Norway sends 12 police advisers to Iraq.", ["other"]),
    ("Norway gave USD 7 million.", []),
]


@pytest.mark.parametrize(("text", "lines"), LINES)
def test_lines(text, lines):
    assert sorted(only_claim(text, partner="NO").lines) == sorted(lines)


def test_stabilisation_assistance_is_not_also_humanitarian():
    """"assistance" alone means humanitarian, but not when a line is named beside it."""
    assert only_claim("Norway gave USD 7 million in stabilisation assistance.", partner="NO").lines == ["stabilization"]


def test_heading_gives_the_line():
    text = "Humanitarian aid\n• Norway gave USD 7 million to Syria.\n• Norway gave USD 2 million to Iraq.\n"
    assert [c.lines for c in claims(text, partner="NO")] == [["humanitarian"], ["humanitarian"]]


# Blind round 1 of issue 11: a body's name speaks for the line only when nothing else does; Arabic stems behind "ل".
NAMED = [
    ("Australia gave $12 million to the UN Development Programme's Funding Facility for Stabilization.", "AU",
     ["stabilization"]),
    ("La ministre du Développement international a annoncé 20 millions de dollars d'aide humanitaire.", "CA",
     ["humanitarian"]),
    ("La Suède alloue 200 millions de couronnes au Programme des Nations unies pour le développement.", "SE",
     ["development"]),
    ("أعلنت فرنسا عن تمويل بقيمة ٣ ملايين يورو لإعادة تأهيل المدارس في العراق.", "FR", ["stabilization"]),
    ("رُصد نحو ١٠ ملايين يورو للاستقرار في العراق.", "FR", ["stabilization"]),
    ("وخصصت تونس ٤ ملايين دينار لبرامج إعادة تأهيل المقاتلين الأجانب العائدين.", "TN", ["foreign_fighters"]),
]


@pytest.mark.parametrize(("text", "partner", "lines"), NAMED)
def test_a_bodys_name_and_arabic_stems(text, partner, lines):
    assert only_claim(text, partner=partner).lines == lines


def test_removal_of_explosives_is_stabilization():
    assert only_claim("The Netherlands makes €12 million available for the removal of explosives in Raqqa.",
                      partner="NL").lines == ["stabilization"]


def test_a_restatement_in_brackets_does_not_end_the_clause():
    text = "وقّع الصندوق اتفاقية قرض بقيمة ٣٧٥ مليون ريال (١٠٠ مليون دولار) لتمويل مشروع إعادة تأهيل الطرق في العراق."
    assert only_claim(text, partner="SA").lines == ["stabilization", "development"]


def test_the_army_is_military_in_arabic():
    text = "وافق مجلس الوزراء على تخصيص ٣ ملايين دينار لتغطية نفقات مشاركة الجيش الكويتي في عمليات التحالف."
    assert only_claim(text, partner="KW").lines == ["military"]


@pytest.mark.parametrize("text", [
    "L'État a alloué 3 millions de dinars à la réhabilitation et à la réinsertion des combattants terroristes de retour.",
    "Tunisia gave 3 million dinars for the rehabilitation of returning fighters.",
])
def test_the_rehabilitation_of_fighters_is_no_stabilization(text):
    assert only_claim(text, partner="TN").lines == ["foreign_fighters"]


@pytest.mark.parametrize(("text", "partner", "lines"), [
    ("The Directorate General for Development Cooperation approved €5 million for the Funding Facility for "
     "Stabilization.", "IT", ["stabilization"]),
    ("The Minister of Development Cooperation announced EUR 25 million in humanitarian aid for Syria.", "BE",
     ["humanitarian"]),
    ("كما خصصت الدولة ٣٦ مليون درهم لتوفير المواد الغذائية والإيوائية في المخيمات.", "AE", ["humanitarian"]),
])
def test_an_office_name_and_arabic_food_and_shelter(text, partner, lines):
    assert only_claim(text, partner=partner).lines == lines


def test_help_is_no_line_for_a_head_count():
    text = "أعلنت القيادة إرسال قوة قوامها ٢٠٠ عنصر إلى العراق للمساعدة في تأمين المخيمات."
    assert only_claim(text, partner="AE").lines == ["military"]


@pytest.mark.parametrize("table", ["LINE_KEYWORDS", "LINE_KEYWORDS_AR"])
def test_every_line_keyword_opens_with_a_plain_letter(table):
    """A keyword that opens with a group cannot nest under its first letter and is tried at every position of a
    text: write "military equipment" and "army equipment", not "(?:military|army) equipment"."""
    from coalition.extraction import tables
    from coalition.extraction.keywords import _split_first

    opens_with_a_group = [p for patterns in getattr(tables, table).values() for p in patterns
                          if _split_first(p.lower() if table == "LINE_KEYWORDS" else p) is None]
    assert opens_with_a_group == []


@pytest.mark.parametrize("regex", ["_LINES", "_LINES_AR"])
def test_the_line_keywords_regex_skips_what_no_keyword_opens(regex):
    """Every keyword the lines step looks for (lines, mine action, loans, generic aid) nests under its first letter,
    so the compiled regex opens with a look-ahead on those letters."""
    from coalition.extraction import attributes

    assert getattr(attributes, regex).pattern.pattern.startswith("(?=[")
