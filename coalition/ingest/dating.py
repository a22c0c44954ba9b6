"""The date a document speaks for, read from the document itself, and where it was read.

Pure Python: no database. ``document_date`` tries, in order,

1. the HTML's own metadata (``article:published_time``, ``date`` meta tags, ``<time datetime>``), read by
   htmldate without looking into the text;
2. a date line or a press-release dateline near the top or the foot of the text ("12 March 2019",
   "Published: 3 mars 2019", "Publié le 12/03/2019", "CANBERRA, 12 March 2019 —", "Paris, le 3 mars 2019",
   "بغداد، ٣ آذار ٢٠١٩");
3. the latest "as of" date in the text ("as of October 2023", "au 31 décembre 2022",
   "حتى نهاية آذار ٢٠٢٠").

A month without a day ("mars 2019") stands for the first of the month. Dates after ``today`` are ignored.
Without any of these the date is unknown (``None``): the ingest day is never the document's date.
Month names come from CLDR (babel) for English, French and the Arabic of the Gulf, the Levant and the
Maghreb; digits may be Western or Arabic-Indic.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache

from babel.dates import get_month_names

#: CLDR locales whose month names a date may be written with.
MONTH_LOCALES = ("en", "fr", "ar", "ar_IQ", "ar_DZ", "ar_MA")
#: Month names in use that CLDR does not list (French "1er" is read by the day pattern).
EXTRA_MONTHS = {"sept": 9}
#: How many non-empty lines at the top and at the foot of a text may hold its date line or dateline.
HEAD_LINES = 15
FOOT_LINES = 4
#: Words besides the date that a date line may carry ("Published on", "Last updated", "تاريخ النشر").
LABEL_WORDS = 5
EARLIEST_YEAR = 1990

METADATA, DATE_LINE, DATELINE, AS_OF = "metadata", "date_line", "dateline", "as_of"

_ARABIC_MARKS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي"})
_AS_OF = re.compile(
    r"(?:\bas\s+(?:of|at)|\bat\s+the\s+end\s+of|\bau|\bà\s+la\s+date\s+du|\ben\s+date\s+du|\bà\s+fin"
    r"|حتى(?:\s+(?:تاريخ|نهاية))?|لغاية|اعتبارا\s+من|كما\s+في)\s+(?:le\s+)?$",
    re.IGNORECASE,
)
_DASH_AFTER = re.compile(r"^\s*(?:\([^)]{0,40}\))?\s*[—–―-]")
#: A date that starts or ends a span ("since March 2014", "depuis mars 2014") is not the document's date.
_SPAN_BEFORE = re.compile(
    r"(?:\b(?:since|from|until|till|between|to|and|depuis|dès|entre|jusqu'(?:au|à))"
    r"|منذ|من|إلى|الى|بين)\s+(?:le\s+)?$",
    re.IGNORECASE,
)
#: What an Arabic paper's date line carries besides its date, and is no label word: the Hijri date ("21 جمادى الأولى
#: 1441 هـ"), the era marks and the issue number ("مـ رقم العدد [15024]").
_PAPER_MARKS = re.compile(
    r"\d{1,2}\s+(?:محرم|صفر|ربيع\s+(?:الأول|الآخر|الثاني)|جمادى\s+(?:الأولى|الآخرة|الثانية)|رجب|شعبان|رمضان|شوال|"
    r"ذو\s+القعدة|ذو\s+الحجة)\s+\d{4}\s*هـ?|(?<!\w)مـ?(?!\w)|(?:رقم\s+)?العدد\s*\[?\d+\]?"
)
#: What parts a page's metadata line: "Press release | Date: 26/08/2014 | Last updated: 28/08/2014", "آخر تحديث
#: 2016-03-12 00:00:00 - المصدر: وكالة انباء بغداد". The label words counted are those of the date's own part.
_PART_BREAK = re.compile(r"\s+[|•·—–-]\s+")
#: What comes before a dateline's date: a place and a comma ("CANBERRA,", "Paris, le", "بغداد،"), or "في".
_PLACE_BEFORE = re.compile(r"^[^\d\n]{1,60}?(?:[,،]|\s+في)\s*(?:le\s+)?$|^\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class DocumentDate:
    """The date a document speaks for, how it was found (``source``) and the words it was read from."""

    day: date
    source: str
    text: str


def _variants(name: str) -> set[str]:
    """A month name as written, without accents (French "fevrier") and with plain alefs (Arabic "اذار")."""
    name = name.lower().rstrip(".")
    plain = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
    return {name, unicodedata.normalize("NFC", plain), name.translate(_ARABIC_MARKS)}


@cache
def _months() -> dict[str, int]:
    months = dict(EXTRA_MONTHS)
    for locale in MONTH_LOCALES:
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=locale).items():
                for variant in _variants(name):
                    months.setdefault(variant, number)
    return months


@cache
def _date_pattern() -> re.Pattern:
    names = sorted(_months(), key=len, reverse=True)
    month = r"(?:%s)\.?" % "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names)
    # Arabic press often names a month twice: "آذار/مارس", "مارس (آذار)".
    month_pair = rf"(?P<month>{month})(?:\s*/\s*{month}|\s*\({month}\))?"
    day = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|ᵉʳ)?"
    year = r"(?P<year>\d{4})(?:\s*م\b)?"
    day_first = rf"{_g(day, 'a')}\s+(?:de\s+)?{_g(month_pair, 'a')}[\s,]+(?:عام\s+)?{_g(year, 'a')}"
    month_first = rf"{_g(month_pair, 'b')}\s+{_g(day, 'b')},?\s+{_g(year, 'b')}"
    month_year = rf"{_g(month_pair, 'c')}[\s,]+(?:عام\s+)?{_g(year, 'c')}"
    iso = r"(?P<year_d>\d{4})-(?P<month_d>\d{2})-(?P<day_d>\d{2})"
    numeric = r"(?P<first_n>\d{1,2})[/.](?P<second_n>\d{1,2})[/.](?P<year_n>\d{4})"
    # the Gulf agencies write the year first: "الأربعاء 2018/2/14"
    year_first = r"(?P<year_y>\d{4})/(?P<month_y>\d{1,2})/(?P<day_y>\d{1,2})"
    alternatives = "|".join((day_first, month_first, month_year, iso, numeric, year_first))
    return re.compile(rf"(?<![\w/])(?:{alternatives})(?![\w/])", re.IGNORECASE)


def _g(pattern: str, suffix: str) -> str:
    """The same pattern with its named groups renamed (``month`` -> ``month_a``), so that alternatives can
    share names."""
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{m.group(1)}_{suffix}>", pattern)


@dataclass(frozen=True)
class _Found:
    day: date
    start: int
    end: int


def _month_number(text: str) -> int | None:
    months = _months()
    for variant in _variants(re.sub(r"\s+", " ", text)):
        if variant in months:
            return months[variant]
    return None


def _day_and_month(first: str, second: str, language: str | None) -> tuple[str, str] | None:
    """A numeric date's day and month: day first, as French, Arabic and most English outside the United
    States write it; in an English text only when one of the two cannot be a month (13/03 or 03/13)."""
    if language == "en" and int(first) <= 12 and int(second) <= 12:
        return None
    if language == "en" and int(second) > 12:
        return second, first
    return first, second


def find_dates(text: str, *, today: date | None = None, language: str | None = None) -> list[_Found]:
    """Every whole date in ``text`` (a day, month and year, or a month and year), in order."""
    found = []
    for match in _date_pattern().finditer(text):
        groups = {name.rsplit("_", 1)[0]: value for name, value in match.groupdict().items() if value is not None}
        if "first" in groups:
            read = _day_and_month(groups.pop("first"), groups.pop("second"), language)
            if read is None:
                continue
            groups["day"], groups["month"] = read
        try:
            year = int(groups["year"])
            month = int(groups["month"]) if groups["month"].isdigit() else _month_number(groups["month"])
            day = date(year, month, int(groups.get("day", 1)))
        except (KeyError, TypeError, ValueError):
            continue
        if day.year < EARLIEST_YEAR or (today is not None and day > today):
            continue
        found.append(_Found(day=day, start=match.start(), end=match.end()))
    return found


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) of the non-empty lines of ``text``."""
    lines, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((offset, line))
        offset += len(line) + 1
    return lines


def _from_lines(text: str, today: date | None, language: str | None) -> DocumentDate | None:
    lines = _lines(text)
    candidates = lines[:HEAD_LINES] + lines[max(HEAD_LINES, len(lines) - FOOT_LINES):]
    for offset, line in candidates:
        for found in find_dates(line, today=today, language=language):
            before, after = line[: found.start], line[found.end :]
            if _SPAN_BEFORE.search(before):
                continue
            if _PLACE_BEFORE.search(before) and (_DASH_AFTER.search(after) or before.strip() and after[:1] in ".:"):
                return DocumentDate(found.day, DATELINE, line[: found.end].strip())
            before, after = _PART_BREAK.split(before)[-1], _PART_BREAK.split(after)[0]
            rest = re.sub(r"[\W\d_]+", " ", _PAPER_MARKS.sub(" ", before + " " + after)).split()
            if len(rest) <= LABEL_WORDS and not re.search(r"[.!?]\s", after):
                return DocumentDate(found.day, DATE_LINE, line.strip())
    return None


def _from_as_of(text: str, today: date | None, language: str | None) -> DocumentDate | None:
    latest = None
    for found in find_dates(text, today=today, language=language):
        if _AS_OF.search(text[max(0, found.start - 30) : found.start]):
            if latest is None or found.day > latest.day:
                start = text.rfind("\n", 0, found.start) + 1
                latest = DocumentDate(found.day, AS_OF, text[max(start, found.start - 30) : found.end].strip())
    return latest


def _from_metadata(html: bytes | str, today: date | None) -> DocumentDate | None:
    from htmldate import find_date

    options = {"max_date": today.isoformat()} if today is not None else {}
    found = find_date(html, extensive_search=False, original_date=True, **options)
    if not found:
        return None
    day = date.fromisoformat(found)
    return DocumentDate(day, METADATA, found) if day.year >= EARLIEST_YEAR else None


def document_date(
    text: str, *, html: bytes | str | None = None, today: date | None = None, language: str | None = None
) -> DocumentDate | None:
    """The document's own date: from the HTML's metadata, a date line or dateline, or an "as of" date.

    ``language`` (en, fr, ar) decides how a numeric date such as 03/04/2019 is read.
    """
    if html is not None and (found := _from_metadata(html, today)) is not None:
        return found
    return _from_lines(text, today, language) or _from_as_of(text, today, language)
