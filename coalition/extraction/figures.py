"""Pipeline steps that find the figures: amounts of money and head counts.

``find_amounts`` reads money in the forms factsheets use: a code or symbol before the number ("USD 7 million",
"$ 270 million", "€45m", "USD 7 mill."), a code or name after it ("160 million US dollars", "1,500,000 euros"),
and a bare scaled number ("2.3bn") whose currency comes from context (``attach_currency``).

Range rule: a range ("between 5 and 7 million", "EUR 5-7 million", "5 to 7 million") is one claim whose value
is the LOWER bound and whose qualifier is ``at_least``: the partner gave at least that much. The upper bound is
not claimed.

``find_headcounts`` reads a number (digits or words: "five staff officers") followed, within three words ("850
Canadian Armed Forces members"), by a
personnel noun of :data:`tables.PERSONNEL_NOUNS`. People trained, helped or belonging to someone else
("trained 16,000 Iraqi soldiers", "local police") are dropped, with the reason kept on the figure.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from functools import lru_cache

from . import tables
from .attributes import CELL_MARK, HEDGE_ALTERNATION, cell_scopes
from .currencies import currency_lexicon, currency_patterns, is_ambiguous, named_in_full, partner_currency, resolve
from .doc import Doc, Figure
from .keywords import nested_alternation, phrase
from .places import codes_named, demonyms, place_regex, place_table

#: Written numbers: "1,500,000", "1.500.000", "1 500 000" (with spaces, no-break or narrow no-break spaces), the Swiss
#: "9'500'000", "1,5" (decimal comma), "2.3". Arabic digits and marks arrive as these (see :mod:`.script`).
_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?![\d])|\d{1,3}(?:[ \u00a0\u202f'’]\d{3})+(?![\d])"
    r"|\d+,\d{1,2}(?![\d])|\d+(?:\.\d+)?)"
)


def _literals(words) -> str:
    """An alternation of literal words, longest first, so that none hides a longer one it begins."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _words_alternation() -> str:
    # Arabic numbers of two words are a pattern of their parts, not hundreds of listed words
    teens = rf"(?:{_literals(tables.AR_TEEN_UNITS)})\s+عشرة?"
    tens = rf"(?:{_literals(tables.AR_UNITS)})\s+و(?:{_literals(tables.AR_TENS)})"
    rest = rf"(?:{tens}|{teens}|{_literals(tables.AR_TENS)}|{_literals(tables.AR_UNITS)}|عشرة?)"
    arabic = rf"(?:(?:{_literals(tables.AR_HUNDREDS)})\s+و{rest}|{teens}|{tens})(?![^\W\d_])"
    french = rf"(?:{_literals(tables.FR_TENS)})(?:-et-|\s+et\s+|-)(?:{_literals(tables.FR_UNITS)})(?![\w-])"
    # the plain words nested under their first letter: one branch tried at each position, not three hundred
    return arabic + "|" + french + "|" + nested_alternation(tables.NUMBER_WORDS)


_FRENCH_COMPOUND = re.compile(rf"({'|'.join(tables.FR_TENS)})(?:-et-|\s+et\s+|-)({'|'.join(tables.FR_UNITS)})")


def word_value(raw: str) -> float | None:
    """The value of one number word, or of an Arabic number of two words ("خمسة وعشرين", "اثني عشر")."""
    key = " ".join(raw.lower().split())
    if key in tables.NUMBER_WORDS:
        return float(tables.NUMBER_WORDS[key])
    french = _FRENCH_COMPOUND.fullmatch(key)
    if french:
        return float(tables.FR_TENS[french.group(1)] + tables.FR_UNITS[french.group(2)])
    first, _, rest = key.partition(" ")
    if rest in ("عشر", "عشرة") and first in tables.AR_TEEN_UNITS:
        return float(10 + tables.AR_TEEN_UNITS[first])
    if rest[:1] == "و" and first in tables.AR_UNITS and rest[1:] in tables.AR_TENS:
        return float(tables.AR_UNITS[first] + tables.AR_TENS[rest[1:]])
    if rest[:1] == "و" and first in tables.AR_HUNDREDS:
        tail = word_value(rest[1:]) or tables.AR_UNITS.get(rest[1:])
        return float(tables.AR_HUNDREDS[first] + tail) if tail else None
    return None


def _scale_alternation() -> str:
    long = [w for w in tables.SCALE_WORDS if w not in tables.SHORT_SCALES]
    long_alt = "|".join(re.escape(w) for w in sorted(long, key=len, reverse=True))
    short_alt = "|".join(re.escape(w) for w in sorted(tables.SHORT_SCALES))
    sign_alt = "|".join(re.escape(w) for w in sorted(tables.SIGN_SCALES, key=len, reverse=True))
    # a long scale word may stand after a space or a hyphen ("a $158-million pledge"); "m"/"b" only glued to the
    # digits ("€45m", "2.3b"); "M", "Md" only before a currency sign or code ("8 M€", "62 M EUR").
    codes = "|".join(tables.CURRENCY_CODES)
    # A budget's "k" may stand apart: "EUR 14 000 k", "EUR 12 500 K" (round 26).
    return (rf"(?:\s?(?:{sign_alt})(?=\s?(?:[€$£]|(?:{codes})\b))|[\s-]?(?i:{long_alt})(?![^\W\d_])"
            rf"|(?:{short_alt})(?![A-Za-z])|[ \t][kK](?![^\W\d_]))")


@lru_cache(maxsize=1)
def money_regex() -> re.Pattern[str]:
    before, after = currency_patterns()
    num = _DIGITS
    # Only a digit, a currency sign or code, or "between"/"from" can open an amount: the look-ahead lets the
    # engine skip every other position at once (about 2.5 times faster).
    openers = {f[0] for f in currency_lexicon() if f[0] not in "abcdefghijklmnopqrstuvwxyz"}
    gate = "(?=[0-9" + "".join(re.escape(c) for c in sorted(openers)) + r"]|[Bb]etween\s|[Ff]rom\s|\(\s?\d)"
    scale = _scale_alternation()
    capital = "(?:" + "|".join(sorted(tables.CAPITAL_SHORT_SCALES)) + ")(?![A-Za-z])"
    cur_before = rf"(?:{before})"
    # French puts "de" or "d'" between a scale word and the currency ("1,2 milliard d'euros")
    # ... and Arabic "of" before a plural ("20 مليونا من الدولارات")
    cur_after = rf"(?:de\s+|d['’]|من\s+)?(?:{after})(?![^\W\d_])"
    # (a dash after a line break is the next line's bullet: "JPY 700,000,000" over "- 2025-05-20 | ..." (round 23))
    range_sep = r"(?:[ \t]*(?:-|–|—)|\s*to)\s*"
    items = "".join(rf"(?<!{re.escape(noun)}\s)" for noun in tables.ITEM_NUMBER_NOUNS)
    return re.compile(
        gate
        + rf"""
        # Arabic glues "and" or "by" to the digits ("و12 مليون دولار", "التبرع ب20 مليون دولار"), but "مليار و٢٠٠
        # مليون" is one compound number
        # ... or the article ("تقارب ال300 مليون دولار")
        (?:(?<![\w.,])|(?<=(?<!\w)[وب])(?<!مليار\sو)(?<!مليارات\sو)(?<!مليارا\sو)(?<!مليارا\s\sو)|(?<=(?<!\w)ال))
        (?:
          # French "entre" is looked behind from the digit: as an opener it would slow every "e" of a text
          # ... and so is Arabic "بين" (each vowel mark on it reads as one more space), whose "and" is glued to the second
          # number ("بين 2 و3 ملايين يورو")
          (?P<range>(?:(?P<between>(?i:between)\s+|(?<=[Ee]ntre\s)|(?<=بين\s)|(?<=بين\s\s)|(?<=بين\s{{3}})|(?<=بين\s{{4}}))|(?i:from)\s+)?(?P<rc1>{cur_before})?\s?(?P<ra>{_DIGITS})
             (?P<rsa>{scale})?(?(between)(?:\s?(?P<rpa>{cur_after}))?\s*(?:and|et|-|–|to|و)\s*|{range_sep})
             (?P<rc2>{cur_before})?\s?(?P<rb>{_DIGITS})(?P<rsb>{scale})?(?:\s(?P<rpost>{cur_after}))?)
        # a dollar sign with "US" after: "$88 billion US", as Canadian papers write it
        | (?P<pre>{cur_before})\s?(?P<pnum>{num})(?P<pscale>{scale}|{capital})?(?:\s(?P<ppost>{cur_after}|US(?![\w$])|U\.S\.))?
        # official Arabic puts the digits in brackets: "مبلغ وقدره (500) مليون دولار"; a list its unit: "50,054
        # (million yen)"
        # ... its currency may open the next line, indented as a PDF's wrapped lines are: "3 millions\n  de francs"
        # (round 25); a number with no scale not on a line of its own, as a list of key figures has it: "since 2016\nUSD 15
        # million" (round 28)
        | (?P<sopen>\(\s?)?(?P<snum>{num})(?(sopen)\s?\))(?P<uopen>\s?\()?(?P<sscale>{scale})?(?:\n[ \t]{{1,8}}|(?(sscale)\s|[^\S\n]))?
          (?P<spost>{cur_after})
          (?(uopen)\))
        # a bare "3 مليارات" before "و200 مليون درهم" is the first part of one compound number (``compound_regex``)
        # ... not a vote's or an article's number with its letter: "Crédit 10b", "Vote 5b" (round 23)
        | {items}(?P<bopen>\(\s?)?(?P<bnum>{_DIGITS})(?(bopen)\s?\))(?P<bscale>{scale})(?!\s+و\s?\S+\s+(?:مليون|ملايين))
        )
        (?![\w])
        """,
        re.VERBOSE,
    )


_PEOPLE_SCALES = _literals(tables.PEOPLE_SCALES)
_WORD_SCALES = _literals(tables.SPELLED_SCALES)
_DUALS = _literals(tables.AR_DUAL_SCALES)


def _nouns_alternation() -> str:
    # nested under their first letter (all lower case, so longest first still wins): one branch tried, not 170
    return nested_alternation(tables.PERSONNEL_NOUNS)


@lru_cache(maxsize=1)
def headcount_regex() -> re.Pattern[str]:
    words = _words_alternation()
    # not the "و" of "واحد وعشرين" nor the "إ" of "إحدى عشرة": they open every other Arabic word ("إلى"), and
    # people are mostly counted in digits
    initials = "".join(sorted({w[0] for w in tables.NUMBER_WORDS} | {w[0].upper() for w in tables.NUMBER_WORDS}))
    return re.compile(
        rf"(?=[0-9{initials}])"
        + rf"""
        # "and" glued to the number, or "with": "تشارك بثلاثة ضباط"
        # or the second end of a range: "100-150 soldiers"
        (?:(?<![\w.,$€£¥/-])|(?<=\d-)|(?<=(?<!\w)[وب])(?<!ألف\sو)(?<!آلاف\sو))
        (?<!\d:)  # not the minutes of a time of day: "الساعة 15:20" above a caption's "مدربون" (round 21)
        (?P<num>\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:[ \u00a0\u202f.]\d{{3}})+(?![\d,])|\d+
          |(?:(?:{words})\s+)?(?:آلاف|ألف(?:ين|ان|ا|ي)?)\s+و\s?(?:{words})|(?P<word>(?i:{words})))
        (?:\s+(?P<scale>{_PEOPLE_SCALES}))?
        (?P<plus>\+)?
        # the number restated, as formal texts write it: "ثلاثمئة (300) جندي", "100 (one hundred) soldiers", and
        # after an Arabic word in digits alone: "أكثر من مئة 100 جندي" ("Mille 500 soldats" is 1,500)
        (?:\s*\((?:\d[\d,.\u00a0\u202f]*|(?i:{words})(?:\s+(?:and\s+|et\s+|و)?(?i:{words})){{0,6}})\)
          |(?(word)(?<=[\u0621-\u064a])(?<!ألف)\s+\d+(?![\d,.])))?
        \s+(?P<mods>(?:[A-Za-z][\w'’-]*(?:\.[A-Z]\.)?\s+){{0,4}}?(?:\([A-Z]{{2,6}}\)\s+)?)(?:d['’]|من\s+)?
        (?P<noun>(?i:{_nouns_alternation()}))(?![\w])
        """,
        re.VERBOSE,
    )


@lru_cache(maxsize=1)
def nounless_headcount_regex() -> re.Pattern[str]:
    """"raise its contingent of military personnel in Iraq to roughly 450", "l'effectif total des militaires": the
    lead, then the noun."""
    initials = "".join(sorted({w[0] + w[0].upper() for w in tables.HEADCOUNT_LEADS.split("|")}))
    return re.compile(
        rf"(?=[{initials}])(?i:\b(?P<lead>{tables.HEADCOUNT_LEADS})\s+(?:(?:total|overall|current|totale?|actuel)\s+)?"
        # "the ceiling for Bundeswehr soldiers", "the number of U.S. troops" (round 20)
        rf"(?:of\s+|on\s+|for\s+|de\s+|d['’]|des\s+|du\s+)(?:(?:[\w'’-]+|(?:[A-Z]\.){{2,}})\s+){{0,3}}?"
        rf"(?P<noun>{_nouns_alternation()}))\b"
    )


#: After the lead of a head count, the numbers it goes to or comes from ("from 300 to 250", "to roughly 450").
_NOUNLESS_NUMBER = re.compile(
    # ... or after "makes": "that makes roughly 830" (round 21)
    # ... or after an Arabic hedge of its own: "ما يزيد على 1900", "ما يقارب 900" (round 22)
    r"\b(?:(?:to|from|at|de|à|من|إلى)\s+|d['’](?=environ|quelque)|(?=(?:نحو|حوالي|قرابة|زهاء|ما\s+يزيد\s+(?:على|عن)|"
    r"ما\s+يقارب)\s)|(?<=makes\s))"
    r"(?:(?:about|around|roughly|approximately|approx\.|some|nearly|up\s+to|over|more\s+than|a\s+maximum\s+of|"
    r"a\s+minimum\s+of|at\s+most|at\s+least|fewer\s+than|less\s+than|environ|près\s+de|"
    r"quelque|نحو|حوالي|قرابة|زهاء|أكثر\s+من|ما\s+يزيد\s+(?:على|عن)|ما\s+يقارب)\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])|\d+"
    # ... or a number word right after the words of a change: "will rise from four to seven", "passera de six à dix"
    # (round 31); not "one", which is no count ("to one of ...")
    rf"|(?:(?<=from\s)|(?<=to\s)|(?<=de\s)|(?<=à\s))(?!(?:one|un|une)\b)(?:{_words_alternation()})(?![\w-]))"
    r"(?![\d.,]?\d)"
    r"(?!\s*(?:%|per\b|percent|million|billion|years?|months?|ans|h\b|ألف|آلاف|مليون|ملايين|مليار|في\s+الم|بالم))"
    # nor a date: "reduced to up to 121 personnel (from 30 November 2018)"
    rf"(?!(?:er|st|nd|rd|th)?\s+(?:{tables.MONTHS}|{tables.MONTHS_FR}|{tables.MONTHS_AR})(?![^\W\d_]))",
    re.IGNORECASE,
)
#: A change stated before the lead of a head count: "réduira de 250 à 150 le nombre de ses militaires", "portera à 40
#: le nombre de ses formateurs".
_CHANGE_BEFORE_LEAD = re.compile(
    r"(?:\b(?:de|d['’]|from)\s*(?:(?:environ|quelque|près\s+de|about|around)\s+)?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)"
    r"\s+)?(?<!\w)(?:à|to)\s+(?:(?:environ|quelque|près\s+de|about|around)\s+)?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)"
    r"\s+(?:le|la|les|l['’]|the)\s*$",
    re.IGNORECASE,
)
#: "عدد أفرادها في العراق سينخفض من 300 إلى نحو 110", "عدد العسكريين الإسبان ... نحو 350": the Arabic number of
#: the partner's people, its noun with its article or a possessive ("أفراد الأسر" is no one's people).
_AR_NUMBER_OF = re.compile(
    # "ل" may be glued too: "الحد الأقصى لعدد الجنود الألمان ... من 500 إلى 700" (round 20)
    r"(?<!\w)[وف]?(?:ل|ال)?(?P<lead>عدد)\s+"
    # ... or "the number" with its adjective, the noun behind a glued "ل": "العدد الفعلي لجنودها", "العدد الإجمالي
    # للعسكريين" (real press)
    r"(?:(?<=العدد\s)(?:(?:الفعلي|الإجمالي|الكلي|الحالي|الأقصى)\s+)?(?=ل))?"
    r"(?:(?:ال|لل)(?P<noun>أفراد|جنود|عناصر|مدربين|عسكريين|ضباط|خبراء|مستشارين|منتسبين)"
    r"|ل?(?P<owned>أفراد|جنود|عناصر|مدربي|عسكريي|ضباط|خبراء|مستشاري|منتسبي)(?:ها|ه|هم|نا)"
    # the partner's people by their nationality: "سيرتفع عدد البريطانيين ... إلى 300"
    r"|(?P<people>ال[^\W\d_]{2,}ي(?:ين|ون)))(?!\w)"
)
_PLACE_PREP = r"(?:en|au|aux|à|in|at|to|في|إلى)"
_HEDGE = HEDGE_ALTERNATION
#: "120 militaires en Irak et 80 en Jordanie": a second count whose noun is left out, also after a verb of the
#: first ("remain in Iraq and about 900 in Syria", "déployés en Irak et environ 80 en Jordanie").
#: A count of another nationality sharing the noun of the count after it: "Around 300 Australian and 100 New Zealand
#: military personnel", "150 Belgian and 50 Dutch instructors".
_SHARED_NOUN_BEFORE = re.compile(
    r"(?<![\d,.])(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s+(?P<demonym>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:and|et)\s+$")
_ELIDED = re.compile(
    # "forty-five soldiers will serve in the training company in Erbil and some twenty in ..." (round 20)
    rf"(?:\s+[a-zà-ÿ]+){{0,6}}?"
    rf"\s+{_PLACE_PREP}\s+[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?"
    # the operation they serve in: "remain in Iraq under Operation Shader, and a further 150 ..." (round 19)
    rf"(?:\s+under\s+(?:[A-Z][\w'’-]*\s+){{0,2}}[A-Z][\w'’-]*)?"
    # ... in Arabic within it, then an Arabic comma: "في العراق ضمن عملية العزم الصلب، و120 في الكويت" (round 26)
    rf"(?:\s+ضمن(?:\s+[^\W\d_]+){{1,4}}?(?=\s*[,،]))?"
    rf"(?:,?\s+(?:et|and)\s+|,\s*|\s+و\s*|\s*[,،]\s*و\s*)"
    # "deployed in Jordan and another 80 in Iraq"
    rf"(?:(?:another|a\s+further|further|(?:un|une)\s+autre|encore)\s+)?"
    rf"(?:(?i:{_HEDGE})\s+)?(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+|(?<![\w-])(?!(?i:one)\s)(?i:{_words_alternation()}))\s+"
    # ... with a verb of its own ("one in five" is a share): "and a further 150 are based in Kuwait", "another 20 serve in Jordan" (round 19)
    rf"(?:(?:are|were|will\s+be|remain|serve|stay)\s+)?(?:(?:based|deployed|stationed|posted|serving)\s+)?"
    rf"(?={_PLACE_PREP}\s)"
)
#: "from 300 to 250 trainers", "de 550 à 300 militaires": the first value before a head count.
_CHANGE_FROM = re.compile(
    rf"(?<!\w)(?:(?:from|de|من)\s+|d['’](?=environ|quelque))(?:(?:{_HEDGE})\s+)?"
    # ... or in words: "passera de deux à quatre officiers" (round 17)
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+|\d+|(?<![\w-])(?:{_words_alternation()}))"
    rf"\s+(?:to|à|إلى)\s+(?:(?:{_HEDGE})\s+)?$",
    re.IGNORECASE,
)

#: "elle comptait 700, puis 800 personnels", "first 700, then 800 troops", "700 ثم 800 جندي": an earlier value of the
#: same count, its noun left out.
_THEN_FROM = re.compile(
    # (not a year: "déployé en 2014, puis 300 militaires")
    rf"(?<![\w.,])(?!(?:19|20)\d\d\b)(?P<num>\d{{1,3}}(?:[,.]\d{{3}})+|\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+|\d+)"
    rf"\s*,?\s+(?:puis|then|ثم)\s+(?:(?:{_HEDGE})\s+)?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def compound_regex() -> re.Pattern[str]:
    """Numbers written in two parts: "un million et demi", "مليار ونصف المليار", "ثلاثة آلاف وخمسمائة",
    "one and a half million"."""
    words = _words_alternation()
    return re.compile(
        rf"(?P<fa>un|une|{words})\s+(?P<fs>millions?|milliards?)\s+et\s+demie?"
        # the scale may be in the accusative: "مليوناً ونصف المليون"
        rf"|(?:(?:(?P<ba>{words})\s+)?(?P<bs>(?:مليون|مليار|ألف)(?:اً|ًا|ا)?|ملايين|مليارات|آلاف)"
        # a dual and a half: "مليارين ونصف مليار", "مليونان ونصف المليون"
        rf"|(?P<bd>(?:مليون|مليار)(?:ين|ان|ي|ى)))\s+و\s?نصف(?:\s+(?:ال)?(?:مليون|مليار|ألف))?"
        # ... and two thousand, as a dual: "ألفين ومئتي جندي"; "ألفاً ومئتي جندي" is one thousand in the accusative,
        # which the scanned copy writes "ألفا" like the dual: a dual before "و" would have its nun (round 20)
        rf"|(?:(?:(?P<ta>{words})\s+)?(?:آلاف|ألفا|ألف)|(?P<td>ألفين|ألفان|ألفي))\s+و\s?(?P<tr>{words})(?![\w])"
        rf"|(?:one|a)\s+and\s+a\s+half\s+(?P<es>million|billion)|(?:a|one)\s+(?P<es2>million|billion)\s+and\s+a\s+half"
        # "مليار و٢٠٠ مليون درهم": a billion and 200 million; also in the accusative, "ملياراً و٢٠٠ مليون"
        rf"|(?:(?P<ga>{words}|\d+)\s+)?(?:مليارا|مليار|مليارات)\s+و\s?(?P<gr>\d+|{words})\s+(?:مليون|ملايين)"
        # "a hundred and five million dollars", "two hundred and fifty million"
        rf"|(?P<ha>a|one|two|three|four|five|six|seven|eight|nine)\s+hundred\s+(?:and\s+)?(?P<hr>{words})\s+"
        rf"(?P<hs>million|billion)",
        re.IGNORECASE,
    )


def compound_value(raw: str) -> float | None:
    m = compound_regex().fullmatch(" ".join(raw.split()))
    if m is None:
        return None
    part = lambda word: 1.0 if word is None or word.lower() in ("un", "une") else word_value(word)
    if m.group("fs"):
        return (part(m.group("fa")) + 0.5) * tables.SCALE_WORDS[m.group("fs").lower()]
    if m.group("bs"):
        return (part(m.group("ba")) + 0.5) * tables.SCALE_WORDS[m.group("bs").rstrip("اً")]
    if m.group("bd"):
        return 2.5 * tables.SCALE_WORDS[m.group("bd")[:5]]
    if m.group("tr"):
        return (2.0 if m.group("td") else part(m.group("ta"))) * 1000 + word_value(m.group("tr"))
    if m.group("hr"):
        hundreds = 1.0 if m.group("ha").lower() in ("a", "one") else part(m.group("ha"))
        return (hundreds * 100 + part(m.group("hr"))) * tables.SCALE_WORDS[m.group("hs").lower()]
    if m.group("gr"):
        number = lambda word: float(word) if word[0].isdigit() else part(word)
        return number(m.group("ga") or "1") * 1e9 + number(m.group("gr")) * 1e6
    return 1.5 * tables.SCALE_WORDS[(m.group("es") or m.group("es2")).lower()]


#: "from around 600 personnel to around 110": the second value of a change whose noun stands by the first.
_FROM_BEFORE = re.compile(rf"\b(?:from|de)\s+(?:(?:{_HEDGE})\s+)?$", re.IGNORECASE)
_CHANGE_TO = re.compile(
    # the first value may be dated: "from roughly 90 military personnel today to up to 120" (round 16)
    rf"(?:\s+(?:today|now|currently|at\s+present|aujourd['’]hui|actuellement))?"
    rf"\s+(?:to|à)\s+(?:(?:{_HEDGE})\s+)?(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+)(?![\d.,]?\d)"
    r"(?!\s*(?:%|per|percent|million|billion|years?|months?|ans|h\b))",
    re.IGNORECASE,
)


#: "ramené à 800 militaires, puis à 650 en 2022": the next value of a change, its noun left out (round 25).
_THEN_TO = re.compile(
    rf"(?:\[\d{{1,3}}\])?,?\s+puis\s+(?:à|a)\s+(?:(?:{_HEDGE})\s+)?"
    r"(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])|\d+)(?![\d.,]?\d)"
    r"(?!\s*(?:%|pour\s*cent|millions?|milliards?|ans\b|h\b|euros?|francs?|dollars?))",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def word_amount_regex() -> re.Pattern[str]:
    """Money written with a number word: "Forty-five million euros", "half a million kroner", "مليوني دولار"; an
    Arabic preposition or "and" may be glued to the word ("بملياري دولار")."""
    _, after = currency_patterns()
    return re.compile(
        rf"(?:(?:(?<![\w-])|(?<=(?<!\w)[بلو]))(?P<comp>(?i:{compound_regex().pattern}))"
        # a fraction of the scale with its article: "نصف المليون دولار", "ثلاثة أرباع المليون" (round 20)
        rf"|(?:(?<![\w-])|(?<=(?<!\w)[بلو]))(?P<wnum>(?i:{_words_alternation()}))[\s-]+(?:ال)?(?P<wscale>(?i:{_WORD_SCALES}))"
        rf"|(?:(?<!\w)|(?<=(?<!\w)[بلو]))(?P<dual>{_DUALS}|(?i:{_literals(tables.SCALES_ALONE)})))"
        rf"\s+(?P<wpost>(?:de\s+|d['’]|من\s+)?(?:{after}))(?![^\W\d_])"
    )


@lru_cache(maxsize=1)
def word_part_regex() -> re.Pattern[str]:
    """A part written in words with no currency, right after "of which": "منها مليونان لصندوق", "dont deux millions
    pour": the currency is its total's."""
    return re.compile(
        rf"(?:(?<!\w)(?:منها|ومنها|من\s+بينها)|\b(?i:of\s+which|dont))\s+"
        rf"(?:(?P<comp>(?i:{compound_regex().pattern}))|(?P<wnum>(?i:{_words_alternation()}))[\s-]+"
        rf"(?P<wscale>(?i:{_WORD_SCALES}))|(?P<dual>{_DUALS}|(?i:{_literals(tables.SCALES_ALONE)})))(?![^\W\d_])"
    )


_PART_KEY = re.compile("منها|من بينها|of which|dont")
#: How far back its total may stand from such a part.
PART_TOTAL_CHARS = 200


# a scale word right after digits belongs to an amount already read ("123 million"); the look-ahead on the words'
# first two letters lets the engine skip the other positions at once
_SCALE_ANCHOR = re.compile(
    rf"(?={_literals({w[:2] for w in (*tables.SPELLED_SCALES, *tables.AR_DUAL_SCALES)})})"
    rf"(?:(?<!\d)(?<!\d\s)(?:{_WORD_SCALES}|{_DUALS})"
    # ... but "3 مليارات و200 مليون درهم" is one compound number the digits' pass leaves to this one
    rf"|(?<=\d\s)(?:مليارات|مليار)(?=\s+و\s?\S+\s+(?:مليون|ملايين))"
    # ... and a year names the time of a dual after it, not its number ("منذ عام ٢٠١٢ ملياري دولار")
    rf"|(?<=(?:عام|منذ|سنة)\s\d{{4}}\s)(?:{_DUALS}))"
)


#: How far back a written currency still lends itself to a bare amount ("2.3bn").
CONTEXT_CURRENCY_CHARS = 600
#: Larger amounts are read as noise, not money (and would not fit the database's 20 digits).
MAX_AMOUNT = 10**15
#: Larger head counts are no contingent.
MAX_PEOPLE = 1_000_000

_COUNT_NOUN_AFTER = re.compile(r"\s+(?:of\s+|de\s+|d['’])?([^\W\d_]+|%)")
#: ... or after a word that says what kind: "34 million food rations" (round 28).
_WORDS_AFTER = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){1,3}")
_COUNT_MODIFIERS = frozenset(tables.COUNT_MODIFIERS)
_PERSONNEL_LOWER = frozenset(noun.lower() for noun in tables.PERSONNEL_NOUNS)
_MONEY_CONTEXT = re.compile(r"\b(?:" + "|".join(tables.MONEY_CONTEXT) + r")\b", re.IGNORECASE)
_PEOPLE_VERB_AFTER = re.compile(r"\s+(?:" + "|".join(tables.PEOPLE_VERBS_AFTER) + r")\b", re.IGNORECASE)
_TRAINED_BEFORE = re.compile(
    # Arabic glues "and" or "by" to the verbal noun: "وقد قامت المملكة المتحدة بتدريب أكثر من"
    # ... and a comma or dash may set the people off after it: "que nous avons contribué à former, plus de 15 000"
    r"\b(?:و|ب|وب)?(?:" + "|".join(tables.TRAINED_BEFORE) + r")\s*[,:—–]?\s+"
    # ... or a time ("a formé l'an dernier 600 gendarmes") (round 30)
    r"(?:(?:" + "|".join(tables.TRAINED_TIME_BETWEEN) + r")\s*,?\s+)?"
    # Arabic puts the subject or an adverb between the verb and its object ("درّب الأردن أكثر من ...",
    # "درّبت حتى الآن أكثر من ..."), and a time after them ("درّب الفريق الكندي منذ عام 2017 أكثر من")
    r"(?:(?<=[\u0600-\u06ff\s]\s)[^\W\d_]+\s+){0,2}"
    r"(?:(?<=[\u0600-\u06ff\s]\s)(?:(?:منذ|في|خلال)\s+(?:عام\s+|العام\s+)?\d{4}|"
    + "|".join(tables.TRAINED_TIME_BETWEEN_AR) + r")\s+)?"
    # ... or since it was set up, or with whose support: "دربت البعثة منذ إنشائها أكثر من", "التي تخرج منها بدعم هذه
    # المهمة أكثر من" (round 31)
    r"(?:(?<=[\u0600-\u06ff\s]\s)(?:منذ\s+(?:إنشائ|تأسيس|إطلاق|بدء|انطلاق)\w*"
    r"|بدعم\w*(?:\s+[^\W\d_]+){0,2})\s+)?"
    r"(?:(?:" + "|".join(phrase(h) for h in tables.HEDGES_BEFORE) + r"|a\s+total\s+of|the)\s+)*$",
    re.IGNORECASE,
)
_TRAINED_AFTER = re.compile(tables.TRAINED_AFTER, re.IGNORECASE)
_TRAINED_OBJECT = re.compile(tables.TRAINED_OBJECT, re.IGNORECASE)
#: People who "completed" something were trained only if it was a course: "أنهى 240 عسكرياً الدورات", not "أنهى 300
#: جندي مهمتهم" or "300 soldiers completed their tour".
_COMPLETED = re.compile(r"أنهى|انهى|أتم|اتم|completed", re.IGNORECASE)
_COURSE = re.compile(r"دور(?:ة|ات)|تدريب|course|training|formation|stage", re.IGNORECASE)
#: How far after the count the course is looked for.
COURSE_CHARS = 120
_CASUALTIES_AFTER = re.compile(tables.CASUALTIES_AFTER, re.IGNORECASE)
_CASUALTIES_BEFORE = re.compile(r"(?<!\w)(?:" + "|".join(tables.CASUALTIES_BEFORE) + r")\s+"
                                r"(?:(?:" + "|".join(phrase(h) for h in tables.HEDGES_BEFORE) + r")\s+)?$", re.IGNORECASE)
_SENT_STAFF = re.compile(r"عسكري|القوات|الجيش|\bmilitary\b|\barmed\s+forces\b|\barmy\b|forces\s+armées|militaires",
                         re.IGNORECASE)
#: (a hedge of up to two words may stand between: "يعمل فيه حوالي 30", "staffed by some 12")
_STAFF_OF = re.compile(r"(?<!\w)(?:" + "|".join(tables.STAFF_OF_BEFORE) + r")\s+(?:[^\W\d_]+\s+){0,2}$",
                       re.IGNORECASE)
#: (the kin's noun stands right before the count, or before a hedge: "أسر نحو 25 عسكرياً"; "the families of the 24
#: soldiers" names the unit itself, which is counted)
_KIN_OF = re.compile(r"(?<!\w)(?:" + "|".join(tables.KIN_OF_BEFORE) + r")\s+(?:(?:نحو|حوالي|قرابة|some|about|around"
                     r"|nearly|environ|quelque|près\s+de)\s+)?$", re.IGNORECASE)
_YEAR_PREP = re.compile(r"\b(?:in|since|from|by|of|until|during|to|and|between|for|en|depuis|عام|العام|منذ|في)\s+$",
                        re.IGNORECASE)
#: Nationalities abbreviated with dots before a personnel noun ("2,500 U.S. service members").
_ABBREVIATED = {"u.s.": "american", "u.k.": "british"}

_MOD_STOP = frozenset({
    "of", "in", "to", "the", "and", "for", "from", "at", "on", "with", "by", "per", "were", "have", "has", "are",
    "is", "was", "a", "an", "or", "its", "their", "our", "years", "year", "months", "days", "than",
    # what the people did, counted: "dont quelque 7 000 par des instructeurs canadiens" (round 28)
    "par",
    # a clause of its own, after a span of years: "a programme for 2027-2029 under which experts ..." (round 31)
    "under", "which", "whom", "whose", "that", "where",
})


_MONTH_BEFORE = re.compile(rf"(?:{tables.MONTHS}|{tables.MONTHS_FR}|{tables.MONTHS_AR})\s*$", re.IGNORECASE)
#: The number before a counter's last ("Photo 3 of 10", "Slide 2/8"), whose line a caption follows.
_COUNTER_BEFORE = re.compile(r"\b\d{1,3}\s*(?:of|/|sur|من)\s*$")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
#: A line that opens with a section's number and its capitalised title ("3 Personnel et conséquences", "2. Funding").
_NUMBERED_LINE = re.compile(r"(?m)^[ \t]*(?P<n>\d{1,2})\.?[ \t]+[A-ZÀ-Ý]")
_PARTITIVE_DETERMINERS = frozenset({"the", "its", "their", "our", "these", "those"})


def to_number(raw: str, *, people: bool = False) -> float | None:
    """The value of a written number: digits with separators, or a number word.

    People come whole, so in a head count "3.000" is three thousand, as French and Arabic write it."""
    word = word_value(raw)
    if word is not None:
        return word
    if not raw[:1].isdigit():
        return compound_value(raw)
    cleaned = raw.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "").replace("’", "")
    dotted = r"\d{1,3}(?:\.\d{3})+" if people else r"\d{1,3}(?:\.\d{3}){2,}"
    if re.fullmatch(dotted, cleaned):
        cleaned = cleaned.replace(".", "")
    elif re.fullmatch(r"\d+,\d{1,2}", cleaned):
        cleaned = cleaned.replace(",", ".")  # a decimal comma
    cleaned = cleaned.replace(",", "")
    try:
        return float(cleaned)
    except ValueError:
        return None


_THREE_DECIMALS = re.compile(r"\d{1,3},\d{3}")
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")


def _amount_number(doc: Doc, raw: str, scale: int) -> float | None:
    """:func:`to_number`, but French writes a decimal comma before its scale word ("1,815 millions d'euros" is 1.815
    million) and may group thousands with a dot ("250.000 euros")."""
    if doc.language == "fr" and scale >= 1_000_000 and _THREE_DECIMALS.fullmatch(raw):
        return float(raw.replace(",", "."))
    if doc.language == "fr" and scale == 1 and _DOTTED_THOUSANDS.fullmatch(raw):
        return float(raw.replace(".", ""))
    return to_number(raw)


def scaled(number: float, scale: float) -> float:
    """A number times its scale, rounded to the cent: "4.07 billion" is 4070000000, not 4070000000.0000005."""
    return round(number * scale, 2)


def _scale_value(raw: str | None) -> int:
    if not raw:
        return 1
    raw = raw.strip().lstrip("-")
    return tables.SIGN_SCALES.get(raw) or tables.SCALE_WORDS.get(raw.lower(), 1)


def find_amounts(doc: Doc) -> Doc:
    """Find every amount of money; its currency is set when written, left for ``attach_currency`` otherwise."""
    text = doc.text
    pattern = money_regex()
    position = 0
    while (m := pattern.search(text, position)) is not None:
        position = m.end()
        if m.group("range"):
            figure = _range_figure(doc, m)
            if figure is None:
                position = m.end("ra")  # not a range after all: read on from its first number
        elif m.group("pre"):
            figure = _figure(doc, m, "pnum", "pscale", m.group("pre"), m.group("ppost"))
        elif m.group("snum"):
            # a unit in brackets names its scale: "50,054 (million yen)", not "2014 (EUR)", nor a caption's year
            # before its unit: "par canal, 2027 (millions d'euros)" (round 30)
            figure = None if m.group("uopen") and (not m.group("sscale") or _YEAR.fullmatch(m.group("snum"))) else (
                _figure(doc, m, "snum", "sscale", None, m.group("spost")))
        else:
            figure = _bare_figure(doc, m)
        if figure is not None and figure.value <= MAX_AMOUNT:
            doc.figures.append(figure)
            doc.add_mask(figure.start, figure.end)
    _find_word_amounts(doc)
    _find_column_amounts(doc)
    _find_spaced_column_amounts(doc)
    _find_listed_amounts(doc)
    _find_unit_rows(doc)
    _find_chart_values(doc)
    _find_planned_actual(doc)
    _find_money_changes(doc)
    _find_respective_amounts(doc)
    _drop_rates(doc)
    _join_split_amounts(doc)
    return doc


_RESPECTIVELY = re.compile(r"\brespectivement\b|\brespectively\b|على\s+التوالي", re.IGNORECASE)
#: A bare number listed right before a sum, or before the number listed before it: "45 et ", "45, 20 and ".
_LISTED_BEFORE_SUM = re.compile(r"(?<![\w.,])(?P<num>\d+(?:[.,]\d+)?)\s*(?:,|\s(?:et|and|y))\s*$|"
                                r"(?<![\w.,])(?P<ar>\d+(?:[.,]\d+)?)\s*و\s?$")


def _find_respective_amounts(doc: Doc) -> None:
    """"ont promis respectivement 45 et 12 millions d'euros", "45, 20 and 12 million euros respectively": the bare
    numbers listed before the last sum are sums in its scale and currency, one for each giver (round 30)."""
    text = doc.text
    if not _RESPECTIVELY.search(text):
        return
    for figure in list(doc.figures):
        if figure.kind != "funding" or figure.dropped:
            continue
        sentence = next((x for x in doc.sentences if x.start <= figure.start < x.end), None)
        if sentence is None or not _RESPECTIVELY.search(text, sentence.start, sentence.end):
            continue
        own = to_number(text[figure.num_start:figure.num_end])
        scale = figure.value / own if own else 0
        if scale < 1_000:
            continue  # only a scaled sum lends its scale: "45 et 12 millions", not "45 et 12 000 euros"
        position = figure.start
        while (m := _LISTED_BEFORE_SUM.search(text, max(sentence.start, position - 24), position)) is not None:
            group = "num" if m.group("num") else "ar"
            start, end = m.span(group)
            value = to_number(m.group(group))
            if not value or doc.is_masked(start, end):
                break
            doc.figures.append(dataclasses.replace(figure, value=scaled(value, scale), start=start,
                                                   end=figure.end, num_start=start, num_end=end))
            doc.add_mask(start, end)
            position = start
    doc.figures.sort(key=lambda f: f.start)


#: "256 million and 300 thousand dollars", "٥ ملايين و٣٠٠ ألف دولار", "ثلاثة ملايين وثلاثمئة ألف دولار", "مليون
#: و500 ألف دولار", "18 مليوناً و165 ألف ريال" (the accusative after eleven): the millions before a figure in thousands.
#: Arabic may glue a preposition or "and" to the millions: "لسبعة ملايين و630 ألف دولار", "بمليونين و720 ألف دولار".
_MILLIONS_AND = re.compile(
    rf"(?:(?<![\w.,])|(?<=(?<!\w)[وبلف])|(?<=(?<!\w)[وف][بل]))(?:(?P<num>\d+(?:[.,]\d+)?|{_words_alternation()})\s+(?:million|millions|مليون|ملايين|مليونا|مليوناً|مليونًا)"
    r"|(?P<one>مليون|مليونا|مليوناً|مليونًا)|(?P<two>مليونين|مليوني|مليونان))\s+(?:and\s+|و\s?)$",
    re.IGNORECASE,
)


#: The part in thousands of a split amount names its scale: "300 thousand", "٣٠٠ ألف"; "EUR 800,000" is an amount.
_THOUSANDS_WORD = re.compile(r"thousand|ألف|آلاف|ألفا", re.IGNORECASE)
#: The thousands before the units of an amount in three parts: "18 مليوناً و165 ألفاً و880 ريالاً".
_THOUSANDS_AND = re.compile(
    rf"(?:(?<![\w.,])|(?<=(?<!\w)و))(?P<num>\d{{1,3}}|{_words_alternation()})\s+(?:thousand|ألف|آلاف|ألفا)\s+(?:and\s+|و\s?)$",
    re.IGNORECASE,
)


def _join_split_amounts(doc: Doc) -> None:
    """Translations from Arabic write an amount in parts, down to its units ("3 ملايين و200 ألف و750 ديناراً");
    the last part carries the currency."""
    for figure in doc.figures:
        if figure.kind != "funding" or figure.dropped or figure.value >= 1_000_000:
            continue
        start, added = figure.start, 0.0
        if _THOUSANDS_WORD.search(doc.text, figure.num_start, figure.end):
            pass
        elif figure.value < 1_000 and (t := _THOUSANDS_AND.search(doc.text, max(0, start - 40), start)):
            start, added = t.start(), to_number(t.group("num")) * 1_000
        else:
            continue  # "EUR 1.2 million and EUR 800,000 respectively": two amounts
        m = _MILLIONS_AND.search(doc.text, max(0, start - 40), start)
        millions = None if m is None else 1 if m.group("one") else 2 if m.group("two") else to_number(m.group("num"))
        if millions:
            start, added = m.start(), added + millions * 1_000_000
        if added:
            for part in doc.figures:
                if part is not figure and start <= part.start < figure.start:
                    part.dropped = "a higher part of the amount after it"
            figure.value += added
            figure.start = figure.num_start = start
            doc.add_mask(start, figure.end)


#: "(1 euro = 1.34 U.S. dollars)", "USD 1 = EUR 0.92", "at an exchange rate of 1.1", "سعر الصرف".
_RATE_BEFORE = re.compile(r"(?:=|≈|\b(?:exchange\s+rate|rate\s+of\s+exchange|taux\s+de\s+change)(?:\s+(?:of|de|:))?"
                          r"|سعر\s+الصرف)\s*$", re.IGNORECASE)
_RATE_AFTER = re.compile(r"\s*[=≈]")


#: What each person gets ("بواقع 50 دولارا شهريا", "USD 50 per orphan", "à raison de 30 euros par famille"): a rate.
_PER_HEAD_BEFORE = re.compile(r"(?:بواقع|\bat\s+a\s+rate\s+of|\bà\s+raison\s+de"
                              # what each award is worth: "Fellowships ..., each worth about JOD 15,000" (round 25)
                              r"|\beach\s+(?:worth|valued\s+at)(?:\s+(?:about|around|some|roughly|up\s+to|approximately))?"
                              r"|\bchacune?\s+d['’]une\s+valeur\s+de(?:\s+(?:près\s+de|environ))?)\s*$", re.IGNORECASE)
_PER_HEAD_AFTER = re.compile(
    r"\s*(?:each\s+|a\s+|per\s+|par\s+|pour\s+chaque\s+|لكل\s+)(?:person|child|family|orphan|beneficiary|household|"
    r"refugee|student|head|personne|enfant|famille|orphelin|bénéficiaire|ménage|réfugié|شخص|طفل|أسرة|عائلة|يتيم|مستفيد)"
    r"(?![\w])", re.IGNORECASE)
#: ... but a rate a year is yearly money: "à raison de trois millions de francs par an", "at a rate of EUR 5 million a
#: year", "بواقع 10 ملايين دولار سنوياً" (round 24).
_PER_YEAR_AFTER = re.compile(r"[^.;:\n\d]{0,30}?(?<![\w])(?:par\s+an(?:née)?|chaque\s+année|per\s+(?:year|annum)|a\s+year"
                             r"|each\s+year|annually|every\s+year|سنويا|سنوياً|سنويًا|كل\s+عام|في\s+السنة)(?![\w])",
                             re.IGNORECASE)
#: What each project or grant of a call may get ("Le montant demandé par projet doit être compris entre 250 000 et
#: 800 000 francs", "grants of EUR 50,000 to 200,000 per project"): a size set for applicants, not money given
#: (round 23).
_PER_GRANT = r"(?:par|per|each)\s+(?:projet|project|subvention|grant|dossier|application|organisation|organization)s?\b"
_PER_GRANT_BEFORE = re.compile(_PER_GRANT + r"(?:(?!enveloppe|envelope|budget|total|dotation|fonds|fund)[^.,;:\n\d])"
                               r"{0,40}$", re.IGNORECASE)
_PER_GRANT_AFTER = re.compile(r"(?:\s*(?:et|à|and|to|-|–)\s*[\d\s\u00a0\u202f.,]+)?\s*(?:[^\W\d]+\s+){0,3}?"
                              + _PER_GRANT, re.IGNORECASE)


#: A line of estimates that moves money between the government's own budgets: "Transfert à l'Agence de la santé
#: publique du Canada ........ (350 000 $)", "Transfer from Vote 1 to Vote 10" (round 23).
_TRANSFER_LINE = re.compile(r"[ \t•*-]*(?:transferts?|transfer(?:s|red)?)\s+(?:à|au|aux|de|du|des|vers|to|from|"
                            r"between|entre)\b", re.IGNORECASE)


#: A sum that only says how much one figure differs from another: "50 million DKK higher than last year",
#: "50 millions de couronnes de plus qu'en 2014", "exceeds last year's by DKK 50 million", "supérieure de 50 millions
#: ... à celle de 2014", "بزيادة 50 مليون كرونة عن العام الماضي".
_DIFFERENCE_AFTER = re.compile(
    r"\s+(?:(?:higher|more|larger|greater|bigger|less|lower|smaller)\s+than|(?:de\s+plus|de\s+moins)\s+qu(?:e|['’]))"
    r"(?!\s+(?:\w+\s+)?(?:times|fois))|\s+(?:عن|مقارنة\s+(?:ب|مع))\s*(?:ال)?(?:عام|سنة)",
    re.IGNORECASE)
_DIFFERENCE_BEFORE = re.compile(
    r"(?:\b(?:exceeds?|exceeded|surpass(?:es|ed)?|tops?|topped)\b[^.;\n]{0,40}\bby\s+"
    r"|\b(?:dépass\w*|supérieure?s?|inférieure?s?)\s+de\s+)$", re.IGNORECASE)


def _drop_rates(doc: Doc) -> None:
    """An exchange rate states what money is worth, not money given: both sides of its "=" are no claims; nor is
    what each person gets, nor how much one sum differs from another."""
    text = doc.text
    for figure in doc.figures:
        if _RATE_AFTER.match(text, figure.end) or _RATE_BEFORE.search(text, max(0, figure.start - 30), figure.start):
            figure.dropped = "an exchange rate"
        elif (_PER_HEAD_BEFORE.search(text, max(0, figure.start - 40), figure.start)
              and not _PER_YEAR_AFTER.match(text, figure.end)) or _PER_HEAD_AFTER.match(text, figure.end):
            figure.dropped = "an amount per person"
        elif _PER_GRANT_BEFORE.search(text, max(0, figure.start - 60), figure.start) or _PER_GRANT_AFTER.match(
                text, figure.end):
            figure.dropped = "an amount per project"
        elif _TRANSFER_LINE.match(text, text.rfind("\n", 0, figure.start) + 1):
            figure.dropped = "a transfer between budgets"
        elif _DIFFERENCE_AFTER.match(text, figure.end) or _DIFFERENCE_BEFORE.search(
                text, max(0, figure.start - 60), figure.start):
            figure.dropped = "a difference between two sums"


#: A verb of change before "from X to Y" makes it two amounts, not a range: "will increase from €40 million to
#: €45 million", "nous avons porté notre contribution ... de 1,5 à 2 millions d'euros", "passera de 10 à 12".
_CHANGE_VERB = re.compile(
    r"(?<![\w])(?:increas\w*|ris(?:e|es|ing)|rose|raised?|grow\w*|grew|go(?:es)?\s+up|fall\w*|fell|decreas\w*|"
    r"reduc\w*|cut|port(?:é|ée|és|ées|e|era|ons)|pass(?:e|é|ée|era|eront)|augment\w*|réduit\w*|relev\w*)"
    r"[^.;:\n]{0,100}$",
    re.IGNORECASE,
)
#: The first value of a change whose scale and currency come after the second: "de 1,5 à 2 millions d'euros".
_MONEY_FROM = re.compile(rf"(?<![\w])(?:from|de)\s+(?P<num>{_DIGITS})\s+(?:to|à)\s+$", re.IGNORECASE)


def _find_money_changes(doc: Doc) -> None:
    text = doc.text
    added = []
    for figure in doc.figures:
        if figure.kind != "funding" or figure.dropped:
            continue
        line_start = text.rfind("\n", 0, figure.start) + 1
        if figure.is_range:
            if not _CHANGE_VERB.search(text, max(line_start, figure.start - 120), figure.start):
                continue
            m = money_regex().match(text, figure.start)
            high = to_number(m.group("rb")) if m and m.group("range") else None
            if high is None:
                continue
            figure.is_range, figure.qualifier = False, "exact"
            added.append(dataclasses.replace(figure, value=scaled(high, _scale_value(m.group("rsb") or m.group("rsa"))),
                                             num_start=m.start("rb"), num_end=m.end("rb")))
            continue
        low = _MONEY_FROM.search(text, max(line_start, figure.start - 30), figure.start)
        if low is None or not _CHANGE_VERB.search(text, max(line_start, low.start() - 120), low.start()):
            continue
        number, written = to_number(low.group("num")), to_number(text[figure.num_start:figure.num_end])
        if not number or not written:
            continue
        added.append(dataclasses.replace(figure, value=scaled(number, figure.value / written), start=low.start("num"),
                                         num_start=low.start("num"), num_end=low.end("num")))
    doc.figures.extend(added)
    doc.figures.sort(key=lambda f: f.start)


#: A table cell that is only a number ("12,500,000"): money when its column's header names a currency.
#: A footnote's mark may follow it: "٣٬٤٥٠ (١)", "3,450*" (round 22).
#: ... or its restatement in another currency: "6 800 000 (9 200 000 CAD)" (round 25).
_CELL_NUMBER = re.compile(rf"\s*(?P<num>{_DIGITS})\s*(?:\(\d{{1,2}}\)|\*{{1,3}}|[¹²³]|\([^()\n|]{{3,30}}\))?\s*")
#: The header of a column of years or of reference numbers, whose cells are no money whatever the caption says
#: ("Année", "N° de flux" under "... (USD)") (round 25).
_NO_MONEY_HEADER = re.compile(r"\s*(?:ann[ée]es?|years?|exercices?|dates?|n[°º]|no\.|num[ée]ros?|numbers?|r[ée]f[ée]rences?|"
                              r"ref\.|id|codes?|السنة|العام|سنة|رقم)\b", re.IGNORECASE)
_HEADER_WORD = re.compile(r"[^\W\d_]+|[€$£]|['’]000\b")


def _find_column_amounts(doc: Doc) -> None:
    """"Year | Country | Amount (CAD)" over "2017 | Iraq | 12,500,000": the header gives the currency and scale."""
    text = doc.text
    if CELL_MARK not in text:
        return
    for column, cell, cell_start in _table_cells(text):
        m = _CELL_NUMBER.fullmatch(cell)
        if m is None:
            continue
        num_start, num_end = cell_start + m.start("num"), cell_start + m.end("num")
        if doc.is_masked(num_start, num_end):
            continue
        scopes = cell_scopes(text, num_start, num_end)
        if len(scopes) < 2:
            if column and (currency := _short_total_row_currency(text, cell_start, doc.partner)):
                number = to_number(m.group("num"))
                if number and not (m.group("num").isdigit() and 1900 <= number <= 2100):  # its year's cell
                    doc.figures.append(Figure(kind="funding", value=scaled(number, currency[1]), start=num_start,
                                              end=num_end, num_start=num_start, num_end=num_end, currency=currency[0]))
                    doc.add_mask(num_start, num_end)
            continue  # a row with no header above it
        if _NO_MONEY_HEADER.match(text, *scopes[1]):
            continue
        currency, scale = _header_currency(text[slice(*scopes[1])], doc.partner)
        if currency is None and column:
            # "Table: humanitarian funding by year (EUR)", "... (en dollars canadiens) :" above the header row
            currency, scale = _header_currency(_caption(text, scopes[1][0]), doc.partner)
        number = to_number(m.group("num"))
        if currency is None or not number:
            continue
        doc.figures.append(Figure(kind="funding", value=scaled(number, scale), start=num_start,
                                  end=num_end, num_start=num_start, num_end=num_end, currency=currency))
        doc.add_mask(num_start, num_end)
    doc.figures.sort(key=lambda f: f.start)


#: The label of a table's total row: "Total", "Total des flux de 2024", "Totaux", "المجموع".
_TOTAL_LABEL = re.compile(r"\s*(?:total|totaux|sum|المجموع|الإجمالي)\b", re.IGNORECASE)


def _short_total_row_currency(text: str, cell_start: int, partner: str | None) -> tuple[str, float] | None:
    """A total row whose blank cells a page's reader left out ("Total des flux de 2024 | 24 250 000 | 2024" under
    rows of seven cells) has no header of its own: the caption over the rows right above it gives its currency and
    scale (round 25)."""
    line = text.rfind("\n", 0, cell_start) + 1
    if not _TOTAL_LABEL.match(text, line):
        return None
    top = line
    while top > 0 and CELL_MARK in text[text.rfind("\n", 0, top - 1) + 1: top - 1]:
        top = text.rfind("\n", 0, top - 1) + 1  # up over the table's rows to its header
    if top == line:
        return None  # no rows above it: no table
    currency, scale = _header_currency(_caption(text, top), partner)
    return (currency, scale) if currency else None


def _table_cells(text: str):
    """Each cell of the table rows of ``text`` (cells joined by " | "): its column, its text and where it starts."""
    line_start = 0
    for line in text.split("\n"):
        start, line_start = line_start, line_start + len(line) + 1
        if CELL_MARK not in line:
            continue
        if line.endswith(CELL_MARK.rstrip()):
            line = line[: -len(CELL_MARK.rstrip())]  # an empty last cell: "المجموع 2020-2022 | 73,5 |" (round 24)
        for column, cell in enumerate(line.split(CELL_MARK)):
            yield column, cell, start
            start += len(cell) + len(CELL_MARK)


#: A plain-text table whose columns are lined up with spaces, as a parliamentary answer or a PDF's text layer
#: prints it: "Year        NOK million" over "2016        460" and "Total       1,755", or with a column per year
#: ("Pays        2022          2023" over "Irak        14 250 000    11 800 000").
#: A cell may carry a footnote's mark: "200 (1)", "200*" (round 22).
_FOOTNOTE_MARK = r"(?:[ \t]?\(\d{1,2}\)|\*{1,3}|[¹²³])?"
#: ... its columns set apart by two spaces or more, or by a tab, as a word processor's table typed with tabs; a budget
#: table's last column may give the change, signed or in per cent: "-9.0", "+5.1", "13.6%" (round 26), its sign set
#: apart: "+ 4,1 %" (round 29)
_GAP = tables.COLUMN_GAP
_CHANGE_CELL = rf"(?:{_GAP}(?:[+−–-][ \t]?\d[\d.,]*(?:[ \t]?%)?|\d[\d.,]*[ \t]?%))?"
#: A row's year may carry a note in brackets: "2026 (prévision)", "2027 (budgeted)" (round 29).
_NOTED_YEAR = rf"\d{{4}}{tables.YEAR_NOTE}"
_SPACED_ROW = re.compile(
    rf"(?m)^[ \t]*(?P<label>{_NOTED_YEAR}|[^\W\d_][^\n]*?)(?:{_GAP}{_DIGITS}{_FOOTNOTE_MARK})+{_CHANGE_CELL}[ \t]*$")
_SPACED_NUMBER = re.compile(rf"{_GAP}(?P<num>{_DIGITS})(?![\d.,]*[ \t]?%)")
_SPACED_HEADER = re.compile(rf"[ \t]*\S[^\n]*?{_GAP}(?P<head>\S[^\n]*?)[ \t]*$")
_COLUMNS = re.compile(_GAP)


#: A column whose header counts things holds no sums, whatever unit the caption gives: "عدد الطلعات الجوية", "Number of
#: sorties", "Nombre de bénéficiaires" beside "الكلفة" under "(بالمليون دينار)" (round 29).
_COUNT_COLUMN = re.compile(r"(?<!\w)(?:عدد|number\s+of|no\.\s+of|nombre\s+d(?:e\s+|['’]))", re.IGNORECASE)


def _find_spaced_column_amounts(doc: Doc) -> None:
    """Rows of a label and bare numbers under a header line whose columns name a currency, or under a caption that
    names it ("au titre de l'aide humanitaire (en dollars canadiens) :"): the header gives the currency and scale of
    every row down to the first line that is no such row."""
    text = doc.text
    if "  " not in text and "\t" not in text:
        return
    header_currency: dict[int, list[tuple[str | None, int]]] = {}  # a header line's start -> each column's
    for m in _SPACED_ROW.finditer(text):
        if _years_only(text, m.end("label"), m.end()):
            continue  # "Pays        2022        2023": the header of a column per year
        top = m.start()
        while top > 0:  # up over the rows above to the line that is none
            above = text.rfind("\n", 0, top - 1) + 1
            if not _SPACED_ROW.fullmatch(text, above, top - 1) or _years_only(
                    text, _SPACED_ROW.fullmatch(text, above, top - 1).end("label"), top - 1):
                break
            top = above
        if top == 0:
            continue
        above = text.rfind("\n", 0, top - 1) + 1
        if above not in header_currency:
            header = _SPACED_HEADER.fullmatch(text, above, top - 1)
            columns = _COLUMNS.split(text[above: top - 1].strip()) if header else []
            whole = _header_currency(header.group("head"), doc.partner) if header else (None, 1)
            if whole[0] is None and header:
                whole = _header_currency(_caption(text, above), doc.partner)
            header_currency[above] = [_header_currency(c, doc.partner) if _header_currency(c, doc.partner)[0]
                                      else (None, 1) if _COUNT_COLUMN.search(c) else whole for c in columns[1:]] or [whole]
        currencies = header_currency[above]
        numbers = list(_SPACED_NUMBER.finditer(text, m.end("label"), m.end()))
        for index, cell in enumerate(numbers):
            currency, scale = currencies[index] if len(numbers) == len(currencies) else currencies[-1]
            number = to_number(cell.group("num"))
            num_start, num_end = cell.span("num")
            if currency is None or not number or doc.is_masked(num_start, num_end):
                continue
            doc.figures.append(Figure(kind="funding", value=scaled(number, scale), start=num_start, end=num_end,
                                      num_start=num_start, num_end=num_end, currency=currency))
            doc.add_mask(num_start, num_end)
    doc.figures.sort(key=lambda f: f.start)


#: A list of years and bare sums ("• 2024: 4.5") under an intro whose brackets say their unit ("موزعة على النحو
#: الآتي (بملايين اليورو):", "by year (EUR million):"): every item is a sum in that currency and scale.
_YEAR_ITEM = re.compile(rf"[ \t]*[•*–-]?[ \t]*(?:19|20)\d\d[ \t]*:[ \t]*(?P<num>{_DIGITS})[ \t]*\.?[ \t]*")
_YEAR_ITEM_LINE = re.compile(rf"(?m)^(?=[ \t•*–12-]){_YEAR_ITEM.pattern}$")
_UNIT_BRACKETS = re.compile(r"\(([^()\n]{1,40})\)\s*:?\s*$")
#: Arabic glues "in" and "the" to the unit's words: "بملايين اليورو".
_GLUED_ARTICLE = re.compile(r"^(?:بال|ب|ال)(?=\w{3})")


def _find_listed_amounts(doc: Doc) -> None:
    text = doc.text
    for m in _YEAR_ITEM_LINE.finditer(text) if "):" in text else ():  # the intro ends with its unit: "(EUR million):"
        if doc.is_masked(*m.span("num")):
            continue
        top = m.start()
        while top > 0 and _YEAR_ITEM.fullmatch(text, text.rfind("\n", 0, top - 1) + 1, top - 1):
            top = text.rfind("\n", 0, top - 1) + 1  # up over the items above to the intro
        unit = _UNIT_BRACKETS.search(text, text.rfind("\n", 0, max(0, top - 1)) + 1, max(0, top - 1)) if top else None
        if unit is None:
            continue
        _add_in_unit(doc, m, " ".join(_GLUED_ARTICLE.sub("", word) for word in unit.group(1).split()))
    doc.figures.sort(key=lambda f: f.start)


def _add_in_unit(doc: Doc, m: re.Match, unit: str) -> None:
    """The bare sum of ``m`` ("num"), read in the unit its caption or list intro names ("en milliers d'euros")."""
    currency, scale = _header_currency(unit, doc.partner)
    number = to_number(m.group("num"))
    if currency is None or not number:
        return
    num_start, num_end = m.span("num")
    doc.figures.append(Figure(kind="funding", value=scaled(number, scale), start=num_start, end=num_end,
                              num_start=num_start, num_end=num_end, currency=currency))
    doc.add_mask(num_start, num_end)


#: A table printed as lines of a label, a colon and a bare sum, under a caption whose brackets give the unit: "Tableau 1
#: - Aide humanitaire luxembourgeoise en Irak (en euros)" over "2021 : 2 150 000 (4 projets)" and "Total 2021-2024 :
#: 8 900 000"; a bracket after the sum counts something else (round 21).
_UNIT_ROW = re.compile(rf"[ \t]*[•*–-]?[ \t]*(?P<label>[^\n:]{{1,60}}?)[ \t]*:[ \t]*(?P<num>{_DIGITS})"
                       r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*\.?[ \t]*")
_UNIT_ROW_LINE = re.compile(rf"(?m)^{_UNIT_ROW.pattern}$")
#: The unit in a caption's closing brackets, maybe after other words: "(en euros)", "(extrait, en CHF)", "(in EUR)".
_ROWS_UNIT = re.compile(r"\((?:[^()\n]{0,30}?[\s,])?(?:en|in)\s+(?P<unit>[^()\n]{1,50})\)\s*:?\s*$", re.IGNORECASE)
_ROWS_UNIT_GATE = re.compile(r"\([^()\n]{0,30}?\b(?:en|in)\s")
#: A row labelled by its year or years: "2021", "Total 2021-2024".
_YEAR_LABEL = re.compile(r"(?:total\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?", re.IGNORECASE)
#: One line of column names may stand between the caption and the rows: "Année : montant (nombre de projets)".
_ROWS_HEADER = re.compile(r"[^\d\n]{1,80}")


def _find_unit_rows(doc: Doc) -> None:
    """Rows labelled by a year, or by a label that names the partner ("Contributions publiques suisses (DDC et SEM) :
    1 830 000" under "Compte d'exploitation 2025 (extrait, en CHF)"): sums in the caption's unit. Rows of other givers
    ("Union européenne (ECHO) : 2 268 000") are theirs, and are not read."""
    text = doc.text
    if not _ROWS_UNIT_GATE.search(doc.lower):
        return  # most pages print no unit in brackets
    for m in _UNIT_ROW_LINE.finditer(text):
        if doc.is_masked(*m.span("num")):
            continue
        label = m.group("label").strip()
        if not _YEAR_LABEL.fullmatch(label) and not (doc.partner and [doc.partner] in codes_named(label)):
            continue
        top = m.start()
        while top > 0 and _UNIT_ROW.fullmatch(text, text.rfind("\n", 0, top - 1) + 1, top - 1):
            top = text.rfind("\n", 0, top - 1) + 1  # up over the rows above
        if top == 0:
            continue
        above = text.rfind("\n", 0, top - 1) + 1
        unit = _ROWS_UNIT.search(text, above, top - 1)
        if unit is None and above > 0 and _ROWS_HEADER.fullmatch(text, above, top - 1) and ":" in text[above:top]:
            caption = text.rfind("\n", 0, above - 1) + 1
            unit = _ROWS_UNIT.search(text, caption, above - 1)
        if unit is not None:
            _add_in_unit(doc, m, unit.group("unit"))
    doc.figures.sort(key=lambda f: f.start)


#: A chart as a screen reader reads it: its title gives the unit ("Graphique à barres : aide par pays, 2016-2026, en
#: millions de dollars.", "Bar chart: aid by country, in USD million."), then a sentence per bar: "Liban, 410." (round 26)
_CHART_GATE = re.compile(r"graphique|diagramme|chart|graph\b", re.IGNORECASE)
_CHART_TITLE = re.compile(
    r"(?:graphique|diagramme|chart|graph)\b[^.\n]{0,200}?[,(:]\s*(?:en|in)\s+(?P<unit>[^.,()\n\d]{3,40}?)\s*\)?\.",
    re.IGNORECASE)
_CHART_BAR = re.compile(rf"\s*[^\W\d_][^,.:\n\d]{{0,40}}[,:]\s*(?P<num>{_DIGITS})\s*\.")


def _find_chart_values(doc: Doc) -> None:
    """The bars of a chart whose title names the unit: each bare number after its label is a sum in that unit."""
    text = doc.text
    if not _CHART_GATE.search(text):
        return
    for title in _CHART_TITLE.finditer(text):
        position = title.end()
        while bar := _CHART_BAR.match(text, position):
            if not doc.is_masked(*bar.span("num")):
                _add_in_unit(doc, bar, title.group("unit"))
            position = bar.end()
    doc.figures.sort(key=lambda f: f.start)


#: An item that sets the sum planned against the sum spent, both bare, under a heading whose brackets give the unit:
#: "• صندوق تمويل الاستقرار: المخطط 200 – الفعلي 195" under "... (بملايين الكرونات السويدية)", "Demining: planned 80,
#: actual 76" under "(SEK million)" (round 24).
_PLAN_WORD = r"(?:ال)?(?:مخطط|فعلي|مرصود|منفق|مصروف)|planned|actual|budgeted|spent|prévu|réalisé|dépensé"
_PLANNED_ITEM = re.compile(
    rf"[ \t]*[•*–-]?[^\n]{{0,160}}?:[ \t]*(?:{_PLAN_WORD})[ \t]*:?[ \t]*(?P<num>{_DIGITS})[ \t]*[–—,،;-][ \t]*"
    rf"(?:{_PLAN_WORD})[ \t]*:?[ \t]*(?P<num2>{_DIGITS})[ \t]*\.?[ \t]*", re.IGNORECASE)
_PLANNED_GATE = re.compile(rf":[ \t]*(?:{_PLAN_WORD})[ \t]*:?[ \t]*\d", re.IGNORECASE)


def _find_planned_actual(doc: Doc) -> None:
    """Both sums of each planned-against-actual item, read in the unit of the heading above the items."""
    text = doc.text
    if not _PLANNED_GATE.search(doc.lower):
        return
    for line in re.finditer(r"(?m)^[^\n]+$", text):
        m = _PLANNED_ITEM.fullmatch(text, line.start(), line.end())
        if m is None:
            continue
        top = line.start()
        while top > 0:
            above = text.rfind("\n", 0, top - 1) + 1
            if text[above:top - 1].strip() and not _PLANNED_ITEM.fullmatch(text, above, top - 1):
                break
            top = above  # up over the items and blank lines above to the heading
        if top == 0:
            continue
        unit = _UNIT_BRACKETS.search(text, text.rfind("\n", 0, top - 1) + 1, top - 1)
        if unit is None:
            continue
        currency, scale = _header_currency(unit.group(1), doc.partner)
        for group in ("num", "num2"):
            number = to_number(m.group(group))
            if currency is None or not number or doc.is_masked(*m.span(group)):
                continue
            num_start, num_end = m.span(group)
            doc.figures.append(Figure(kind="funding", value=scaled(number, scale), start=num_start, end=num_end,
                                      num_start=num_start, num_end=num_end, currency=currency))
            doc.add_mask(num_start, num_end)
    doc.figures.sort(key=lambda f: f.start)


#: A table's caption is a short line right above its header row, or one that ends with a colon.
CAPTION_WORDS = 12


def _caption(text: str, header_start: int) -> str:
    """The line above a table's header row (or above the blank line there), when it is no row and is short or
    ends with a colon ("... au titre de l'aide humanitaire internationale (en dollars canadiens) :")."""
    end = text.rfind("\n", 0, header_start)
    caption = text[text.rfind("\n", 0, end) + 1: end] if end > 0 else ""
    if not caption.strip() and end > 0:  # one blank line may stand between
        end -= len(caption) + 1
        caption = text[text.rfind("\n", 0, end) + 1: end] if end > 0 else ""
    if CELL_MARK in caption:
        return ""
    if len(caption.split()) > CAPTION_WORDS and not caption.rstrip().endswith(":"):
        # a long caption still gives its unit in brackets: "Tableau 2 – Aide humanitaire du Luxembourg en faveur de la
        # Syrie (en millions d'euros, montants décaissés)" (round 20)
        unit = _CAPTION_UNIT.search(caption) or _CAPTION_UNIT_AFTER_COMMA.search(caption)
        return unit.group(1) if unit else ""
    return caption


#: ... or its last words after a comma: "Tableau 2 - Coût de la mission en Syrie et au Liban, en millions d'euros"
#: (round 29).
_CAPTION_UNIT_AFTER_COMMA = re.compile(r",\s*((?:en|in)\s[^()\n,]{1,40})\s*:?\s*$", re.IGNORECASE)
#: A caption's closing brackets that say the unit: "(en millions d'euros, ...)", "(in EUR million)", also after what
#: the column holds: "(contributions reçues, en dollars US)", "(amounts received, in US dollars)" (round 32).
_CAPTION_UNIT = re.compile(r"\((?:[^()\n,]{1,40},\s*)?((?:en|in)\s[^()\n]{1,50}"
                           # ... or only its sign or code and scale: "Main UK programmes in Syria and Iraq (£ million)"
                           # (round 26)
                           r"|(?:[€$£]|(?-i:[A-Z]{3}))\s?(?:[^\W\d_]+|['’]000)(?:\s+[^()\n]{1,30})?"
                           # ... or its scale and currency without "en": "par canal, 2027 (millions d'euros)",
                           # "(thousands of dollars)" (round 30)
                           r"|(?:millions?|milliards?|milliers|thousands?|billions?)\s+(?:de\s+|d['’]|of\s+)[^()\n\d]{1,30}"
                           # ... or in Arabic, "in" glued to the scale: "(بالمليون دينار)", "(بملايين الدولارات)" (round 29)
                           r"|ب(?:ال)?(?:مليون|ملايين|ألف|آلاف|مليار|مليارات)(?:\s+[^()\n\d]{1,30})?)\)\s*:?\s*$",
                           re.IGNORECASE)


def _years_only(text: str, start: int, end: int) -> bool:
    numbers = [cell.group("num") for cell in _SPACED_NUMBER.finditer(text, start, end)]
    return bool(numbers) and all(n.isdigit() and 1900 <= int(n) <= 2100 for n in numbers)


#: An Arabic header glues "in" and the article to its unit: "(بآلاف الدنانير الكويتية)", "(بالملايين)"; an English
#: one puts the scale in the plural: "(in thousands of euros)" (round 22).
_AR_HEADER_CLITIC = re.compile(r"^(?:[وف]?(?:بال|لل|ب|ال))(?=[^\W\d_]{3})|(?:(?<=thousand)|(?<=million)|(?<=billion))s$",
                               re.IGNORECASE)


def _header_currency(header: str, partner: str | None) -> tuple[str | None, int]:
    currency, scale = None, 1
    family = None
    for word in _HEADER_WORD.findall(header):
        if family and (country := _country_of_currency(word, family)):
            currency = country  # "(بملايين الكرونات السويدية)", "(بآلاف الدولارات الكندية)": the adjective says whose
        family = None
        for form in (word, _AR_HEADER_CLITIC.sub("", word)):
            currency = currency or (resolve(form, partner) if form in currency_lexicon() or form.lower() in
                                    currency_lexicon() or form.lower() in tables.CURRENCY_FAMILIES else None)
            family = family or tables.CURRENCY_FAMILIES.get(form.lower())
            scale = max(scale, tables.SCALE_WORDS.get(form.lower(), 1),
                        tables.HEADER_SCALE_WORDS.get(form.lower(), 1))
    return currency, scale


def _country_of_currency(word: str, family: tuple[str, ...]) -> str | None:
    """The currency of the family that the country named by the adjective ``word`` pays in (round 24)."""
    for form in (word, _AR_HEADER_CLITIC.sub("", word)):
        for code in place_table().get(form, ()):
            if partner_currency(code) in family:
                return partner_currency(code)
    return None


#: How far before its scale word a number word may start ("twenty-five million").
WORD_LOOKBACK = 30


def _number_group(m: re.Match) -> str:
    return "comp" if m.group("comp") else "wscale" if m.group("wscale") else "dual"


def _find_word_amounts(doc: Doc) -> None:
    """Amounts with a number word, looked for only around scale words (rare next to the digits' amounts)."""
    text = doc.text
    pattern = word_amount_regex()
    found = False
    for anchor in _SCALE_ANCHOR.finditer(doc.lower):  # the lowered text has the same offsets
        if doc.is_masked(anchor.start(), anchor.end()):
            continue
        # the amount whose number holds the anchor, not an earlier one in reach ("مليون دولار ... ومليون دولار آخر")
        m = next((m for m in pattern.finditer(text, max(0, anchor.start() - WORD_LOOKBACK),
                                              min(len(text), anchor.end() + 60))
                  if m.start(_number_group(m)) <= anchor.start() < m.end(_number_group(m))), None)
        if m is None:
            m = _part_in_words(doc, anchor)
        if m is None:
            found = _find_bare_word_amount(doc, anchor) or found
            continue
        if m.group("comp"):
            value = compound_value(m.group("comp"))
            num_start, num_end = m.span("comp")
        elif m.group("dual"):
            dual = " ".join(m.group("dual").lower().split())
            value = float(tables.SCALES_ALONE.get(dual) or tables.NUMBER_WORDS[dual])
            num_start, num_end = m.span("dual")
        else:
            value = scaled(to_number(m.group("wnum")), _scale_value(m.group("wscale")))
            num_start, num_end = m.span("wnum")
        post = _DE.sub("", m.groupdict().get("wpost") or "")
        start, total = (m.start(), None) if post else (num_start, _total_before(doc, m.start()))
        currency = resolve(post, _owner(doc, post)) if post else total.currency if total else None
        if currency is None or doc.is_masked(start, m.end()):
            continue
        doc.figures.append(Figure(kind="funding", value=value, start=start, end=m.end(), num_start=num_start,
                                  num_end=num_end, currency=currency, currency_guessed=total is not None,
                                  currency_inferred=total is not None or is_ambiguous(post)))
        doc.add_mask(m.start(), m.end())
        found = True
    if found:
        doc.figures.sort(key=lambda f: f.start)


_DE = re.compile(r"^(?:de\s+|d['’]|من\s+)")

#: A number word and a scale of millions with no currency after them: "Cinquante millions sont budgétés pour 2016" ...
_BARE_WORD_AMOUNT = re.compile(
    rf"(?:(?<![\w-])|(?<=(?<!\w)[بلو]))(?P<wnum>(?i:{_words_alternation()}))[\s-]+"
    rf"(?P<wscale>(?i:million|millions|milliard|milliards|billion|مليون|ملايين|مليار|مليارات))(?![\w])"
)
#: ... a currency written at most this far before them ...
BARE_WORD_CURRENCY_CHARS = 300
#: ... and a verb that spends them after them.
_SPENT_AFTER = re.compile(
    r"\s+(?:(?:sont|seront|ont\s+été|will\s+be|are|were|have\s+been|had\s+been)\s+)?(?:(?:also|aussi|déjà|already)\s+)?"
    r"(?:budgétés|consacrés|alloués|affectés|versés|destinés|prévus|débloqués|engagés|earmarked|allocated|budgeted|"
    r"set\s+aside|committed|pledged|disbursed|spent|iront|will\s+go|go(?:es)?\s+to)\b",
    re.IGNORECASE,
)
#: ... or, right after a total in a written currency, what the part is in or for: "USD 2 billion for Iraq: one billion
#: in loans and one billion in investments" (round 24).
_PART_PURPOSE_AFTER = re.compile(r"\s+(?:in|for|as|to)\s+(?!need\b)", re.IGNORECASE)


def _find_bare_word_amount(doc: Doc, anchor: re.Match) -> bool:
    """A spelled amount whose currency the text gave just before, as the subject of its spending ("... 250 millions
    de francs ... Cinquante millions sont budgétés pour 2016") or as a part of a total just before it ("USD 2 billion:
    one billion in loans"); its currency comes later."""
    text = doc.text
    m = next((m for m in _BARE_WORD_AMOUNT.finditer(text, max(0, anchor.start() - WORD_LOOKBACK), anchor.end())
              if m.start("wscale") == anchor.start()), None)
    if m is None or doc.is_masked(m.start(), m.end()) or not (_SPENT_AFTER.match(text, m.end()) or (
            _PART_PURPOSE_AFTER.match(text, m.end()) and _total_before(doc, m.start()) is not None)
            or _bracketed_share(text, m.start())):
        return False
    number = to_number(m.group("wnum"))
    if not number or _written_currency().search(text, max(0, m.start() - BARE_WORD_CURRENCY_CHARS), m.start()) is None:
        return False
    doc.figures.append(Figure(kind="funding", value=scaled(number, _scale_value(m.group("wscale"))), start=m.start(),
                              end=m.end(), num_start=m.start("wnum"), num_end=m.end("wnum")))
    doc.add_mask(m.start(), m.end())
    return True


#: The last scale word before a bracketed share, and what follows it: a currency, perhaps after "de".
_LAST_SCALE = re.compile(rf"(?:{_WORD_SCALES})(?![^\W\d_])(?P<after>.{{0,16}})", re.IGNORECASE)
_TO_CURRENCY = re.compile(r"\s*(?:de\s+|d['’]|of\s+)?")


def _bracketed_share(text: str, at: int) -> bool:
    """A share in words alone in brackets after the body that gets it, in a sentence whose last sum before it is
    money: "le HCR, qui recevra deux millions d'euros, la FAO (deux millions)" (real press); not the people a sentence
    counts, "en Turquie (3,5 millions), au Liban (un million)"."""
    if not text.endswith("(", max(0, at - 1), at):
        return False
    start = max(0, at - CURRENCY_BEFORE_CHARS, text.rfind(". ", 0, at) + 1, text.rfind("\n", 0, at) + 1)
    for scale in reversed(list(_LAST_SCALE.finditer(text, start, at))):
        after = scale.group("after")
        if not after.startswith(")"):  # past the shares in brackets before it: "la FAO (deux millions), ... (six"
            return _written_currency().match(after, _TO_CURRENCY.match(after).end()) is not None
    return False


def _part_in_words(doc: Doc, anchor: re.Match) -> re.Match | None:
    """The part in words with no currency whose number holds the anchor ("منها مليونان"), if its total stands
    before it."""
    if not _PART_KEY.search(doc.lower, max(0, anchor.start() - WORD_LOOKBACK), anchor.start()):
        return None  # no "of which" before it: the case of nearly every scale word without a currency
    m = next((m for m in word_part_regex().finditer(doc.text, max(0, anchor.start() - WORD_LOOKBACK),
                                                    min(len(doc.text), anchor.end() + 20))
              if m.start(_number_group(m)) <= anchor.start() < m.end(_number_group(m))), None)
    return m if m is not None and _total_before(doc, m.start()) is not None else None


def _total_before(doc: Doc, start: int) -> Figure | None:
    """The money figure that ends shortly before ``start`` with a written currency: a part's total."""
    return next((f for f in reversed(doc.figures) if f.kind == "funding" and f.end <= start
                 and start - f.end <= PART_TOTAL_CHARS and f.currency and not f.currency_guessed), None)


def _owner(doc: Doc, form: str) -> str | None:
    """Whose currency a written form is: the partner's; in a text with no partner, a French "$" is Canada's (France
    writes "dollars" or "USD"), as :data:`tables.SIGN_OWNERS` says."""
    if doc.partner or doc.many:
        return doc.partner
    return tables.SIGN_OWNERS.get((doc.language, form.strip()))


#: How far from a bare dinar, riyal or dirham the country whose money it is may be named.
LOCAL_CURRENCY_CHARS = 120
#: The families of Arabic currencies, by their first code: a partner without one pays in the recipient's.
_LOCAL_FAMILIES = ("IQD", "SAR", "AED")


def _local_currency(doc: Doc, form: str, start: int, end: int) -> str | None:
    """A dinar, riyal or dirham of a partner that has none is the one of the country named beside it: a Tunisian wire's
    "هبة ألمانية لفائدة تونس بقيمة 15 مليون دينار" counts Tunisian dinars, not Iraqi ones."""
    family = tables.CURRENCY_FAMILIES.get(" ".join(form.split()).lower())
    if not family or family[0] not in _LOCAL_FAMILIES or partner_currency(doc.partner) in family:
        return None
    table = place_table()
    for m in place_regex().finditer(doc.text, max(0, start - LOCAL_CURRENCY_CHARS), end + LOCAL_CURRENCY_CHARS):
        for code in table[m.group(0)]:
            if partner_currency(code) in family:
                return partner_currency(code)
    return None


def _named_currency(doc: Doc, form: str) -> str | None:
    """A bare crown or dollar in a text whose partner pays in none of them is the one the text names in full: "90
    مليون كرونة نرويجية ... و40 مليون كرونة" counts Norwegian crowns, not the family's first (round 27)."""
    family = tables.CURRENCY_FAMILIES.get(" ".join(form.split()).lower())
    if not family or partner_currency(doc.partner) in family:
        return None
    return named_in_full(doc.text, family)


def _figure(doc: Doc, m: re.Match, num_group: str, scale_group: str, pre: str | None, post: str | None):
    post = _DE.sub("", post) if post else post
    scale = _scale_value(m.group(scale_group))
    number = _amount_number(doc, m.group(num_group), scale)
    if number is None:
        return None
    if post == "livres" and (scale == 1 or _OF_THINGS.match(doc.text, m.end())):
        return None  # "500 livres de farine", "46 millions de livres de carburant" weigh; "40 millions de livres" pays
    if pre and "$" in pre and post in ("US", "U.S."):
        currency = "USD"
    else:
        if pre and post and is_ambiguous(pre) and not is_ambiguous(post):
            pre = None  # "$2.2 million us dollars": the name after the number says whose dollar the sign is
        currency = resolve(pre, _owner(doc, pre)) if pre else resolve(post, _owner(doc, post)) if post else None
    if currency is None:
        return None
    if is_ambiguous(pre or post):
        currency = (_local_currency(doc, pre or post, m.start(), m.end()) or _named_currency(doc, pre or post)
                    or currency)
    value = scaled(number, scale)
    if value <= 0:
        return None
    num_start, num_end = m.span(num_group)
    return Figure(kind="funding", value=value, start=m.start(), end=m.end(), num_start=num_start, num_end=num_end,
                  currency=currency, currency_inferred=is_ambiguous(pre or post))


_YEAR = re.compile(r"(?:19|20)\d\d")


def _range_figure(doc: Doc, m: re.Match):
    low, high = to_number(m.group("ra")), to_number(m.group("rb"))
    post = m.group("rpost") or m.group("rpa")  # "entre 12 M€ et 16 M€", "between 5 million euros and 7 million"
    written = m.group("rc1") or m.group("rc2") or (_DE.sub("", post) if post else None)
    scale_b = m.group("rsb")
    if low is None or high is None or not (written or scale_b or m.group("rsa")):
        return None  # "2014-2016" and other ranges without money in them
    if not written and _counted_before(doc.text, m.start()):
        return None  # "le nombre de personnes ... est passé de 11 millions à 14,6 millions": people
    if 1900 <= low <= 2100 and 1900 <= high <= 2100 and not written:
        return None
    if _YEAR.fullmatch(m.group("ra")) and not (m.group("rc1") or m.group("rsa") or m.group("between")):
        return None  # "from EUR 200,000 in 2023 to EUR 350,000", "since 2019 to EUR 400,000": a year, then the sum
    scale = _scale_value(m.group("rsa") or scale_b)
    low = scaled(low, scale)
    high = scaled(high, _scale_value(scale_b or m.group("rsa")))
    if low <= 0 or high < low:
        return None
    figure = Figure(kind="funding", value=low, start=m.start(), end=m.end(), num_start=m.start("ra"),
                    num_end=m.end("ra"), is_range=True, qualifier="at_least")
    if written:
        figure.currency = resolve(written, _owner(doc, written))
        figure.currency_inferred = is_ambiguous(written)
    return figure


def _counted_after_modifiers(text: str, end: int) -> bool:
    """Whether up to two words that say what kind ("food", "vulnerable", a demonym) lead from a bare number to the thing
    it counts: "34 million food rations", "5 million vulnerable Palestinian refugees" (real press)."""
    words = _WORDS_AFTER.match(text, end)
    for word in words.group(0).split() if words else ():
        lowered = word.lower()
        if lowered in tables.COUNT_NOUNS or lowered in _PERSONNEL_LOWER:
            return True
        if lowered not in _COUNT_MODIFIERS and not _is_people_of(word):
            return False
    return False


def _is_people_of(word: str) -> bool:
    """"5.6 million Syrians", "3,3 millions d'Irakiens", "مليون سوري": a nation's people, not money."""
    lowered = word.lower()
    nationalities = demonyms()
    return lowered in nationalities or lowered.endswith("s") and lowered[:-1] in nationalities


#: A French scale followed by "de" and a noun that is no currency: a count of things ("2 millions de repas").
#: ... not money's own nouns: "12 millions de livres d'aide humanitaire", "de financement" pay (round 26).
_OF_THINGS = re.compile(r"\s+(?:de\s+|d['’])(?!(?:la|le|les|l['’]|plus|moins)\b)"
                        rf"(?!(?:{'|'.join(tables.MONEY_NOUNS_FR)})\b)[^\W\d_]{{2,}}")


#: A verb of hosting right before a bare scaled number, perhaps with "en" for the people and a hedge: the people
#: hosted, their noun left out.
_HOSTS_BEFORE = re.compile(
    r"(?<![\w])(?:en\s+)?(?:" + "|".join(tables.HOST_VERBS) + r"|hébergent|abrite|abritent|shelters?)\s+"
    r"(?:(?:encore|toujours|aujourd['’]hui|actuellement|still|now|currently|today)\s+)?"
    rf"(?:(?:{_HEDGE})\s+)?$", re.IGNORECASE)


#: A count as the subject of the sentence before a bare scaled number: "the number of people in need rose to 14.6
#: million", "le nombre de personnes ... est passé de 11 millions à", "وارتفع عدد المحتاجين إلى".
_COUNTED = re.compile(r"(?:\bthe\s+number\s+of|\ble\s+nombre\s+d['’e]|(?<!\w)[وف]?عدد)\s+[^.;,،\n]{0,100}$", re.IGNORECASE)


def _counted_before(text: str, at: int) -> bool:
    start = max(0, at - 120, text.rfind(". ", 0, at) + 1, text.rfind("\n", 0, at) + 1)
    return _COUNTED.search(text, start, at) is not None


#: A scaled number and the word after it, perhaps after "of"/"de": what an earlier figure of the sentence counts.
_SCALED_NOUN = re.compile(
    rf"\d\s*(?:{_WORD_SCALES})\s+(?:of\s+|de\s+|d['’])?(?:the\s+|les\s+)?([^\W\d_]+)", re.IGNORECASE)


def _counts_people_before(text: str, at: int) -> bool:
    """"Sur les 11,6 millions de personnes ..., 2,3 millions sont réfugiées": the sentence's last scaled figure
    before a bare one counts people, and no currency is written between them, so the bare one counts them too."""
    start = max(0, at - 200, text.rfind(". ", 0, at) + 1, text.rfind("\n", 0, at) + 1)
    last = None
    for last in _SCALED_NOUN.finditer(text, start, at):
        pass
    if last is None or _written_currency().search(text, last.end(1), at):
        return False
    noun = last.group(1).lower()
    return noun in tables.COUNT_NOUNS or noun in _PERSONNEL_LOWER or _is_people_of(noun)


def _bare_figure(doc: Doc, m: re.Match):
    """"2.3bn": money only if no count noun follows and the sentence speaks of money."""
    scale = _scale_value(m.group("bscale"))
    number = _amount_number(doc, m.group("bnum"), scale)
    if not number or scale < 1_000_000:
        return None  # "10 thousand" / "١٠ آلاف" alone is a count of something, not money
    if _OF_THINGS.match(doc.text, m.end()):
        return None  # "1,5 million de consultations": French writes money "millions d'euros", read before this
    after = _COUNT_NOUN_AFTER.match(doc.text, m.end())
    if after and (after.group(1).lower() in tables.COUNT_NOUNS or after.group(1).lower() in _PERSONNEL_LOWER
                  or _is_people_of(after.group(1))):
        return None
    if _counted_after_modifiers(doc.text, m.end()):
        return None
    if (_PEOPLE_VERB_AFTER.match(doc.text, m.end()) or _counted_before(doc.text, m.start())
            or _counts_people_before(doc.text, m.start())):
        return None  # "around 1.2 million remain internally displaced": people, the noun left out
    if _HOSTS_BEFORE.search(doc.text, max(0, m.start() - 60), m.start()):
        return None  # "le pays en héberge encore près de 1,5 million", "which hosts some 1.5 million": people hosted
    window_start = max(0, m.start() - 160)
    if not _MONEY_CONTEXT.search(doc.text, window_start, min(len(doc.text), m.end() + 80)) and not _currency_before(
            doc.text, m.start()):
        return None
    return Figure(kind="funding", value=scaled(number, scale), start=m.start(), end=m.end(),
                  num_start=m.start("bnum"), num_end=m.end("bnum"))


#: How far back in its sentence a written currency makes a bare "380 millions" money: "trois cents millions d'euros
#: en 2022, contre environ 380 millions en 2021".
CURRENCY_BEFORE_CHARS = 120


@lru_cache(maxsize=1)
def _written_currency() -> re.Pattern[str]:
    before, after = currency_patterns()
    return re.compile(rf"[€$£¥]|(?<![^\W\d_])(?:{before}|{after})(?![^\W\d_])")


def _currency_before(text: str, at: int) -> bool:
    earliest = max(0, at - CURRENCY_BEFORE_CHARS)
    line = text.rfind("\n", 0, at)
    while line > earliest and _CONTINUED_LINE.match(text, line):
        line = text.rfind("\n", 0, line)
    start = max(earliest, text.rfind(". ", 0, at) + 1, line + 1)
    return _written_currency().search(text, start, at) is not None


#: A wrapped line's continuation, indented and in lower case as a PDF keeps it ("7,2 millions de francs,\n  dont 1,8
#: million en 2024"): it goes on the sentence above (round 25).
_CONTINUED_LINE = re.compile(r"\n[ \t]+[a-zà-ÿ]")


def attach_currency(doc: Doc) -> Doc:
    """Give a currency to amounts written without one: the nearest currency written at most
    :data:`CONTEXT_CURRENCY_CHARS` before it, else the document's most used currency, else the partner's own."""
    written = [f for f in doc.figures if f.kind == "funding" and f.currency]
    counts: dict[str, int] = {}
    for f in written:
        counts[f.currency] = counts.get(f.currency, 0) + 1
    most_used = max(counts, key=counts.get) if counts else None
    ends = [f.end for f in written]
    for figure in doc.figures:
        if figure.kind != "funding" or figure.currency:
            continue
        before = bisect.bisect_right(ends, figure.start) - 1
        if before >= 1 and _bracketed_after(doc.text, written[before - 1], written[before]):
            before -= 1  # "60 millions de francs (environ 67 millions de dollars), dont 38 millions": the total's
        nearest = None
        if before >= 0 and figure.start - ends[before] < CONTEXT_CURRENCY_CHARS:
            nearest = written[before].currency
        figure.currency = nearest or most_used or partner_currency(doc.partner)
        figure.currency_guessed = figure.currency_inferred = True
        if figure.currency is None:
            figure.dropped = "no currency"
    return doc


#: A restatement in brackets right after a sum: "(environ 67 millions de dollars)", "(about USD 47 million)".
_BRACKET_OPENS = re.compile(r"\s*\(\s*(?:[^\W\d_]+\.?\s+){0,2}")


def _bracketed_after(text: str, first: Figure, second: Figure) -> bool:
    """Whether ``second`` restates ``first`` in brackets right after it: no currency of its own for what follows."""
    opens = _BRACKET_OPENS.match(text, first.end, second.start + 1)
    return (opens is not None and opens.end() >= second.start and first.currency != second.currency
            and text.find(")", second.end, second.end + 3) != -1)


def find_headcounts(doc: Doc) -> Doc:
    """Find head counts of the partner's own people."""
    text = doc.text
    own = _own_demonyms(doc.partner)
    nationalities = demonyms()
    heads = _noun_heads(doc)
    for m in _headcount_matches(doc, heads):
        if doc.is_masked(m.start("num"), m.end("num")):
            continue
        number = to_number(m.group("num"), people=True)
        if number is None or not 0 < number <= MAX_PEOPLE or number != int(number):
            continue
        mods = [_ABBREVIATED.get(w.lower(), w.lower()) for w in m.group("mods").split()]
        if mods[:1] == ["of"] and m.group("num").lower() == "one":
            continue  # "every one of the men and women who served": one person among them, no count (round 18)
        if mods[:1] == ["of"] and mods[1:2] and mods[1] in _PARTITIVE_DETERMINERS:
            mods = mods[2:]  # "approximately 1,000 of the deploying soldiers": a part of the partner's people
        mods = _without_own_names(mods, own)
        if any(w in _MOD_STOP or w[:1].isdigit() or w in tables.COUNT_NOUNS for w in mods):
            continue  # "Thirty-two Coalition partners contribute troops": the number counts something else
        # the verb may follow the name of the force the people belong to: "Two members of An Garda Síochána are now
        # serving" (round 25)
        force = _OF_FORCE.match(text, m.end())
        if m.group("noun").lower() in tables.WEAK_PERSONNEL_NOUNS and not _DEPLOYS.search(
            text, max(0, m.start() - HEADCOUNT_LOOKBACK), min(len(text), (force.end() if force else m.end()) + 30)
        ) and not _UNIT_NOUN.search(text, max(0, m.start() - HEADCOUNT_LOOKBACK), m.start()):
            continue  # "60 people", "200 members" are personnel only when sent
        if m.group("noun").lower() in ("membres", "members") and _MEMBERSHIP_BEFORE.search(
                text, max(0, m.start() - 50), m.start()):
            continue  # "la Coalition mondiale contre Daech, qui compte 87 membres": states, not people (round 26)
        raw = m.group("num")
        if raw.isdigit() and 1900 <= number <= 2100 and (
                _YEAR_PREP.search(text, max(0, m.start() - 12), m.start())
                or _MONTH_BEFORE.search(text, max(0, m.start() - 16), m.start())):
            continue  # "in 2020 ...", "30 March 2020 New Zealand Defence Force personnel": a date
        if _BLANK_LINE.search(text, m.start(), m.end()):
            continue  # a number ending one paragraph and a noun opening the next
        if "\n" in text[m.end("num"):m.start("noun")] and _COUNTER_BEFORE.search(
                text, max(0, m.start("num") - 12), m.start("num")):
            continue  # "Photo 10 of 10" over "Carabinieri instructors with ...": a gallery's counter (round 26)
        if _section_number(text, m):
            continue  # "3 Personnel et conséquences pour les cantons" under "2 Répartition du crédit" (round 20)
        if m.group("scale"):
            number *= _scale_value(m.group("scale"))
        figure = Figure(kind="personnel", value=number, start=m.start(), end=m.end(), num_start=m.start("num"),
                        num_end=m.end("num"), noun=m.group("noun").lower())
        if m.group("plus"):
            figure.qualifier = "at_least"
        elif " ".join(raw.lower().split()) in tables.APPROXIMATE_NUMBER_WORDS:
            figure.qualifier = "approximate"
        figure.dropped = _not_own_reason(text, m, mods, own, nationalities) or _from_another_country(doc, m.end())
        doc.figures.append(figure)
        lead = text[max(0, m.start() - 12):m.start()]
        change = _CHANGE_FROM.search(text, max(0, m.start() - 40), m.start()) or (
            _THEN_FROM.search(text, max(0, m.start() - 30), m.start())
            if any(word in lead for word in ("puis", "then", "ثم")) else None)
        if change and not doc.is_masked(*change.span("num")):
            doc.figures.append(_headcount_at(change, figure.noun, figure.dropped))
        to = _CHANGE_TO.match(text, m.end())
        if to and _FROM_BEFORE.search(text, max(0, m.start() - 40), m.start()) and not doc.is_masked(*to.span("num")):
            doc.figures.append(_headcount_at(to, figure.noun, figure.dropped))
        elif "puis" in text[m.end(): m.end() + 16] and (then := _THEN_TO.match(text, m.end())) and not doc.is_masked(
                *then.span("num")):
            doc.figures.append(_headcount_at(then, figure.noun, figure.dropped))
        part = _PART_COUNT.match(text, m.end()) or (_PART_LATER.match(text, m.end()) if any(
            doc.lower.find(key, m.end(), m.end() + PART_LATER_REACH) >= 0 for key in _PART_LATER_KEYS) else None)
        if part and not doc.is_masked(*part.span("num")):
            doc.figures.append(_headcount_at(part, figure.noun, figure.dropped))
        earlier = _DOWN_FROM.match(text, m.end()) if any(
            doc.lower.find(key, m.end(), m.end() + 190) >= 0 for key in _DOWN_FROM_KEYS) or doc.language == "ar" and (
            _AFTER_IT_WAS.search(text, m.end(), m.end() + 190)) else None
        if earlier and not doc.is_masked(*earlier.span("num")) and not (
                earlier.group("num").isdigit() and 1900 <= int(earlier.group("num")) <= 2100):  # "compared with 2019"
            doc.figures.append(_headcount_at(earlier, figure.noun, figure.dropped))
        elided = _ELIDED.match(text, m.end())
        if elided and not doc.is_masked(*elided.span("num")):
            doc.figures.append(_headcount_at(elided, figure.noun, figure.dropped))
        shared = _SHARED_NOUN_BEFORE.search(text, max(0, m.start("num") - 60), m.start("num"))
        if shared and shared.group("demonym").lower() in nationalities and not doc.is_masked(*shared.span("num")):
            mine = shared.group("demonym").lower() in own
            doc.figures.append(_headcount_at(shared, figure.noun, None if mine else "someone else's people"))
    _find_other_counts(doc)
    _find_one_of_them(doc)
    _find_nounless_headcounts(doc, own, nationalities)
    _find_dual_counts(doc, own, nationalities)
    _find_strong_units(doc)
    _find_unit_counts(doc)
    _find_own_people_counts(doc, own)
    _find_labelled_counts(doc)
    _find_answered_counts(doc, own, nationalities)
    _find_column_counts(doc)
    _find_cell_counts(doc)
    _find_referring_counts(doc, own, nationalities)
    _find_subject_counts(doc, own, nationalities)
    _find_clause_counts(doc, heads, own, nationalities)
    _find_one_sent(doc, own, nationalities)
    doc.figures.sort(key=lambda f: f.start)
    return doc


#: One person the partner sends, the article for its number: "met à la disposition de l'Organisation un expert",
#: "détache un officier de liaison", "envoie une experte" (round 25). Only after a verb of sending: "un expert
#: irakien a présenté" counts no one.
_ONE_SENT = re.compile(
    r"\b(?:met(?:tra)?\s+à\s+(?:la\s+)?disposition\s+(?:d[eu]s?\s+[^,.;:\n\d]{1,40}?\s+|d['’][^,.;:\n\d]{1,40}?\s+)?"
    r"|détache(?:ra)?\s+|envoie(?:ra)?\s+|déploie(?:ra)?\s+|dépêche(?:ra)?\s+)"
    r"(?P<num>une?)\s+(?P<mods>)(?P<noun>expert|experte|officier|officière|conseiller|conseillère|instructeur|instructrice|"
    r"formateur|formatrice|gendarme|policier|policière|observateur|observatrice)\b"
)
_ONE_SENT_VERBS = ("disposition", "détache", "envoie", "déploie", "dépêche")


def _find_one_sent(doc: Doc, own: frozenset[str], nationalities: dict[str, str]) -> None:
    if doc.language != "fr" or not any(verb in doc.lower for verb in _ONE_SENT_VERBS):
        return
    text = doc.text
    for m in _ONE_SENT.finditer(text):
        if doc.is_masked(m.start("num"), m.end("num")):
            continue
        figure = Figure(kind="personnel", value=1, start=m.start("num"), end=m.end(), num_start=m.start("num"),
                        num_end=m.end("num"), noun=m.group("noun").lower())
        figure.dropped = _not_own_reason(text, m, [], own, nationalities)
        doc.figures.append(figure)
        doc.add_mask(m.start("num"), m.end("num"))


def _section_number(text: str, m: re.Match) -> bool:
    """Whether the count is a section's number: it opens its line before a capital, and a line beside it opens with
    the number before or after it."""
    line = _NUMBERED_LINE.match(text, text.rfind("\n", 0, m.start()) + 1)
    if line is None or line.start("n") != m.start("num") or line.end("n") != m.end("num"):
        return False
    number = int(line.group("n"))
    return any(int(other.group("n")) in (number - 1, number + 1) for other in _NUMBERED_LINE.finditer(text))


#: "les formateurs, qui étaient 150 à l'été 2019, ne sont plus qu'une centaine": counts in clauses about a noun;
#: also a pronoun for the people just named: "600 militaires servent en Irak ; ils étaient un peu plus de mille".
_CLAUSE_COUNT = re.compile(
    # a verb of numbering: "The troops, which currently number around 105", "the contingent, numbering 143", "les
    # militaires, qui sont au nombre de 110", "القوات التي يبلغ عددها حاليا 105 أشخاص"
    rf"(?:(?:which|who)\s+(?:currently\s+|now\s+)?(?:numbers?|numbered)|numbering|(?:currently\s+|now\s+)numbers?"
    rf"|(?:qui\s+(?:sont|étaient|seront)\s+)?au\s+nombre\s+de|qui\s+compt(?:ent|aient|eront)"
    rf"|(?:(?:التي|الذين)\s+)?(?:ي|ت|س)?بلغ\s+عدد(?:ها|هم)(?:\s+(?:حاليا|حالياً|حاليًا|الآن))?|البالغ\s+عدد(?:ها|هم)"
    rf"|qui\s+(?:étaient|sont|seront)|who\s+(?:were|are)|ne\s+(?:sont|seront)\s+plus\s+qu['’]"
    rf"|(?:ils|elles)\s+(?:étaient|seront)|they\s+(?:numbered|were|will\s+be)"
    rf"|(?:are|is)\s+now\s+(?:only\s+)?"
    # those who stay on after the count before: "about 120 served in Iraq; today around sixty remain" (round 15)
    rf"|(?P<now>today|now|currently|at\s+present|aujourd['’]hui),?)"
    rf"\s*(?:(?:un\s+peu|bien|à\s+peine|just|a\s+little)\s+)?"
    rf"(?:(?:{_HEDGE})\s+)?"
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+|(?i:{_words_alternation()}))(?![\w])(?!\s*(?:%|pour\s+cent|per\s*cent))"
    rf"(?(now)(?=\s+(?:remain|are\s+left|stay|still\s+serve|restent|demeurent)\b))",
    re.IGNORECASE,
)
#: Where such a clause may open (in the lowered text); the regex is tried only there.
_CLAUSE_KEYS = re.compile(r"(?<![\w])(?:qui\s|who\s|ne\s+sont\s+plus|ne\s+seront\s+plus|are\s+now|is\s+now|now\s+number"
                          r"|ils\s|elles\s|they\s|today|now\s|currently\s|at\s+present|aujourd"
                          r"|which\s|numbering|au\s+nombre|التي|الذين|يبلغ|تبلغ|سيبلغ|بلغ|البالغ)")
#: Units a clause may count like personnel nouns: "The New Zealand contingent, which numbers 143".
_CLAUSE_UNITS = re.compile(r"(?<![\w])(?:contingent|force|forces|detachment|task\s+force|détachement"
                           r"|(?:ال)?قوات(?:ها|نا|ه)?|(?:ال)?قوة|(?:ال)?كتيبة|(?:ال)?وحدة)(?![\w])", re.IGNORECASE)
_NUMBERING_KEYS = re.compile(r"(?=[wncaابيتس])(?<![\w])(?:which\s+(?:currently\s+|now\s+)?number|(?:now|currently)\s+number"
                             r"|numbering|au\s+nombre\s+de|(?:ال|ي|ت|س)?بلغ\s+عدد|البالغ\s+عدد)")
#: Who owns a unit that is nobody's own: "coalition forces, which number 5,000", "قوات التحالف التي".
_NOT_OWN_UNITS = frozenset({"coalition", "alliance", "nato", "security", "التحالف", "الناتو", "الأمنية", "الأمن"})
#: How far before such a clause its personnel noun may stand.
CLAUSE_NOUN_REACH = 120


def _find_clause_counts(doc: Doc, heads: list[int], own: frozenset[str], nationalities: dict[str, str]) -> None:
    text, lower = doc.text, doc.lower
    numbering = any(key in lower for key in ("number", "au nombre", "عدد"))
    for key in _NUMBERING_KEYS.finditer(lower) if numbering else ():  # units too, just before a verb of numbering
        heads = heads + [unit.start() for unit in _CLAUSE_UNITS.finditer(lower, max(0, key.start() - CLAUSE_NOUN_REACH),
                                                                          key.start())]
    starts = set()
    for head in heads:  # a clause follows its noun closely: look only after the personnel nouns
        starts.update(key.start() for key in _CLAUSE_KEYS.finditer(lower, head, head + CLAUSE_NOUN_REACH))
    if not starts:
        return
    taken = {f.num_start for f in doc.figures}
    for m in filter(None, (_CLAUSE_COUNT.match(text, at) for at in sorted(starts))):
        number = to_number(m.group("num"))
        if m.start("num") in taken or doc.is_masked(*m.span("num")) or not number or 1900 <= number <= 2100:
            continue
        sentence_start = max(text.rfind(". ", 0, m.start()) + 1, text.rfind("\n", 0, m.start()) + 1,
                             m.start() - CLAUSE_NOUN_REACH)
        nouns = [*_headcount_nouns().finditer(text, sentence_start, m.start()),
                 *_CLAUSE_UNITS.finditer(text, sentence_start, m.start())]
        noun = max(nouns, key=lambda n: n.start(), default=None)
        if noun is None or noun.group(0).lower() in tables.WEAK_PERSONNEL_NOUNS:
            continue
        words = _without_own_names(text[sentence_start: noun.start()].lower().split()[-3:], own)
        after = _WORD_AFTER.match(text, noun.end())
        if after:
            words.append(after.group(1).lower())
        if any(w not in own and (w in nationalities or w in tables.NOT_OWN_MODIFIERS or w in _NOT_OWN_UNITS)
               for w in words):
            continue  # "Les soldats irakiens, qui étaient 150", "coalition forces, which number": not the partner's
        taken.add(m.start("num"))
        doc.figures.append(_headcount_at(m, noun.group(0).lower()))


#: "Around 300 are deployed to Iraq": a count opening its sentence as the subject of a deployment verb, whose
#: noun is in the sentence before ("Australian Defence Force personnel continue to serve in the Middle East.").
_SUBJECT_COUNT = re.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s+"
    r"(?:(?:are|were|remain|will\s+be|sont|seront|restent|demeurent)\s+(?:now\s+|currently\s+|still\s+|actually\s+|"
    r"actuellement\s+|toujours\s+)?(?:deployed|stationed|based|serving|posted|déployés|stationnés|basés|affectés)"
    r"|serve|servent)\b",
    re.IGNORECASE,
)
#: The cheap first look for such a count: a digit, then one of the verbs.
_SUBJECT_GATE = re.compile(
    r"\d\s+(?:are|were|remain|will\s+be|sont|seront|restent|demeurent|serve|servent)\b", re.IGNORECASE
)
#: What may stand before such a count: the start of its sentence, and a hedge ("Around 300 are deployed").
#: ... after a word of time ("At the moment around 250 are actually deployed there", round 20), or as more of them
#: ("A further 190 serve with the air task group in Kuwait", "Another 40 are stationed in Jordan", round 21).
_SUBJECT_OPENING = re.compile(rf"(?:[.!?]\s+|\n\s*)(?:(?:{tables.COUNT_TIME_OPENERS}),?\s+)?"
                              r"(?:(?:a\s+further|another|the\s+other|the\s+remaining)\s+)?"
                              rf"(?:(?:{_HEDGE})\s+)?$", re.IGNORECASE)
#: How far back the sentence with the noun may start.
SUBJECT_NOUN_REACH = 250


def _find_subject_counts(doc: Doc, own: frozenset[str], nationalities: dict[str, str]) -> None:
    text = doc.text
    if not any(verb in doc.lower for verb in (" are ", " were ", " remain ", " serve", " sont ", " restent ")):
        return
    taken = {f.num_start for f in doc.figures}
    for gate in _SUBJECT_GATE.finditer(text):
        start = gate.start()
        while start and (text[start - 1].isdigit() or text[start - 1] == "," and text[start - 2: start - 1].isdigit()):
            start -= 1
        m = _SUBJECT_COUNT.match(text, start)
        if m is None:
            continue
        if start and (text[start - 1].isalnum() or text[start - 1] in ".,"):
            continue  # inside a longer number or word
        if not _SUBJECT_OPENING.search(("\n" if start <= 40 else "") + text[max(0, start - 40): start]):
            continue
        number = to_number(m.group("num"))
        if m.start("num") in taken or doc.is_masked(*m.span("num")) or not number or 1900 <= number <= 2100:
            continue
        # the sentence before: the last piece is this sentence's opening ("Around ")
        pieces = re.split(r"(?<=[.!?])\s|\n", text[max(0, start - SUBJECT_NOUN_REACH): start])
        previous = pieces[-2] if len(pieces) > 1 else ""
        noun = next(_headcount_nouns().finditer(previous), None)
        if noun is None or noun.group(0).lower() in tables.WEAK_PERSONNEL_NOUNS:
            continue  # "the Coalition's members. 60 are based in Europe": members, people are not sent
        mods = previous[: noun.start()].lower().split()[-3:]
        if any(w in nationalities and w not in own or w in tables.NOT_OWN_MODIFIERS for w in mods):
            continue  # "Iraqi soldiers were trained. 300 are now deployed" is someone else's people
        doc.figures.append(_headcount_at(m, noun.group(0).lower()))


@lru_cache(maxsize=1)
def _headcount_nouns() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?i:{_nouns_alternation()})(?![\w])")


#: More of the people just counted, their noun left out: "قرابة ستين عسكرياً في العراق، فيما يواصل نحو 70 آخرون مهام
#: الإسناد", "120 trainers in Iraq and 70 others in Kuwait", "et 70 autres au Koweït" (round 20).
_OTHERS_COUNT = re.compile(r"(?<![\d.,])(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s+(?:آخرون|آخرين|others|autres)(?![\w])",
                           re.IGNORECASE)
#: Its words, looked for in the page before the expression is tried.
_OTHERS_COUNT_KEYS = ("آخر", "others", "autres")


def _find_other_counts(doc: Doc) -> None:
    if not any(key in doc.lower for key in _OTHERS_COUNT_KEYS):
        return
    found: set[int] = set()
    for head in [f for f in doc.figures if f.kind == "personnel"]:
        sentence = doc.sentences[doc.sentence_at(head.start)]
        for m in _OTHERS_COUNT.finditer(doc.text, head.end, sentence.end):
            if m.start() not in found and not doc.is_masked(*m.span("num")):
                found.add(m.start())
                trained = _TRAINED_BEFORE.search(doc.text, max(sentence.start, m.start() - 60), m.start()) or (
                    _TRAINED_AFTER.match(doc.text, m.end()))
                doc.figures.append(_headcount_at(m, head.noun, head.dropped or (
                    "people trained or helped" if trained else None)))


#: One of the people just counted, "un" being a number after "dont": "jusqu'à trois militaires en Irak, dont un officier
#: de liaison à Bagdad" (round 28); English writes "one", which is a number word already.
_ONE_OF_THEM = re.compile(r"(?<![\w])(?:dont|parmi\s+eux|parmi\s+lesquels)\s+(?P<num>une?)\s+(?P<noun>[^\W\d_]+)")


def _find_one_of_them(doc: Doc) -> None:
    if "dont u" not in doc.lower and "parmi " not in doc.lower:
        return
    heads = [f for f in doc.figures if f.kind == "personnel"]
    for m in _ONE_OF_THEM.finditer(doc.text):
        noun = m.group("noun").lower()
        if noun not in _PERSONNEL_LOWER and noun + "s" not in _PERSONNEL_LOWER or doc.is_masked(*m.span("num")):
            continue
        head = next((f for f in reversed(heads) if f.end <= m.start() and doc.sentence_at(f.start) == doc.sentence_at(
            m.start())), None)
        if head is not None:
            start, end = m.span("num")
            doc.figures.append(Figure(kind="personnel", value=1, start=start, end=end, num_start=start, num_end=end,
                                      noun=noun, dropped=head.dropped))


_DUAL_COUNT = re.compile(r"(?<!\w)(?:و|ب|ل|ف|وب|ول)?(?P<noun>" + "|".join(tables.DUAL_PERSONNEL_NOUNS) + r")(?!\w)")


def _find_dual_counts(doc: Doc, own: frozenset[str], nationalities: dict[str, str]) -> None:
    """"كما تساهم النرويج بضابطي أركان": an Arabic dual is a head count of two with no number written."""
    if doc.language != "ar":
        return
    text = doc.text
    for m in _DUAL_COUNT.finditer(text):
        if doc.is_masked(m.start("noun"), m.end("noun")):
            continue
        start, end = m.span("noun")
        doc.figures.append(Figure(kind="personnel", value=2, start=start, end=end, num_start=start, num_end=end,
                                  noun=m.group("noun"), dropped=_not_own_reason(text, m, [], own, nationalities)))


#: "a 500-strong contingent", "a 20-member medical team": the size of a unit the partner sends.
_STRONG = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:,\d{3})+|\d+)-(?:strong|member|person|man)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?P<noun>contingent|force|team|unit|battalion|company|group|detachment|task\s+force|mission)\b",
    re.IGNORECASE,
)


def _find_strong_units(doc: Doc) -> None:
    if not any(mark in doc.lower for mark in ("-strong", "-member", "-person", "-man")):
        return
    for m in _STRONG.finditer(doc.text):
        if not doc.is_masked(m.start("num"), m.end("num")):
            figure = _headcount_at(m, m.group("noun").lower())
            figure.end = m.end()
            doc.figures.append(figure)


_UNIT_COUNT = re.compile(
    rf"(?<![\w])(?:{'|'.join(tables.UNIT_COUNT_LEADS)})\s*(?:(?:{_HEDGE})\s+)?"
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+|{_words_alternation()})(?={tables.UNIT_COUNT_ENDS})",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def _own_people_regex(partner: str | None) -> re.Pattern[str] | None:
    """The partner's people named by their nationality as a noun, capitalised and plural: "6 Espagnols", "143 New
    Zealanders"."""
    plurals = sorted({" ".join(word.capitalize() for word in name.split()) for name in _own_demonyms(partner)
                      if name.endswith("s") and name.replace(" ", "").isalpha()
                      and not "\u0600" <= name[0] <= "\u06ff"}
                     | {name for name, code in tables.PEOPLE_PLURALS.items() if code == partner},
                     key=len, reverse=True)
    if not plurals:
        return None
    return re.compile(rf"(?<![\w])(?:{'|'.join(plurals)})(?![\w])")


#: The number right before such a noun, in digits or words: "6 Espagnols", "une quarantaine de Canadiens" (round 21).
#: Looked for only before the nouns, which are rare: the number words cost a try at every position.
_OWN_PEOPLE_NUMBER = re.compile(rf"(?<![\w.,])(?P<num>\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+|\d{{1,3}}(?:[,.]\d{{3}})+|\d+|"
                                rf"(?i:{_words_alternation()}))\s+(?:d(?:e\s+|['’]))?$")
OWN_PEOPLE_NUMBER_REACH = 40


def _find_own_people_counts(doc: Doc, own: frozenset[str]) -> None:
    """"Ils rejoignent les 6 Espagnols déjà présents dans la région", "At its peak it included 143 New Zealanders":
    in French and English, the partner's nationality as a capitalised plural noun counts its people."""
    if doc.language not in ("fr", "en") or not own or (pattern := _own_people_regex(doc.partner)) is None:
        return
    taken = {f.num_start for f in doc.figures}
    for noun in pattern.finditer(doc.text):
        m = _OWN_PEOPLE_NUMBER.search(doc.text, max(0, noun.start() - OWN_PEOPLE_NUMBER_REACH), noun.start())
        if m is None:
            continue
        start, end = m.span("num")
        if start in taken or doc.is_masked(start, end):
            continue
        number = to_number(m.group("num").lower(), people=True)
        if number and 0 < number <= MAX_PEOPLE and not _hosted(doc.text, start):
            figure = Figure(kind="personnel", value=number, start=start, end=noun.end(), num_start=start,
                            num_end=end, noun="militaires")
            if " ".join(m.group("num").lower().split()) in tables.APPROXIMATE_NUMBER_WORDS:
                figure.qualifier = "approximate"
            doc.figures.append(figure)


def _find_unit_counts(doc: Doc) -> None:
    """"a deployment of 80", "un contingent de 150": the unit's people, with no noun beside the number."""
    lower = doc.lower
    # only from a little before the words that name a unit ("A medical team of") to the end of their line
    windows = sorted({(max(0, at - UNIT_LEAD_REACH), _line_end(lower, at)) for key in tables.UNIT_COUNT_KEYS
                      for at in _occurrences(lower, key)})
    taken = {f.num_start for f in doc.figures}
    for start, end in windows:
        for m in _UNIT_COUNT.finditer(doc.text, start, end):
            number = to_number(m.group("num"))
            if m.start("num") in taken or doc.is_masked(*m.span("num")) or not number or 1900 <= number <= 2100:
                continue
            taken.add(m.start("num"))
            doc.figures.append(_headcount_at(m, "personnel"))


#: How far before a unit's word ("team of") its lead may start.
UNIT_LEAD_REACH = 40


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end == -1 else end


def _occurrences(text: str, key: str):
    at = text.find(key)
    while at != -1:
        yield at
        at = text.find(key, at + 1)


def _headcount_at(m: re.Match, noun: str | None, dropped: str | None = None) -> Figure:
    start, end = m.span("num")
    figure = Figure(kind="personnel", value=to_number(m.group("num"), people=True), start=start, end=end,
                    num_start=start, num_end=end, noun=noun, dropped=dropped)
    if " ".join(m.group("num").lower().split()) in tables.APPROXIMATE_NUMBER_WORDS:
        figure.qualifier = "approximate"
    return figure


#: "Canadian Armed Forces personnel deployed on Operation IMPACT: up to 850": a line labelled with a personnel
#: noun that ends with its count, after one hedge or two ("up to approx. 60").
_LABELLED_COUNT = re.compile(
    rf"^[^\n:]{{0,80}}:[ \t]*(?:(?:{_HEDGE})\s+){{0,2}}(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+|{_words_alternation()})"
    r"[ \t]*[.;]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# one of them too: "Liaison officer at the Coalition's headquarters in Kuwait: one" (round 16)
_LABEL_NOUN = re.compile(r"(?<![\w])(?i:personnel|troops|soldiers?|trainers?|officers?|instructors?|advis[eo]rs?|"
                         r"militaires|soldats|formateurs|instructeurs|conseillers|officiers|"
                         r"جنود|عسكريين|مدربين|مستشارين)"
                         r"(?![\w])")


#: A label of people trained or helped: "Iraqi soldiers trained by Polish instructors since 2016: more than 7,500".
_LABEL_TRAINED = re.compile(r"(?<![\w])(?:" + "|".join(tables.TRAINED_BEFORE) + r")(?![\w])", re.IGNORECASE)


def _find_labelled_counts(doc: Doc) -> None:
    text, taken = doc.text, {f.num_start for f in doc.figures}
    own, nationalities = _own_demonyms(doc.partner), demonyms()
    for m in _LABELLED_COUNT.finditer(text):
        noun = _LABEL_NOUN.search(text, m.start(), m.start("num"))
        if noun is None or m.start("num") in taken or doc.is_masked(*m.span("num")):
            continue
        before = text[m.start(): noun.start()].split()[-1:]
        whose = before[0].lower() if before else ""
        if _LABEL_TRAINED.search(text, noun.end(), m.start("num")) or whose in tables.NOT_OWN_MODIFIERS or (
                whose in nationalities and whose not in own):
            continue
        number = to_number(m.group("num"))
        if number and not 1900 <= number <= 2100:
            doc.figures.append(_headcount_at(m, noun.group(0).lower()))


@lru_cache(maxsize=1)
def _how_many_regex() -> re.Pattern[str]:
    """A question that asks for a head count: "How many American troops are in Iraq right now?"."""
    return re.compile(rf"\bhow\s+many\s+(?P<mods>(?:[\w'’.-]+\s+){{0,3}}?)(?P<noun>{_nouns_alternation()})(?![\w])"
                      r"[^?\n]{0,160}\?", re.IGNORECASE)


#: In the answer, a bare count right before the place it is in: "it's between 2,000 and 2,500 in Iraq, and about 900
#: in Syria" (a "$" or a scale word would make it money).
_ANSWERED_COUNT = re.compile(r"(?<![\w$€£.,])(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s+(?=(?:in|at)\s+[A-Z])")
_TRAINED_IN_QUESTION = re.compile(r"\btrain(?:ed|s|ing)?\b", re.IGNORECASE)
#: How far into its answer a question's noun reaches.
ANSWER_REACH = 400


def _find_answered_counts(doc: Doc, own: frozenset[str], nationalities: dict[str, str]) -> None:
    """Counts in the answer to a question about the partner's people, whose noun only the question says (a press
    briefing's "QUESTION: How many American troops are in Iraq? MR. X: ... about 900 in Syria"), round 19."""
    if "how many" not in doc.lower:
        return
    text, taken = doc.text, {f.num_start for f in doc.figures}
    for question in _how_many_regex().finditer(text):
        mods = question.group("mods").lower().split()
        if _TRAINED_IN_QUESTION.search(question.group(0)) or any(
                w in tables.NOT_OWN_MODIFIERS or w in nationalities and w not in own for w in mods):
            continue  # "How many Iraqi soldiers have your instructors trained?"
        start = question.end()
        while start < len(text) and text[start].isspace():
            start += 1
        end = text.find("\n\n", start)
        end = min(end if end != -1 else len(text), start + ANSWER_REACH)
        for m in _ANSWERED_COUNT.finditer(text, start, end):
            number = to_number(m.group("num"))
            if m.start("num") in taken or doc.is_masked(*m.span("num")) or not number or 1900 <= number <= 2100:
                continue
            taken.add(m.start("num"))
            doc.figures.append(_headcount_at(m, question.group("noun").lower()))


#: A row of a plain-text table that ends with a bare number, its label opening with a letter: "Erbil      Iraq      40".
_SPACED_COUNT_ROW = re.compile(r"(?m)^[ \t]*[^\W\d_][^\n]*?[ \t]{2,}(?P<num>\d{1,3}(?:,\d{3})+|\d+)[ \t]*$")


def _find_column_counts(doc: Doc) -> None:
    """Rows under a header line whose last column names people ("Location    Country    Soldiers" over "Al Asad Air
    Base    Iraq    85" and "Total    265"): each row's last number is a head count."""
    text = doc.text
    if "  " not in text:
        return
    header_noun: dict[int, str | None] = {}  # a header line's start -> the personnel noun of its last column
    for m in _SPACED_COUNT_ROW.finditer(text):
        top = m.start()
        while top > 0 and _SPACED_COUNT_ROW.fullmatch(text, text.rfind("\n", 0, top - 1) + 1, top - 1):
            top = text.rfind("\n", 0, top - 1) + 1  # up over the rows above to the line that is none
        if top == 0 or doc.is_masked(*m.span("num")):
            continue
        above = text.rfind("\n", 0, top - 1) + 1
        if above not in header_noun:
            cells = _COLUMNS.split(text[above: top - 1].strip())
            noun = cells[-1].lower() if len(cells) >= 2 else ""
            header_noun[above] = noun if noun in _PERSONNEL_LOWER else None
        number = to_number(m.group("num"))
        if header_noun[above] and number and not 1900 <= number <= 2100:
            doc.figures.append(_headcount_at(m, header_noun[above]))


#: A table cell that is a count, perhaps hedged ("environ 280"), under a header of :data:`tables.HEADCOUNT_COLUMN_HEADERS`.
_COUNT_CELL = re.compile(rf"\s*(?:(?:{_HEDGE})\s+)?(?P<num>\d{{1,3}}(?:[,\s]\d{{3}})*|\d+)\s*", re.IGNORECASE)
_COUNT_HEADER = re.compile(r"\W*(?:" + "|".join(tables.HEADCOUNT_COLUMN_HEADERS) + r")(?:\s*\([^)]*\))?\W*",
                           re.IGNORECASE)


def _find_cell_counts(doc: Doc) -> None:
    """"Base | Pays | Effectif" over "Camp Singara, Erbil | Irak | 650": the header makes the cell a head count."""
    text = doc.text
    if CELL_MARK not in text:
        return
    taken = {f.num_start for f in doc.figures}
    for column, cell, cell_start in _table_cells(text):
        m = _COUNT_CELL.fullmatch(cell) if column else None
        if m is None:
            continue
        num_start, num_end = cell_start + m.start("num"), cell_start + m.end("num")
        number = to_number(m.group("num"), people=True)
        if not number or num_start in taken or doc.is_masked(num_start, num_end) or 1900 <= number <= 2100:
            continue
        scopes = cell_scopes(text, num_start, num_end)
        if len(scopes) < 2 or not _COUNT_HEADER.fullmatch(text, *scopes[1]):
            continue
        doc.figures.append(Figure(kind="personnel", value=number, start=num_start, end=num_end,
                                  num_start=num_start, num_end=num_end, noun="personnel"))
        doc.add_mask(num_start, num_end)


#: "Environ 200 d'entre eux serviront", "نحو مئة وخمسين من هؤلاء سيعملون": a part of the head count just stated.
_REFERRING_COUNT = re.compile(
    rf"(?<![\w.,])(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{_words_alternation()}))\s+(?:{tables.REFERRING_PERSONNEL})"
    rf"(?![\w])", re.IGNORECASE
)


#: ... or with "en" before a verb of sending, the noun left out: "à en envoyer jusqu'à dix" (:data:`tables.REFERRING_EN_VERBS`).
_EN_COUNT = re.compile(
    rf"(?<![\w])en\s+(?:{'|'.join(tables.REFERRING_EN_VERBS)})\s+(?:(?:{_HEDGE})\s+)?"
    rf"(?P<num>\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+|\d+|(?:{_words_alternation()}))(?![\w])", re.IGNORECASE)
_EN_COUNT_GATE = re.compile(rf"(?<![\w])en\s+(?:{'|'.join(tables.REFERRING_EN_VERBS)})\s")
#: A part of a head count just given, named by its number: "Currently deployed: 312 soldiers ... Of the 312, about 90
#: are at Al-Azraq air base in Jordan", "Sur les 600, une centaine sont en Jordanie" (round 25).
_OF_THE_COUNT = re.compile(
    rf"(?<![\w])(?:[Oo]f|[Aa]mong|[Ss]ur|[Pp]armi)\s+(?:the|these|those|les|ces)\s+(?P<total>\d{{1,3}}(?:,\d{{3}})+|\d+)\s*,\s+"
    rf"(?:(?:{_HEDGE})\s+)?(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{_words_alternation()}))(?![\w])")
_OF_THE_COUNT_KEYS = ("of the ", "among the ", "of these ", "of those ", "sur les ", "parmi les ", "sur ces ", "parmi ces ")
_REFERRING_COUNT_KEYS = ("them", "entre eux", "entre elles", "منهم", "هؤلاء", "بينهم", "entre vous", "of you")
_REFERRING_TOTAL = re.compile(rf"(?<![\w])(?:{tables.REFERRING_TOTAL})(?![\w])", re.IGNORECASE)
_REFERRING_TOTAL_KEYS = ("effectif", "ce nombre", "ce chiffre", "ce contingent", "this number", "this figure",
                         "that makes", "this makes", "this brings the total", "that brings the total",
                         "these numbers", "this contingent", "this force", "هذا العدد", "هذه القوة", "their number", "عدده",
                         "العدد ",
                         "their\nnumber",  # wrapped at a line's end, as a PDF's lines are
                         # the verbs of a change after "that" or "the number"
                         "rises to", "rise to", "grows to", "grow to", "increases to", "increase to", "falls to", "fall to",
                         "drops to", "drop to", "goes up to", "go up to", "goes down to", "go down to")

#: Things counted that "them" may point back to instead of the people: "a dozen aircraft ... 12 of them".
_OTHER_COUNTED = re.compile(r"\b(?:aircraft|jets|planes|helicopters|drones|vehicles|ships|projects|schools)\b",
                            re.IGNORECASE)


#: Other people counted between a head count and "N of them", whom "them" then points back to: "About 1.1 million
#: Iraqis are still displaced, 160,000 of them in 24 camps" (round 29); not a year ("since 2015").
_PEOPLE_COUNTED = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d,.]*(?:\s+(?:million|thousand|billion))?\s+"
                             r"(?:[a-z]+\s+)?[A-Z]?[a-z]+s\b")
#: "One of them" after "every" or "each" is all of them, no part: "I am proud of every one of them" (round 29).
_EVERY_ONE = re.compile(r"\b(?:every|each|any)\s+$", re.IGNORECASE)


#: A part of the head count told by how often its people have served, not where or as what: "١٧ منهم يخدمون في العراق
#: للمرة الثانية", "12 of them are on their second tour", "dont 15 pour la deuxième fois" (round 21).
_REPEAT_TOUR = re.compile(r"[^.;\n]{0,60}?(?:للمرة\s+(?:ال)?(?:ثانية|ثالثة|رابعة)|for\s+the\s+(?:second|third|fourth)\s+time|"
                          r"(?:second|third|fourth|repeat)\s+(?:tour|deployment|rotation)|pour\s+la\s+(?:deuxième|seconde|"
                          r"troisième)\s+fois)", re.IGNORECASE)


#: The nationality a part of the people is said to have: "131 of them Iraqi or Syrian nationals" (round 21).
_NATIONALS_AFTER = re.compile(r"\s+(?P<first>[A-Z][a-z]+)(?:\s+(?:or|and)\s+(?P<second>[A-Z][a-z]+))?\s+"
                              r"(?:nationals|citizens)\b")


def _find_referring_counts(doc: Doc, own: frozenset[str], nationalities: dict[str, str]) -> None:
    text = doc.text
    totals = any(key in doc.lower for key in _REFERRING_TOTAL_KEYS)  # most texts have none: look once
    parts = any(key in doc.lower for key in _REFERRING_COUNT_KEYS)
    sends = doc.language == "fr" and _EN_COUNT_GATE.search(doc.lower) is not None
    named_parts = any(key in doc.lower for key in _OF_THE_COUNT_KEYS)
    for figure in [f for f in doc.figures if f.kind == "personnel" and not f.dropped]:
        reach = min(len(text), figure.end + REFERENCE_REACH)
        for m in _OF_THE_COUNT.finditer(text, figure.end, reach) if named_parts else ():
            if to_number(m.group("total"), people=True) == figure.value and not doc.is_masked(*m.span("num")) and all(
                    f.num_start != m.start("num") for f in doc.figures):
                doc.figures.append(_headcount_at(m, figure.noun))
        for m in _REFERRING_COUNT.finditer(text, figure.end, reach) if parts else ():
            if _OTHER_COUNTED.search(text, figure.end, m.start()) or _PEOPLE_COUNTED.search(text, figure.end, m.start()):
                break  # "them" are the things or the other people counted last, not the partner's
            if _EVERY_ONE.search(text, max(0, m.start() - 8), m.start()):
                continue  # "I am proud of every one of them"
            if _REPEAT_TOUR.match(text, m.end()):
                continue
            if not doc.is_masked(*m.span("num")) and all(f.num_start != m.start("num") for f in doc.figures):
                reason = "people killed or wounded" if _CASUALTIES_AFTER.match(text, m.end()) else None
                line_start = text.rfind("\n\n", 0, m.start()) + 1
                if _TRAINED_BEFORE.search(text, max(line_start, m.start("num") - 60), m.start("num")):
                    reason = "people trained or helped"  # "we have trained more than 1,200 of them" (round 23)
                nationals = _NATIONALS_AFTER.match(text, m.end())
                if nationals and any(w and w.lower() in nationalities and w.lower() not in own
                                     for w in nationals.group("first", "second")):
                    reason = "people of another nation"  # the local staff, not the partner's people
                doc.figures.append(_headcount_at(m, figure.noun, reason))
        stop = text.find(".", figure.end, reach)
        for m in _EN_COUNT.finditer(text, figure.end, stop if stop != -1 else reach) if sends else ():
            if not doc.is_masked(*m.span("num")) and all(f.num_start != m.start("num") for f in doc.figures):
                doc.figures.append(_headcount_at(m, figure.noun))
        for lead in _REFERRING_TOTAL.finditer(text, figure.end, reach) if totals else ():
            if _OTHER_COUNTED.search(text, figure.end, lead.start()):
                break
            stop = text.find(".", lead.end(), lead.end() + NOUNLESS_WINDOW)
            for m in _NOUNLESS_NUMBER.finditer(text, lead.end(), stop if stop != -1 else lead.end() + NOUNLESS_WINDOW):
                if not doc.is_masked(*m.span("num")) and all(f.num_start != m.start("num") for f in doc.figures):
                    doc.figures.append(_headcount_at(m, figure.noun))


#: How far after the lead's noun its numbers may stand; up to :data:`FAR_WINDOW`, only after a verb that states
#: the count ("..., including those based at RAF Akrotiri, currently stands at approximately 1,000").
NOUNLESS_WINDOW = 90
FAR_WINDOW = 220
_STATES_COUNT = re.compile(
    r"\b(?:stands?|amounts?|reach(?:es|ed)?|s['’]élèvent|s['’]élève|atteint|(?:be\s+)?(?:reduced|increased|raised|cut|"
    # "will come down from 121 to 95", "rose from 130 to 180"
    r"lowered)|(?:come|comes|came|go|goes|went)\s+(?:down|up)|fall|falls|fell|drop|drops|dropped|rise|rises|rose|"
    r"grow|grows|grew|shrink|shrinks|shrank|(?:sera|seront)\s+(?:réduits?|portés?|ramenés?)|passera)\b",
    re.IGNORECASE,
)
#: What may follow a count stated far from its noun: an end, a preposition or adverb, or a personnel noun; not
#: another noun ("was raised to 12 bases").
_FAR_NEXT = re.compile(
    r"\s*(?:[.,;:)]|$)|\s+(?:in|at|to|during|by|until|this|next|from|on|over|when|once|after|before|en|au|aux|à|"
    r"pendant|dans|d['’]ici|"
    r"lors|cette|ce|في|خلال|حتى|إلى)\b",
    re.IGNORECASE,
)
#: A unit as the subject of its own count: "The Norwegian contingent at Al Asad ... will be reduced from 70 to 40".
_UNIT_SUBJECT = re.compile(r"\b(?:contingent|detachment|détachement)\b", re.IGNORECASE)


def _unit_subjects(doc: Doc) -> list[re.Match]:
    found = []
    for key, back in (("contingent", 0), ("tachement", 2)):
        at = doc.lower.find(key)
        while at != -1:
            m = _UNIT_SUBJECT.match(doc.text, at - back) if at >= back else None
            if m:
                found.append(m)
            at = doc.lower.find(key, at + 1)
    return sorted(found, key=lambda m: m.start())


_NOUN_FIRST_LEAD = re.compile(rf"(?=[tmp])\b(?:{tables.NOUN_FIRST_HEADCOUNT_LEADS})\b")  # in the lowered text


def _find_nounless_headcounts(doc: Doc, own: frozenset[str], nationalities: dict[str, str]) -> None:
    """Head counts stated after their noun: "bring the total number of Dutch personnel in Iraq to 350"."""
    text, lower = doc.text, doc.lower
    if not any(lead in lower for lead in ("contingent", "number", "strength", "presence", "deployment", "effectif",
                                          "nombre", "ceiling", "cap on", "cap of", "cap for", "plafond", "عدد",
                                          "footprint", "troop level", "troop cap", "personnel cap", "mission cap")):
        return
    taken = {f.num_start for f in doc.figures}
    leads = [(lead.start(), lead.start("noun"), lead.end(), lead.group("noun").lower(),
              lead.group("lead").lower() in tables.CEILING_LEADS) for lead in nounless_headcount_regex().finditer(text)]
    for lead in _NOUN_FIRST_LEAD.finditer(lower):  # the words before it may name whose: "Iraqi troop numbers"
        leads.append((max(text.rfind("\n", 0, lead.start()) + 1, lead.start() - 25), lead.start(), lead.end(),
                      "troops", lead.group(0).endswith(("ceiling", "cap"))))
    at = text.find("عدد")
    while at != -1:  # the regex is tried only where its word stands
        start = at
        while start > max(0, at - 3) and text[start - 1] in "وفلا":  # its glued letters: "ولعدد", "والعدد"
            start -= 1
        lead = _AR_NUMBER_OF.match(text, start)
        at = text.find("عدد", at + 3)
        if lead:
            after = _WORD_AFTER.match(text, lead.end())
            word = after.group(1) if after else ""
            if word not in own and (word in nationalities or word in tables.NOT_OWN_MODIFIERS):
                continue  # "عدد الجنود العراقيين": someone else's people
            if lead.group("people") and lead.group("people") not in own:
                continue  # "عدد اللاجئين", "عدد العراقيين": not the partner's people
            group = next(g for g in ("noun", "owned", "people") if lead.group(g))
            leads.append((lead.start(), lead.start(group), lead.end(), lead.group(group), False))
    if "whose" in lower or "dont l" in lower:
        leads += _relative_leads(doc)
    if "contingent" in lower or "tachement" in lower:
        lead_nouns = {lead[1] for lead in leads} | {lead[0] for lead in leads}
        for unit in _unit_subjects(doc):
            if unit.start() in lead_nouns:
                continue  # "its contingent of military personnel": a lead already
            sentence_start = max(text.rfind(". ", 0, unit.start()), text.rfind("\n", 0, unit.start()), 0)
            # the unit's own words: "The Norwegian contingent", not "a contingent of 150" (read as a unit count)
            leads.append((max(sentence_start, unit.start() - 30), unit.start(), unit.start(), "contingent", False))
    for lead_start, noun_start, lead_end, noun, ceiling in sorted(leads):
        mods = text[lead_start:noun_start].lower().split()
        if any(w in nationalities and w not in own for w in mods):
            continue  # "the number of Iraqi soldiers trained", "the Italian contingent"
        if doc.partner and (_other_partner_named(doc, lead_start, noun_start) or (
                (after := _WORD_AFTER.match(text, lead_end)) and after.group(1).lower() in nationalities
                and after.group(1).lower() not in own)):
            continue  # on a US page, "the number of UK troops", "le nombre de soldats britanniques"
        change = _CHANGE_BEFORE_LEAD.search(text, max(0, lead_start - 60), lead_start)
        if change:  # "réduira de 250 à 150 le nombre de ses militaires" (round 19)
            for m in _NOUNLESS_NUMBER.finditer(text, change.start(), change.end()):
                _take_nounless(doc, m, noun, ceiling, taken, far=False)
        stop = min(len(text), lead_end + FAR_WINDOW)
        end_of_sentence = re.search(r"[.;!?](?:\s|$)", text[lead_end:stop])
        if end_of_sentence:
            stop = lead_end + end_of_sentence.start()
        near = min(stop, lead_end + NOUNLESS_WINDOW) if noun != "contingent" or noun_start != lead_end else lead_end
        found_near = False
        for m in _NOUNLESS_NUMBER.finditer(text, lead_end, near):
            found_near = True
            _take_nounless(doc, m, noun, ceiling, taken, far=False)
        if found_near:
            continue
        for verb in _STATES_COUNT.finditer(text, near, stop):
            for m in _NOUNLESS_NUMBER.finditer(text, verb.start(), min(stop, verb.end() + 40)):
                _take_nounless(doc, m, noun, ceiling, taken, far=True)


#: A relative clause that counts the people its sentence has just named: "staff officers in Baghdad, whose number will
#: rise from four to seven", "des formateurs, dont le nombre passera de six à dix" (round 31).
_WHOSE_NUMBER = re.compile(r",\s*(?:whose\s+(?:numbers?|strength|ceiling)"
                           r"|dont\s+(?:le\s+nombre|l['’]effectif|les\s+effectifs|le\s+plafond))\b", re.IGNORECASE)
#: How far before the relative clause its noun may stand.
WHOSE_NOUN_CHARS = 80


def _relative_leads(doc: Doc) -> list[tuple[int, int, int, str, bool]]:
    """The leads of :data:`_WHOSE_NUMBER`, each with the last personnel noun before it in its sentence."""
    text, leads = doc.text, []
    for m in _WHOSE_NUMBER.finditer(text):
        start = max(text.rfind(". ", 0, m.start()) + 1, text.rfind("\n", 0, m.start()) + 1,
                    m.start() - WHOSE_NOUN_CHARS)
        nouns = list(_headcount_nouns().finditer(text, start, m.start()))
        if nouns:
            noun = nouns[-1]
            leads.append((max(start, noun.start() - 25), noun.start(), m.end(), noun.group(0).lower(),
                          m.group(0).lower().rstrip().endswith(("ceiling", "plafond"))))
    return leads


def _other_partner_named(doc: Doc, start: int, end: int) -> bool:
    """Whether [start, end) names a country other than the partner and the theatre's hosts: whose people they are."""
    return any(len(codes) == 1 and codes[0] != doc.partner and codes[0] not in ("IQ", "SY")
               for codes in codes_named(doc.text, start, end))


#: A bound or an Arabic hedge before a number makes it a count, not a year: "أقل من 2000", "fewer than 2000", "نحو 2000".
_BOUND_BEFORE_COUNT = re.compile(r"(?:(?<!\w)(?:أقل|أكثر|يزيد|يقل)\s+(?:من|على|عن)|(?<!\w)(?:نحو|حوالي|قرابة|زهاء|يقارب)|"
                                 r"\b(?:fewer|less|more)\s+than|\b(?:moins|plus)\s+de)\s+$", re.IGNORECASE)


def _take_nounless(doc: Doc, m: re.Match, noun: str, ceiling: bool, taken: set[int], *, far: bool) -> None:
    text = doc.text
    start = m.start("num")
    number = to_number(m.group("num"))
    if ceiling and start in taken:  # "the ceiling on troops and civilian staff ... from 40 to 60 people": read already
        for figure in doc.figures:
            if figure.num_start == start and figure.kind == "personnel":
                figure.qualifier = "at_most"
        return
    # a year has no thousands separator: "from about 2,000 to fewer than 1,000" is people (round 20); nor a bound
    # before it: "عدد العسكريين الأمريكيين في العراق اليوم أقل من 2000" (round 22)
    if start in taken or doc.is_masked(start, m.end("num")) or not number or (
            1900 <= number <= 2100 and m.group("num").isdigit()
            and not _BOUND_BEFORE_COUNT.search(text, max(0, m.start() - 16), start)):
        return
    if far and not (_FAR_NEXT.match(text, m.end("num")) or _headcount_nouns().match(text, m.end("num") + 1)):
        return
    taken.add(start)
    figure = _headcount_at(m, noun)
    if ceiling:
        figure.qualifier = "at_most"
    doc.figures.append(figure)


#: "environ 600 militaires, dont une centaine au sein de la Task Force": a part with no noun of its own.
_PART_TAIL = (
    rf",?\s+(?:dont|of\s+whom|including|منهم|بينهم)\s+(?:(?:{_HEDGE})\s+)?"
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+|(?i:{_words_alternation()}))"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:au|aux|à|en|dans|in|at|with|on|sur|pour|serve|serves|servent|sont|are|في)\b)"
)
_PART_COUNT = re.compile(
    # "300 militaires dans la région, dont quelque 100 en Irak": a short phrase of place may stand before the part
    r"(?:\s+(?:dans|en|au|aux|à|in|across|throughout)\s+[^\W\d][^,.;:\d\n]{0,40}?(?=,))?" + _PART_TAIL
)
#: Or the rest of the count's clause, wrapped or not: "300 membres des Forces armées demeurent déployés au
#: Moyen-Orient dans le cadre de l'opération IMPACT, dont une soixantaine en Irak". Tried only where one of
#: :data:`_PART_LATER_KEYS` stands within :data:`PART_LATER_REACH` characters.
_PART_LATER = re.compile(r"(?:[^\d.;:\n]|\n(?!\s*\n)){1,160}?(?=,\s+(?:dont|of\s+whom|منهم)\s)" + _PART_TAIL)
_PART_LATER_KEYS = (", dont ", ", of whom ", "، منهم", ", منهم")
PART_LATER_REACH = 200


#: How far after a head count "200 of them" ("200 d'entre eux", "٣٠٠ منهم") may stand.
REFERENCE_REACH = 300
#: How far before a personnel noun its number may start ("up to seventy Norwegian staff officers").
HEADCOUNT_LOOKBACK = 80
#: A noun's first word, or its first two when the first is short: "men and women" is looked for as "men and", not
#: at every "men..." of a text.
_NOUN_HEADS = tuple(sorted({" ".join(noun.split()[:2 if len(noun.split()[0]) < 4 else 1]).lower()
                            for noun in tables.PERSONNEL_NOUNS}))


def _shortest(heads) -> tuple[str, ...]:
    """The heads no other head is a prefix of: finding "personnel" finds "personnels" too."""
    return tuple(h for h in heads if not any(o != h and h.startswith(o) for o in heads))


#: Heads looked for in every text, and those in Arabic script, looked for only in a text that is not English.
_LATIN_HEADS = _shortest([h for h in _NOUN_HEADS if h.isascii()])
_OTHER_HEADS = _shortest([h for h in _NOUN_HEADS if not h.isascii()])
_LONGEST_NOUN = max(len(noun) for noun in tables.PERSONNEL_NOUNS)
#: One pass over the lowered text finds them at a word's start, nested under their first letters.
_HEADS_EN = re.compile(rf"(?<![^\W_]){nested_alternation(_LATIN_HEADS)}")
_HEADS_ALL = re.compile(rf"(?<![^\W_]){nested_alternation(_LATIN_HEADS + _OTHER_HEADS)}")


def _noun_heads(doc: Doc) -> list[int]:
    """Where a personnel noun may start."""
    heads = _HEADS_EN if doc.language == "en" else _HEADS_ALL
    return [m.start() for m in heads.finditer(doc.lower)]


def _headcount_matches(doc: Doc, heads: list[int]) -> list[re.Match]:
    """Head-count matches, looked for only just before each personnel noun (``heads``): the regex runs on a
    short window before each noun."""
    text = doc.text
    pattern = headcount_regex()
    matches: dict[tuple[int, int], re.Match] = {}
    for at in heads:
        window_end = min(len(text), at + _LONGEST_NOUN + 1)
        for m in pattern.finditer(text, max(0, at - HEADCOUNT_LOOKBACK), window_end):
            if m.start("noun") == at:
                # the number nearest the noun counts it: "30 instructors ... in 2026 and will keep two officers"
                # first matched from "2026" (round 20)
                if m.group("mods").strip():  # most counts stand right before their noun
                    after = m.end("scale") if m.group("scale") else m.end("num")
                    m = next((k for k in pattern.finditer(text, after, window_end) if k.start("noun") == at), m)
                matches.setdefault(m.span(), m)
    return [matches[span] for span in sorted(matches)]


@lru_cache(maxsize=64)
def _own_demonyms(partner: str | None) -> frozenset[str]:
    return frozenset(name for name, code in demonyms().items() if code == partner)


def _without_own_names(mods: list[str], own: frozenset[str]) -> list[str]:
    """"143 New Zealand Defence Force personnel": the partner's own name of several words is not "new" people."""
    joined = " ".join(mods)
    for name in own:
        if " " in name and name in joined:
            joined = joined.replace(name, " ")
    return joined.split()


_UNIT_NOUN = re.compile(r"(?:" + "|".join(tables.UNIT_NOUNS) + r")", re.IGNORECASE)
#: The name of a force or service after "members": "of An Garda Síochána", "of the Canadian Armed Forces".
_OF_FORCE = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,5}")
#: "12 personnel will serve in Baghdad, down from the 45 who were deployed in 2022", "environ 600 militaires, contre
#: 1 100 à l'été 2020": the count before a change.
_DOWN_FROM = re.compile(
    rf"[^.;\n]{{0,160}}?,?\s+(?:(?:down|up)\s+from|compared\s+(?:with|to)|contre"
    # "بعدما كان يبلغ قرابة 900", "بعد أن كان عددهم 450", "من أصل 500", "مقارنة بـ 200"
    rf"|بعد(?:ما|\s+[أا]ن)\s+كان(?:ت)?(?:\s+(?:يبلغ|تبلغ|عددهم|عددها|عدده))?|من\s+أصل|مقارنة\s+(?:بـ?|مع))"
    rf"\s+(?:the\s+)?(?:(?:{_HEDGE})\s+)?"
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+|\d+)(?![\d.,]?\d)"
    # then a stop, a word of time or place, or a personnel noun: not "600 militaires, contre 3 Rafale"
    rf"(?=\s*(?:[.,;:)]|$)|\s+(?:(?:à|au|aux|en|un|une|the|in|at|a|an|who|that|qui|lors|dans|du|des|de|last|one|"
    rf"during|before|earlier|previously|auparavant|précédemment|il|fin|début|mi|end|early|late|mid|"
    # the time of the earlier count as a clause: "down from almost 600 when the mission was at its height"
    rf"when|while|"
    # "contre 500 jusqu'ici", "compared with 500 so far", "contre 500 actuellement"
    rf"jusqu['’]ici|jusque-là|so\s+far|until\s+now|actuellement|currently|today|now|aujourd['’]hui)\b|[ld]['’]"
    rf"|(?:{_nouns_alternation()})\b"
    # or an Arabic word that is no scale or percentage ("من أصل 500 يتمركزون")
    rf"|(?!(?:مليون|ملايين|مليار|مليارات|ألف|آلاف|في\s+الم(?:ئة|ائة)|بالم(?:ئة|ائة))\w*)[\u0621-\u064a]))",
    re.IGNORECASE,
)
#: The words that open such an earlier count, looked for before the regex is tried; "بعد أن كان" may be spelled
#: "بعد ان كان", or with vowel marks that leave spaces in the scanned copy.
_DOWN_FROM_KEYS = ("from", "compared", "contre", "بعدما كان", "من أصل", "مقارنة")
_AFTER_IT_WAS = re.compile(r"[أا]ن\s+كان")
_DEPLOYS = re.compile(r"(?:" + "|".join(tables.DEPLOY_VERBS) + r")", re.IGNORECASE)
#: The body whose members a number counts, just before it: "la Coalition, qui compte 87 membres", "the Alliance's 32
#: members" (round 26).
_MEMBERSHIP_BEFORE = re.compile(r"(?<![\w])(?:coalition|alliance|otan|nato|organisation|organization|التحالف)\b"
                                r"[^.;:\n\d]{0,40}$", re.IGNORECASE)
# the word after the noun, or after "of the", "من القوات": French and Arabic put the nationality there
#: The word after a head count's noun, past "of the ..." or a second noun joined to it: "10 000 policiers et gendarmes
#: irakiens" are Iraqi (round 25).
_WORD_AFTER = re.compile(r"\s+(?:(?:of|from|des|de|من)\s+(?:the\s+|la\s+|l['’])?[^\W\d_]+\s+|(?:et|and)\s+[^\W\d_]+\s+)?"
                         r"([^\W\d_]+)")


_NOT_OWN_AFTER = re.compile(tables.NOT_OWN_AFTER)
#: (up to the end of the count's sentence)
_ALL_NATIONS_AFTER = re.compile(r"[^.;!?\n]*?(?:" + "|".join(tables.ALL_NATIONS_AFTER) + ")", re.IGNORECASE)
#: The force Arabic names after "من", its nationality up to three words on: "300 عنصر من خفر السواحل العراقي", "8,000
#: عنصر من البيشمركة".
_FORCE_AFTER_AR = re.compile(r"\s+من\s+((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)")
_HOSTS = re.compile(r"(?<!\w)و?(?:" + "|".join(tables.HOST_VERBS) + r")(?!\w)", re.IGNORECASE)
#: (its adjectives may follow it: "مكون جوي إيطالي يضم", round 25)
#: (... or the frame it serves in: "القوة الألمانية ضمن التحالف الدولي تضم 500 عسكري", "تشارك بقوة بالتحالف الدولي تضم",
#: real press)
_UNIT_BEFORE_HOST = re.compile(r"(?<!\w)[وب]?(?:ال)?(?:" + "|".join(tables.UNIT_NOUNS_AR) + r")(?:\s+\S+){0,2}"
                               r"(?:\s+(?:ضمن|في\s+إطار|داخل)(?:\s+\S+){1,2})?\s+$")
#: Arabic also puts the verb first: "وتضم القوة البريطانية قرابة 400 جندي".
_UNIT_AFTER_HOST = re.compile(r"\s+(?:ال)?(?:" + "|".join(tables.UNIT_NOUNS_AR) + r")(?!\w)")
_NOT_OWN_LEAD = re.compile("|".join(tables.NOT_OWN_COUNT_LEADS))
#: A reported clause between the verb of hosting and the count: "وإنها تضم أطباء، مضيفاً أن البرلمان وافق على نشر ما
#: يصل إلى 100 عسكري": the count is no longer what is hosted.
_REPORTED_CLAUSE = re.compile(r"(?<!\w)و?(?:أن|ان|that|que)(?!\w)")


_FROM_AFTER = re.compile(r"\s+(?:from|de\s+la|de\s+l['’]|du|des|من)\s+(?:the\s+)?")


def _from_another_country(doc: Doc, end: int) -> str | None:
    """"around 100 personnel from the New Zealand Defence Force": people from another country are its own."""
    after = _FROM_AFTER.match(doc.text, end)
    name = place_regex().match(doc.text, after.end()) if after else None
    codes = place_table()[name.group(0)] if name else []
    return "someone else's people" if doc.partner and len(codes) == 1 and codes[0] != doc.partner else None


#: A share of a total before a head count: "5% of the approximately 11,000 soldiers deployed" counts all of them.
_SHARE_OF_BEFORE = re.compile(
    r"(?:%|\bper\s*cent|\bpercent|\bpour\s+cent|بالمائة|بالمئة|في\s+المائة)\s+(?:of|de|des|du|من)\s+(?:the\s+|les\s+|la\s+)?"
    r"(?:(?:about|approximately|some|around|nearly|environ|quelque|près\s+de|نحو|حوالي)\s+)?$", re.IGNORECASE)
#: People the partner's people protect or escort: "to protect nearly 300 Italian experts working on its maintenance",
#: "protéger les 300 ingénieurs", "لحماية 300 مهندس".
_PROTECTED_BEFORE = re.compile(
    rf"(?:\b(?:protect(?:s|ed|ing)?|guard(?:s|ed|ing)?|escort(?:s|ed|ing)?)\s+(?:the\s+|some\s+)?"
    rf"|\b(?:protéger|protège(?:nt)?|escorter|escortent)\s+(?:les\s+)?|(?<!\w)(?:ل|و)?(?:حماية|يحمي|تحمي)\s+)"
    rf"(?:(?:{_HEDGE})\s+)?$", re.IGNORECASE)
#: A verb of a service right before a count of people: "The hospital serves about 600,000 people", "a water station
#: serving 120,000 people" counts those it serves, not people sent (round 32).
_SERVED_BEFORE = re.compile(
    rf"\b(?:serves|serving|served|treats|treating|treated|cares\s+for|caring\s+for)\s+(?:(?:{_HEDGE})\s+)?$",
    re.IGNORECASE)
#: A vote's count before "members": "314 lawmakers on a total of 329 present members".
_VOTE_WORDS = re.compile(r"\b(?:vot\w*|lawmakers|deputies|MPs|senators|majority|députés|sénateurs|majorité|scrutin)\b"
                         r"|(?<!\w)(?:صوت|نائبا|نائباً|نواب|الأغلبية)(?!\w)", re.IGNORECASE)


#: A part of the head count before it: "..., بينهم نحو 12 ألف شرطي", "..., including some 3,000 police".
_PART_OF_BEFORE = re.compile(
    r"(?<![\w])(?:(?:من\s+)?بينهم|منهم|including|among\s+them|of\s+whom|dont|parmi\s+eux)\s+"
    r"(?:(?:نحو|حوالي|قرابة|أكثر\s+من|about|some|around|more\s+than|over|près\s+de|environ|plus\s+de)\s+)?$",
    re.IGNORECASE)
_COUNT_NUMBER = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d(?!\d|[.,]\d))\d(?:[\d.,]|[ \u00a0\u202f]\d{3})*")  # not a year


def _part_of_trained(text: str, start: int, line_start: int) -> bool:
    """Whether the head count is a part of people trained just before it in its sentence ("درّب ... أكثر من 60 ألف
    عنصر ...، بينهم نحو 12 ألف شرطي"): a part of people trained was trained too."""
    part = _PART_OF_BEFORE.search(text, max(line_start, start - 40), start)
    if part is None:
        return False
    numbers = list(_COUNT_NUMBER.finditer(text, max(line_start, part.start() - 120), part.start()))
    return bool(numbers) and (_TRAINED_BEFORE.search(text, max(line_start, numbers[-1].start() - 60),
                                                     numbers[-1].start()) is not None
                              # ... or said after them: "around 7,000 Iraqi personnel have been trained by the
                              # mission at Taji, including around 975 officers" (real press)
                              or _TRAINED_BETWEEN.search(text, numbers[-1].end(), part.start()) is not None)


_TRAINED_BETWEEN = re.compile(r"(?<![\w])(?:(?:have|has|had|were|was)\s+(?:been\s+)?trained|ont\s+été\s+formé(?:e?s)?"
                              r"|تم\s+تدريبهم|جرى\s+تدريبهم)(?![\w])", re.IGNORECASE)


def _hosted(text: str, at: int) -> bool:
    """Whether the count at ``at`` is people a host takes in ("L'Irak accueille 40 Espagnols"): a verb of hosting
    earlier in its sentence, not a unit's "تضم" nor one cut off by a reported clause."""
    sentence_start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), at - 120, 0)
    host = _HOSTS.search(text, sentence_start, at)
    return bool(host) and not _UNIT_BEFORE_HOST.search(text, max(0, host.start() - 60), host.start()) and not (
        _UNIT_AFTER_HOST.match(text, host.end())) and not _REPORTED_CLAUSE.search(text, host.end(), at) and not (
        _UNIT_OF_COUNT.search(text, host.end(), at))


#: A unit named right before the count it is made of, after the verb of hosting: "ويضم المركز الطبي فريقاً من ستة
#: أطباء", "تضم القاعدة وحدة من 200 جندي" (round 23): the unit's strength, not guests.
_UNIT_OF_COUNT = re.compile(r"(?<!\w)(?:ال)?(?:" + "|".join(tables.UNIT_NOUNS_AR) + r")(?:\s+[^\W\d_]+)?\s+(?:من|قوامه|قوامها)\s+"
                            rf"(?:(?:{_HEDGE})\s+)?$")


#: A unit of another nation whose strength the count is: "ضمن كتيبة أمريكية قوامها ٨٠٠ جندي", "within an American
#: battalion of 800 soldiers", "au sein d'un bataillon américain de 800 soldats" (round 21).
_NATION_UNIT_BEFORE = re.compile(
    r"(?:(?<!\w)(?:ال)?(?:" + "|".join(tables.UNIT_NOUNS_AR) + r")\s+(?P<ar>[^\W\d_]+)\s+(?:قوامها|قوامه|عديدها|عديده|"
    r"تضم|يضم|تتألف\s+من|يتألف\s+من)"
    r"|\b(?:an?|the)\s+(?P<en>[A-Za-z]+)\s+(?:battalion|brigade|unit|company|task\s+force|force)\s+of"
    r"|\b(?:un|une|le|la|du|d['’]un|d['’]une)\s+(?:bataillon|brigade|unité|compagnie|force)\s+(?P<fr>[^\W\d_]+)\s+de)"
    rf"\s+(?:(?:{_HEDGE})\s+)?$",
    re.IGNORECASE,
)


#: Another nation's army as the subject of the count's sentence: "L'armée libanaise, qui compte environ 80 000
#: hommes, a recruté 1 500 soldats", "The Iraqi army now numbers some 200,000 soldiers" (round 22).
_ARMY_SUBJECT = re.compile(
    r"[.\s]*(?:[Ll]['’]|[Ll]es\s+|[Ll]a\s+)?(?:armée|forces\s+armées|marine|armée\s+de\s+l['’]air)\s+(?P<fr>[a-zà-ÿ-]+)\b"
    r"|[.\s]*(?:[Tt]he\s+)?(?P<en>[A-Z][a-z]+)\s+(?:[Aa]rmy|[Aa]rmed\s+[Ff]orces|[Nn]avy)\b")


#: Its words, one of which the text before the count must hold before the expression is tried.
_NATION_UNIT_KEYS = ("قوام", "عديد", "تضم", "يضم", "تألف", " of", " de")


def _not_own_reason(text: str, m: re.Match, mods: list[str], own: frozenset[str], nationalities: dict[str, str]):
    if _NOT_OWN_AFTER.match(text, m.end()) or _ALL_NATIONS_AFTER.match(text, m.end()):
        return "someone else's people"
    window = text[max(0, m.start() - 60):m.start()]
    unit = any(key in window for key in _NATION_UNIT_KEYS) and _NATION_UNIT_BEFORE.search(text, max(0, m.start() - 60),
                                                                                          m.start())
    if unit and (nation := (unit.group("ar") or unit.group("en") or unit.group("fr")).lower()) not in own and (
            nation in nationalities):
        return "someone else's people"
    if _SHARE_OF_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return "a share of someone else's total"
    if _PROTECTED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return "people the partner protects"
    if m.group("noun").lower() in tables.WEAK_PERSONNEL_NOUNS and _SERVED_BEFORE.search(
            text, max(0, m.start() - 40), m.start()):
        return "people the partner helps"
    if m.group("noun").lower() in tables.WEAK_PERSONNEL_NOUNS and _VOTE_WORDS.search(
            text, max(0, m.start() - 120), min(len(text), m.end() + 40)):
        return "a vote's count"
    sentence_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), m.start() - 120)
    if _hosted(text, m.start()):
        return "people the partner hosts"
    if _NOT_OWN_LEAD.search(text, max(0, sentence_start), m.start()):
        return "someone else's people"
    army = own and _ARMY_SUBJECT.match(text, max(0, sentence_start))
    if army and (nation := (army.group("fr") or army.group("en")).lower()) not in own and nation in nationalities:
        return "someone else's people"
    after = _WORD_AFTER.match(text, m.end())
    word = after.group(1).lower() if after else ""
    if word.endswith("يا") and word[:-1] in nationalities:
        word = word[:-1]  # the accusative after a count: "18 مهندساً أردنياً"
    if after and word not in own and (word in nationalities or word in tables.NOT_OWN_MODIFIERS) and not (
            word == "trained" and _TRAINED_OBJECT.match(text, after.end())):
        mods = [*mods, word]  # French and Arabic put the nationality after the noun
    force = _FORCE_AFTER_AR.match(text, m.end())
    if force and any(w not in own and (w in nationalities or w in tables.NOT_OWN_MODIFIERS)
                     for w in force.group(1).split()):
        return "someone else's people"
    for word in mods:
        if word in own:
            continue
        if word in tables.NOT_OWN_MODIFIERS or word in nationalities:
            return "someone else's people"
    line_start = text.rfind("\n", 0, m.start()) + 1
    trained = _TRAINED_BEFORE.search(text, max(line_start, m.start() - 60), m.start()) or _TRAINED_AFTER.match(
        text, m.end())
    if trained and (not _COMPLETED.search(trained.group(0)) or _COURSE.search(text, m.end(), m.end() + COURSE_CHARS)):
        return "people trained or helped"
    if _part_of_trained(text, m.start(), line_start):
        return "people trained or helped"
    if _EQUIPPED_BEFORE.search(text, max(line_start, m.start() - 40), m.start()):
        return "people trained or helped"  # "protective gear for 120 deminers": the people equipped (round 31)
    if _CASUALTIES_AFTER.match(text, m.end()) or _CASUALTIES_BEFORE.search(text, max(line_start, m.start() - 40),
                                                                            m.start()):
        return "people killed or wounded"
    if _KIN_OF.search(text, max(line_start, m.start() - 30), m.start()):
        return "the kin of the partner's people"
    staff_of = _STAFF_OF.search(text, max(line_start, m.start() - 40), m.start())
    if staff_of and not _SENT_STAFF.search(text, m.start(), m.end() + 40) and not own.intersection(
            w.rstrip("اً") for w in re.findall(r"[^\W\d_]+", text[m.start():m.end() + 40].lower())) and not (
            _own_unit_before(text, staff_of.start(), own)):
        return "the staff of a place visited"  # unless they are the partner's, or soldiers ("عنصراً من القوات المسلحة")
    return None


#: What equips the people counted after it: "protective gear for 120 deminers", "uniforms for 80 police officers",
#: "des gilets pour 200 soldats" (round 31).
_EQUIPPED_BEFORE = re.compile(
    r"(?<![\w])(?:gear|equipment|uniforms?|kits?|armou?r|helmets?|vests?|boots|rifles|weapons|radios|rations|tents"
    r"|équipements?|uniformes|gilets|casques|tenues)\s+(?:\w+\s+)?(?:for|pour)\s+(?:(?:some|about|around|up\s+to|"
    r"environ|quelque)\s+)?$", re.IGNORECASE)


#: The unit a count staffs, named before "staffed by": "Morocco's military field hospital at Zaatari camp in Jordan is
#: now staffed by around 90 doctors", "The Moroccan field hospital ... is staffed by" (round 31).
_UNIT_BEFORE_STAFF = re.compile(r"(?<![\w])(?P<mods>(?:[^\W\d_]+(?:['’]s)?\s+){1,3})(?:field\s+)?"
                                r"(?:hospital|clinic|unit|team|detachment)\b[^.;\n]{0,60}$", re.IGNORECASE)
_ARMED_WORDS = frozenset({"military", "army", "armed", "defence", "defense"})


def _own_unit_before(text: str, staffed: int, own: frozenset[str]) -> bool:
    """Whether the place a count staffs is the partner's own unit: its words name the partner's people or its army."""
    unit = _UNIT_BEFORE_STAFF.search(text, max(0, staffed - 120), staffed)
    return unit is not None and any(w in own or w in _ARMED_WORDS for w in unit.group("mods").lower().split())
