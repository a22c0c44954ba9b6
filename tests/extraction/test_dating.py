"""A document's own date: metadata, date lines, datelines and "as of", in English, French and Arabic."""

from datetime import date

import pytest

from coalition.ingest.dating import AS_OF, DATE_LINE, DATELINE, METADATA, document_date

TODAY = date(2026, 6, 1)

DATED = [
    # (text, date, where it came from)
    ("CANBERRA, 12 March 2019 — The Government will give $110 million to Iraq.", date(2019, 3, 12), DATELINE),
    ("Ottawa, Ontario, March 4, 2018 — Canada renews its mission.", date(2018, 3, 4), DATELINE),
    ("Factsheet\nPublished: 30 June 2021\nDenmark gives DKK 50 million.", date(2021, 6, 30), DATE_LINE),
    ("Date: 2020-11-05\nBody text.", date(2020, 11, 5), DATE_LINE),
    ("Our contribution\nAs of October 2023, Norway had deployed 50 troops.", date(2023, 10, 1), AS_OF),
    # French
    ("Paris, le 3 mars 2019.\nLa France a versé 10 M€ à l'Irak.", date(2019, 3, 3), DATELINE),
    ("Communiqué de presse\nPublié le 1er février 2020\nTexte.", date(2020, 2, 1), DATE_LINE),
    ("Contribution française\nmars 2019\nLa France déploie 600 militaires.", date(2019, 3, 1), DATE_LINE),
    ("Mise à jour le 12 fevrier 2022\nTexte sans accents.", date(2022, 2, 12), DATE_LINE),
    ("La France a engagé 20 M€, montant arrêté au 31 décembre 2022. Depuis 2014, l'effort continue.",
     date(2022, 12, 31), AS_OF),
    # Arabic: Levantine and Gulf month names, Arabic-Indic digits
    ("بغداد، ٣ آذار ٢٠١٩ - أعلنت الحكومة عن دعم جديد", date(2019, 3, 3), DATELINE),
    ("عنوان\nعمّان في ١٥ أيار ٢٠٢١ – أكدت الوزارة دعمها لجهود التحالف الدولي", date(2021, 5, 15), DATELINE),
    ("تاريخ النشر: 12 كانون الأول 2022\nنص البيان", date(2022, 12, 12), DATE_LINE),
    ("بيان صحفي\n١٥ مارس ٢٠٢١\nقدمت الحكومة", date(2021, 3, 15), DATE_LINE),
    ("قدمت ألمانيا الدعم، وذلك حتى نهاية آذار/مارس ٢٠٢٠ وفقا للأرقام المتاحة لدى الوزارة والشركاء",
     date(2020, 3, 1), AS_OF),
    # a metadata line in parts: only the date's own part holds its label words
    ("خبر\nآخر تحديث 2016-03-12 00:00:00 - المصدر: وكالة الأنباء الوطنية\nنص", date(2016, 3, 12), DATE_LINE),
    ("Story\nUpdated 2019-05-14 10:30 GMT - Source: Ministry of Defence press office\nText.", date(2019, 5, 14), DATE_LINE),
    ("Communiqué\nLe 9 avril 2021 – Ottawa (Ontario) – Défense nationale\nTexte.", date(2021, 4, 9), DATE_LINE),
    ("Press release | Ministry of Defence | Ref. 44/2019 | Date: 14/05/2019\nText.", date(2019, 5, 14), DATE_LINE),
]


@pytest.mark.parametrize(("text", "day", "source"), DATED)
def test_document_date_is_read_from_the_text(text, day, source):
    found = document_date(text, today=TODAY)
    assert found is not None and (found.day, found.source) == (day, source)
    assert found.text and found.text in text


UNDATED = [
    "Denmark has contributed since 2014 about 400 troops in 2016.",
    "Since March 2014\nCanada has trained forces.",
    "Depuis mars 2015, la France forme des militaires.",
    "منذ آذار ٢٠١٥ تدعم الحكومة",
    "WASHINGTON (Reuters) - The package was announced.",
    "Statement\n12 March 2031\nA date in the future is not the document's.",
    "Between 2014 and 2019 Italy deployed up to 1,500 troops.",
]


@pytest.mark.parametrize("text", UNDATED)
def test_no_date_is_unknown_not_today(text):
    assert document_date(text, today=TODAY) is None


def test_the_latest_as_of_wins():
    text = "As of 2016 some. As of March 2017, 300 troops. As of 5 January 2019, 250 troops were deployed."
    assert document_date(text, today=TODAY).day == date(2019, 1, 5)


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        ("Publié le 12/03/2019\nTexte.", "fr", date(2019, 3, 12)),
        ("تاريخ النشر: 05.04.2020\nنص", "ar", date(2020, 4, 5)),
        ("Published 25/03/2019\nText.", "en", date(2019, 3, 25)),
        ("Published 03/25/2019\nText.", "en", date(2019, 3, 25)),
        ("Published 03/04/2019\nText.", "en", None),
    ],
)
def test_numeric_dates_are_day_first_and_ambiguous_english_ones_are_not_guessed(text, language, day):
    found = document_date(text, today=TODAY, language=language)
    assert (found.day if found else None) == day


def test_html_metadata_comes_first():
    html = (
        b'<html><head><meta property="article:published_time" content="2019-03-12T10:00:00Z"></head>'
        b"<body><p>As of 5 May 2020, 50 troops.</p></body></html>"
    )
    found = document_date("As of 5 May 2020, 50 troops.", html=html, today=TODAY)
    assert (found.day, found.source) == (date(2019, 3, 12), METADATA)


def test_html_time_element_and_plain_html_without_date():
    timed = b'<html><body><time datetime="2018-07-01">1 July</time><p>Text</p></body></html>'
    assert document_date("1 July\nText", html=timed, today=TODAY).day == date(2018, 7, 1)
    assert document_date("Text only", html=b"<html><body><p>Text only</p></body></html>", today=TODAY) is None
