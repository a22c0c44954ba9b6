"""Pipeline steps that read a figure's attributes from the words around it.

- ``classify_qualifier``: hedges right before the figure ("up to", "close to") or right after ("or more").
  A bound beats a softener: "up to approx. 110" is ``at_most``.
- ``classify_period``: "annually", "per year" -> annual; "in the last 5 years" -> annual, its span counted back
  from the as-of date; "since 2014", "between 2012 and 2022", "2019-2021", "in total", "so far" -> cumulative
  (``since`` = first year when written); "in 2018", "pledged in 2016", "as of October 2023" -> year. Within one
  scope annual beats cumulative, which beats year. Head counts only take a named year: a head count is a point
  in time, not a sum.
- ``attach_places``: ISO codes of the places named in the nearest scope that names any (see :mod:`.context`);
  the partner itself is never a place of its own figure. A scope naming only regions ("the Sahel") gives [].
- ``attach_lines``: lines of effort from keywords in the nearest scope that has any; "aid" and "assistance"
  alone mean humanitarian; a head count with nothing said is military (police: other).
- ``classify_stage`` and ``attach_mission``: how far money has gone (pledged/committed/disbursed), whether a
  head count is a ceiling ("up to") or deployed, and the named mission ("NATO Mission Iraq").
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from . import tables
from .context import HEADING_SCOPE, clause_bounds, scopes
from .doc import Block, Doc, Figure, Marker
from .keywords import keyword_regex, phrase
from .places import (
    ALLIED_FORCES_BEFORE,
    BODY_WORDS_AFTER,
    BODY_WORDS_BEFORE,
    DESTINATION_WEIGHT,
    EVENT_WORDS_AFTER,
    EVENT_WORDS_BEFORE,
    EXCLUDED_KEYS,
    EXCLUDED_WORDS_BEFORE,
    FORCES_AFTER,
    HELD_KEYS,
    HELD_WORDS_BEFORE,
    HOME_BODY_PLACES,
    LIST_GLUE,
    NEIGHBOURS_WORDS_AFTER,
    NEIGHBOURS_WORDS_BEFORE,
    PARTNER_WORDS_BEFORE,
    REQUESTER_WORDS_AFTER,
    REQUESTER_WORDS_BEFORE,
    UNIT_WORDS_AFTER,
    UNIT_WORDS_BEFORE,
    country_forms,
    demonym_names,
    is_prefixed_destination,
    place_regex,
    place_table,
)

#: The hedges written before a figure, longest first, as one alternation (the head counts' rules use it too).
HEDGE_ALTERNATION = "|".join(phrase(h) for h in sorted(tables.HEDGES_BEFORE, key=len, reverse=True))
_GLUE_ALT = "|".join(re.escape(g) for g in sorted(tables.HEDGE_GLUE, key=len, reverse=True))
#: A hedge opens a word, or follows an Arabic "and" or "by" glued to it ("ونحو 70 جنديا", "بنحو 5 ملايين"): no letter
#: but those stands before it (one look-behind, cheaper than three).
_HEDGE_OPENS = r"(?<![^\Wوب])"
_HEDGE_CHAIN = re.compile(
    # the Arabic article may be glued to the digits: "تقارب ال300 مليون دولار", or stretched by a tatweel, which the
    # scanned copy reads as a space: "قرابة الـ300 جندي" (round 20)
    rf"(?P<chain>(?:{_HEDGE_OPENS}(?:{HEDGE_ALTERNATION})\s*)+)(?:(?:{_GLUE_ALT})\s+)?(?:between\s+|from\s+|ال\s?)?$",
    re.IGNORECASE,
)
_HEDGE_WORD = re.compile(rf"{_HEDGE_OPENS}(?:{HEDGE_ALTERNATION})", re.IGNORECASE)
#: "au plus" before a word that makes it adverbial ("au plus tard", "au plus fort") bounds nothing (round 26).
_NOT_ADVERBIAL = rf"(?!\s+(?:{'|'.join(tables.AU_PLUS_ADVERBIAL)})(?![\w]))"
#: ... nor does a sign before a number, the next column's change: "238,6        + 4,1 %" (round 29).
_HEDGE_AFTER = re.compile(
    r"\s*(?:" + "|".join(re.escape(h) for h in sorted(tables.HEDGES_AFTER, key=len, reverse=True)) + r")(?![\w])"
    + r"(?![ \t]?\d)" + _NOT_ADVERBIAL,
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
#: A cap said after a head count's short complement: "500 جندي في المهمة كحد أقصى", "300 soldats en Irak au maximum".
_CAP_AFTER_COMPLEMENT = re.compile(
    r"(?:\s+[^\W\d_'’-]+(?:['’-][^\W\d_]+)*){1,4}?\s*[,،]?\s*(?P<cap>كحد\s+أقصى|حدا\s+أقصى|كحد\s+أدنى|au\s+maximum"
    # ... or "au plus" after its noun's complement: "15 officiers d'état-major au plus" (round 26)
    r"|(?:tout\s+)?au\s+plus|au\s+minimum|at\s+(?:the\s+)?most)"
    r"(?![\w])" + _NOT_ADVERBIAL, re.IGNORECASE)
#: People the mandate lets serve, after their noun: as many as may go, a bound ("a total of 850 members are approved
#: to serve", "jusqu'à ... sont autorisés à être déployés").
_AUTHORISED_AFTER = re.compile(
    r"\s+(?:are|were|have\s+been|will\s+be|would\s+be|sont|seront|ont\s+été)\s+(?:(?:now|also|désormais)\s+)?"
    r"(?:approved|authori[sz]ed|allowed|permitted|autorisée?s|approuvée?s)\s+(?:to|à)\s", re.IGNORECASE)
_CAP_VERB = re.compile(rf"(?<![\w])(?:{'|'.join(tables.CAP_VERBS)})\s+(?:[\w'’-]+\s+){{0,5}}?(?:à|at|to|from)\s+$",
                       re.IGNORECASE)
_CEILING_WORD = re.compile(r"(?<![\w])(?:ceiling|cap|plafond)(?![\w])", re.IGNORECASE)
#: A ceiling or a maximum as the subject whose verb states the figure, a few words on: "Le plafond du détachement
#: déployé en Irak passera de 120 à 95", "Le budget maximal du mandat s'élève à", "The ceiling ... will drop from 500"
#: (round 19). Tried only where a sentence holds one of its words.
_CEILING_SUBJECT = re.compile(
    r"(?<![\w])(?:(?:le|du|son|leur|the|its|their)\s+plafond"
    r"|(?:the|its|their)\s+(?:[\w-]+\s+)?(?:ceiling|cap|upper\s+limit)"
    # French puts "maximum" after its noun too: "en baissant la contribution maximum de 700 à 500 militaires"
    r"|[\w'’-]+\s+maxim(?:a(?:l|le|ux|les)|um)|(?:the|its|their)\s+maximum\s+[\w-]+)"
    # its noun may take a relative clause: "du plafond du contingent en Irak, qui passera de 35 à 45" (round 22)
    rf"\s+(?:[\w'’-]+,?\s+){{0,10}}?(?:de|d['’]|à|from|to|at|of|is|was|will\s+be)\s*(?:(?:{HEDGE_ALTERNATION})\s+)?$"
    # ... and in Arabic, where the figure may follow its noun: "رفع سقف المهمة في العراق من 500 إلى 700 عسكري",
    # "ويبلغ سقف المهمة الألمانية 700 عسكري", "حدد الحد الأقصى للمهمة بـ700" (round 20)
    # ... its words may hold the year it is set for, and a colon may stand before the figure: "الحد الأقصى الذي أذن
    # به البرلمان للعملية في عام 2024: 1,100 عسكري" (round 25)
    r"|(?<!\w)[وب]?(?:ال)?(?:سقف|حد\s+(?:ال)?أقصى)(?:\s+(?:[^\W\d_]+|(?:19|20)\d\d(?!\d))){0,8}?\s*:?\s+"
    r"(?:من\s+|إلى\s+|عند\s+|ب\s?)?"
    rf"(?:(?:{HEDGE_ALTERNATION})\s+)?$",
    re.IGNORECASE,
)
_CEILING_SUBJECT_KEYS = ("plafond", "ceiling", "cap ", "upper limit", "maxima", "maximum", "سقف", "أقصى")
# ... or the count a cap goes to from it: "the ceiling from 110 to 63"
_SET_AGAINST = re.compile(r"(?:[^.;\d]{0,25}?,?\s+(?:contre|compared\s+(?:with|to)|against)|\s+(?:to|à|إلى))\s+$",
                          re.IGNORECASE)
_HEDGES_LOWER = {k.lower(): v for k, v in tables.HEDGES_BEFORE.items()}
_AFTER_LOWER = {k.lower(): v for k, v in tables.HEDGES_AFTER.items()}

#: Years the extractor reads: 1945 (the schema's floor) to 2099.
_YEAR = r"(?:194[5-9]|19[5-9]\d|20\d{2})"
_MONTH = tables.MONTHS


def _first_letters(body: str) -> list[str]:
    r"""The first character of ``body``, or of each alternative of the group it opens with: "(?:united\s+nations|un)
    \s+development" opens with "u"; an optional group ("(?:و)?يشمل") opens with its own or with what follows it."""
    if not body.startswith("(?:"):
        return [body[:1]]
    firsts, depth, expect = [], 0, True
    for index, char in enumerate(body[3:], start=3):
        if expect:
            firsts.append(char)
            expect = False
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                after = body[index + 1: index + 2]
                if after == "?":
                    return firsts + _first_letters(body[index + 2:])
                return [""] if after in ("*", "{") else firsts
            depth -= 1
        elif char == "|" and depth == 0:
            expect = True
    return [""]


def gate(patterns) -> str:
    """A look-ahead on the first characters the patterns can start with (case-blind), or "" when unsure.

    It lets the regex engine skip most positions of a text at once."""
    initials: set[str] = set()
    for pattern in patterns:
        body = pattern.removeprefix(r"\b")
        if body.startswith(r"\d"):
            initials |= set("0123456789")
            continue
        for first in _first_letters(body):
            if not first or first in "\\([.?*+":
                return ""
            initials |= {first.lower(), first.upper()}
    return "(?=[" + "".join(re.escape(c) for c in sorted(initials)) + "])"


_ANNUAL = gate(tables.ANNUAL_PATTERNS) + r"(?<![\w])(?:" + "|".join(tables.ANNUAL_PATTERNS) + r")(?![\w])"
_WINDOW = r"(?=[iIoOdD])" + tables.WINDOW_PATTERN
_MONTH_FR = tables.MONTHS_FR
_MONTH_AR = tables.MONTHS_AR
# Arabic news writes both month names: "آذار/مارس 2011", "تشرين الأول/أكتوبر 2014"
_DAY_MONTH = (rf"(?:\d{{1,2}}(?:er)?\s+)?(?:(?:{_MONTH}|{_MONTH_FR}|{_MONTH_AR})(?:\s*/\s*(?:{_MONTH_AR}))?\s+)?"
              rf"(?:\d{{1,2}}\s+)?")
#: A season before its year: "since summer 2014", "depuis l'été 2014", "منذ صيف 2014".
_SEASON = (r"(?:(?:the\s+)?(?:summer|autumn|fall|spring|winter)\s+(?:of\s+)?|l['’](?:été|automne|hiver)\s+|le\s+printemps\s+"
           r"|(?:صيف|خريف|ربيع|شتاء)\s+(?:عام\s+)?)?")


#: The years 2001 to 2099 after "ألفين و": a unit, a teen ("اثني عشر"), a ten, or a unit and a ten ("واحد وعشرين").
_YEAR_WORDS = (rf"(?:{'|'.join(tables.AR_TEEN_UNITS)})\s+عشرة?"
               rf"|(?:{'|'.join(tables.AR_UNITS)})\s+و\s?(?:{'|'.join(tables.AR_TENS)})"
               rf"|{'|'.join(tables.AR_TENS)}|{'|'.join(tables.AR_UNITS)}|عشرة?")


def _year_in_words(words: str) -> int:
    """2000 and the rest of a year written in words ("اثني عشر" is 2012)."""
    first, _, rest = " ".join(words.split()).partition(" ")
    if rest.startswith("عشر"):
        return 2010 + tables.AR_TEEN_UNITS[first]
    if rest:
        return 2000 + tables.AR_UNITS[first] + tables.AR_TENS[rest.removeprefix("و").strip()]
    return 2000 + (tables.AR_TENS.get(first) or tables.AR_UNITS.get(first) or 10)


_SINCE = (
    rf"(?=[sSdDموف])(?:since\s+{_SEASON}{_DAY_MONTH}(?:fiscal\s+year\s+|FY\s?)?(?P<sy>{_YEAR})\b"
    # "since the conflict began in 2011", "since the start of the crisis in 2011"
    # ... also with the country's name in it: "since the war in Syria began in 2011"
    rf"|since\s+(?:the|its|their)\s+(?:[^\W\d_]+\s+){{1,5}}?in\s+(?P<sy2>{_YEAR})\b"
    # "since Estonia joined Operation Inherent Resolve in 2016", "since it entered the mission in 2015", "since war
    # broke out in Syria in 2012"
    rf"|since\s+[^\W\d_]+\s+(?:joined|entered|began|started|launched|broke\s+out|erupted)\s+(?:\S+\s+){{0,5}}?in\s+"
    rf"(?P<sy9>{_YEAR})\b"
    # "since the start of Fiscal Year 2014", "since the beginning of 2015"
    rf"|since\s+the\s+(?:start|beginning|outset)\s+of\s+(?:the\s+)?(?:(?i:fiscal|financial)\s+(?i:year)\s+|FY\s?)?"
    rf"{_DAY_MONTH}(?P<sy8>{_YEAR})\b"
    rf"|depuis\s+(?:l['’]année\s+|le\s+début\s+de\s+|le\s+(?=\d))?{_SEASON}{_DAY_MONTH}(?P<sy3>{_YEAR})\b"
    rf"|[وف]?منذ\s+(?:عام\s+|العام\s+|سنة\s+|السنة\s+المالية\s+)?{_SEASON}{_DAY_MONTH}(?P<sy4>{_YEAR})\b"
    # "depuis le début du conflit en 2011", "منذ اندلاع الأزمة السورية في عام 2011"
    rf"|depuis\s+le\s+début\s+(?:du|de\s+la|de\s+l['’]|des)\s*(?:[^\W\d_]+\s+){{0,3}}?en\s+(?P<sy5>{_YEAR})\b"
    # an opening or a joining: "depuis l'ouverture de la structure en 2012", "depuis son déploiement en 2015"
    rf"|depuis\s+(?:l['’]|la\s+|le\s+|sa\s+|son\s+|leur\s+|notre\s+)(?:ouverture|création|lancement|déploiement|arrivée"
    rf"|adhésion|entrée|installation|fondation|engagement)\s+(?:[^\W\d_'’]+['’]?\s*){{0,5}}?en\s+(?P<sy10>{_YEAR})\b"
    rf"|و?منذ\s+(?:بداية|بدء|اندلاع)\s+(?:\S+\s+){{1,5}}?(?:في\s+)?(?:عام\s+|العام\s+)?(?P<sy6>{_YEAR})\b"
    # a founding: "منذ تأسيسه عام 2015", "منذ انطلاق برنامجها في عام 2016"; a joining: "منذ انضمامنا إلى التحالف
    # عام 2014", "منذ مشاركتها في العمليات عام 2015"
    rf"|و?منذ\s+(?:تأسيس|إنشا|انطلاق|إطلاق|استئناف|عودة|انضمام|مشارك|دخول)\S*\s+"
    rf"(?:\S+\s+){{0,4}}?(?:في\s+)?(?:عام\s+|العام\s+|سنة\s+)?"
    rf"(?P<sy7>{_YEAR})\b"
    # a year in words: "منذ عام ألفين واثني عشر", "منذ العام ألفين وأربعة عشر"
    rf"|[وف]?منذ\s+(?:عام\s+|العام\s+|سنة\s+)?ألفين\s+و\s?(?P<syw>{_YEAR_WORDS})(?![^\W\d_]))"
)
_RANGE_YEARS = (
    rf"(?=[bBcCfFeEdDiIpPsStTlLoOaAمبعسل12])(?:between\s+(?P<a1>{_YEAR})\s+and\s+{_YEAR}"
    # the years or the period with their noun: "pour les années 2027 à 2030", "durant les années 2026 et 2027", "pour la
    # période 2027 à 2030", "for the years 2027 to 2030" (round 20)
    rf"|(?:(?:les|des)\s+années|période|the\s+years)\s+(?P<a11>{_YEAR})\s+(?:à|et|to|and|through)\s+{_YEAR}"
    rf"|(?:from\s+|period\s+(?:of\s+|from\s+)?)(?P<a2>{_YEAR})\s+(?:to|until|till|through)\s+{_YEAR}"
    # the years a sum is for: "a $100 million package for 2016 to 2018", "covering 2025 through 2027" (round 23)
    rf"|(?:for|covering|over|across)\s+(?P<a13>{_YEAR})\s+(?:to|until|till|through)\s+{_YEAR}"
    rf"|entre\s+(?P<a4>{_YEAR})\s+et\s+{_YEAR}|de\s+(?P<a5>{_YEAR})\s+à\s+{_YEAR}"
    rf"|بين\s+(?:عامي\s+)?(?P<a6>{_YEAR})\s+و\s*{_YEAR}|من\s+(?:عام\s+)?(?P<a7>{_YEAR})\s+(?:إلى|حتى)\s+{_YEAR}"
    # (not a day written the ISO way, "2024-07-02" (round 23))
    rf"|(?P<a3>{_YEAR})\s*[-–—/]\s*(?:{_YEAR}|\d{{2}}(?![./-]\d))(?!\d)"
    # ... but two such days of different years: "for the period 2024-04-01 to 2026-12-31" (round 23)
    rf"|(?P<a12>{_YEAR})-[01]\d-[0-3]\d\s*(?:to|until|till|through|[-–—])\s*(?!(?P=a12))(?:{_YEAR})-[01]\d-[0-3]\d"
    # two named years: "خلال عامي ٢٠٢٠ و٢٠٢١", "in 2020 and 2021", "en 2020 et 2021"
    # also with their noun: "pour les années 2023 et 2024", "for the years 2022 and 2023"
    # ... or "for" glued to them: "لعامي 2022 و2023", "للسنتين 2022 و2023" (round 23)
    rf"|(?:ل?عام[يى]|ل?سنت[يى]|لل(?:عامين|سنتين))\s+(?P<a8>{_YEAR})\s+و\s*{_YEAR}|(?:in|for|en|pour|over|during)\s+(?:les\s+années\s+|the\s+years\s+)?"
    # ... or more years listed: "in 2013, 2014 and 2015" (round 24)
    rf"(?P<a9>{_YEAR})(?:,\s*{_YEAR})*,?\s+(?:and|et)\s+{_YEAR}"
    # a span of years from a named year: "over three years from 2025", "over four years beginning in 2024" (round 19)
    rf"|(?<=years\s)(?:from|beginning\s+in|starting\s+in)\s+(?P<a10>{_YEAR})\b(?!\s*(?:to|until|till|through|[-–—/])\s*\d))"
)
# "since June": a total from a month of a year the text does not repeat
_SINCE_MONTH = rf"since\s+(?:{_MONTH})(?!\s+\d)"
_CUMULATIVE = (
    gate((*tables.CUMULATIVE_PATTERNS, _SINCE_MONTH)) + r"(?<![\w])(?:" + "|".join(tables.CUMULATIVE_PATTERNS)
    + "|" + _SINCE_MONTH + r")(?![\w])"
)
#: "alone" after a year named by a phrase: "last year alone", "l'an dernier à lui seul", "العام الماضي وحده".
_ALONE = r"(?:\s+(?:alone|وحده|à\s+(?:lui|elle)\s+seule?|seule?))"
_ONE_YEAR = (
    rf"(?=[iIfFdDaAbBtTwWoOeEpPcClLàÀmMvVفخلعسمبح])(?:(?:in|for|during|as\s+(?:of|at)|by|at\s+the\s+end\s+of|throughout|within|of"
    # a budget labelled with its year: "من مخصصات 2024", "ضمن موازنة عام 2023", "ميزانية 2022"
    rf"|(?:مخصصات|ميزانية|موازنة)(?:\s+(?:عام|سنة|العام))?"
    # ... a package or a campaign: "من حزمة 2024 هذه", "لحملة شتاء 2023" (round 24)
    rf"|[لب]?(?:حزمة|حملة)(?:\s+(?:عام|العام|سنة|شتاء|صيف|خريف|ربيع))?"
    # a sum paid as early as a year: "dont 400 000 euros versés dès 2021", "disbursed as early as 2019"
    rf"|(?:versée?s?|décaissée?s?|payée?s?|disbursed|paid)\s+(?:dès|as\s+early\s+as|already\s+in)"
    # the end, start or middle of a year: "contre 900 fin 2019", "début 2020", "mi-2021"
    rf"|fin|début|(?:à\s+la\s+)?fin\s+de\s+l['’]année|mi(?=-\d)"
    # the day of a decision: "On 9 February 2024, the Government of Japan decided", "Le 9 février 2024, le Japon"
    rf"|(?:on|le)(?=\s+\d{{1,2}}(?:er)?\s+(?:{_MONTH}|{_MONTH_FR})\s+\d)"
    # the month a count starts: "from 30 to 45 troops from January 2026" (round 20)
    rf"|from(?=\s+(?:\d{{1,2}}\s+)?(?:{_MONTH})\s+\d)"
    # months of one year: "from April to October 2026", "between March and September 2025" (round 29)
    rf"|(?:from|between)\s+(?:{_MONTH})\s+(?:to|and|until|till|through)(?=\s+(?:{_MONTH})\s+\d)"
    rf"|en|pour|au\s+titre\s+de|durant|pendant|courant|au\s+cours\s+de"
    # a French "as of": "au 1er mars 2023", "à la date du 15 juin 2022", "en date du"
    rf"|au(?=\s+\d{{1,2}}(?:er)?\s+(?:{_MONTH_FR}))|(?:à\s+la|en)\s+date\s+du"
    # a season of a year: "à l'été 2019", "au printemps 2020", "en hiver 2018"
    rf"|à\s+l['’](?:été|automne|hiver)|au\s+printemps)(?:\s+|(?<=mi)-)"
    # "in the 2023 financial year"
    rf"(?:l['’]année\s+|(?:the|la)\s+(?:(?:single\s+|seule\s+)?(?:year|année)\s+(?:of\s+)?"
    rf"|(?=\d{{4}}\s+(?:financial|fiscal|budget)\s+year))|(?:été|automne|hiver)\s+)?"
    # a fiscal year: "للسنة المالية ٢٠٢٢", "في العام المالي 2019"
    # ("في" also written "فى")
    rf"|(?:(?:ف[يى]|خلال|ل)\s*)?(?:ال|ل)?(?:سنة|عام)\s+المالي(?:ة)?\s+"
    rf"|(?:(?:ف[يى]|خلال|ل)\s*)?(?:عام|العام|سنة)\s+(?:الحالي\s+|الجاري\s+)?"
    # ... with a season or a part of the year between: "في شتاء 2022", "خلال مطلع عام 2023" (round 23)
    rf"|(?:ف[يى]|خلال)\s+(?:(?:صيف|خريف|ربيع|شتاء|مطلع|منتصف|أواخر|أوائل|نهاية|بداية)\s+(?:عام\s+|العام\s+)?)?"
    # the day of a signing or decision: "الموقعة في بغداد بتاريخ 9 آذار 2023" (round 23)
    rf"|بتاريخ\s+(?=\d{{1,2}}\s+(?:{_MONTH_AR})(?:\s*/\s*(?:{_MONTH_AR}))?\s+\d)"
    # "for the year": the lam takes the article's alef, "للعام 2024", "للسنة 2022"
    rf"|لل(?:عام|سنة)\s+(?:الحالي\s+|الجاري\s+)?"
    # the current year named: "this year, 2018", "cette année 2018"
    rf"|this\s+year,?\s+|cette\s+année,?\s+)"
    # a French finance law's year: "en LFI 2026", "en PLF 2027" (round 17)
    # ... and a Japanese agency's fiscal year without its noun: "in fiscal 2024" (round 25)
    rf"(?:(?:early|late|mid)[- ])?{_DAY_MONTH}(?:(?:fiscal|financial)(?:\s+year)?\s+|FY\s?|(?:LFI|PLF|LFR|PLFR)\s+)?"
    rf"(?P<yy>{_YEAR})\b"
    rf"(?!\s*[-–—/]\s*\d)"
    rf"|\bFY\s?(?P<yy2>{_YEAR})\b(?!\s*[-–—/]\s*\d)"
    # a fiscal year with no preposition: "drawing on Fiscal Year 2022 funds", "financial year 2019 appropriations"
    # ... or in French: "à charge de l'année budgétaire 2026", "pour l'exercice 2024", "l'exercice budgétaire 2019"
    # (round 20)
    rf"|(?:(?:fiscal|financial)\s+year|exercice(?:\s+budgétaire)?|année\s+budgétaire)\s+(?P<yy5>{_YEAR})\b"
    rf"(?!\s*[-–—/]\s*\d)"
    # ... and in Arabic, perhaps with the giver's adjective: "من ميزانية السنة المالية اليابانية ٢٠٢٣", "من موازنة
    # السنة المالية 2024" (round 25)
    rf"|(?<!\w)(?:ال)?سنة\s+(?:ال)?مالية(?:\s+ال[^\W\d_]+ي(?:ة)?)?\s+(?P<yy10>{_YEAR})\b(?!\s*[-–—/]\s*\d)"
    # a table row or list item labelled with its year: "2018 | EUR 39 million", "2019: NOK 20 million"
    # or its columns lined up with spaces ("2016        460")
    # or a dash for its bullet ("- 2025 : 58,5 mio CHF", round 18)
    # or the last cell of its row: "PAM | Syrie | 12 450 000 | Versement | 2024" (round 25)
    # ... or with a note in brackets before its sum: "2026 (budgeted)      51.3", "2026 (prévision)        190,0"
    # (round 29)
    rf"|(?:(?<=[\n|\t•])|(?<=[\n|\t•] )|(?<=\n  )|(?<=\n[-–*] ))(?P<yy3>{_YEAR}){tables.YEAR_NOTE}"
    rf"(?:[ ]*(?:[|\t]|:[ ])|[ ]{{2,}}(?=\d)"
    rf"|(?<=\|\s\d{{4}})[ ]*(?=\n|$))"
    # a label's year in brackets: "Opérations en Irak (2021) : 18 millions d'euros"
    rf"|(?<=\()(?P<yy4>{_YEAR})(?=\))"
    # a sum named with its year: "Of the 2024 total, ISK 120 million", "from our 2023 budget", "The 2023 figure
    # includes $1.5 million" (round 21)
    rf"|\b(?:the|its|our|their|this)\s+(?P<yy6>{_YEAR})\s+(?:total|budget|allocation|envelope|package|pledge|figure)\b"
    # ... or its year's decree or act: "The 2026 missions decree allocates", "the 2025 appropriations act" (round 29)
    rf"|\b(?:the|its|our|their|this)\s+(?P<yy11>{_YEAR})\s+(?:[a-z]+\s+)?(?:decree|act|law|appropriations?)\b"
    # ... or a giver's own: "Kuwait's own 2018 pledge was USD 2 billion", "Norway's 2024 contribution" (round 24)
    rf"|(?:(?<=['’]s\s)|(?<=['’]s\sown\s))(?P<yy8>{_YEAR})\s+(?:total|budget|allocation|envelope|package|pledge|figure|"
    rf"contribution|grant)\b"
    # ... or in French, the year after the sum's noun: "contribution 2024 de 3 millions", "l'enveloppe 2025" (round 25)
    rf"|\b(?:contribution|enveloppe|dotation|allocation|tranche|subvention)\s+(?P<yy9>{_YEAR})\b(?!\s*[-–—/]\s*\d)"
    # a day written the ISO way, as a transaction's date: "2024-07-02 | Disbursement | JPY 700,000,000" (round 23)
    rf"|\b(?P<yy7>{_YEAR})-[01]\d-[0-3]\d\b"
    # a year the text does name, set off by commas after "last year": "Last year alone, 2025, Norway set aside", "وفي
    # العام الماضي وحده، ٢٠٢٥، خصصت"
    rf"|(?:{'|'.join(tables.UNNAMED_YEAR_PATTERNS)}){_ALONE}?\s*[,،]\s*(?:en\s+|in\s+|عام\s+)?(?P<yy12>{_YEAR})\b"
)
#: An end date ("until the end of 2019", "jusqu'en mars 2019", "jusqu'à l'automne 2019", "حتى نهاية عام 2019"): how
#: long the figure holds, not the one year it is for. Read whole, so that its "en 2019" is no year. So is a deadline
#: by a day ("d'ici le 31 janvier 2027", round 19): not the day of a decision ("le 9 février 2024").
_UNTIL = (
    rf"(?=[uUtTjJdDح])(?:until|till|through|jusqu['’](?:en|à|au)|d['’]ici(?:\s+(?:le|au))?(?=\s+\d)|حتى)\s+(?:the\s+)?(?:(?:end|middle|start|beginning)\s+of\s+(?:the\s+year\s+)?"
    rf"|la\s+fin\s+(?:de\s+l['’]année\s+)?(?:de\s+)?|l['’](?:été|automne|hiver)\s+|printemps\s+|(?:mid|early|late)[- ]"
    rf"|(?:autumn|fall|spring|summer|winter)\s+(?:of\s+)?|(?:نهاية|منتصف|مطلع|خريف|صيف|ربيع|شتاء)\s+)?"
    rf"{_DAY_MONTH}(?:عام\s+|العام\s+)?{_YEAR}\b"
)
#: All period phrases in one pass; the group says which sort of phrase matched. Every phrase starts a word
#: (or is "/year"), which the opening look-behind checks before any branch is tried.
_PERIODS = re.compile(
    r"(?:(?<![\w])|(?=/))(?:"
    + "|".join(f"(?P<{name}>{pattern})" for name, pattern in (
        ("annual", _ANNUAL), ("window", _WINDOW), ("since", _SINCE), ("range", _RANGE_YEARS),
        ("cumulative", _CUMULATIVE), ("until", _UNTIL), ("year", _ONE_YEAR),
        # "this year" unless the year is named after it ("خلال العام الحالي 2018")
        ("unnamed", "(?:" + "|".join(tables.UNNAMED_YEAR_PATTERNS) + rf"){_ALONE}?(?![\s,،]*(?:عام\s+)?(?:19|20|١٩|٢٠)\d\d)"),
    ))
    + ")",
    re.IGNORECASE,
)
_PERIOD_NUMBER = {"window": ("n",),
                  "since": ("sy", "sy2", "sy3", "sy4", "sy5", "sy6", "sy7", "sy8", "sy9", "syw", "sy10"),
                  "year": ("yy", "yy2", "yy3", "yy4", "yy5", "yy6", "yy7", "yy8", "yy9", "yy10", "yy11", "yy12"),
                  "range": ("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10", "a11", "a12", "a13")}
_SORTS = ("annual", "window", "since", "range", "cumulative", "until", "year", "unnamed")
#: Sorts of period phrase that belong to one total, not to the whole sentence.
_TOTAL_SORTS = frozenset({"since", "range", "cumulative"})
_NUMBER_WORDS = {k: v for k, v in tables.NUMBER_WORDS.items() if " " not in k}
_PRESENT = re.compile(gate(tables.PRESENT_TIME) + r"(?<![\w])(?:" + "|".join(tables.PRESENT_TIME) + r")(?![\w])",
                      re.IGNORECASE)


def _hedge_value(words: list[str]) -> str | None:
    found = [_HEDGES_LOWER.get(" ".join(w.lower().split())) for w in words]
    for bound in ("at_most", "at_least"):
        if bound in found:
            return bound
    return "approximate" if found else None


#: An Arabic verb of exceeding whose subject is the total given, its object the figure at the clause's end: "إذ تجاوز
#: إجمالي ما قدمته الدولة ... منذ عام ٢٠١٢ ملياري دولار".
_EXCEEDING_VERBS_AR = ("تجاوز", "تتجاوز", "فاق", "يفوق", "تفوق", "تخطى", "تخطت", "جاوز")
_EXCEEDED_TOTAL_AR = re.compile(
    r"(?<!\w)[وف]?(?:تجاوز|تجاوزت|يتجاوز|تتجاوز|فاق|فاقت|يفوق|تفوق|تخطى|تخطت|جاوز|جاوزت)\s+(?:ال)?"
    r"(?:إجمالي|مجموع|حجم|قيمة"
    # ... or what the partner's own mission cost: "تجاوزت كلفة هذه المهمة الإنسانية منذ عام ٢٠١٢ ما مجموعه ٤٥٠ مليون
    # درهم" (round 26)
    r"|ت?كلفة|تكاليف|نفقات"
    # ... or the aid itself: "ومنذ 2014 تجاوزت مساعداتنا الإنسانية للعراق 170 مليون يورو" (round 20)
    r"|(?:مساعدات|مساهمات|تبرعات|قروض|منح)(?:نا|ها|ه|هم)?"
    # ... or one contribution, support or funding, possessed: "تجاوزت مساهمتنا في صندوق تمويل الاستقرار 100 مليون
    # دولار", "فاق دعمها للأردن" (round 24)
    r"|مساهمة|مساهمت(?:نا|ها|ه|هم)|(?:دعم|تمويل)(?:نا|ها|ه|هم)?"
    # ... or what was given, as a relative clause: "يتجاوز ما قدّمته دولة قطر ... منذ عام 2011 ملياري دولار" (round 22)
    r"|ما)\s+[^.;,؛،\n]{0,150}$"
    # ... or a relative clause after what exceeded: "القروض الميسّرة للعراق التي تجاوزت خلال العقدين الماضيين 470 مليار
    # ين" (round 23)
    r"|(?<!\w)(?:الت[يى]|الذ[يى]|اللتين|اللذين)\s+(?:تجاوز|تجاوزت|يتجاوز|تتجاوز|فاق|فاقت|يفوق|تفوق|تخطى|تخطت|جاوز|جاوزت)"
    r"\s+[^.;,؛،\n\d]{0,60}$"
)
#: A bound negated with its subject between the verb and the figure: "على ألا تتجاوز الدفعة الأولى 35 مليون دولار", "لا
#: يتجاوز عدد أفرادها 60" (round 23).
_NOT_EXCEEDING_AR = re.compile(
    r"(?<!\w)(?:[أا]لا|لا|لن)\s+(?:يتجاوز|تتجاوز|يزيد|تزيد|يتعدى|تتعدى|يفوق|تفوق)\s+(?:[^\W\d_]+\s+){1,3}?"
    r"(?:(?:على|عن)\s+)?$")


def classify_qualifier(doc: Doc) -> Doc:
    """A hedge is read back to the figure before it in the sentence, whosever share the words fell in
    ("from about 40 to about 70 trainers")."""
    text = doc.text
    previous_end: dict[int, int] = {}
    capped: dict[int, int] = {}  # per sentence, the end of the last figure a verb of capping set
    arabic = doc.language == "ar"
    exceeded = arabic and any(verb in text for verb in _EXCEEDING_VERBS_AR)  # rare: look once
    for figure in sorted(doc.figures, key=lambda f: f.start):
        floor = previous_end.get(figure.sentence, doc.sentences[figure.sentence].start if figure.sentence >= 0 else 0)
        previous_end[figure.sentence] = figure.end
        window_start = max(floor, figure.start - 60)
        if (_CAP_VERB.search(text, window_start, figure.start) or figure.sentence in capped
                and _SET_AGAINST.match(text, capped[figure.sentence], figure.start)
                or _ceiling_subject(doc, max(floor, figure.start - 140), figure.start)):
            figure.qualifier = "at_most"
            capped[figure.sentence] = figure.end
        chain = _HEDGE_CHAIN.search(text, window_start, figure.start)
        if chain:
            words = [" ".join(w.group(0).split()) for w in _HEDGE_WORD.finditer(chain.group("chain"))]
            if figure.kind == "funding":  # "تصل إلى" only says what a sum comes to
                words = [w for w in words if w not in tables.AMOUNT_TO]
            qualifier = _hedge_value(words)
            if qualifier and not figure.is_range:
                figure.qualifier = qualifier
                if _CEILING_WORD.search(chain.group("chain")):
                    capped[figure.sentence] = figure.end  # "un plafond de 200 à 300": the new cap too
            figure.hedge_start = chain.start()
        if exceeded and figure.qualifier in ("exact", "approximate") and _EXCEEDED_TOTAL_AR.search(
                text, floor, figure.start):
            figure.qualifier = "at_least"
        if arabic and figure.qualifier == "exact" and _NOT_EXCEEDING_AR.search(text, window_start, figure.start):
            figure.qualifier = "at_most"
        after = _HEDGE_AFTER.match(text, figure.end)
        if after is None and figure.kind == "personnel" and (word := _NEXT_WORD.match(text, figure.end)) and (
                word.group(1) in demonym_names() or word.group(1).rstrip("اً") in demonym_names()):
            after = _HEDGE_AFTER.match(text, word.end())  # "cinquante militaires belges maximum", "عسكريا بلجيكيا"
        if after and figure.qualifier == "exact":
            figure.qualifier = _AFTER_LOWER.get(after.group(0).strip().lower(), "exact")
        elif figure.kind == "personnel" and figure.qualifier == "exact" and (
                cap := _CAP_AFTER_COMPLEMENT.match(text, figure.end)):
            figure.qualifier = _AFTER_LOWER[" ".join(cap.group("cap").split()).lower()]
        elif figure.kind == "personnel" and figure.qualifier == "exact" and (
                _AUTHORISED_AFTER.match(text, figure.end) or (word := _NEXT_WORD.match(text, figure.end))
                and word.group(1) in demonym_names() and _AUTHORISED_AFTER.match(text, word.end())):
            figure.qualifier = "at_most"  # "850 Canadian Armed Forces members are approved to serve": a ceiling
    return doc


def _ceiling_subject(doc: Doc, start: int, end: int) -> bool:
    """Whether a ceiling or a maximum is the subject of the clause that ends at ``end`` with the figure."""
    lower = doc.lower[start:end]
    return any(key in lower for key in _CEILING_SUBJECT_KEYS) and bool(_CEILING_SUBJECT.search(doc.text, start, end))


def scan_periods(doc: Doc, start: int, end: int) -> list[Marker]:
    """Every period phrase in [start, end), as (sort, number) markers: a year, or the N of "last N years"."""
    found = []
    for m in _PERIODS.finditer(doc.text, start, end):
        sort = next(name for name in _SORTS if m.group(name) is not None)
        number = None
        if sort in _PERIOD_NUMBER:
            raw = next(m.group(g) for g in _PERIOD_NUMBER[sort] if m.group(g) is not None)
            number = raw.lower() if sort == "window" else _year_in_words(raw) if m.group("syw") else int(raw)
        found.append(Marker(m.start(), m.end(), (sort, number)))
    return found


#: A year that dates what was destroyed, built or taken back, not the money: "to rebuild historic sites in Mosul,
#: including a mosque destroyed in fighting ... in 2017", "la mosquée détruite en 2017", "الذي دمر عام 2017".
_EVENT_YEAR_BEFORE = re.compile(
    r"(?<!\w)(?:destroyed|ruined|damaged|razed|built|liberated|captured|seized|retaken|recaptured|overrun|détruite?s?|"
    r"endommagée?s?|construite?s?|libérée?s?|reprise?s?|دمر|دمرت|دُمر|دُمرت|تدمير|تدميره|تدميرها|بني|بنيت|تحرير|تحريرها|"
    r"تحريره|حررت)(?!\w)"
    # (not a participle before its noun, which is no event: "the liberated areas of Iraq in 2013")
    r"(?!\s+(?:areas?|territor(?:y|ies)|districts?|cities|city|towns?|zones?|regions?|lands?|provinces?|communities)\b)"
    # (nor with the money's own verb between: "areas liberated from Daesh, announced in 2018")
    r"(?:(?!announc|pledg|committ|allocat|provid|grant|sign|approv|annonc|engag|أعلن|تعهد|خصص|قدم)[^.;\n\d]){0,80}$",
    re.IGNORECASE)
#: ... its words, looked for in one pass before the pattern is tried.
_EVENT_YEAR_WORDS = re.compile("destroy|ruin|damag|razed|built|liberat|captur|seiz|retaken|overrun|détruit|endommag|"
                               "construit|libér|repris|دمر|دُمر|تدمير|بني|تحرير|حرر|lanc|launch|formed|founded|"
                               "created|establish|créé|fondé|formé|تأسس|تشكل|أطلق")
#: ... or when the coalition or an operation began: "la coalition internationale lancée en 2014", "the coalition formed
#: in 2014", "التحالف الذي تأسس عام 2014" (real press).
_FOUNDED_YEAR_BEFORE = re.compile(
    r"(?:coalition|op[ée]ration|mission|alliance|التحالف)(?:\s+[\w'’-]+){0,3}?\s+(?:(?:qui\s+a\s+été|which\s+was|"
    r"that\s+was|الذي)\s+)?(?:lanc[ée]e?s?|launched|formed|founded|created|established|créée?|fondée?|formée?|"
    r"تأسس|تشكل|أطلق)\s+(?:(?:en|in|le|on|في|عام|سنة|في\s+عام)\s+(?:\S+\s+){0,2}?)?$", re.IGNORECASE)
#: What a new sum brings the partner's total to, as a period phrase: "brings ... total to", "porte l'effort ... à".
#: A relative clause after a sum, which says what its recipient does: ", qui a remis en état", ", which has reopened".
_RELATIVE_AFTER = re.compile(r",\s+(?:qui|which|who)\s", re.IGNORECASE)
_BRINGS_TO = re.compile(r"(?:brings?|bringing|tak(?:es|ing)|port(?:e|ent|ant|era|eront))\b", re.IGNORECASE)
#: A budget year's words inside a year phrase: it says what year the money is for.
_FISCAL_YEAR = re.compile(r"fiscal|financial|\bFY|exercice|budgétaire|المالي", re.IGNORECASE)


def _fiscal_year(doc: Doc, start: int, end: int, others: list[tuple[int, int]]) -> int | None:
    """The budget year the figure's sentence names outside later figures' shares: "On 31 January 2017 the Diet
    approved $100 million, as part of the budget for fiscal year 2016" is money of 2016, whatever day approved it."""
    for marker in doc.hits("periods", scan_periods, start, end):
        sort, number = marker.value
        if sort == "year" and _FISCAL_YEAR.search(doc.text, marker.start, marker.end) and not any(
                a <= marker.start < b for a, b in others):
            return number
    return None


#: A rate right before "per year": "0,75 % par an", "2.5 per cent a year", "3% per annum" (round 23), "1.5 في المائة
#: سنوياً" (round 28).
_RATE_PER_YEAR = re.compile(r"\d\s?(?:%|٪|pour\s?cent|per\s?cent|percent|(?:بال|في\s+ال)م[ائ]+ة)"
                            r"(?:\s+d['’]intérêt|\s+interest)?\s*$", re.IGNORECASE)

#: A count of people served right before "a year", after the sum: "The €380,000 project ... will treat around 1,200
#: patients a year" is the rate of the patients, not of the sum (round 32).
_SERVED_PER_YEAR = re.compile(r"\d[\d,.]*\s+(?:patients|people|persons|children|pupils|students|visitors|families"
                              r"|beneficiaries|consultations|refugees)\s*$", re.IGNORECASE)


def _period_in(doc: Doc, figure: Figure, start: int, end: int, others: list[tuple[int, int]] = (),
               owned: list[tuple[int, int]] = ()) -> bool:
    """Set the figure's period from the span [start, end); True when the span says anything about it.

    Annual beats cumulative, which beats one year; head counts only take a year. A total's words ("since 2014",
    "إجمالي") inside another figure's share (``others``) are that figure's, and so is any period after an earlier
    head count in its share (``owned``)."""
    said: dict[str, object] = {}
    last_year = -1
    spans = True  # every cumulative word says more than "total": "over three years", "so far"
    so_far = own_year = None  # where a total so far and a year of the figure's own share are said
    for marker in doc.hits("periods", scan_periods, start, end):
        sort, number = marker.value
        if sort == "until":
            continue
        if sort == "annual" and _RATE_PER_YEAR.search(doc.text, max(0, marker.start - 24), marker.start):
            continue  # "au taux de 0,75 % par an": the loan's interest, not the sum, is per year (round 23)
        if sort == "annual" and marker.start >= figure.end and _SERVED_PER_YEAR.search(
                doc.text, max(figure.end, marker.start - 40), marker.start):
            continue
        if sort in _TOTAL_SORTS and any(a <= marker.start < b for a, b in others):
            continue
        if owned and any(a <= marker.start < b for a, b in owned):
            continue
        if marker.start >= figure.end and _RELATIVE_AFTER.search(doc.text, figure.end, marker.start):
            continue  # "20 millions versés au Mécanisme ..., qui a remis en état 3 900 écoles depuis 2015": the
            # recipient's years, not the sum's (round 27)
        if sort == "cumulative" and marker.start >= figure.end and _BRINGS_TO.match(doc.text, marker.start):
            continue  # "£30 million takes the UK's total to £170 million": the new sum is not the total
        if sort == "cumulative" and (_BARE_TOTAL.fullmatch(doc.text, marker.start, marker.end)
                                     or _WITHIN_YEAR.match(doc.text, marker.end)):
            spans = False
        if sort == "cumulative" and _SO_FAR.fullmatch(doc.text, marker.start, marker.end):
            if _RANKED_BEFORE.search(doc.text, max(start, marker.start - 80), marker.start):
                continue  # "the largest contribution so far": so far ranks the sum, it does not add it up
            so_far = marker.start
        if sort == "year" and _EVENT_YEAR_WORDS.search(doc.lower, max(start, marker.start - 90), marker.start) and (
                _EVENT_YEAR_BEFORE.search(doc.text, max(start, marker.start - 90), marker.start)
                or _FOUNDED_YEAR_BEFORE.search(doc.text, max(start, marker.start - 90), marker.start)):
            continue  # "a mosque destroyed in fighting in 2017": the year of what the money rebuilds
        if sort == "year" and not any(a <= marker.start < b for a, b in others):
            own_year = marker.start
        if sort == "since" and any(noun in doc.lower[max(0, marker.start - 60): marker.start] for noun in _GIFTS) and (
                _COUNTED_SINCE.search(doc.text, max(0, marker.start - 60), marker.start)):
            continue  # "its fourth contribution since 2019": the contributions are counted since, not the sum
        if sort == "cumulative":  # "over three years (2025-2027)": the span's years in brackets after it
            years = _SPAN_YEARS.match(doc.text, marker.end)
            if years:
                said.setdefault("since", int(years.group("first")))
        said.setdefault(sort, number)
        if sort == "year":
            last_year = marker.start
    if so_far is not None and "since" not in said and "range" not in said:
        sentence_start = doc.sentences[figure.sentence].start if 0 <= figure.sentence < len(doc.sentences) else start
        if own_year is None and (opener := _YEAR_OPENER.match(doc.text, sentence_start, start)):
            group = "year" if opener.group("year") else "round"
            said["year"], own_year = int(opener.group(group)), opener.start(group)  # "En 2025, ..."
        if own_year is not None and ";" not in doc.text[min(own_year, so_far):max(own_year, so_far)]:
            spans = False  # "En 2025, le Grand-Duché a jusqu'à présent ... dépensé près de 31 millions": that year's
    if figure.kind == "personnel":
        now = _PRESENT.search(doc.text, max(start, last_year), min(end, figure.start))
        if now is not None:
            return True  # "in 2017 about 120 ...; today around sixty remain": the count now, of no named year
    if figure.kind == "funding":
        if "annual" in said or "window" in said:
            figure.period = "annual"
            raw = said.get("window")
            if raw is not None and doc.as_of is not None:
                n = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw)
                if n:
                    figure.span = (doc.as_of.year - n, doc.as_of.year)
            return True
        for sort in ("since", "range"):
            if sort in said:
                figure.period, figure.since = "cumulative", said[sort]
                return True
        if "cumulative" in said and (spans or "year" not in said):
            figure.period = "cumulative"
            return True
    elif "since" in said and (_ROTATED.search(doc.text, start, end) or _SERVED_AFTER.match(doc.text, figure.end)):
        # the people who took turns since a year are a sum over years: "تعاقبت على المستشفى منذ سنة 2012 ... 2800 إطار"
        figure.period, figure.since = "cumulative", said["since"]
        return True
    elif "range" in said and _TOOK_PART.search(doc.text, start, end):
        # the people who took part over a span of years are a sum too: "وشارك نحو ١٬٢٠٠ عسكري في بعثة التدريب في مالي
        # بين ٢٠١٣ و٢٠٢٤", "some 1,200 soldiers served in Mali between 2013 and 2024" (round 29)
        figure.period, figure.since = "cumulative", said["range"]
        return True
    if "year" in said:
        figure.period, figure.year = "year", said["year"]
        return True
    return "unnamed" in said


def _footnote_call(doc: Doc, figure: Figure) -> tuple[int, int] | None:
    """The line above that bears the call of the footnote holding the figure ("(2) منها 6 ملايين درهم ..." under
    "2022 | 18,5 (2) | العراق"): the footnote's figure is a part of that line's (round 24)."""
    line = doc.text.rfind("\n", 0, figure.start) + 1
    note = _FOOTNOTE.match(doc.text, line)
    if note is None or line == 0 or not _PART_KEYS.search(doc.text, note.end(), figure.start):
        return None
    at = doc.text.rfind(f"({note.group('n')})", 0, line - 1)
    if at == -1:
        return None
    end = doc.text.find("\n", at)
    return doc.text.rfind("\n", 0, at) + 1, len(doc.text) if end == -1 else end


#: Words that make a footnote's figure a part of what bears its call: "منها", "of which", "dont", "includes".
_PART_KEYS = re.compile(r"(?<![\w])(?:منها|من\s+بينها|of\s+which|including|includes|dont|comprend)(?![\w])",
                        re.IGNORECASE)
#: A clause that opens as a second "that" after a first one: "..., وأن عدد الخبراء ستة", "and that", "et que".
_PARALLEL_THAT = re.compile(r"\W*(?:و\s*(?:أن|إن|ان)|and\s+that|et\s+que?)(?![\w])", re.IGNORECASE)
#: The words between a part and the whole it is taken out of: "من أصل", "out of the", "sur les" (round 24).
_OUT_OF = re.compile(r"[^.;\n\d]{0,40}?(?:(?<![\w])من\s+أصل|\bout\s+of(?:\s+(?:the|a|an))?|\bsur\s+(?:les|un|une))\s+"
                     r"(?:(?:مجموع|إجمالي|total)\s+)?", re.IGNORECASE)


_PERCENT_KEYS = ("%", "per cent", "percent", "pour cent", "بالمئة", "في المئة")
_PERCENT_YEAR = re.compile(rf"\d+(?:[.,]\d+)?\s?(?:%|per\s?cent|pour\s+cent|(?:بال|في\s+ال)مئة)[^.;,\d\n]{{0,30}}?"
                           rf"(?<![\w])(?:in|en|في)\s+(?:the\s+year\s+)?{_YEAR}\b", re.IGNORECASE)


def classify_period(doc: Doc) -> Doc:
    """The nearest scope that names a period sets it. A total with no first year ("au total") takes one from
    the rest of its share of the sentence ("Depuis 2014, l'aide ... dépasse au total 500 millions"). From the
    whole sentence, a figure does not take the total's words of a figure after it ("about 100 million, bringing
    the total since 2014 to 2.5 billion")."""
    by_sentence: dict[int, list[Figure]] = {}
    for figure in doc.figures:
        if not figure.dropped:
            by_sentence.setdefault(figure.sentence, []).append(figure)
    tabled = CELL_MARK in doc.text
    titled = _dated_title(doc) if any(b.kind == "bullet" for b in doc.blocks) or tabled else None
    year_before = _YEAR_BEFORE_KEYS.search(doc.lower) is not None  # "l'année précédente" is rare: look once
    charted = any(key in doc.lower for key in _CHART_KEYS)
    for figure in doc.figures:
        if tabled and _year_column(doc, figure):
            continue
        if (label := _YEAR_LABEL_BEFORE.search(doc.text, max(0, figure.start - 12), figure.start)) and (
                not _DAY_BEFORE.search(doc.text, max(0, label.start("year") - 30), label.start("year"))):
            figure.period, figure.year = "year", int(label.group("year"))
            continue
        reach = scopes(doc, figure)[:3]
        # the shares of the figures after it: words before the first figure are shared, and a part ("dont 250
        # millions") shares the words of its total before it
        others = [(f.seg_start, f.seg_end) for f in by_sentence.get(figure.sentence, []) if f.start > figure.start]
        # a head count's year after an earlier head count is that one's: "qui étaient 150 à l'été 2019, ne sont plus
        # qu'une centaine"; money shares its year ("50 M€ en 2023 pour la Syrie et 30 M€ pour le Liban"); and a
        # later head count's own share keeps its year ("12 personnel ..., down from the 45 who were deployed in 2022")
        # ... but a part of it shares its year: "up to 15 personnel in the Middle East in 2026, including four staff
        # officers in Baghdad" (round 26)
        owned = [(f.end, f.seg_end) if f.start < figure.start else (f.seg_start, f.seg_end)
                 for f in by_sentence.get(figure.sentence, [])
                 if f.kind == "personnel" and f is not figure and not (
                     f.end <= figure.start and _PART_IN.search(doc.text, f.end, figure.start))
                 ] if figure.kind == "personnel" else []
        # ... and the year of a sum's own clause before it is the sum's: "أن المبلغ المخصص لعام 2025 هو 12 مليون فرنك،
        # وأن عدد الخبراء ستة خبراء" (round 24)
        if figure.kind == "personnel" and _PARALLEL_THAT.match(doc.text, figure.seg_start):
            owned += [(f.seg_start, f.seg_end) for f in by_sentence.get(figure.sentence, [])
                      if f.kind == "funding" and f.seg_end <= figure.seg_start]
        # a later figure set against this one keeps its own year: "28 M€ (contre 24,5 M€ en LFI 2026)"
        owned += [(m.start(), f.seg_end) for f in by_sentence.get(figure.sentence, []) if f.start > figure.end
                  and any(doc.lower.find(key, max(figure.end, f.start - 30), f.start) != -1 for key in _COMPARED_KEYS)
                  and (m := _COMPARED.search(doc.text, max(figure.end, f.start - 30), f.start))]
        owned += [(m.start(), f.seg_end) for f in by_sentence.get(figure.sentence, []) if f.start > figure.end
                  and any(doc.lower.find(key, max(figure.end, f.start - 60), f.start) != -1 for key in _EARLIER_KEYS)
                  and (m := _EARLIER.search(doc.text, max(figure.end, f.start - 60), f.start))]
        # ... and a percentage's own year is the percentage's: "12 JICA experts advise ... on non-revenue water, which
        # stood at 48% in 2023" (round 25)
        sentence = doc.sentences[figure.sentence] if 0 <= figure.sentence < len(doc.sentences) else None
        percents = [m.span() for m in _PERCENT_YEAR.finditer(doc.text, sentence.start, sentence.end)
                    if not m.start() <= figure.start < m.end()] if sentence is not None and any(
            key in doc.lower[sentence.start:sentence.end] for key in _PERCENT_KEYS) else []
        for index, (start, end) in enumerate(reach):
            if _period_in(doc, figure, start, end, others if index == 2 else (),
                          [*(owned if index == 2 else ()), *percents]):
                if figure.period == "cumulative" and figure.since is None:
                    figure.since = _first_year(doc, reach[index + 1:2]) or _year_before_since_then(doc, figure)
                if figure.period == "year" and index <= 2 < len(reach):
                    figure.year = _fiscal_year(doc, *reach[2], others) or figure.year
                break
        else:
            intro = _list_intro(doc, figure) or _chart_title(doc, figure)
            if intro is not None and not _period_in(doc, figure, *intro):
                _bare_year(doc, figure, *intro)
                if figure.period is None and _AS_FOLLOWS.search(doc.text, *intro):
                    # a breakdown's intro after its total: "En 2023, la Belgique a consacré 31,4 millions d'euros
                    # .... Les principales contributions se répartissent comme suit :" gives the items the total's period
                    _period_in(doc, figure, doc.text.rfind("\n", 0, intro[0]) + 1, intro[0])
            if figure.period is None and (question := _question_of(doc, figure)):
                _period_in(doc, figure, *question)
            if figure.period is None and (called := _footnote_call(doc, figure)):
                _period_in(doc, figure, *called)  # "(2) منها 6 ملايين درهم" under "2022 | 18,5 (2) | العراق"
            line_start = doc.text.rfind("\n", 0, figure.start) + 1
            if figure.period is None and (tabled or _COLUMN_GAP.search(doc.text, line_start, figure.start)):
                _column_year(doc, figure, tabled)
            if figure.period is None and tabled and (caption := _table_caption(doc.text, figure)):
                _period_in(doc, figure, *caption)
            elif figure.period is None and _COLUMN_GAP.search(doc.text, line_start, figure.start) and (
                    caption := _spaced_table_caption(doc.text, figure)) and not _period_in(doc, figure, *caption):
                # ... and a table lined up with tabs or spaces, by its caption's period or its one year: "جدول 3: المساهمات
                # الخارجية لسنة 2027 (بالألف دينار)" over "البند	البلد	المبلغ", "Tableau 3 - Crédits des engagements
                # extérieurs en Somalie, 2030 (millions de FDJ)" (round 31: the Arabic and French writers' two rules)
                _bare_year(doc, figure, *caption, title=True)
            if figure.period is None:
                _table_total(doc, figure)
            if figure.period is None:
                _record_period(doc, figure)
            if figure.period is None:
                _same_period(doc, figure, by_sentence)
            if figure.period is None and charted and (title := _chart_title(doc, figure)):
                if not _period_in(doc, figure, *title):
                    _bare_year(doc, figure, *title, title=True)  # "Chart: 2026 humanitarian funding by sector."
            if figure.period is None and (section := _year_section(doc, figure) or _year_heading(doc, figure)):
                if not _period_in(doc, figure, *section):
                    _bare_year(doc, figure, *section)  # "Compte d'exploitation 2025 (extrait, en CHF)" (round 21)
            if figure.period is None and (year := _year_line_heading(doc, figure)):
                figure.period, figure.year = "year", year
            if figure.period is None and (year := _title_year(doc, figure, titled)):
                figure.period, figure.year = "year", year
        if year_before and figure.period == "year" and figure.year and _YEAR_BEFORE.search(doc.text, *reach[0]) and (
                not _A_YEAR.search(doc.text, *reach[0])):
            figure.year -= 1  # "124 millions d'euros en 2025, contre 131 millions l'année précédente" (round 21)
    # a sum spent out of a sum planned is for the planned one's period: "271 مليون كرونة من أصل 280 مليوناً مخططة للفترة
    # 2019–2022", "SEK 271 million out of the SEK 280 million planned for 2019-2022" (round 24)
    for sentence_figures in by_sentence.values():
        for figure, whole in zip(sentence_figures, sentence_figures[1:]):
            if figure.period is None and whole.period and whole.kind == figure.kind and _OUT_OF.fullmatch(
                    doc.text, figure.end, whole.start):
                figure.period, figure.year, figure.since = whole.period, whole.year, whole.since
    # the low end of a range of people is when its high end is: "ما بين 80 و100 عسكري في العراق عام 2020", "between 80
    # and 100 soldiers in 2020" (its own share, "between 80", names no year) (round 21)
    if any(f.range_end is not None for f in doc.figures):
        highs = {f.end: f for f in doc.figures if f.is_range and f.range_end is None and f.kind == "personnel"}
        for figure in doc.figures:
            high = highs.get(figure.range_end) if figure.range_end is not None else None
            if high is not None and figure.period is None:
                figure.period, figure.year, figure.since = high.period, high.year, high.since
    return doc


#: The year before the one its sentence names, in the figure's own clause: "contre 131 millions l'année précédente",
#: "up from EUR 40 million the previous year", "a year earlier" (round 21).
_YEAR_BEFORE_KEYS = re.compile(r"précédente|d['’]avant|plus\s+tôt|previous|preceding|prior|earlier|year\s+before")
_YEAR_BEFORE = re.compile(r"(?<![\w])(?:l['’]année\s+(?:précédente|d['’]avant)|un\s+an\s+plus\s+tôt|"
                          r"the\s+(?:previous|preceding|prior)\s+year|a\s+year\s+(?:earlier|before)|the\s+year\s+before)"
                          r"(?![\w])", re.IGNORECASE)
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


#: How many opening blocks may hold the page's title, after a letterhead ("Ministry of Foreign Affairs").
TITLE_BLOCKS = 3
#: A longer block is prose: the page's head (letterhead, date line, title) is over.
TITLE_HEAD_WORDS = 12


def _dated_title(doc: Doc) -> int | None:
    """The year a page's title ends with ("Development aid: what we did in 2024", "Denmark sets aside DKK 400
    million for Syria in 2025"), not a line that says when the page came out ("Published in 2025")."""
    lines = [doc.title or ""] + [doc.text[b.start:b.end].strip() for b in doc.blocks[:TITLE_BLOCKS]
                                 if is_short_line(doc, b)]
    for line in lines:
        # ... or its year before a colon and the region or subject it narrows to: "الاتفاقيات الموقعة في عام ٢٠٢٣:
        # المشرق العربي", "Projects approved in 2024: the Levant" (round 25)
        m = _YEAR_HEADING_END.search(line) or _YEAR_HEADING_END.search(line.partition(":")[0].rstrip())
        if m and not _PUBLISHED.search(line):
            return int(m.group()[-4:])
    return None


def _title_year(doc: Doc, figure: Figure, year: int | None) -> int | None:
    """A list's item or a table's row with no period of its own takes the year the page's title ends with."""
    if year is None or not 0 <= figure.sentence < len(doc.sentences):
        return None
    block = doc.blocks[doc.sentences[figure.sentence].block]
    return year if block.kind == "bullet" or CELL_MARK in doc.text[block.start:block.end] else None


_YEAR_HEADING_END = re.compile(tables.YEAR_HEADING_END, re.IGNORECASE)
#: The verb a news item's heading ends with, after the year it dates: "... for 2028 approved", "... pour 2028 adopté".
_DECIDED_END = re.compile(r"\s+(?:approved|announced|adopted|agreed|signed|extended|confirmed|adoptée?s?|approuvée?s?"
                          r"|annoncée?s?|signée?s?|prolongée?s?)$", re.IGNORECASE)
#: A line that says when the page came out: "Published in 2025", "Mis à jour en 2024".
_PUBLISHED = re.compile(r"publi|mis\s+à\s+jour|updated|posted|issued|released|diffusé", re.IGNORECASE)
#: Words that set a figure against an earlier one: "contre 24,5 M€ en 2026", "compared with EUR 20 million in 2025".
_COMPARED_KEYS = ("contre", "compared", "against", "versus", "rapport")
#: An earlier gift named after the new one, which keeps the year said after it: "$4.9 million, after its earlier
#: contribution of $2.7 million in December 2015", "بعد إسهامها للصندوق من قبل بمليونين و720 ألف دولار ... عام 2015".
_EARLIER_KEYS = ("earlier", "previous", "prior", "initial", "précéd", "premi", "antérieur", "قبل", "سابق")
_EARLIER = re.compile(
    r"(?<!\w)(?:(?:earlier|previous|prior|initial)\s+(?:[^\W\d_]+\s+)?(?:contribution|grant|pledge|donation|tranche|"
    r"allocation)s?\s+(?:of\s+)?"
    r"|(?:précédente?|premi[eè]re?|antérieure?)\s+(?:contribution|don|versement|tranche|subvention|allocation)\s+"
    r"(?:de\s+|d['’])"
    r"|(?:من\s+قبل|سابق(?:ا|اً|ًا)?|في\s+وقت\s+سابق)\s+(?:ب|بمبلغ\s+|بقيمة\s+)?)$", re.IGNORECASE)
_COMPARED = re.compile(r"(?<![\w])(?:contre|compared\s+(?:with|to)|against|versus|par\s+rapport\s+à)\s+"
                       r"(?:(?:[^\W\d_]+\s+){0,2})$", re.IGNORECASE)


def _year_section(doc: Doc, figure: Figure) -> tuple[int, int] | None:
    """The section heading with its year ("Engagements pour 2022") above the heading ("LIBAN") of a bullet."""
    if not 0 <= figure.sentence < len(doc.sentences):
        return None
    block = doc.blocks[doc.sentences[figure.sentence].block]
    above = doc.blocks[block.heading].heading if block.kind == "bullet" and block.heading is not None else None
    if above is None:
        return None
    start, end = doc.block_span(above)
    return (start, end) if _YEAR_HEADING_END.search(doc.text[start:end].rstrip()) else None


def _year_heading(doc: Doc, figure: Figure) -> tuple[int, int] | None:
    """The section heading with its year right above the paragraph of a figure ("تعهّدات بلغاريا لعام ٢٠٢٦", then
    prose); not the page's title ("Humanitarian aid: what we did in 2024"), which dates no prose."""
    if not 0 <= figure.sentence < len(doc.sentences):
        return None
    block = doc.blocks[doc.sentences[figure.sentence].block]
    if block.kind != "paragraph" or block.heading is None or doc.blocks[block.heading].kind != "heading":
        return None
    if block.heading < TITLE_BLOCKS:
        return None
    start, end = doc.block_span(block.heading)
    raw = doc.text[start:end].rstrip()
    # a table's caption may end with its unit after its year: "Compte d'exploitation 2025 (extrait, en CHF)" (round 21)
    line = _BRACKET_END.sub("", raw)
    # ... or a colon, as a budget's intro to the line below: "indicative allocation for 2027:" (round 26)
    # ... or a news item's verb after its year: "Humanitarian aid to Ukraine for 2028 approved" (round 31)
    line = _DECIDED_END.sub("", line)
    dated = _YEAR_HEADING_END.search(line.removesuffix(":").rstrip()) or _SPAN_HEADING_END.search(line) or (
        line != raw and _BARE_YEAR_END.search(line))
    return (start, end) if dated and not _PUBLISHED.search(line) else None


def _year_line_heading(doc: Doc, figure: Figure) -> int | None:
    """The year of the chronology's heading that is only a year ("٢٠١٤ —", "2016:") above the figure's paragraph or
    bullet, however high it stands: no page title is only a year (round 23)."""
    if not 0 <= figure.sentence < len(doc.sentences):
        return None
    heading = doc.blocks[doc.sentences[figure.sentence].block].heading
    if heading is None:
        return None
    line = doc.text[slice(*doc.block_span(heading))].strip()
    return int(line[:4]) if _CHRONOLOGY_YEAR.fullmatch(line) else None


_BRACKET_END = re.compile(r"\s*\([^()\d\n]{1,60}\)\s*:?$")
_BARE_YEAR_END = re.compile(r"\s(?:19|20)\d\d$")
#: A chronology's year heading the events under it, with its dash or colon (:data:`tables.YEAR_LINE`) or alone:
#: "2014 —", "2016 :", "2019" (round 23).
_CHRONOLOGY_YEAR = re.compile(r"\s*(?:19|20)\d\d\s*[:—–-]?\s*")
#: A section heading that ends with the span of years it speaks of: "2 Répartition du crédit 2027-2030" (round 20).
_SPAN_HEADING_END = re.compile(r"\s(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d$")


#: Words that give a figure the period of the sentence before: "Un autre montant de 270 millions financera, sur la
#: même période, ...", "over the same period", "during the same three years".
_SAME_PERIOD = re.compile(
    r"(?<![\w])(?:(?:sur|pendant|durant|dans|pour)\s+la\s+même\s+période|au\s+cours\s+de(?:\s+la)?\s+(?:même\s+"
    r"période|ces\s+mêmes\s+années)|(?:over|during|for|in)\s+the\s+same\s+(?:period|time(?:\s+frame)?|"
    r"(?:\w+\s+)?years)"
    # the same one year: "La même année, la France a consacré ...", "That same year", "في العام نفسه"
    r"|(?:la|cette)\s+même\s+année|(?:in\s+)?(?:the|that)\s+same\s+year|(?:في\s+)?(?:العام|السنة)\s+نفس(?:ه|ها))"
    r"(?![\w])",
    re.IGNORECASE,
)
#: A sentence that opens with a part of the sum the sentence before gave: "Sur ce montant, 18 M€ iront au Liban",
#: "Sur cette enveloppe, près de 9 millions", "Of this amount, EUR 5 million": that sum's period is the part's.
#: ... or of the total, or of the head count the sentence before gave: "Sur ce total, 36 millions", "Of this total",
#: "Il comprend notamment 500 militaires", "It includes 500 troops" (round 25).
_PART_OF_BEFORE = re.compile(
    r"\W*(?:sur|de)\s+(?:ce\s+(?:montant|total)|cette\s+(?:somme|enveloppe))|\W*of\s+(?:this|that)\s+(?:amount|sum|"
    r"envelope|package|total|budget|funding)\b"
    # the sum alone, as a speaker says it: "Of that, $118 million is humanitarian assistance in Iraq" (round 25)
    r"|\W*of\s+(?:this|that|it|the\s+total)\s*,"
    # ... or the sum named again: "Of the DKK 250 million, DKK 160 million goes to", "Out of the EUR 4 million, EUR 1
    # million" (round 26)
    r"|\W*(?:out\s+)?of\s+the\s+(?P<sum>[^,;\n]{2,30}?\d[^,;\n]{0,20}?),"
    # ... in words, as a speaker says it: "Of the five million, 1.5 million euros will go to demining" (round 27)
    r"|\W*(?:out\s+)?of\s+the\s+(?:[a-z]+[\s-]+){1,3}(?:thousand|million|billion)\s*,"
    r"|\W*(?:il|elle)s?\s+(?:comprend|comprennent)\s+(?:notamment\s+)?(?=\d)"
    # ... also with its currency first, or "also": "It also includes $12 million" (round 28)
    r"|\W*(?:it|they)\s+(?:also\s+)?(?:includes?|comprises?)\s+(?=\d|[A-Z]{3}\s?\d|[A-Z]{0,2}[$€£]\s?\d)"
    # ... or the sum named by a demonstrative as the subject that holds the part: "Cette enveloppe comprend 20 millions",
    # "This package includes CAD 20 million" (round 27)
    r"|\W*(?:cette|cet|ce)\s+(?:enveloppe|montant|somme|contribution|total|engagement|programme)\s+(?:comprend|inclut"
    r"|englobe)\s+(?:notamment\s+)?"
    # ... or with the part in apposition to it: "Cette contribution, dont 1,5 milliard de wons destinés aux repas
    # scolaires, permettra ...", "This contribution, of which KRW 1.5 billion is for school meals" (round 29)
    r"|\W*(?:cette|cet|ce|this|that)\s+(?:nouvelle\s+|new\s+)?(?:enveloppe|montant|somme|contribution|engagement|don"
    r"|subvention|package|amount|sum|envelope|pledge|grant|funding)\s*,\s*(?:dont|of\s+which)\s+|\W*(?:this|that|the)\s+(?:package|amount|sum|envelope|contribution|total|pledge"
    # ... or named as what it pays for: "This funding includes $18 million", "This support includes" (round 28)
    r"|funding|support|assistance|allocation|announcement|investment"
    # ... or as the grant or programme it is: "The grant includes CHF 350,000 for risk education" (round 31)
    r"|grant|donation|programme|program|agreement)\s+(?:also\s+)?(?:includes?|comprises?)\s+"
    # ... and in Arabic, perhaps after the verb that spends it: "ومن هذا المبلغ 5 ملايين يورو", "ويُخصص من هذا المبلغ
    # 600 مليون جنيه", "ويذهب من هذا التمويل" (round 26)
    r"|\W*(?:[وف]?[^\W\d_]+\s+)?[وف]?من\s+(?:هذا|ذلك|هذه|تلك)\s+(?:ال)?(?:مبلغ|مجموع|إجمالي|تمويل|مخصص|ميزانية"
    r"|موازنة|دعم|حزمة|منحة|مساهمة)(?!\w)"
    # ... or "of that" alone, or the verb that holds or shares out the sum named: "ومن ذلك 50.4 مليون دولار", "وتشمل هذه
    # الحزمة 8 ملايين دولار", "ويتضمن هذا المبلغ", "وتتوزع المساهمة على 40 مليون كرونة", "The contribution is split
    # into NOK 40 million" (round 27)
    r"|\W*[وف]?من\s+(?:ذلك|هذا)\s+(?=[\d٠-٩])"
    # ... or "of it" by its pronoun, after the verb that spends it, maybe opening a speaker's quote: "ويُخصص منها مليون
    # دولار للتغذية المدرسية", "وقالت الوزيرة: «منها 20 مليون يورو للموصل»" (round 29)
    r"|\W*(?:[^\n«\"“:.]{1,100}:\s*[«\"“]\s*)?(?:[وف]?[^\W\d_]+\s+){0,2}?منها\s+(?:(?:نحو|حوالي|قرابة|أكثر\s+من)\s+)?"
    r"(?=[\d٠-٩]|(?:مليون|مليار|ألف|مليونا|مليوني)(?!\w))"
    r"|\W*[وف]?(?:تشمل|يشمل|تتضمن|يتضمن|تتوزع|يتوزع|توزع|تنقسم|ينقسم)\s+(?:(?:هذه|هذا|تلك|ذلك)\s+)?(?:ال)?(?:مبلغ|مجموع"
    r"|تمويل|مخصصات|ميزانية|موازنة|حزمة|منحة|مساهمة)\s+(?:على\s+|إلى\s+|بين\s+)?(?=[\d٠-٩])"
    # ... or the sum as the subject that holds the part, in a speaker's words: "وقال المستشار في كلمته إن المبلغ يتضمن 45
    # مليون دولار" (round 27)
    r"|\W*(?:[^\n.«»]{1,120}?\s(?:إن|أن|ان)\s+)?(?:هذا\s+|هذه\s+)?(?:ال)?(?:مبلغ|حزمة|منحة|مساهمة|تمويل|دعم)(?:\s+(?:الجديدة?|المعلن"
    r"|المقدمة?))?\s+(?:يتضمن|يشمل|تتضمن|تشمل)\s+(?=[\d٠-٩])"
    r"|\W*(?:it|this|the\s+(?:contribution|package|grant|funding|amount|sum))\s+is\s+(?:split|divided|broken\s+down)\s+"
    r"(?:into|between|among)\s+(?=\d|[A-Z]{3}\s?\d|[$€£]\s?\d)",
    re.IGNORECASE,
)


_SAME_PERIOD_KEYS = ("même", "same ", "نفس")


#: ... in Arabic too, by its pronoun after the part: "وتُخصَّص ٤ ملايين جنيه منها", "وأضاف أن ٥٠ مليون كرونة منها"
#: (round 30).
_OF_IT = re.compile(r"\s+(?:of\s+it\b(?!['’])|منها(?!\w))", re.IGNORECASE)


def _same_period(doc: Doc, figure: Figure, by_sentence: dict[int, list[Figure]]) -> None:
    """"... sur la même période": the period of the last figure of its kind in the sentence before."""
    sentence = doc.sentences[figure.sentence] if 0 < figure.sentence < len(doc.sentences) else None
    # ... and a share "of it", the sum just named: "about four million euros of it goes to development" (round 23)
    share = sentence is not None and _OF_IT.match(doc.text, figure.end) is not None
    anchor = figure.sentence
    if sentence is not None and not share and not _PART_OF_BEFORE.match(doc.text, sentence.start) and (
            intro := _part_list_intro(doc, figure)) is not None:
        anchor, sentence = intro, doc.sentences[intro]  # each item of a list under "Of this funding:" (round 27)
    if sentence is None or not share and not _PART_OF_BEFORE.match(doc.text, sentence.start) and (
            not any(word in doc.lower[sentence.start:sentence.end] for word in _SAME_PERIOD_KEYS)
            or not _SAME_PERIOD.search(doc.text, sentence.start, sentence.end)):
        return
    # a part of a total over years is given over those years too: "Since 2016 ... $4 billion. Of this, about $1.1
    # billion supports ..." is cumulative since 2016 (round 25); a quote may stand between the total and its parts
    # (round 26)
    part = _PART_OF_BEFORE.match(doc.text, sentence.start)
    named = part and part.group("sum") and next(  # perhaps already merged with the sum it names again
        (f for f in doc.figures if f.kind == figure.kind and part.start("sum") <= f.start < part.end("sum")), None)
    same = _SAME_PERIOD.search(doc.text, sentence.start, sentence.end)
    reach = anchor if named else PART_LOOKBACK  # a sum named again is looked for up to the section's top
    for back in range(anchor - 1, max(-1, anchor - 1 - reach), -1):
        if back < anchor - 1 and doc.blocks[doc.sentences[back + 1].block].kind == "heading":
            return  # a heading between opens another section: "2 Répartition du crédit 2027-2030"
        # ... not a smaller sum of its currency, which cannot hold it: "That is roughly $115 for every Canadian"
        # between "$4.6 billion since 2016" and "Of this, about $2.3 billion" (round 32)
        kind = [f for f in by_sentence.get(back, []) if f.kind == figure.kind
                and not (f.currency == figure.currency and f.value < figure.value)]
        before = [f for f in kind if f.period and (not named or f.value == named.value)]
        # ... unless that sentence gave a sum with no period as well: "this amount" may be either ("22 مليون يورو إضافية
        # ... ليصل إجمالي الدعم ... إلى نحو 600 مليون يورو منذ عام 2015. ومن هذا المبلغ ...") (round 26)
        if before and (named or share or same or len(before) == len(kind)):
            figure.period, figure.year, figure.since = before[-1].period, before[-1].year, before[-1].since
            return
        if not named and kind:
            return  # the nearest sum before, with no period, is the part's whole


#: How many sentences back a part's total may stand: a quote may come between (round 26).
PART_LOOKBACK = 4


def _whole_before(doc: Doc, part: Figure) -> int | None:
    """The sentence, up to :data:`PART_LOOKBACK` back, of the nearest sum a part can be a part of: one of its kind
    and currency and larger, so a sentence between with a smaller sum ("That is roughly $115 for every Canadian")
    or none ("The hospital serves many displaced people") is passed over (round 32)."""
    for back in range(part.sentence - 1, max(-1, part.sentence - 1 - PART_LOOKBACK), -1):
        if any(f.kind == part.kind and f.currency == part.currency and f.value > part.value
               for f in doc.figures if f.sentence == back):
            return back
    return None


def _part_list_intro(doc: Doc, figure: Figure) -> int | None:
    """The sentence of a list's intro that names the list a part of the sum before ("Of this funding:", "Sur ce
    montant :"), for a bullet under it; None otherwise."""
    intro = _list_intro(doc, figure)
    if intro is None:
        return None
    index = doc.sentence_at(intro[0])
    if index <= 0 or not _PART_OF_BEFORE.match(doc.text, doc.sentences[index].start):
        return None
    return index


#: The total row of a table ("Total       1,755", "Total | 1,755") and a row labelled with its year above it.
_TOTAL_ROW = re.compile(r"[ \t]*(?:total|in\s+total|sum|grand\s+total|totalt|المجموع|الإجمالي)\b", re.IGNORECASE)
_YEAR_ROW = re.compile(rf"[ \t•]*(?P<year>{_YEAR}){tables.YEAR_NOTE}(?:[ ]*(?:[|\t]|:[ ])|[ ]{{2,}}(?=\d))")


#: A table's header cell that is a year, perhaps with its currency: "2022", "2023 (CAD)"; or with a word beside it, as a
#: budget heads this year's and last year's columns: "2027 estimate", "Budget 2026", "اعتمادات ٢٠٢٦", "Crédits 2025"
#: (round 26).
_YEAR_CELL = re.compile(rf"\s*(?:[^\W\d_]+\s+)?(?P<year>{_YEAR})"
                        rf"(?:\s+(?i:{tables.BUDGET_COLUMN_WORDS}))?(?:\s*\([^)\d]*\))?\s*")


def _column_year(doc: Doc, figure: Figure, tabled: bool) -> None:
    """A table with a column per year ("Pays | 2022 | 2023", or lined up with spaces): each cell's year is its
    column header's."""
    text = doc.text
    cells = cell_scopes(text, figure.start, figure.end) if tabled else []
    header = cells[1] if len(cells) > 1 else spaced_header_cell(text, figure.num_start)
    m = _YEAR_CELL.fullmatch(text, *header) if header else None
    if m:
        figure.period, figure.year = "year", int(m.group("year"))


_YEAR_COLUMN_LABEL = re.compile(rf"\s*(?:{tables.YEAR_COLUMN_LABELS})\s*", re.IGNORECASE)


def _year_column(doc: Doc, figure: Figure) -> bool:
    """A table with a column of years, one per row ("... | Status | Year" over "... | Pledge | 2026", "المبلغ |
    الحالة | السنة"), as a funding tracker lists its flows: the row's year is its figure's, wherever the column stands,
    and nearer than any sentence the reader ran the rows into (round 25). Whether it found one."""
    text = doc.text
    start = text.rfind("\n", 0, figure.start) + 1
    end = text.find("\n", figure.end)
    end = len(text) if end == -1 else end
    if CELL_MARK not in text[start:end]:
        return False
    top = _header_row(text, start, _marks(text, start, end))
    if top == start:
        return False
    header_end = text.find("\n", top)
    for column in range(text.count(CELL_MARK, start, end) + 1):
        if _YEAR_COLUMN_LABEL.fullmatch(text, *_cell_span(text, top, header_end, column)) and (
                m := _YEAR_CELL.fullmatch(text, *_cell_span(text, start, end, column))):
            figure.period, figure.year, figure.since = "year", int(m.group("year")), None
            return True
    return False


#: A table's caption is the line above its header row (or above the blank line there), of at most this many words.
TABLE_CAPTION_WORDS = 25


def _table_caption(text: str, figure: Figure) -> tuple[int, int] | None:
    """The caption above the table of the figure's row ("Effectifs déployés au 1er juin 2026, par base"), whose
    year is every row's."""
    cells = cell_scopes(text, figure.start, figure.end)
    if len(cells) < 2:
        return None
    end = text.rfind("\n", 0, cells[1][0])
    if end > 0 and not text[text.rfind("\n", 0, end) + 1: end].strip():
        end = text.rfind("\n", 0, end)  # one blank line may stand between
    start = text.rfind("\n", 0, end) + 1 if end > 0 else 0
    caption = text[start:end] if end > 0 else ""
    if not caption.strip() or CELL_MARK in caption or len(caption.split()) > TABLE_CAPTION_WORDS:
        return None
    return start, end


_COLUMN_GAP = re.compile(tables.COLUMN_GAP)


def spaced_header_cell(text: str, position: int) -> tuple[int, int] | None:
    """In a table lined up with spaces, the header cell over the cell at ``position``: the same column of the first
    of the lines above with as many columns."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start: len(text) if end == -1 else end]
    if "  " not in line and "\t" not in line:
        return None
    lead = len(line) - len(line.lstrip())
    gaps = _COLUMN_GAP.findall(line.strip())
    column = sum(g.end() <= position - start - lead for g in _COLUMN_GAP.finditer(line.strip()))
    top = start
    while top > 0:
        above = text.rfind("\n", 0, top - 1) + 1
        if len(_COLUMN_GAP.findall(text[above: top - 1].strip())) != len(gaps):
            break
        top = above
    if top == start or not column:
        return None
    end = text.find("\n", top)
    header = text[top: len(text) if end == -1 else end]
    lead = top + len(header) - len(header.lstrip())
    cuts = [0, *(i for g in _COLUMN_GAP.finditer(header.strip()) for i in g.span()), len(header.strip())]
    return lead + cuts[2 * column], lead + cuts[2 * column + 1]


def _table_total(doc: Doc, figure: Figure) -> None:
    """A table's total row under rows labelled with their years is the sum since the first of them."""
    text = doc.text
    top = text.rfind("\n", 0, figure.start) + 1
    if not _TOTAL_ROW.match(text, top, figure.start):
        return
    years = []
    while top > 0:
        above = text.rfind("\n", 0, top - 1) + 1
        row = _YEAR_ROW.match(text, above, top - 1)
        if row is None:
            break
        years.append(int(row.group("year")))
        top = above
    if years:
        figure.period, figure.since = "cumulative", min(years)


_QUESTION_LINE = re.compile(r"[ \t]*(?:" + "|".join(tables.QUESTION_MARKS) + r")[ \t]*:[^\n]*\?[ \t]*\n?")
_ANSWER_OPENS = re.compile(r"[ \t]*(?:" + "|".join(tables.ANSWER_MARKS) + r")[ \t]*:")
#: How far into its answer a question reaches.
ANSWER_REACH = 600


def _question_of(doc: Doc, figure: Figure) -> tuple[int, int] | None:
    """The question right above the answer the figure stands in ("س: ... ؟" over "ج: ..."), on the line before the
    answer's first line."""
    if not 0 <= figure.sentence < len(doc.sentences):
        return None
    text = doc.text
    line = text.rfind("\n", 0, figure.start) + 1
    while line > 0 and not _ANSWER_OPENS.match(text, line):  # the answer's first line, a few lines up at most
        if figure.start - line > ANSWER_REACH:
            return _faq_question(doc, figure)
        line = text.rfind("\n", 0, line - 1) + 1
    if not _ANSWER_OPENS.match(text, line) or line == 0:
        return _faq_question(doc, figure)
    above = text.rfind("\n", 0, max(0, line - 1))
    while above > 0 and not text[above + 1:line].strip():  # a blank line between them
        above = text.rfind("\n", 0, above)
    question = _QUESTION_LINE.match(text, above + 1)
    return (question.start(), question.end()) if question and question.end() >= line - 2 else None


#: An FAQ's numbered question as the line of its own above the answer: "3. Are New Zealand Defence Force personnel
#: still in Iraq?" (round 24). An interview's question, not numbered, may name what the answer corrects.
_FAQ_QUESTION = re.compile(r"[ \t]*(?:Q\s?)?\d{1,2}[.)]\s+[A-Z][^\n?]{10,200}\?[ \t]*$")


def _faq_question(doc: Doc, figure: Figure) -> tuple[int, int] | None:
    """The question of an FAQ written with no "Q:" and "A:": a paragraph of one numbered question line right above
    the figure's paragraph."""
    index = doc.sentences[figure.sentence].block
    if index == 0 or doc.blocks[index].kind != "paragraph" or figure.start - doc.blocks[index].start > ANSWER_REACH:
        return None
    above = doc.blocks[index - 1]
    return (above.start, above.end) if _FAQ_QUESTION.fullmatch(doc.text, above.start, above.end) else None


#: The title of a chart as a screen reader reads it, before its data labels in the same paragraph: "Graphique :
#: financement du Japon en 2026 au Liban et en Jordanie, par secteur.", "Chart: 2026 humanitarian funding by sector.",
#: "Bar chart: aid by host country, 2016-2026, in millions of dollars.", "رسم بياني: توزيع تمويل عام 2025 حسب القطاع."
#: (round 26, written by all three helpers; one now)
_CHART_TITLE = re.compile(r"\W*(?:graphique|diagramme?|infographi(?:c|e)|(?:bar\s+|pie\s+|line\s+)?chart|graph"
                          r"|(?:رسم|مخطط)\s+بياني)(?!\w)", re.IGNORECASE)
_CHART_KEYS = ("chart", "graph", "diagram", "infographi", "بياني")
#: A chart's bar or slice is a short sentence: "Santé, 35 pour cent, 7 millions de dollars."
CHART_ITEM_WORDS = 12


def _chart_title(doc: Doc, figure: Figure) -> tuple[int, int] | None:
    """The title sentence of the chart whose bar or slice the figure's sentence reads, in the same block above it:
    its year, span of years and places are every bar's."""
    if not 0 <= figure.sentence < len(doc.sentences):
        return None
    block = doc.sentences[figure.sentence].block
    start, end = doc.block_span(block)
    if not any(key in doc.lower[start:figure.start] for key in _CHART_KEYS):
        return None  # the title stands above the figure in its block
    index = figure.sentence - 1
    while index >= 0 and doc.sentences[index].block == block:
        start, end = doc.sentences[index].start, doc.sentences[index].end
        if _CHART_TITLE.match(doc.text, start, end):
            return start, end
        if len(doc.text[start:end].split()) > CHART_ITEM_WORDS:
            return None
        index -= 1
    return None


def _list_intro(doc: Doc, figure: Figure) -> tuple[int, int] | None:
    """The list intro above a bullet ("En 2021 :", "Since 2014, we have funded:"), whose period is each item's; or
    the short line with no stop right above the list ("Fiscal Year 2022 assistance by country")."""
    if not 0 <= figure.sentence < len(doc.sentences):
        return None
    index = doc.sentences[figure.sentence].block
    block = doc.blocks[index]
    if block.kind != "bullet":
        return None
    while index > 0 and doc.blocks[index - 1].kind == "bullet":
        index -= 1
    above = doc.blocks[index - 1] if index > 0 else None
    marked = doc.text[block.start:block.end].lstrip()[:1] in tables.BULLET_CHARS  # a list, not a table's rows
    heading = block.heading
    if heading is not None and doc.blocks[heading].heading is not None and heading == index - 1 and doc.text[
            slice(*doc.block_span(doc.blocks[heading].heading))].rstrip().endswith(":"):
        heading = doc.blocks[heading].heading  # "في العراق" under "ويتوزع هذا المبلغ في عام 2025 على النحو الآتي:"
    elif marked and above is not None and is_short_line(doc, above) and not doc.text[
            above.start:above.end].rstrip().endswith((".", ":")):
        return above.start, above.end
    if heading is None:
        return None
    start, end = doc.block_span(heading)
    intro = doc.text[start:end].rstrip()
    if not intro.endswith(":"):
        return None
    # the intro's last sentence only: "Depuis 2012, la France a mobilisé 480 M€. En 2021 :"
    return start + max(intro.rfind(". "), intro.rfind("\n")) + 1, end


#: A year and a colon opening a bracket before a sum, the previous year's figure a budget sets beside this one's:
#: "EUR 14 000 k (2026: EUR 12 500 k)", "EUR 3 million in 2026 (2025: EUR 2.5 million)" (round 26).
_YEAR_LABEL_BEFORE = re.compile(rf"\(\s*(?P<year>{_YEAR})\s*:\s*$")


_ROTATED = re.compile("|".join(tables.ROTATION_WORDS), re.IGNORECASE)
#: People who have served since a year are all who served in turn, a sum over the years: "Since 2015, more than 1,100
#: Finnish soldiers have served in Iraq", "plus de 400 militaires lettons y ont servi depuis 2015"; also after a list of
#: nouns ("more than 5,600 Italian soldiers, carabinieri, sailors and airmen have served") (round 22).
_NOUN_LIST = r"(?:\s+[\w'’-]+){0,3}?(?:,\s+[\w'’-]+){0,5}(?:,?\s+(?:and|et)\s+[\w'’-]+(?:\s+[\w'’-]+)?)?"
#: ... or after the force they belong to: "more than 1,200 soldiers of the Armed Forces of the Czech Republic have
#: served in Iraq since 2015" (round 26); "have deployed" is the same sum ("Since 2014, more than 1,000 SAF personnel
#: have deployed", round 27).
_OF_FORCE = r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z][\w'’-]*)){0,6})?"
_SERVED_AFTER = re.compile(_NOUN_LIST + _OF_FORCE + r"\s+(?:have|had)\s+(?:all\s+)?(?:served|deployed)\b|" + _NOUN_LIST
                           + r"\s+(?:y\s+)?ont\s+(?:tous\s+)?(?:servi|été\s+déployés)\b", re.IGNORECASE)
#: A past verb of taking part or serving, for people counted over a span of years (round 29).
_TOOK_PART = re.compile(r"(?<!\w)[وف]?(?:شارك|خدم|تناوب|تعاقب)(?:ت|وا)?(?!\w)|\b(?:served|took\s+part|participated|rotated)\b"
                        r"|\b(?:servi|participé)\b", re.IGNORECASE)
#: A list intro that announces the breakdown of the total before it.
_AS_FOLLOWS = re.compile(r"comme\s+suit|as\s+follows|broken\s+down|se\s+répartiss?\w*|على\s+النحو\s+(?:التالي|الآتي)"
                         r"|كالتالي|كما\s+يلي", re.IGNORECASE)
#: A total that names no span: with one named year ("بلغ إجمالي المساعدات خلال عام 2023 نحو") it is that year's.
_BARE_TOTAL = re.compile(r"و?(?:إجمالي|إجمالا|إجمالاً|مجموع)|في\s+المجموع|total(?:l?ing)?\s+of", re.IGNORECASE)
#: The words of a total so far, which a year of the figure's own share bounds ("In 2025 it has so far spent").
_SO_FAR = re.compile(r"so\s+far|to\s+date|jusqu['’]à\s+présent|jusqu['’]ici|à\s+ce\s+jour|حتى\s+الآن"
                     # ... and the sum of that year's items: "Under the 2025 call, KOICA funded five projects worth KRW 4.1
                     # billion in total" (round 23)
                     r"|in\s+total|in\s+all", re.IGNORECASE)
#: A superlative a "so far" ranks, which says nothing of a sum: "the largest contribution to date", "la plus importante
#: contribution à ce jour", "وتعد هذه أكبر مساهمة للتحالف حتى الآن".
_RANKED_BEFORE = re.compile(r"(?<!\w)(?:largest|biggest|highest|greatest|single\s+largest|plus\s+(?:importante?s?|grosse?s?|"
                            r"grande?s?|élevée?s?)|أكبر|أضخم|أعلى)(?!\w)[^.;\n\d]{0,60}$", re.IGNORECASE)
#: A year opening its sentence, which bounds a total so far later in it: "En 2025, ...", "In 2025, ...", "في عام 2025،".
_YEAR_OPENER = re.compile(r"\W*(?:en|in|during|au\s+cours\s+de|(?:في|خلال)\s+(?:عام|العام|سنة))\s+(?P<year>(?:19|20)\d\d)"
                          r"\s*[,،]"
                          # a year's round of grants: "Under the 2025 call,", "In the 2024 funding round," (round 23)
                          r"|\W*(?:under|in|through)\s+(?:the|its|our)\s+(?P<round>(?:19|20)\d\d)\s+(?:call(?:\s+for\s+"
                          r"proposals)?|(?:funding\s+)?round|appeal)\s*,", re.IGNORECASE)
#: A total so far within one named year is that year's: "$22.7 million so far in fiscal year 2020", "to date in 2020",
#: "jusqu'ici en 2020", "حتى الآن في السنة المالية 2020".
_WITHIN_YEAR = re.compile(
    r"\s*,?\s*(?:(?:in|during|for)\s+(?:the\s+)?(?:(?:fiscal|financial|calendar)\s+year\s+|FY\s*)?"
    r"|(?:en|pour|durant)\s+(?:l['’](?:année|exercice)\s+)?|(?:في|خلال)\s+(?:ال)?(?:عام|سنة|السنة\s+المالية)\s+)"
    r"(?:19|20)\d\d(?![\d-])", re.IGNORECASE)
#: An ordinal before "since" counts the gifts, not the money: "its fourth contribution since 2019" (round 16).
_GIFTS = ("contribution", "grant", "donation", "pledge", "payment", "tranche", "disbursement")
_COUNTED_SINCE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(_GIFTS)})s?\s+"
    r"(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)
#: A span's years in brackets after it: "over three years (2025-2027)", "sur trois ans (2024-2026)".
_SPAN_YEARS = re.compile(r"\s*\((?P<first>(?:19|20)\d\d)\s*[-–]\s*(?:19|20)?\d\d\)")
_BARE_YEAR = re.compile(rf"(?<![\d/.-]){_YEAR}(?![\d/.-])")


def _bare_year(doc: Doc, figure: Figure, start: int, end: int, *, title: bool = False) -> None:
    """A list's heading that names one year and no preposition ("مشاريع ٢٠٢٣ في العراق", "Projets 2022 en Jordanie")
    gives it to each item; so does a chart's ``title`` to its labels."""
    years = list(_BARE_YEAR.finditer(doc.text, start, end))
    if len(years) != 1:
        return
    # not a dateline above the list ("الرياض 12 مارس 2023"), nor the day an answer is given ("Réponse du ministre ...
    # du 21 février 2023 :") (round 24)
    day = _DAY_BEFORE.search(doc.text, max(start, years[0].start() - 30), years[0].start())
    # ... but the day a list of sums stands at gives its year, as "as of October 2023" does, whatever block holds it:
    # "أكبر المانحين للخطة حتى ٣١ مارس ٢٠٢٨" (round 32)
    if day and _AS_OF_BEFORE.search(doc.text, max(start, day.start() - 12), day.start()) or not day and (
            title or any(block.kind == "heading" and block.start <= start < block.end for block in doc.blocks)):
        figure.period, figure.year = "year", int(years[0].group())


#: The words that make a list's date the day its figures stand at.
_AS_OF_BEFORE = re.compile(r"(?:\bas\s+(?:of|at)|(?<!\w)(?:حتى|لغاية|بتاريخ))\s+$", re.IGNORECASE)
#: A day and month before a year make it a date: "21 février 2023", "1er mars 2024", "February 21, 2023".
_DAY_BEFORE = re.compile(rf"(?<!\d)\d{{1,2}}(?:er)?\s+(?:{_MONTH_FR}|{_MONTH}|{_MONTH_AR})\s+$"
                         rf"|(?:{_MONTH})\s+\d{{1,2}},\s+$", re.IGNORECASE)


_SINCE_THEN = re.compile(r"منذ\s+ذلك\s+(?:العام|الحين|التاريخ|الوقت)|\bsince\s+then\b|\bdepuis\s+(?:lors|cette\s+date|"
                         r"cette\s+année)\b", re.IGNORECASE)


def _year_before_since_then(doc: Doc, figure: Figure) -> int | None:
    """"منذ ذلك الحين" ("since then") counts from the last year its sentence named before it."""
    if not 0 <= figure.sentence < len(doc.sentences):
        return None
    start = doc.sentences[figure.sentence].start
    then = None
    for then in _SINCE_THEN.finditer(doc.text, start, figure.start):
        pass
    years = _BARE_YEAR.findall(doc.text, start, then.start()) if then else []
    return int(years[-1]) if years else None


def _first_year(doc: Doc, spans) -> int | None:
    for start, end in spans:
        for marker in doc.hits("periods", scan_periods, start, end):
            sort, number = marker.value
            if sort in ("since", "range"):
                return number
    return None


@lru_cache(maxsize=1)
def _region_names() -> frozenset[str]:
    return frozenset(name for name, codes in place_table().items() if not codes)


_UNIT_AFTER = re.compile(UNIT_WORDS_AFTER, re.IGNORECASE)
_LED_AFTER = re.compile(r"-(?:led|run)\b")
_EVENT_AFTER = re.compile(EVENT_WORDS_AFTER)
_EVENT_BEFORE = re.compile(EVENT_WORDS_BEFORE, re.IGNORECASE)
_UNIT_BEFORE = re.compile(UNIT_WORDS_BEFORE, re.IGNORECASE)
_BODY_AFTER = re.compile(BODY_WORDS_AFTER, re.IGNORECASE)
_BODY_BEFORE = re.compile(BODY_WORDS_BEFORE, re.IGNORECASE)
_PARTNER_BEFORE = re.compile(PARTNER_WORDS_BEFORE, re.IGNORECASE)
_REQUESTER_BEFORE = re.compile(REQUESTER_WORDS_BEFORE, re.IGNORECASE)
_REQUESTER_AFTER = re.compile(REQUESTER_WORDS_AFTER)
_ALLIED_FORCES_BEFORE = re.compile(ALLIED_FORCES_BEFORE)
_FORCES_AFTER = re.compile(FORCES_AFTER)
_NEIGHBOURS_BEFORE = re.compile(NEIGHBOURS_WORDS_BEFORE, re.IGNORECASE)
_NEIGHBOURS_AFTER = re.compile(NEIGHBOURS_WORDS_AFTER)
_HELD_BEFORE = re.compile(HELD_WORDS_BEFORE, re.IGNORECASE)
#: ... and its words, looked for once per range, as the neighbours', requesters' and allies' are.
_HELD_WORDS = re.compile("|".join(HELD_KEYS))
_EXCLUDED_BEFORE = re.compile(EXCLUDED_WORDS_BEFORE, re.IGNORECASE)
_EXCLUDED_WORDS = re.compile("|".join(EXCLUDED_KEYS))
_LIST_GLUE = re.compile(LIST_GLUE)
#: The dead a disaster or an attack left somewhere, shortly before a place: "le séisme, qui a fait plus de 6 000 morts
#: dans le pays, et plus de 11 000 en Turquie", "which killed 11,000 people in Turkey": where people died, not where the
#: money goes.
_CASUALTIES_BEFORE = re.compile(r"(?<![\w])(?:morts|tués|décès|killed|dead|deaths|death\s+toll|died|قتلى|قتيلا?|وفاة|"
                                r"حالة\s+وفاة)(?![\w])[^.;:!?\n]{0,50}$", re.IGNORECASE)
_CASUALTY_WORDS = re.compile(r"morts|tués|décès|killed|dead|death|died|قتلى|قتيل|وفاة")
_PART_OF_THEM = re.compile(r"(?:" + "|".join(tables.PART_OF_THEM) + r")[^.;\n]{0,40}$", re.IGNORECASE)
_PART_OF_THEM_WORDS = re.compile("منهم|بعضهم|of them|d'entre|d’entre")
#: The words of :data:`NEIGHBOURS_WORDS_BEFORE` and its "after", looked for once per range: most ranges have none.
_NEIGHBOURS_WORDS = re.compile("voisin|limitroph|neighbo|bordering|جوار")
#: ... and those of the requester's and the allied forces' words.
_REQUEST_WORDS = re.compile("request|invitation|demande|طلب")
_ALLIED_WORDS = re.compile("serv|embedded|integrated|fight|part of|within|alongside|sein|partie|côtés|ضمن")
#: "دولة الإمارات", "سلطنة عمان": a state named with its title is an actor unless a preposition makes it a
#: destination or a counterpart ("إلى دولة الكويت", "اتفاقية مع جمهورية العراق"); a glued "ل" ("لدولة") is one too.
_STATE_BEFORE_AR = re.compile(r"(?:(?P<to>(?<![\w])(?:في|إلى|الى|لدى|داخل|مع)\s+))?(?<!\w)[وف]?"
                              r"(?:دولة|مملكة|سلطنة|جمهورية)\s+$")


#: A giver's verb after a name: "Germany has also provided", "وكانت هولندا قد نشرت". The name gives; it is no place.
DONOR_VERB = re.compile(
    # "Germany, which led the mission until 2019, had deployed", "Les Pays-Bas, qui ..., avaient déployé"
    r"(?:\s*,[^,.;]{1,80},)?(?:\s*,?\s+(?:qui|which|who))?"  # "l'Allemagne, qui a promis", "Japan, which ..."
    # ... or when, between the giver and its verb: "Germany last week pledged", "Japan on Monday announced" (round 30)
    r"(?:\s+" + tables.TIME_BEFORE_VERB + r")?"
    # ... or may: "Germany, by comparison, may deploy up to 500 soldiers" (round 21)
    r"\s+(?:(?:has|have|had|will|may|might|can|could|would|ont|a|avaient|avait|va|vont|s['’]est|s['’]était|"
    r"se\s+sont)\s+)?"
    r"(?:also\s+|aussi\s+|également\s+|alone\s+|itself\s+|d['’]ailleurs\s+|déjà\s+|already\s+"
    # a linking adverb: "l'Union européenne a ainsi annoncé", "l'Allemagne a en outre promis" (round 23)
    r"|ainsi\s+|en\s+outre\s+|par\s+ailleurs\s+)?"
    r"(?:pour\s+(?:sa|leur)\s+part\s+|quant\s+à\s+(?:lui|elle|eux|elles)\s+|de\s+(?:son|leur)\s+côté\s+)?"
    r"(?:pledged|announced|contributed|provided|committed|allocated|given|donated|engagée?s?|promised|gave|spent|"
    r"offered|granted|earmarked|offers|pledges|promises|"
    # what another country paid for: "The United Arab Emirates financed the rebuilding ... with EUR 100 million"
    # (round 32); not a passive's participle: "a programme in Iraq funded by the United States"
    r"(?:financed|funded|disbursed)(?!\s+by\b)|"
    r"deployed|sent|provide|send|deploy|give|contribute|promis|annoncé|versé|fourni|alloué|déployé|envoyé|"
    r"déploient|envoient|maintiennent|débloqué|octroyé|accordé|mobilisé|consacré|apporté|"
    # the future of a pledge or a deployment: "fourniront", "enverra", "déploiera", "mobiliseront"
    r"(?:fourni|enver|déploie|mobilise|verse|octroie|accorde|consacre)r(?:a|ont)"
    # the present of a headline or a live blog: "Le Royaume-Uni promet 310 millions de livres", "l'Allemagne, premier
    # donateur européen, revendique plus de 14 milliards" (round 21)
    # (not "mobilise": "L'hôpital du camp de Zaatari, en Jordanie, mobilise quelque 90 personnels")
    r"|promet|promettent|(?:annonce|débloque|verse|accorde|octroie|alloue|revendique)(?:nt)?|consacrent|fournit|"
    r"fournissent)\b"
    # the recent past: "le Royaume-Uni vient d'annoncer 150 millions de livres", "venaient de déployer"
    r"|\s+(?:vien(?:t|nent)|venai(?:t|ent))\s+d(?:e\s+|['’])(?:annoncer|promettre|verser|débloquer|accorder|"
    r"octroyer|allouer|consacrer|déployer|envoyer|mobiliser|engager|fournir|apporter)\b"
    r"|\s+قد\s+(?:تعهدت|قدمت|[أا]علنت|نشرت|[أا]رسلت|خصصت|تبرعت|ساهمت)"  # "وكانت هولندا قد نشرت"
    # set apart by "أما": "أما نيوزيلندا فتنشر نحو 95 عسكرياً", "وأما اليابان فقد قدمت" (round 20)
    r"|\s+ف(?:قد\s+)?س?(?:تنشر|نشرت|تقدم|قدمت|ترسل|[أا]رسلت|تخصص|خصصت|تعهدت|تساهم|ساهمت|تحتفظ|تبقي|[أا]بقت|"
    r"تتبرع|تبرعت|لد[يى]ها|لد[يى]ه)(?!\w)"  # "لديها" is read as the tables spell "لدى"
    # a relative clause of the country: "الولايات المتحدة، التي تنشر نحو 5200 جندي", "ألمانيا، التي قدمت"
    r"|\s*,?\s*(?:التي|التى)\s+(?:قد\s+)?(?:تنشر|نشرت|تقدم|قدمت|ترسل|[أا]رسلت|تخصص|خصصت|تعهدت|تساهم|ساهمت|تحتفظ)"
    # a change of its own share: "المملكة المتحدة التي خفضت مساهمتها إلى", "the UK, which cut its contribution to"
    r"|\s*,?\s*(?:التي|التى)\s+(?:قد\s+)?(?:خفضت|رفعت|زادت|ضاعفت|قلصت)\s+(?:مساهمتها|تمويلها|دعمها|مساعداتها)"
    r"|(?:\s*,)?\s+(?:which\s+|who\s+)?(?:has\s+|have\s+|had\s+)?(?:cut|reduced|raised|increased|doubled|halved)\s+"
    r"(?:its|their)\s+(?:contribution|funding|aid|support|share)"
    # a donor by its rank: "ألمانيا أكبر المانحين بما يزيد على", "Germany, the largest donor, with"
    r"|\s*,?\s*(?:هي\s+|وهي\s+)?(?:(?:ثاني|ثالث|رابع)\s+)?أكبر\s+(?:ال)?مانح(?:ين)?"
    r"|(?:\s*,)?\s+(?:is\s+|remains\s+|was\s+)?the\s+(?:second\s+|third\s+)?(?:largest|biggest|top)\s+donor"
    # ... in French: "Les États-Unis restent de loin le premier soutien de l'armée, avec", "est le deuxième
    # bailleur" (round 20)
    r"|(?:\s*,)?\s+(?:est|sont|reste|restent|demeure|demeurent|était|étaient)\s+(?:de\s+loin\s+|toujours\s+|encore\s+)?"
    r"(?:le|la)\s+(?:premier|première|deuxième|second|troisième|principal|principale|plus\s+grand)\s+"
    r"(?:donateur|bailleur|soutien|contributeur)"
    # a country that has troops of its own: "Australia, which leads the mission, has around 250 personnel"
    # ... each of several: "Estonia and Lithuania each have around 30 soldiers" (round 21)
    r"|(?:\s*,[^,.;]{1,80},)?\s+(?:(?:each|both|also|still|currently)\s+)?"
    r"(?:has|have|had|keeps|keep|maintains|maintain)\s+"
    r"(?:(?:about|around|some|roughly|approximately|"
    r"nearly|almost|more\s+than|over|up\s+to|at\s+least)\s+)?\d",
    re.IGNORECASE,
)


#: ... and in Arabic the giver's verb before it, a verb-first clause: "فيما أرسلت أستراليا نحو 300", "وقدمت اليابان".
_DONOR_VERB_BEFORE_AR = re.compile(
    r"(?=[وفبقأاتنخسمر])(?<!\w)[وف]?(?:(?:فيما|بينما)\s+)?(?:قد\s+)?(?:[أا]رسلت|قدمت|نشرت|خصصت|تبرعت|ساهمت|تعهدت|منحت|رصدت|"
    r"تقدم|ترسل|تنشر|تخصص|تساهم)\s+(?:دولة\s+|المملكة\s+|جمهورية\s+)?$")
DONOR_VERB_REACH_AR = 30


#: A speaker's or urger's verb next to a partner's name: "and that the United States had urged Tokyo to do more",
#: "les Etats-Unis ont exhorté", "وأن الولايات المتحدة حثت", "فيما طالبت الولايات المتحدة". Who speaks is no place;
#: a host country that thanks or welcomes stays one (only names outside :data:`DESTINATION_WEIGHT` are skipped).
_SPEAKER_VERB = re.compile(
    r"\s+(?:(?:has|have|had|also|ont|a|avait|avaient)\s+)?(?:urged|urges|pressed|presses|called\s+(?:on|for)|calls\s+"
    r"(?:on|for)|asked|asks|said|says|stated|warned|welcomed|praised|insisted|criticized|criticised|exhorté|exhorte|"
    r"appelé|appelle|demandé|demande|salué|déclaré|affirmé|insisté|pressé)\b"
    r"|\s+(?:قد\s+)?(?:حثت|تحث|طالبت|تطالب|دعت|تدعو|قالت|تقول|أكدت|حذرت|رحبت|أشادت)(?!\w)", re.IGNORECASE)
#: The speakers' verbs' stems, looked for once per range: most ranges have none.
_SPEAKER_WORDS = re.compile("urge|press|call|ask|said|says|stated|warn|welcom|prais|insist|critici|exhort|appel|demand|"
                            "salu|déclar|affirm|حث|طالب|دعت|تدعو|قال|تقول|أكد|حذر|رحب|أشاد")
_SPEAKER_VERB_BEFORE_AR = re.compile(r"(?<!\w)[وف]?(?:(?:فيما|بينما)\s+)?(?:حثت|طالبت|دعت|قالت|أكدت|حذرت|رحبت|أشادت)\s+$")


#: A heading in capitals with a bracket after it: "SYRIE (nord-est)", "IRAQ (Ninewa and Anbar)".
_CAPITALS_BRACKETED = re.compile(r"([^()\n\d]+?)\s*\([^()\n]*\)\s*:?\s*")


#: What stands between a city and its country named after it: "Tripoli, dans le nord du Liban", "Tripoli (Liban)",
#: "Tripoli, au Liban", "Tripoli, northern Lebanon".
_IN_COUNTRY = re.compile(
    r"[ \t]*(?:\([ \t]*|,[ \t]*(?:dans[ \t]+(?:le|la)[ \t]+|dans[ \t]+l['’]|au[ \t]+|en[ \t]+|in[ \t]+(?:the[ \t]+)?)?"
    r"(?:(?:nord|sud|est|ouest|centre|north|south|east|west|northern|southern|eastern|western|central)(?:-[a-z]+)?"
    r"[ \t]+(?:du[ \t]+|de[ \t]+la[ \t]+|de[ \t]+l['’]|d['’]|of[ \t]+)?)?)", re.IGNORECASE)
#: ... and what ends the country's name there: a city's country closes its clause ("Tripoli, Lebanon,").
_COUNTRY_ENDS = re.compile(r"[ \t]*(?:[,.;:)]|$)", re.MULTILINE)


_HOST_BASE = re.compile(r"\b(?:base|camp)\b|قاعدة", re.IGNORECASE)

#: A heading's opening words in capitals before its dash or colon, the rest in mixed case: "IRAQ AND KUWAIT – Operation
#: Prima Parthica", "JORDAN: Operation Chammal" (round 29).
_CAPITALS_BEFORE_DASH = re.compile(r"\s*([A-Z][A-Z'’]+(?:[ ,&]+[A-Z][A-Z'’]+)*)\s*(?:[–—:]|-\s)")


def _title_words(caps: str) -> str:
    """Capitals as a name is written, but a name the table knows in capitals ("UK", "UAE") as it is."""
    table = place_table()
    return re.sub(r"[A-Z][A-Z'’]+", lambda m: m.group(0) if m.group(0) in table else m.group(0).title(), caps)


def scan_places(doc: Doc, start: int, end: int) -> list[Marker]:
    """Place names in [start, end); a demonym that is part of a unit's or base's name is none, nor is a country
    named as a co-operator or a meeting's chair ("alongside New Zealand and Australia")."""
    table = place_table()
    text = doc.text
    chunk = text[start:end]
    if chunk.isupper() and len(chunk.title()) == len(chunk):
        text = text[:start] + chunk.title() + text[end:]  # "IN LEBANON:" reads as "In Lebanon:"
    elif (caps := _CAPITALS_BEFORE_DASH.match(chunk)) and len(_title_words(caps.group(1))) == caps.end(1):
        # "IRAQ AND KUWAIT – Operation Prima Parthica" reads as "Iraq And Kuwait – ..." (round 29)
        text = text[:start] + _title_words(caps.group(1)) + text[start + caps.end(1):]
    elif chunk.rstrip(": \n").endswith(")") and (bracketed := _CAPITALS_BRACKETED.fullmatch(chunk)) and bracketed.group(
            1).isupper() and len(bracketed.group(1).title()) == bracketed.end(1):
        text = text[:start] + bracketed.group(1).title() + text[start + bracketed.end(1):]  # "SYRIE (nord-est)"
    found = []
    demonym_forms = demonym_names()
    lower = doc.lower  # "part of them" is looked for once per range, by its words: most ranges have none
    parts = part.start() if (part := _PART_OF_THEM_WORDS.search(lower, start, end)) else None
    co_operators_end = -1  # where the last co-operator of a list ends: the next one in the list is one too
    neighbours = _NEIGHBOURS_WORDS.search(lower, start, end)
    requests = _REQUEST_WORDS.search(lower, start, end)
    allies = _ALLIED_WORDS.search(lower, start, end)
    held = _HELD_WORDS.search(lower, start, end)
    excluded = _EXCLUDED_WORDS.search(lower, start, end)
    casualties = _CASUALTY_WORDS.search(lower, start, end)
    speakers = _SPEAKER_WORDS.search(lower, start, end)
    for m in place_regex().finditer(text, start, end):
        name = m.group(0)
        unit = name in demonym_forms and (
            _UNIT_AFTER.match(text, m.end()) or _UNIT_BEFORE.search(text, max(start, m.start() - 40), m.start()))
        if unit and not (_HOST_BASE.search(unit.group(0)) and set(table[name]) <= tables.THEATRE_PLACES) or (
                _LED_AFTER.match(text, m.end())):
            continue  # "an Italian-led battalion", "the US-led mission": who leads, not where; but "depuis une base
            # jordanienne" is in Jordan, the host of the theatre (real press)
        if name in demonym_forms and not set(table[name]) & HOME_BODY_PLACES and (
                _BODY_AFTER.match(text, m.end()) or _BODY_BEFORE.search(text, max(start, m.start() - 40), m.start())):
            continue  # "a Swiss foundation", "une ONG suisse", «مؤسسة سويسرية»: whose body, not where
        before = max(start, m.start() - 30)
        if _PARTNER_BEFORE.search(text, before, m.start()) and not any(
                code in DESTINATION_WEIGHT for code in table[name]) or co_operators_end != -1 and (
                _LIST_GLUE.match(text, co_operators_end, m.start())
                # Arabic glues "and" to the next name: "بالتعاون مع ألمانيا والولايات المتحدة", "لألمانيا والنرويج"
                or name[0] == "و" and not text[co_operators_end:m.start()].strip(" ،,")):
            co_operators_end = m.end()
            continue
        if _EVENT_AFTER.match(text, m.end()) or _EVENT_BEFORE.search(text, before, m.start()):
            continue
        if requests and (_REQUESTER_AFTER.match(text, m.end()) or _REQUESTER_BEFORE.search(
                text, before, m.start())) and not any(code in DESTINATION_WEIGHT for code in table[name]):
            continue  # "following a U.S. request": who asked, not where
        if allies and (allied := _ALLIED_FORCES_BEFORE.search(text, before, m.start())) and (
                allied.group("fr") or allied.group("ar") or _FORCES_AFTER.match(text, m.end())) and not any(
                code in DESTINATION_WEIGHT for code in table[name]):
            continue  # "serve with the US forces": whose forces, not where
        if neighbours and (_NEIGHBOURS_BEFORE.search(text, before, m.start()) or _NEIGHBOURS_AFTER.match(text, m.end())):
            continue  # "les pays voisins de la Syrie": the region, not Syria
        if held and _HELD_BEFORE.search(text, before, m.start()):
            continue  # "la conférence qui se tiendra au Koweït": where a meeting is held
        if excluded and _EXCLUDED_BEFORE.search(text, before, m.start()):
            continue  # "مع استبعاد سوريا كمنطقة عمليات": a country left out of what the figure covers
        if casualties and casualties.start() < m.start() and _CASUALTIES_BEFORE.search(
                text, max(start, m.start() - 70), m.start()):
            continue
        if speakers and name not in demonym_forms and not any(code in DESTINATION_WEIGHT for code in table[name]) and (
                _SPEAKER_VERB.match(text, m.end()) or "\u0600" <= name[0] <= "\u06ff" and _SPEAKER_VERB_BEFORE_AR.search(
                    text, max(start, m.start() - DONOR_VERB_REACH_AR), m.start())):
            continue  # "..., and the United States urged Tokyo to do more": who speaks, not where
        state = _STATE_BEFORE_AR.search(text, before, m.start()) if "\u0600" <= name[0] <= "\u06ff" else None
        if state and not state.group("to"):
            continue  # "ودولة الإمارات ... ستتبرع": the state acts; a destination has its preposition ("إلى دولة")
        if parts is not None and parts < m.start() and _PART_OF_THEM.search(
                text, max(start, m.start() - 60), m.start()):
            continue  # "على أن ينقل جزء منهم إلى الكويت": where some of the people go
        codes = table[name]
        if text[m.end(): m.end() + 2].lstrip(" \t")[:1] in (",", "(") and len(codes) == 1 and (
                name not in demonym_forms) and (glue := _IN_COUNTRY.match(text, m.end())) and (
                country := place_regex().match(text, glue.end())) and country.group(0) in country_forms() and (
                table[country.group(0)] != codes) and name not in country_forms() and _COUNTRY_ENDS.match(
                text, country.end()):
            codes = table[country.group(0)]  # "Tripoli, dans le nord du Liban": the city of that country
        found.append(Marker(m.start(), m.end(), (codes, name in demonym_forms)))
    if any(lower.find(key, start, end) != -1 for key in _BOTH_KEYS):
        found = sorted(found + _both_countries(doc, start, end), key=lambda marker: marker.start)
    if text.find("-", start, end) != -1:
        found = sorted(found + _paired_with_partner(doc, text, start, end), key=lambda marker: marker.start)
    if doc.text.find("الإقليم", start, end) != -1 and ("كوردستان" in doc.text or "كردستان" in doc.text):
        found = sorted(found + [Marker(m.start(), m.end(), (["IQ"], False)) for m in _THE_REGION.finditer(
            text, start, end) if not _STATES_OF_REGION.search(text, max(start, m.start() - 12), m.start())],
                       key=lambda marker: marker.start)
    return found


#: "الإقليم", "the Region", on a page that names the Kurdistan Region, is that region of Iraq: "أرسلت أول دفعة من
#: جنودها إلى الإقليم" (round 18); not the states of a region ("دول الإقليم").
_THE_REGION = re.compile(r"(?<!\w)(?:و|ب|ل|ف|وب|ول|فب|في\s|إلى\s)?(?:ال|ل)إقليم(?!\w)")
_STATES_OF_REGION = re.compile(r"(?<!\w)(?:دول|بلدان|أمن|استقرار)\s+$")


#: Two countries joined by a hyphen, the partner and another: "the Korea-Iraq security cooperation programme", "the
#: UK-Jordan partnership" (round 21). A name after a hyphen is otherwise no place ("non-Iraqi").
_PAIR = re.compile(r"(?<![\w-])(?P<first>[A-Z][\w.]*)-(?P<second>[A-Z][\w.]*)(?![\w-])")


def _paired_with_partner(doc: Doc, text: str, start: int, end: int) -> list[Marker]:
    """The other country of a pair the partner is one of, as where the help goes."""
    table, demonym_forms = place_table(), demonym_names()
    found = []
    for m in _PAIR.finditer(text, start, end):
        first, second = m.group("first"), m.group("second")
        if any(name in demonym_forms for name in (first, second)):
            continue
        if table.get(first) == [doc.partner] and len(other := table.get(second, [])) == 1:
            found.append(Marker(m.start("second"), m.end("second"), (other, False)))
        elif table.get(second) == [doc.partner] and len(other := table.get(first, [])) == 1:
            found.append(Marker(m.start("first"), m.end("first"), (other, False)))
        elif len(other := table.get(second.rstrip("."), [])) == 1 and len(table.get(first, [])) == 1 and (
                _REGION_OF_PAIR_BEFORE.search(text, max(start, m.start() - 14), m.start())
                or _REGION_OF_PAIR_AFTER.match(text, m.end())):
            # a region named for two countries: "dans la région Syrie-Irak", "the Iraq-Syria border area" (real press)
            found.append(Marker(m.start("second"), m.start("second") + len(second.rstrip(".")), (other, False)))
    return found


_REGION_OF_PAIR_BEFORE = re.compile(r"(?:région|zone|region)\s+$", re.IGNORECASE)
_REGION_OF_PAIR_AFTER = re.compile(r"\s+(?:region|border|crisis|area)\b", re.IGNORECASE)


#: "in both countries", "في البلدين": the two countries named last before it.
_BOTH_KEYS = ("بلدين", "countries", "deux pays")  # str.find skips to a rare letter; a regex tries every "ا"
_BOTH = re.compile(r"(?<![\w])(?:في|داخل)\s+(?:كلا\s+)?البلدين(?![\w])|\bin\s+(?:both|the\s+two)\s+countries\b"
                   r"|\bdans\s+les\s+deux\s+pays\b", re.IGNORECASE)
#: How far back the two countries are looked for.
BOTH_WINDOW = 3000


def _both_countries(doc: Doc, start: int, end: int) -> list[Marker]:
    table, demonym_forms = place_table(), demonym_names()
    found = []
    for both in _BOTH.finditer(doc.text, start, end):
        codes: list[str] = []
        for m in reversed(list(place_regex().finditer(doc.text, max(0, both.start() - BOTH_WINDOW), both.start()))):
            named = table[m.group(0)]
            if m.group(0) in demonym_forms or len(named) != 1 or named[0] in codes or named[0] == doc.partner:
                continue
            codes.insert(0, named[0])
            if len(codes) == 2:
                found.append(Marker(both.start(), both.end(), (codes, False)))
                break
    return found


def _places_in(doc: Doc, start: int, end: int) -> tuple[bool, list[str]]:
    """Places named in [start, end). A demonym counts only where no country is named: in "Syrian refugees in
    Lebanon" the money goes to Lebanon."""
    said, codes, _ = _places_and_kind(doc, start, end)
    return said, codes


#: The usual readings of :data:`tables.SHARED_CITY_NAMES`, looked at before a city's name is.
_SHARED_DEFAULTS = frozenset(towns[0] for towns in tables.SHARED_CITY_NAMES.values())


def _places_and_kind(doc: Doc, start: int, end: int) -> tuple[bool, list[str], bool]:
    """:func:`_places_in`, and whether the codes come from demonyms alone."""
    said = False
    named: list[str] = []
    adjectives: list[str] = []
    shared: list[tuple[str, ...]] = []
    for marker in doc.hits("places", scan_places, start, end):
        codes, demonym = marker.value
        if len(codes) == 1 and codes[0] in _SHARED_DEFAULTS and (
                towns := tables.SHARED_CITY_NAMES.get(doc.text[marker.start:marker.end])) is not None:
            shared.append(towns)  # "au Liban ... à Tripoli": the country named beside it decides (round 22)
            continue
        if not demonym and (DONOR_VERB.match(doc.text, marker.end) or "\u0600" <= doc.text[marker.start] <= "\u06ff"
                            and _DONOR_VERB_BEFORE_AR.search(doc.text, max(0, marker.start - DONOR_VERB_REACH_AR),
                                                             marker.start)
                            and not is_prefixed_destination(doc.text[marker.start:marker.end])):
            continue  # "Since 2011, Australia has also provided ...": the giver, not where it gives
        if not demonym and not any(code in DESTINATION_WEIGHT for code in codes) and _SUBORDINATE_SUBJECT.search(
                doc.text, max(0, marker.start - 24), marker.start) and _acts_elsewhere(doc, marker):
            continue  # "As the U.S. carries out air strikes in Iraq, Canada is delivering": another actor's clause
        for code in codes:
            target = adjectives if demonym else named
            if code != doc.partner and code not in target:
                target.append(code)
        if not codes:
            said = True
    for towns in shared:
        if not any(code in named for code in towns) and towns[0] != doc.partner and towns[0] not in named:
            named.append(towns[0])
    codes = named or adjectives
    return said or bool(codes), codes, not named


#: The subject of a clause of time or contrast opening a sentence: "As the U.S. carries out air strikes", "Alors que
#: les États-Unis mènent des frappes", "بينما تقود الولايات المتحدة" (real press).
_SUBORDINATE_SUBJECT = re.compile(r"(?:^|(?<=[\n.,;:]\s)|(?<=^\s)|(?<=\n))(?:as|while|whereas|when|alors\s+que|tandis\s+que|"
                                  r"pendant\s+que|بينما|فيما|في\s+حين)\s+(?:the\s+|les?\s+|la\s+|l['’])?"
                                  r"(?:\S+\s+)?$", re.IGNORECASE)


def _acts_elsewhere(doc: Doc, subject: Marker) -> bool:
    """Whether the clause a country opens as its subject names another place it acts in ("the U.S. carries out air
    strikes in northern Iraq,"), unlike a host ("While Jordan hosts many refugees,")."""
    end = doc.text.find(",", subject.end, subject.end + 160)
    if end == -1 and (end := doc.text.find("،", subject.end, subject.end + 160)) == -1:
        return False
    return any(m.value[0] and m.value[0] != subject.value[0] for m in doc.hits("places", scan_places, subject.end, end))


_BACK_REFERENCE = re.compile(gate(tables.BACK_REFERENCES) + r"(?<![\w])(?:" + "|".join(tables.BACK_REFERENCES) + r")",
                             re.IGNORECASE)
_MISSION_WORD = re.compile(r"(?<![\w])(?:mission|op[ée]ration)(?![\w])", re.IGNORECASE)
#: How many sentences back "cette mission" may look for the mission it names again.
MISSION_REACH = 8
_PACKAGE_WORD = re.compile(r"(?<=\d\s)(?:package|envelope|allocation|pledge)\b")
#: ... or a strategy or programme: "under the strategy" is the sentence that named the strategy (round 32).
_SCHEME_WORD = re.compile(r"(?<=the\s)(?:strategy|plan|programme|program|framework)\b")
#: "The deployment", "the task group", named again: the sentence that last spoke of deploying, not merely the one
#: before ("... eight pilots deploy with the first rotation. In addition, 12 staff officers serve at the
#: headquarters in Baghdad and Kuwait. The deployment is budgeted at EUR 31.5 million") (round 31).
_DEPLOYMENT_REFERENCE = re.compile(r"(?i:the\s+(?:deployment|task\s+group|force)|le\s+déploiement|la\s+force)")
_DEPLOYMENT_WORDS = re.compile(r"(?<![\w])(?:deploy\w*|detachment|contingent|task\s+(?:force|group)|déplo\w*"
                               r"|détachement)(?![\w])", re.IGNORECASE)
_OPENING_PRONOUN = re.compile(r"\W*(?:" + "|".join(tables.BACK_REFERENCE_OPENERS) + r")\s", re.IGNORECASE)
_DOMESTIC = re.compile(r"(?<![\w])(?:" + "|".join(tables.DOMESTIC_MARKERS) + r")(?![\w])", re.IGNORECASE)

#: Words one of which every marker above holds, looked for before the expression is tried.
_DOMESTIC_KEYS = ("national", "domestic", "home", "أساسي", " core", "earmarked", "de base", "non affect", "mondial",
                  "monde", "worldwide", "globally", "world", "globe", "عالمي")


#: After a back-reference, words that make the sentence's figure another sum that the one referred to joins.
_ADDS_TO = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:s['’]ajoute(?:nt)?|vien(?:t|nent)\s+s['’]ajouter|adds?\s+to|comes?\s+on\s+top\s+of"
    r"|(?:is|are)\s+in\s+addition\s+to|يضاف|تضاف)",
    re.IGNORECASE,
)


#: A footnote's call at the start of its text: "(1) Ce montant comprend", "(2) This includes".
_FOOTNOTE = re.compile(r"\s*\((?P<n>\d{1,2})\)\s")


#: A list's intro that splits the grant or loan named earlier into its payments: "Le don est versé en trois
#: tranches :", "The loan will be disbursed in two instalments:" (round 22).
_GRANT_SPLIT = re.compile(
    r"\W*(?:le|la|l['’]|the)\s*(?P<noun>don|subvention|prêt|aide|grant|loan|contribution)\s+(?:est|sera|is|will\s+be)\s+"
    r"(?:versée?|décaissée?|payée?|libérée?|paid|disbursed|released)\s+(?:en|in)\s+", re.IGNORECASE)


def _scan_back_references(doc: Doc, start: int, end: int) -> list[Marker]:
    return [Marker(m.start(), m.end(), None) for m in _BACK_REFERENCE.finditer(doc.text, start, end)]


#: A numbered bullet of this many sentences is a story or an answer's paragraph under its number, not a list's item.
STORY_SENTENCES = 3
_NUMBER_MARK = re.compile(r"\s*\d{1,2}[.)]\s")


def _block_sentences(doc: Doc, index: int) -> int:
    """How many sentences the block of sentence ``index`` holds."""
    block, count = doc.sentences[index].block, 1
    for step in (-1, 1):
        other = index + step
        while 0 <= other < len(doc.sentences) and doc.sentences[other].block == block:
            count, other = count + 1, other + step
    return count


#: A paragraph that opens with a country as its label, as a situation report lists its theatres: "Jordanie - Jusqu'à
#: 120 militaires ...", "Irak : le détachement ...".
_PARAGRAPH_LABEL = re.compile(r"[ \t]*(?P<label>[A-ZÀ-Ý][\w'’-]*(?:[ \t][\w'’-]+){0,2}?)[ \t]+[-–—:][ \t]")


def _paragraph_label(doc: Doc, figure: Figure) -> tuple[int, int] | None:
    """The country label that opens the figure's paragraph, when the figure stands in a later sentence of it: where
    every sentence of the paragraph's people or money is, nearer than the heading above."""
    if not 0 < figure.sentence < len(doc.sentences):
        return None
    sentence = doc.sentences[figure.sentence]
    block = doc.blocks[sentence.block]
    if block.kind != "paragraph" or sentence.start == block.start:
        return None
    m = _PARAGRAPH_LABEL.match(doc.text, block.start, sentence.start)
    if m is None or not _places_and_kind(doc, *m.span("label"))[1]:
        return None
    return m.span("label")


def _place_scopes(doc: Doc, figure: Figure, *, pronouns: bool = True) -> list[tuple[tuple[int, int], str | None]]:
    """Where a figure's places may come from, nearest first, with where each came from.

    The rest of a paragraph is not a source: another sentence's place is where other money went. Only a sentence
    that points back ("this new package", "a further 40 advisers") takes the place of the sentence before it; for
    places (``pronouns``), so does one that opens with a pronoun ("It allows the deployment of up to 500 soldiers"):
    "This brings our total support to ..." says nothing of the total's lines."""
    spans = scopes(doc, figure)
    result = [(span, None) for span in spans[:3]]
    if chart := _chart_title(doc, figure):
        result.insert(1, (chart, None))  # a chart's bar: where the chart's title says (round 26)
    elif caption := _spaced_table_caption(doc.text, figure):
        # a row of a table lined up with spaces: where its caption says (round 29), after the row's own label ("Table 3.
        # Iraq and Syria ..." over "Humanitarian aid in Syria (WFP)      150") (round 31)
        line = doc.text.rfind("\n", 0, figure.start) + 1
        own_row = len(spans) > 1 and spans[1][0] >= line and "\n" not in doc.text[spans[1][0]:spans[1][1]]
        result.insert(2 if own_row else 1, (caption, None))
    if label := _paragraph_label(doc, figure):
        result.append((label, None))  # "Jordanie - ... Lors de la relève précédente, ... 135 personnes" (round 29)
    if len(spans) <= 3:
        return result
    sentence = doc.sentences[figure.sentence]
    # a list item is one scope; a numbered story of many sentences is prose ("2. SOLIDARITÉ — Luxembourg débloque
    # ..." and its story in a round-up of the press), whose other sentences are other sums (round 24)
    block = doc.blocks[sentence.block]
    if block.kind != "paragraph" and not (_NUMBER_MARK.match(doc.text, block.start)
                                          and _block_sentences(doc, figure.sentence) >= STORY_SENTENCES):
        result.append((spans[3], None))
    lower = doc.lower
    if pronouns and any(lower.find(key, sentence.start, sentence.end) != -1 for key in _DOMESTIC_KEYS) and (
            _DOMESTIC.search(doc.text, sentence.start, sentence.end)):
        return result  # "sur le plan national, 4,5 millions de dinars": spent at home, where no place is
    reference = _BACK_REFERENCE.search(doc.text, sentence.start, sentence.end)
    if reference and _ADDS_TO.match(doc.text, reference.end(), sentence.end):
        reference = None  # "Ce financement s'ajoute aux 4 milliards ...": the figure is another, earlier sum
    points_back = reference or pronouns and _OPENING_PRONOUN.match(doc.text, sentence.start, sentence.end)
    if figure.sentence > 0 and points_back:
        index = figure.sentence - 1
        # a dateline or a letterhead line between a title and its prose points on to the title
        while index > 0 and doc.blocks[doc.sentences[index].block].kind != "bullet" and _PAGE_LINE.fullmatch(
                doc.text, doc.sentences[index].start, doc.sentences[index].end) and not doc.hits(
                "places", scan_places, doc.sentences[index].start, doc.sentences[index].end):
            index -= 1
        before = doc.sentences[index]
        opening = doc.blocks[sentence.block].start  # the call may be read as the mark of a list item
        if reference and _PART_OF_BEFORE.match(doc.text, sentence.start) and (
                whole := _whole_before(doc, figure)) is not None:
            index, before = whole, doc.sentences[whole]  # past a sentence between: "That is roughly $115 a head."
        if reference and (note := _FOOTNOTE.match(doc.text, min(opening, sentence.start), sentence.end)):
            # a footnote points back to the sentence that bears its call: "(1) Ce montant comprend ..." (round 22)
            call = f"({note.group('n')})"
            index = next((i for i in range(figure.sentence - 1, -1, -1)
                          if doc.text.find(call, doc.sentences[i].start + 1, doc.sentences[i].end) != -1), index)
            before = doc.sentences[index]
        if reference and doc.blocks[before.block].kind == "bullet" and _MISSION_WORD.search(reference.group(0)):
            # "cette mission" after a list is the mission last named above it: "au sein de la mission de l'OTAN en
            # Irak" ... "Le ministère a prévu pour cette mission un budget de 14,6 millions de lei"
            before = next((s for s in reversed(doc.sentences[max(0, figure.sentence - MISSION_REACH):figure.sentence])
                           if _MISSION_WORD.search(doc.text, s.start, s.end)), before)
        if reference and (named := _PACKAGE_WORD.search(reference.group(0)) or _SCHEME_WORD.search(
                reference.group(0))):
            # "of the 2026 package" is the sentence that named the package, a post or two up a thread (round 24)
            word = re.compile(rf"(?<![\w]){named.group(0)}(?![\w])", re.IGNORECASE)
            index = next((i for i in range(figure.sentence - 1, max(-1, figure.sentence - 1 - MISSION_REACH), -1)
                          if word.search(doc.text, doc.sentences[i].start, doc.sentences[i].end)), index)
            before = doc.sentences[index]
        if reference and _DEPLOYMENT_REFERENCE.fullmatch(reference.group(0)) and not _DEPLOYMENT_WORDS.search(
                doc.text, before.start, before.end):
            index = next((i for i in range(figure.sentence - 1, max(-1, figure.sentence - 1 - MISSION_REACH), -1)
                          if _DEPLOYMENT_WORDS.search(doc.text, doc.sentences[i].start, doc.sentences[i].end)), index)
            before = doc.sentences[index]
        # the sum named before, not its part: "... 286 millions d'euros à la stabilisation, dont 120 millions
        # d'euros de prêts" over "Le montant décaissé ... s'élevait à 231 millions d'euros"
        first = next((f.end for f in doc.figures if f.sentence == index), None)
        part = _PART_IN.search(doc.text, first, before.end) if first is not None else None
        result.append(((before.start, part.start() if part else before.end), "reference"))
    if question := _question_of(doc, figure):
        result.append((question, "heading"))
    if (announced := _announcing_paragraph(doc, sentence.block)) is not None:
        result.append((doc.block_span(announced), "heading"))
    result += [(span, "heading") for span in spans[HEADING_SCOPE:]]
    # a list's intro that points back ("وتتوزع هذه المنحة على المشاريع الآتية:") passes its items the sentence before it
    if doc.blocks[sentence.block].kind == "bullet" and len(spans) > HEADING_SCOPE and doc.hits(
            "back-reference", _scan_back_references, *spans[HEADING_SCOPE]) and (
            index := doc.sentence_at(spans[HEADING_SCOPE][0])) > 0:
        before = doc.sentences[index - 1]
        # "Le don est versé en trois tranches :" under its section's number: the last sentence that names the grant
        # (round 22)
        if grant := _GRANT_SPLIT.match(doc.text, spans[HEADING_SCOPE][0], spans[HEADING_SCOPE][1]):
            noun = re.compile(rf"(?<![\w]){grant.group('noun')}(?![\w])", re.IGNORECASE)
            before = next((s for s in reversed(doc.sentences[max(0, index - MISSION_REACH):index])
                           if noun.search(doc.text, s.start, s.end)), before)
        result.insert(len(result) - len(spans) + HEADING_SCOPE + 1, ((before.start, before.end), "reference"))
    # for places, a section heading (no list intro) that names none passes on to the page's title ("Germany, a
    # partner for stabilisation in Iraq" over "The Funding Facility"), also under a letterhead and a date line (round 20)
    section = doc.blocks[sentence.block].heading
    if pronouns and section and not doc.text[slice(*doc.block_span(section))].rstrip().endswith(":"):
        title = _page_title(doc)
        if title is not None and section != title:
            result.append((doc.block_span(title), "heading"))
    return result


def _announcing_paragraph(doc: Doc, index: int) -> int | None:
    """The paragraph that announces the table a row belongs to ("New Zealand's humanitarian funding for the Syria
    crisis ... is set out by calendar year in the table below." over "2022 | $3,000,000"), past the rows above it
    (round 21)."""
    text = doc.text
    if "|" not in text[doc.blocks[index].start: doc.blocks[index].end]:
        return None
    for above in range(index - 1, max(-1, index - ANNOUNCED_REACH), -1):
        block = doc.blocks[above]
        if "|" in text[block.start: block.end]:
            continue  # the header row and the rows above
        return above if block.kind == "paragraph" and _ANNOUNCES.search(text, block.start, block.end) else None
    return None


#: The end of a sentence of prose, which a masthead line lacks.
_PROSE_END = re.compile(r"[.!?…»\"]\s*$")


def _page_title(doc: Doc) -> int | None:
    """The block of the page's title: a heading in the page's head, which ends at its first prose; under a letterhead
    ("ROYAL DANISH EMBASSY"), the first such heading that names a place."""
    titles = []
    for i, block in enumerate(doc.blocks[:TITLE_BLOCKS]):
        body = doc.text[block.start:block.end]
        if block.kind == "heading":
            titles.append(i)
        elif len(body.split()) > TITLE_HEAD_WORDS and (i or _PROSE_END.search(body)):
            break  # not a newspaper's masthead, with its date and page: "L'ÉCHO ... – Mardi 20 avril 2027 – Page 7"
    return next((i for i in titles if _places_and_kind(doc, *doc.block_span(i))[1]), titles[0] if titles else None)


_PART_IN = re.compile(r"(?<![\w])(?:" + "|".join(tables.BREAKDOWN_MARKERS) + r")(?![\w])", re.IGNORECASE)
#: A line of a page's head: a short line that ends no sentence ("باريس، 3 شباط/فبراير 2025", "Press release").
_PAGE_LINE = re.compile(r"[^.!?\n]{1,120}")
_COUNTRY_NOUN_AFTER = re.compile(r"\s+(?:" + "|".join(tables.COUNTRY_NOUNS) + r")(?![\w])", re.IGNORECASE)
_COUNTRY_NOUN_BEFORE = re.compile(r"(?<![\w])(?:" + "|".join(tables.COUNTRY_NOUNS) + r")\s+$", re.IGNORECASE)


def _demonym_of_country(doc: Doc, start: int, end: int) -> bool:
    """A demonym in [start, end) that names its country's crisis, war or people ("in response to the Syrian crisis"),
    not people who may live elsewhere ("Syrian refugees")."""
    # the partner's own government ("اعلنت الحكومة الاسبانية") is who gives, no country's crisis
    return any(marker.value[1] and marker.value[0] != [doc.partner] and (
        _COUNTRY_NOUN_AFTER.match(doc.text, marker.end)
        or _COUNTRY_NOUN_BEFORE.search(doc.text, max(0, marker.start - 20), marker.start))
        for marker in doc.hits("places", scan_places, start, end))


#: A share of a sentence that opens a clause of its own, with its own subject: "et nous consacrons", "and it gives".
_OWN_CLAUSE = re.compile(r"\s*,?\s*(?:et|and|mais|but|tandis\s+que|while|whereas)\s+(?:nous|il|elle|ils|elles|we|it|"
                         r"they|he|she)\s+[^\W\d_]", re.IGNORECASE)


#: ... unless the clause points back to the other one: "..., and we have set aside S$2 million for it" (round 16).
_FOR_IT = re.compile(r"\s+(?:for|to|towards)\s+(?:it|them|this|that)\s*[.;!]|\s+pour\s+(?:cela|elle|lui|eux)\s*[.;!]",
                     re.IGNORECASE)


#: "et nous sommes prêts à en envoyer jusqu'à dix": "en" points back to the people of the clause before, and so to
#: where they serve (round 22).
_EN_REFERS = re.compile(rf"(?<![\w])en\s+(?:{'|'.join(tables.REFERRING_EN_VERBS)})\b", re.IGNORECASE)


def attach_places(doc: Doc) -> Doc:
    """Places from the nearest scope that names any. A scope that has only a demonym ("aux réfugiés syriens") names
    the people helped: a heading above that names a country ("Au Liban") says where the money goes."""
    tabled = CELL_MARK in doc.text
    for figure in doc.figures:
        reach = _place_scopes(doc, figure) + [(span, "heading") for span in _record_fields(doc, figure)]
        if len(reach) > 2 and _OWN_CLAUSE.match(doc.text, figure.seg_start) and not _FOR_IT.match(
                doc.text, figure.end) and not _EN_REFERS.search(doc.text, figure.seg_start, figure.start):
            del reach[2]  # "..., en Syrie, et nous consacrons 20 millions à la prévention": the rest is not its
        # in a table row ("2021 | CZK 45 million | CZK 60 million"), the figure's own cell, then its column's header
        cells = cell_scopes(doc.text, figure.start, figure.end) if tabled else []
        reach = [(span, None if index == 0 else "heading") for index, span in enumerate(cells)] + reach
        if cells:  # then the rest of its row: "Camp Singara, Erbil | Irak | 650"
            reach.insert(1, (_row_span(doc.text, figure.start), None))
        for index, ((start, end), source) in enumerate(reach):
            said, codes, demonyms_only = _places_and_kind(doc, start, end)
            if said:
                label = _label_places(doc, figure) if codes and demonyms_only else None
                if label:
                    codes = label  # "• In Lebanon: USD 2 million for Syrian refugees"
                elif codes and demonyms_only:
                    # refugees' nationality is not where they are: the headline last ("كندا تقدم 42.5 مليون دولار
                    # كندي لدعم الأردن" has a figure, so is no heading); "للشعب السوري" stays in Syria. A page's
                    # title ("Aid to Iraq") does not move "the Syrian crisis"; a section heading does
                    refugees = _REFUGEES.search(doc.text, start, end)
                    if not refugees and _STATE_FORCES.search(doc.text, start, end):
                        figure.places, figure.place_source = codes, source
                        break  # a state's own forces are in that state: "لتجهيز قوات الأمن العراقية" (round 27)
                    title = doc.blocks[0].start if _demonym_of_country(doc, start, end) else -1
                    # a part of a total given in a country: "للأردن ... 3.1 مليار دولار، منها ما يقارب 600 مليون دولار
                    # لدعم استضافة اللاجئين السوريين" (round 20)
                    part = refugees is not None and len(reach) > 2 and _PART_IN.search(
                        doc.text, max(figure.seg_start - 12, 0), figure.start) is not None
                    for span, src in [*reach[index + 1:], (_headline(doc, figure) if refugees else None, "heading")]:
                        # the figure's own share ("Lebanon: EUR 1.8 million ... for Syrian refugee children")
                        share = src is None and (span == reach[1][0] or part and span == reach[2][0]) and (
                            refugees is not None)
                        if (share or src == "heading") and span and span[0] != title:
                            _, heading_codes, heading_demonyms = _places_and_kind(doc, *span)
                            if heading_codes and not heading_demonyms:
                                codes, source = heading_codes, src
                                break
                figure.places = codes
                figure.place_source = source
                break
    if any(not f.places for f in doc.figures) and (field := _recipient_field(doc) or _agreement_title(doc)) is not None:
        codes = _places_and_kind(doc, *field)[1]
        for figure in doc.figures:
            if not figure.places and codes:
                figure.places, figure.place_source = list(codes), "heading"
    # the low end of a range of people is where its high end is: "between 2,000 and 2,500 troops in Iraq, and about
    # 900 in Syria" (its own share, "between 2,000", names no place, and its sentence names both) (round 19)
    highs = {f.end: f for f in doc.figures if f.is_range and f.range_end is None and f.kind == "personnel"}
    for figure in doc.figures:
        high = highs.get(figure.range_end) if figure.range_end is not None else None
        if high is not None:
            figure.places, figure.place_source = list(high.places), high.place_source
    if tabled:
        _total_row_places(doc)
    for figure in doc.figures:
        if not figure.places and (caption := _spaced_table_caption(doc.text, figure)):
            said, codes, demonyms_only = _places_and_kind(doc, *caption)
            if said and codes and not demonyms_only:
                figure.places, figure.place_source = list(codes), "heading"
    share_change_places(doc)
    return doc


#: A row of a table lined up with spaces is short: a label, a few cells.
SPACED_ROW_WORDS = 8
_CELL_BEFORE = re.compile(rf"\S{tables.COLUMN_GAP}$")


def _spaced_table_caption(text: str, figure: Figure) -> tuple[int, int] | None:
    """The caption over a table lined up with spaces, past its rows and header ("Table 1. Additional expenditure on
    the mission in Iraq, 2024-2026 (EUR million)" over "Year   Expenditure" and "2024   42.5", "Tableau 7 - Surcoût de
    l'opération Chammal (Irak, Jordanie)" over "Année      Surcoût"): where the money of its rows, and of its total row,
    goes when they name no place (round 29)."""
    start = text.rfind("\n", 0, figure.start) + 1
    end = text.find("\n", figure.end)
    # a row's label and its cells are each short; a label may be long as the row is: "Agences des Nations unies (aide
    # humanitaire)   28,0   45 %" (round 30)
    cells = _COLUMN_GAP.split(text[start: end if end != -1 else len(text)].strip(), maxsplit=1)
    if not _CELL_BEFORE.search(text, start, figure.start) or any(len(c.split()) > SPACED_ROW_WORDS for c in cells):
        return None  # the figure is no cell of its own on a short line: prose with a double space, not a row
    while start > 0:  # up over the rows and the header, each of two columns or more
        above = text.rfind("\n", 0, start - 1) + 1
        if not _columns(text, above, start - 1) or above == start:
            break
        start = above
    if start == 0:
        return None
    above = text.rfind("\n", 0, start - 1) + 1
    caption = text[above:start - 1]
    if not caption.strip() or len(caption.split()) > TABLE_CAPTION_WORDS or _columns(
            text, above, start - 1, indented=False):
        return None
    return above, start - 1


#: A caption's number, which a report may set off by a gap as wide as a column's: "Table 4.1  Czech development and
#: humanitarian assistance to Iraq in 2026" (round 30).
_CAPTION_NUMBER = re.compile(r"[ \t]*(?:Table|Tableau|Figure|Chart|Graphique|Box|Encadré|(?:ال)?جدول)[ \t]+"
                             r"\(?[\d٠-٩]+(?:[.-][\d٠-٩]+)*\)?[.:]?[ \t]+", re.IGNORECASE)


def _columns(text: str, start: int, end: int, *, indented: bool = True) -> bool:
    """Whether the line [start, end) has a gap between columns past a caption's number (or its indent, unless
    ``indented``)."""
    number = _CAPTION_NUMBER.match(text, start, end)
    line = text[number.end() if number else start:end]
    return bool(_COLUMN_GAP.search(line if indented else line.strip()))


_RECIPIENT_FIELD = re.compile(rf"^[ \t•*-]*{tables.RECIPIENT_COUNTRY_LABEL}\s*:[ \t]*(?P<value>[^\n]{{1,80}})$",
                              re.IGNORECASE | re.MULTILINE)


def _recipient_field(doc: Doc) -> tuple[int, int] | None:
    """The value of an activity record's one country field ("Recipient country: Iraq (100%)"): where the record's
    sums go when their own lines name no place (round 23)."""
    if "countr" not in doc.lower and "pays" not in doc.lower:
        return None
    fields = list(_RECIPIENT_FIELD.finditer(doc.text))
    return fields[0].span("value") if len(fields) == 1 else None


_AGREEMENT_TITLE = re.compile(rf"\W*(?:the\s+|l['’])?(?:{tables.AGREEMENT_TITLE})(?![\w])", re.IGNORECASE)


def _agreement_title(doc: Doc) -> tuple[int, int] | None:
    """The title of an agreement, its first block ("Agreement between the Government of Sweden and UNICEF on
    humanitarian ... support in Nineveh Governorate, Iraq"): where its articles' sums go and what for, when their own
    words say neither (round 25)."""
    if not doc.blocks or not _AGREEMENT_TITLE.match(doc.text, doc.blocks[0].start, doc.blocks[0].end):
        return None
    return doc.blocks[0].start, doc.blocks[0].end


def _total_row_places(doc: Doc) -> None:
    """A table's totals row sums the rows above it, so their places are its own: "المجموع | 6,480" under "العراق |
    4,120" and "سوريا | 2,360" is money for Iraq and Syria (round 22)."""
    text = doc.text
    for figure in doc.figures:
        row = text.rfind("\n", 0, figure.start) + 1
        if figure.places or not _TOTAL_ROW.match(text, row):
            continue
        end = text.find("\n", figure.start)
        cells = text.count(CELL_MARK, row, len(text) if end == -1 else end)
        column = text.count(CELL_MARK, row, figure.start)
        top = row
        while top > 0 and cells and text.count(CELL_MARK, text.rfind("\n", 0, top - 1) + 1, top - 1) == cells:
            top = text.rfind("\n", 0, top - 1) + 1  # up over the rows of the same table
        codes: list[str] = []
        for other in doc.figures:
            if top <= other.start < row and other.kind == figure.kind and text.count(
                    CELL_MARK, text.rfind("\n", 0, other.start) + 1, other.start) == column:
                codes += [code for code in other.places if code not in codes]
        if codes:
            figure.places, figure.place_source = codes, "heading"


#: What stands between the two values of a change of a head count: "from about 2,000 to fewer than 1,000".
_CHANGE_TO = re.compile(rf"\s*(?:to|à|إلى)\s+(?:(?:{HEDGE_ALTERNATION})\s+)?", re.IGNORECASE)
_CHANGE_OPENS = re.compile(rf"(?:\bfrom|\bde|(?<!\w)من)\s+(?:(?:{HEDGE_ALTERNATION})\s+)?$", re.IGNORECASE)


def share_change_places(doc: Doc) -> None:
    """The value a head count changes to counts the same people as the value it changes from, so it is where they
    are: "reduce the number of U.S. troops in Syria from about 2,000 to fewer than 1,000 ..., while roughly 2,500
    ... remain in Iraq" (round 20); its own share runs on into the next count's place."""
    people = sorted((f for f in doc.figures if f.kind == "personnel" and not f.dropped), key=lambda f: f.num_start)
    text = doc.text
    for first, then in zip(people, people[1:]):
        if (first.places and _CHANGE_TO.fullmatch(text, first.num_end, then.num_start)
                and _CHANGE_OPENS.search(text, max(0, first.num_start - 30), first.num_start)):
            then.places, then.place_source = list(first.places), first.place_source


def _row_span(text: str, position: int) -> tuple[int, int]:
    end = text.find("\n", position)
    return text.rfind("\n", 0, position) + 1, len(text) if end == -1 else end


def _label_places(doc: Doc, figure: Figure) -> list[str]:
    """The countries of a label before a colon in the figure's sentence ("• في لبنان والأردن: حوالي ٤ ملايين ..."),
    when it names countries, not people."""
    sentence = doc.sentences[figure.sentence]
    colon = doc.text.rfind(":", sentence.start, figure.start)
    if colon == -1:
        return []
    _, codes, demonyms_only = _places_and_kind(doc, sentence.start, colon)
    return [] if demonyms_only else codes


#: A first block of at most this many words is the document's headline.
HEADLINE_WORDS = 20
_REFUGEES = re.compile(r"لاجئ|refugee|réfugié", re.IGNORECASE)
#: A state's forces named by its demonym ("قوات الأمن العراقية", "الجيش العراقي", "Iraqi security forces", "forces de
#: sécurité irakiennes"): they serve in that state, so the demonym says where the money goes, unlike refugees' (round 27).
_STATE_FORCES = re.compile(
    r"(?<!\w)(?:ال)?(?:قوات|جيش|شرطة)(?:\s+(?:ال)?(?:أمن|امن|مسلحة|أمنية|امنية|اتحادية|خاصة)){0,2}\s+ال\S+ي(?:ة|ين)?(?!\w)"
    r"|\b[A-Z][a-z]+i\s+(?:(?:security|armed|special|defen[cs]e)\s+)?(?:forces|army|police)\b"
    r"|\b(?:forces|armée|police)\s+(?:(?:de\s+sécurité|armées|spéciales)\s+)?[a-zé]+(?:iennes?|aises?|ennes?)\b")


def is_short_line(doc: Doc, block: Block) -> bool:
    """A block of at most :data:`HEADLINE_WORDS` words: a headline or a subtitle, not prose."""
    return len(doc.text[block.start: block.end].split(maxsplit=HEADLINE_WORDS)) <= HEADLINE_WORDS


def _headline(doc: Doc, figure: Figure) -> tuple[int, int] | None:
    """The document's headline, its first block when that is a short line, unless the figure stands in it."""
    if not doc.blocks or figure.start < doc.blocks[0].end:
        return None
    first = doc.blocks[0]
    return (first.start, first.end) if is_short_line(doc, first) else None


_LINE_NAMES = tuple(tables.LINE_KEYWORDS)


def _lowered(pattern: str) -> str:
    """A keyword pattern for the ASCII-lowered text (see ``Doc.lower``)."""
    if re.search(r"\\[SWBDA]", pattern):
        raise ValueError(f"keyword patterns may not use upper-case escapes: {pattern}")
    return pattern.lower()


# One pass over the lowered text, keywords nested under their first letter (see keywords.py).
_LINES = keyword_regex(
    [(_lowered(p), "humanitarian mine action") for p in tables.HUMANITARIAN_MINE_ACTION]
    + [(_lowered(p), name) for name, patterns in tables.LINE_KEYWORDS.items() for p in patterns]
    + [(_lowered(p), "mine action") for p in tables.MINE_ACTION_KEYWORDS]
    + [(_lowered(p), "rehabilitation") for p in tables.REHABILITATION_KEYWORDS]
    + [(_lowered(p), "loan") for p in tables.LOAN_KEYWORDS]
    + [(_lowered(p), "generic") for p in tables.GENERIC_AID],
    before=r"\b",
    after="",
)


# Arabic keywords may sit inside a word behind a prefix ("للمساعدات"), so they have no word boundary before them.
def _with_lam(pattern: str) -> list[str]:
    """After "ل" the article's alif falls: "الاتصالات" is also written "للاتصالات"."""
    return [pattern, "ل" + pattern[1:]] if pattern.startswith("ال") else [pattern]


_LINES_AR = keyword_regex(
    [(form, name) for name, patterns in tables.LINE_KEYWORDS_AR.items() for p in patterns for form in _with_lam(p)]
    + [(p, "generic") for p in tables.GENERIC_AID_AR],
    before="",
    after="",
)


_NEUTRAL_NAMES = re.compile(gate(tables.LINE_NEUTRAL_NAMES) + "(?:" + "|".join(tables.LINE_NEUTRAL_NAMES) + ")")
_SILENT_PHRASES = re.compile(gate(tables.LINE_SILENT_PHRASES) + "(?:" + "|".join(tables.LINE_SILENT_PHRASES) + ")",
                             re.IGNORECASE)


def _scan_lines(doc: Doc, start: int, end: int) -> list[Marker]:
    found = [Marker(m.start(), m.end(), _LINES.value(m)) for m in _LINES.finditer(doc.lower, start, end)]
    if doc.language == "ar":
        found += [Marker(m.start(), m.end(), _LINES_AR.value(m)) for m in _LINES_AR.finditer(doc.text, start, end)]
    if found:
        silent = [(m.start(), m.end()) for m in _SILENT_PHRASES.finditer(doc.text, start, end)]
        if silent:
            found = [f for f in found if not any(a <= f.start and f.end <= b for a, b in silent)]
        names = [(m.start(), m.end()) for m in _NEUTRAL_NAMES.finditer(doc.lower, start, end)]
        for f in found:
            if any(a <= f.start and f.end <= b for a, b in names):
                f.value = ("name", f.value)
        # "Looking beyond emergency relief, Ireland will also commit €18 million ... for early recovery" (round 20)
        if any(key in doc.lower[start:end] for key in _NOT_THIS_LINE_KEYS):
            found = [f for f in found if not _NOT_THIS_LINE.search(doc.text, max(start, f.start - 40), f.start)]
    return found


#: A line named to say what the figure is not for: "beyond emergency relief", "apart from humanitarian aid" (round 20).
_NOT_THIS_LINE = re.compile(r"\b(?:beyond|besides|apart\s+from|aside\s+from|other\s+than|rather\s+than|instead\s+of)"
                            r"\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_NOT_THIS_LINE_KEYS = ("beyond", "besides", "apart", "aside", "other than", "rather", "instead")


#: What joins two kinds of money named side by side: "humanitaire et en prêts", "loans and humanitarian".
_AND_BETWEEN = re.compile(r"(?:\s+(?:aid|assistance|aide))?\s*,?\s+"
                          r"(?:(?:et|and|as\s+well\s+as)\s+|ainsi\s+qu(?:e\s+|['’]))"
                          r"(?:en\s+|in\s+|des\s+|de\s+l['’]|d['’])?(?:aide\s+)?", re.IGNORECASE)


def _lines_in(doc: Doc, start: int, end: int, *, generic: bool = True, names: bool = True) -> list[str]:
    found: list[str] = []
    named: list[str] = []
    aid = False
    marks: set[str] = set()  # words whose line depends on others in the scope
    relief, loans = [], []  # where "humanitarian" and loans are named, to tell "aid and loans" from "a loan for aid"
    for marker in doc.hits("lines", _scan_lines, start, end):
        if marker.value == "generic":
            aid = generic
        elif marker.value in ("mine action", "humanitarian mine action", "rehabilitation", "loan"):
            marks.add(marker.value)
            if marker.value == "loan":
                loans.append(marker)
        elif isinstance(marker.value, tuple):
            named.append(marker.value[1])
        elif marker.value not in found:
            found.append(marker.value)
        if marker.value == "humanitarian":
            relief.append(marker)
    if marks & {"mine action", "humanitarian mine action"}:
        # "humanitarian mine action" makes all the clearing of explosives in the scope humanitarian
        found.append("humanitarian" if "humanitarian mine action" in marks else "stabilization")
    if "loan" in marks:  # a loan is development, whatever it rebuilds, and whoever it hosts ("l'accueil des réfugiés")
        # ... but humanitarian aid named beside the loans is a part of the sum of its own: "en aide humanitaire et en
        # prêts de développement", "loans and humanitarian aid" (round 23)
        beside = any(_AND_BETWEEN.fullmatch(doc.text, *((a.end, b.start) if a.end <= b.start else (b.end, a.start)))
                     for a in relief for b in loans)
        found = [name for name in found if name != "humanitarian" or beside] + ["development"]
    elif "rehabilitation" in marks and "development" not in found:  # restoring services as development cooperation
        found.append("stabilization")
    if not found and names and not aid:
        found = named  # a body's name ("the UN Development Programme") speaks only when nothing else does
    if not found and aid:
        found.append("humanitarian")
    return [name for name in _LINE_NAMES if name in found]


def _after_training(doc: Doc, figure: Figure) -> int | None:
    """Where the verb that gives a sum starts, after a clause of the same sentence that says whom the giver trained
    ("has trained ... and contributed"); None when no such clause stands before the sum."""
    sentence = doc.sentences[figure.sentence] if 0 <= figure.sentence < len(doc.sentences) else None
    if sentence is None:
        return None
    trained = None
    for trained in _TRAINED_CLAUSE.finditer(doc.text, sentence.start, figure.start):
        pass
    joined = trained and _AND_THEN.search(doc.text, trained.end(), figure.start)
    return joined.end() if joined else None


#: The "and" that opens a sentence's next verb phrase: "... and contributed", "... et versé", "... و".
_AND_THEN = re.compile(r"\s(?:and|et|as\s+well\s+as|ainsi\s+que)\s|\sو(?=\S)")
#: The people a head count has trained: words after it name others' forces, not the line of the count.
_TRAINED_CLAUSE = re.compile(
    r"(?<![\w])(?:(?:have|has|had|helped)\s+(?:\w+\s+)?train(?:ed)?|trained|(?:ont|a)\s+(?:\w+\s+)?formé|formés?"
    r"|درّب|درب"
    # ... conjugated, "and" glued: "250 جنديًا سلوفينيًا، درّبوا أكثر من 3000 من مقاتلي البيشمركة على ... تفكيك المتفجرات",
    # "ويدربون" (round 22)
    r"|[وف]?(?:[يت]?درب(?:وا|ون|ت|ن))"
    # soldiers kept "to train" others: "نحو 650 جندياً في العراق لتدريب قوات البيشمركة والشرطة"
    r"|ل(?:تدريب|تأهيل))(?![\w])",
    re.IGNORECASE,
)


CELL_MARK = " | "


def cell_scopes(text: str, figure_start: int, figure_end: int) -> list[tuple[int, int]]:
    """A table row is one line of cells joined by " | " (see ``coalition.reading``): the figure's cell, and the
    same cell of the header row, the first of the lines above with as many cells."""
    start = text.rfind("\n", 0, figure_start) + 1
    end = text.find("\n", figure_end)
    end = len(text) if end == -1 else end
    cells = _marks(text, start, end)
    if not cells:
        return []
    column = text.count(CELL_MARK, start, figure_start)
    scopes = [_cell_span(text, start, end, column)]
    top = _header_row(text, start, cells)
    if top != start:
        scopes.append(_cell_span(text, top, text.find("\n", top), column))
    return scopes


def _header_row(text: str, row: int, cells: int) -> int:
    """Where the header row of the table whose row starts at ``row`` starts: the first of the lines above with as
    many cells."""
    top = row
    while top > 0 and cells:
        above = text.rfind("\n", 0, top - 1) + 1
        if _marks(text, above, top - 1) != cells:
            break
        top = above
    return top


def _marks(text: str, start: int, end: int) -> int:
    """The cell marks of a row, with the one before an empty last cell: "المجموع 2020-2022 | 73,5 |" (round 24)."""
    return text.count(CELL_MARK, start, end) + text.endswith(CELL_MARK.rstrip(), start, end)


def _cell_span(text: str, start: int, end: int, column: int) -> tuple[int, int]:
    for _ in range(column):
        start = text.index(CELL_MARK, start, end) + len(CELL_MARK)
    stop = text.find(CELL_MARK, start, end)
    return start, end if stop == -1 else stop


#: A head count of civilians by its own words: "two civilian experts", "five civilian advisers".
_CIVILIAN_COUNT = re.compile(r"\bcivilians?\b")
#: ... and in Arabic, where the adjective follows: "خبيرتين مدنيتين", "ضمن برنامج إعارة الخبراء المدنيين" (round 21).
_CIVILIAN_AR = re.compile(r"(?:^(?:\s+[^\W\d_]+)?|(?:ال)?(?:خبراء|خبير|مستشار|موظف)[^\W\d_]*)\s+(?:ال)?مدني(?:ين|ون|ان|تين|تان)?(?!\w)")


_RESPECTIVELY = re.compile(r"\brespectively\b|\brespectivement\b|على\s+التوالي", re.IGNORECASE)


#: Who is among a head count: "بينهم", "من بينهم", "including", "among them", "parmi lesquels", "dont des".
_AMONG_THEM = re.compile(r"(?<!\w)(?:من\s+)?بينهم(?!\w)|\bamong\s+them\b|,\s*including\b|\bparmi\s+(?:eux|lesquels)\b|"
                         r",\s*dont\s+(?:des|deux|trois|quatre|cinq|\d+)\b", re.IGNORECASE)


def _civilians_ar(doc: Doc, figure) -> bool:
    """The Arabic civilian adjective after the figure's noun, or the civilian experts its sentence names."""
    if "مدني" not in doc.text:
        return False
    if _CIVILIAN_AR.match(doc.text[figure.end:figure.end + 40]):
        return True
    sentence = doc.sentences[figure.sentence] if figure.sentence >= 0 else None
    return sentence is not None and any(m.start() > 0 for m in _CIVILIAN_AR.finditer(doc.text, sentence.start,
                                                                                       sentence.end))


def attach_lines(doc: Doc) -> Doc:
    """Lines from the nearest scope that names any; like places, not from another sentence of a paragraph unless
    the figure's sentence points back to it."""
    people_shares: dict[int, list[int]] = {}  # where each sentence's head counts' shares start, in order
    for figure in doc.figures:
        if figure.kind == "personnel" and not figure.dropped:
            people_shares.setdefault(figure.sentence, []).append(figure.seg_start)
    for figure in doc.figures:
        if figure.kind == "personnel" and (_CIVILIAN_COUNT.search(doc.lower, figure.num_end, figure.end)
                                           or doc.language == "ar" and _civilians_ar(doc, figure)):
            figure.lines = ["other"]  # "two civilian experts with the NATO Mission": civilians, whatever they join
            continue
        if figure.kind == "personnel" and _humanitarian_medics(doc, figure):
            figure.lines = ["humanitarian"]
            continue
        reach = _place_scopes(doc, figure, pronouns=False)
        if figure.kind == "personnel":
            reach = reach[:3]  # a heading about money says nothing of the people under it
        cut = floor = None
        if figure.kind == "personnel":  # "..., where they have helped train Iraqi soldiers and federal police"
            trained = _TRAINED_CLAUSE.search(doc.text, figure.end, doc.sentences[figure.sentence].end)
            cut = trained.start() if trained else None
            # nor from the share of money after it ("deux officiers ... et finance, à hauteur de 750 000 euros, un
            # programme de réintégration des enfants de combattants")
            money = [f.seg_start for f in doc.figures if f.kind == "funding" and f.sentence == figure.sentence
                     and f.start > figure.end and not f.dropped]
            if money:
                cut = min(cut or money[0], money[0])
            # ... nor, for soldiers, from a sum before it ("قدّمت ... من المساعدات الإنسانية والإنمائية إلى لبنان،
            # وبأن نحو ألف ومئتي جندي إيطالي يخدمون"): its words are that sum's
            soldiers = figure.noun and any(mark in figure.noun for mark in tables.SOLDIER_NOUN_MARKS)
            # ... nor, for soldiers, from who is among them ("40 عسكرياً ...، بينهم أطباء ومختصون في إبطال المتفجرات",
            # "40 soldiers, including explosive ordnance disposal experts"): they serve as the soldiers do (round 21)
            among = soldiers and _AMONG_THEM.search(doc.text, figure.end, doc.sentences[figure.sentence].end)
            if among:
                cut = min(cut or among.start(), among.start())
            floor = max((f.seg_end if f.seg_end <= figure.start else f.end for f in doc.figures
                         if f.kind == "funding" and f.sentence == figure.sentence
                         and f.end <= figure.start and not f.dropped), default=None) if soldiers else None
            # ... nor from an earlier head count's share ("22 عسكرياً ..., معظمهم مستشارون في ... إزالة الألغام، إضافة
            # إلى ضابطَي اتصال اثنين في مقر قيادة التحالف"): what those people do is theirs (round 32)
            before = max((f.seg_end for f in doc.figures if f.kind == "personnel" and f.sentence == figure.sentence
                          and f.seg_end <= figure.start and not f.dropped and f.value != figure.value
                          and not _PART_IN.search(doc.text, f.end, figure.start)), default=None)
            if before is not None:
                floor = max(floor or before, before)
        elif figure.kind == "funding":
            # nor from a later sum's relative clause: "le PAM (800 k€) et HI (400 k€), qui mène des opérations de déminage"
            cut = _later_relative_clause(doc, figure)
            # nor from the training the giver did besides, before it: "the UK has trained over 120,000 security forces
            # through Operation SHADER and contributed over £500 million in humanitarian assistance"
            floor = _after_training(doc, figure)
            # nor from what the places are: "au Liban et en Jordanie, deux pays qui accueillent 1,7 million de réfugiés"
            sentence_end = doc.sentences[figure.sentence].end if 0 <= figure.sentence < len(doc.sentences) else None
            apposition = sentence_end and _PLACES_APPOSITION.search(doc.text, figure.end, sentence_end)
            if apposition:
                cut = min(cut or apposition.start(), apposition.start())
            # nor from the source it is quoted from: "..., بحسب الوكالة الإيطالية للتعاون الإنمائي", "according to the
            # Italian Agency for Development Cooperation" (round 28)
            source = sentence_end and _SOURCE_AFTER.search(doc.text, figure.end, sentence_end)
            if source:
                cut = min(cut or source.start(), source.start())
            # nor from the share of a head count after it: "بلغ نحو 1.1 مليار كرونة، مشيراً إلى أن بلاده تشارك ...
            # بما يقارب 130 عسكرياً" (round 18)
            people = next((start for start in people_shares.get(figure.sentence, ()) if start > figure.end), None)
            if people is not None:
                cut = min(cut or people, people)
            # what follows "respectively" up to the next figure is said of every figure before it: "20 مليون دولار
            # و15 مليون يورو على التوالي لبرامج إعادة الإعمار، فيما خصّصت السويد ... لبرامج الاستقرار" (round 19)
            shared = sentence_end and _RESPECTIVELY.search(doc.text, figure.end, sentence_end)
            if shared:
                later = min((f.start for f in doc.figures if f.sentence == figure.sentence and f.start > shared.end()),
                            default=sentence_end)
                reach = [*reach[:2], ((shared.end(), later), None), *reach[2:]]
        # in a table row ("2019 | 150 million | 200 million"), the figure's own cell, then its column's header
        cells = cell_scopes(doc.text, figure.start, figure.end)
        if cells and figure.sentence >= 0:
            # the table's other rows are other projects: "إعادة تأهيل" in one row says nothing of the next (round 19)
            row_start = doc.text.rfind("\n", 0, figure.start) + 1
            row_end = doc.text.find("\n", figure.end) % (len(doc.text) + 1)
            block_start, block_end = doc.block_span(doc.sentences[figure.sentence].block)
            reach = [((row_start, row_end), None)] + [
                ((start, end), source) for (start, end), source in reach
                if not (block_start <= start and end <= block_end and (start < row_start or end > row_end))]
        reach = [((start, end), None) for start, end in cells] + reach
        # nor from what the sentence opens by setting aside: "Besides the troops, Portugal gave EUR 750,000 to the ICRC"
        opening = doc.sentences[figure.sentence].start if figure.sentence >= 0 else -1
        aside = _ASIDE.match(doc.text, opening) if doc.text[opening: opening + 1] in _ASIDE_INITIALS else None
        if aside and aside.end() <= figure.start:
            reach = [((max(start, aside.end()) if start <= figure.start < end else start, end), source)
                     for (start, end), source in reach]
        for (start, end), source in reach:
            if cut is not None and start <= figure.start < end:
                end = min(end, cut)
            if floor is not None and start <= figure.start < end:
                start = max(start, floor)
            # "للمساعدة في تأمين": help, not aid; but experts sent to coordinate aid are humanitarian
            generic = figure.kind == "funding" or figure.noun in tables.AID_WORKER_NOUNS
            lines = _lines_in(doc, start, end, generic=generic)
            if lines and source == "heading" and not _lines_in(doc, start, end, names=False) and _OFFICE.search(
                    doc.text, start, end):
                continue  # a heading that only names who answers: "Réponse du ministre de la Coopération au
                # développement du 21 février 2023 :" (round 24)
            if lines:
                if lines == ["humanitarian"] and not _lines_in(doc, start, end, generic=False):
                    # not to a body's name: "la Direction du développement ... consacrera 12 millions à l'aide"
                    lines = _named_in_sentence(doc, figure, reach, start, names=False, cut=cut) or lines
                elif not _lines_in(doc, start, end, names=False):  # only a body's name ("UN Development Programme")
                    lines = _named_in_sentence(doc, figure, reach, start, names=False, cut=cut) or lines
                figure.lines = lines
                break
        if not figure.lines and figure.kind == "funding":
            figure.lines = _record_lines(doc, figure) or _fund_lines(doc, figure) or _announced_lines(doc, figure) or (
                _lines_in(doc, *title, names=False) if (title := _agreement_title(doc)) else [])
        if not figure.lines and figure.kind == "personnel":
            civilian = figure.noun and any(mark in figure.noun for mark in tables.CIVILIAN_NOUN_MARKS)
            sentence = doc.sentences[figure.sentence] if figure.sentence >= 0 else None
            medical = sentence is not None and any(mark in doc.lower[sentence.start:sentence.end]
                                                   for mark in tables.MEDICAL_NOUN_MARKS)
            if medical:  # in the figure's own clause, unless they are the forces' own medics
                clause = doc.lower[slice(*clause_bounds(doc, figure))]
                medical = any(mark in clause for mark in tables.MEDICAL_NOUN_MARKS) and not _MILITARY_MEDICS.search(
                    doc.text, sentence.start, sentence.end)
            figure.lines = ["other"] if civilian else ["humanitarian"] if medical else ["military"]
    # the low end of a range of people counts the same people as its high end: "between 40 and 50 Qatari doctors and
    # nurses" (its own clause, "between 40", names no one) (round 21)
    highs = {f.end: f for f in doc.figures if f.is_range and f.range_end is None and f.kind == "personnel"}
    for figure in doc.figures:
        high = highs.get(figure.range_end) if figure.range_end is not None else None
        if high is not None:
            figure.lines = list(high.lines)
    return doc


#: An office or its holder, whose name may hold a line's word ("ministre de la Coopération au développement").
_OFFICE = re.compile(r"(?<!\w)(?:ministre|ministère|minister|ministry|secretary|department|وزير|وزارة)", re.IGNORECASE)
_HUMANITARIAN_MISSION = re.compile(tables.HUMANITARIAN_MISSION, re.IGNORECASE)
_MILITARY_MEDICS = re.compile(tables.MILITARY_MEDICS, re.IGNORECASE)


def _humanitarian_medics(doc: Doc, figure: Figure) -> bool:
    """Whether the head count is of medical staff, in its clause, on a mission its sentence calls humanitarian."""
    if figure.sentence < 0:
        return False
    sentence = doc.sentences[figure.sentence]
    if not _HUMANITARIAN_MISSION.search(doc.text, sentence.start, sentence.end):
        return False
    start, end = clause_bounds(doc, figure)
    # ... also in the brackets right after it: "120 personnels (médecins, infirmiers et techniciens)" (round 24)
    bracket = _BRACKET_AFTER.match(doc.text, figure.end)
    clause = doc.lower[start:max(end, bracket.end()) if bracket else end]
    return any(mark in clause for mark in tables.MEDICAL_NOUN_MARKS + tables.FIELD_HOSPITAL_MARKS)


_BRACKET_AFTER = re.compile(r"\s*\([^()]{1,160}\)")


#: An opening that sets something aside before the sentence's subject: "Besides the troops,", "Outre ses militaires,".
_ASIDE = re.compile(r"\s*(?:Besides|Apart\s+from|Aside\s+from|Beyond|On\s+top\s+of|In\s+addition\s+to|Outre|"
                    r"En\s+plus\s+de|Au-delà\s+de)\s+[^,.;\d]{1,60},")
_ASIDE_INITIALS = frozenset("BAOIE")
_RELATIVE = re.compile(r",\s*(?:qui|which|who)\s", re.IGNORECASE)
#: A source named after a comma: "، بحسب", "، وفقاً لبيانات", ", according to", ", selon", ", d'après".
_SOURCE_AFTER = re.compile(r"[،,]\s*(?:[بو]?حسب|وفق[اًً]*|according\s+to|selon|d['’]après)(?!\w)"
                           # ... nor from the title of who says it: ", International Development Cooperation Minister
                           # Johan Lindqvist told reporters", ", a déclaré la ministre de la Coopération" (round 30)
                           r"|[,]\s*(?:(?:the|la|le|l['’])\s*)?(?:[^\W\d_][\w'’-]*\s+){0,6}?(?:minister|ministre|"
                           r"secretary|spokes(?:person|man|woman)|porte-parole)\b", re.IGNORECASE)
#: The countries named again to say what they are: ", deux pays qui accueillent", ", two countries that host".
_PLACES_APPOSITION = re.compile(
    r",\s*(?:(?:deux|trois|quatre|les\s+deux|ces|des|un|a|two|three|four|both)\s+)?(?:pays|countr(?:y|ies)|nations?)\s+"
    r"(?:qui|que|où|dont|that|which|who|where|whose)\s",
    re.IGNORECASE,
)


def _later_relative_clause(doc: Doc, figure: Figure) -> int | None:
    """Where a relative clause opens in the share of a later sum of the figure's sentence: its words are that sum's."""
    for other in doc.figures:
        if (other.kind == "funding" and other.sentence == figure.sentence and other.start > figure.end
                and not other.dropped):
            relative = _RELATIVE.search(doc.text, other.end, other.seg_end)
            if relative:
                return relative.start()
    return None


#: A project sheet's field: one short "Label : value" line ("Type de financement : Prêt souverain").
_FIELD_LINE = re.compile(r"\s*[^\W\d_][^:\n]{0,40}?\s?:[ \t]*\S[^\n]{0,80}")
#: How many field lines on either side of a figure's own make its record.
RECORD_FIELDS = 12


def _record_fields(doc: Doc, figure: Figure) -> list[tuple[int, int]]:
    """The other fields of a project sheet's record, for an amount in a field line of its own ("Budget : CHF
    9'500'000" beside "Pays : Syrie" and "Période : 01.01.2022 - 31.12.2022"), nearest first."""
    if not 0 <= figure.sentence < len(doc.sentences):
        return []
    text = doc.text
    own = doc.sentences[figure.sentence].block

    def field(index: int) -> bool:
        block = doc.blocks[index]
        return block.kind == "paragraph" and bool(_FIELD_LINE.fullmatch(text, block.start, block.end))

    if not field(own):
        return []
    found: list[tuple[int, int]] = []
    for step in (-1, 1):
        index = own + step
        while 0 <= index < len(doc.blocks) and abs(index - own) <= RECORD_FIELDS and (
                field(index) or _same_record(doc, index, own)):
            if field(index):
                found.append((doc.blocks[index].start, doc.blocks[index].end))
            index += step
    return found


def _same_record(doc: Doc, index: int, own: int) -> bool:
    """A line of prose among a record's field lines, with no blank line between it and the figure's: "Tasks: ..." and
    "Of the 312, about 90 are at Al-Azraq" between "Area of operations: Iraq, Jordan, Kuwait" and "Additional mission
    costs for 2026: EUR 145.3 million" (round 25)."""
    low, high = sorted((doc.blocks[index], doc.blocks[own]), key=lambda block: block.start)
    return doc.blocks[index].kind == "paragraph" and "\n\n" not in doc.text[low.end:high.start]


_DEVELOPMENT_FUND = re.compile("|".join(tables.DEVELOPMENT_FUND_NAMES))
_FUND_AGAIN = re.compile("|".join(tables.FUND_AGAIN))
#: How far from the top of a page its development fund is looked for: the headline and the opening paragraph.
FUND_WINDOW = 600


def _fund_lines(doc: Doc, figure: Figure) -> list[str]:
    """Development, for a sum of the development fund or agency the page opens with, named again in the figure's
    sentence."""
    if not 0 <= figure.sentence < len(doc.sentences):
        return []
    top = doc.lower[:FUND_WINDOW]
    if not ("صندوق" in top or "fund" in top or "fonds" in top or "agency" in top or "ica" in top) or (
            not _DEVELOPMENT_FUND.search(top)):
        return []
    sentence = doc.sentences[figure.sentence]
    return ["development"] if _FUND_AGAIN.search(doc.lower, sentence.start, sentence.end) else []


#: A paragraph that announces the list or table below it: "Le tableau ci-dessous détaille ... pour nos programmes
#: humanitaires.", "The table below lists ...", "as follows".
_ANNOUNCES = re.compile(r"ci-dessous|ci-après|\bbelow\b|as\s+follows|\bsuivant(?:e|s|es)?\s*:", re.IGNORECASE)
#: How many headings, list intros and bullets may stand between a bullet and the paragraph that announces its list.
ANNOUNCED_REACH = 12


def _announced_lines(doc: Doc, figure: Figure) -> list[str]:
    """The lines of the paragraph that announces the list a bullet belongs to, across the country headings between
    ("Le tableau ci-dessous détaille ... les fonds reçus pour nos programmes humanitaires." over "IRAK" and its
    items)."""
    if not 0 <= figure.sentence < len(doc.sentences):
        return []
    index = doc.sentences[figure.sentence].block
    if doc.blocks[index].kind != "bullet":
        return []
    for block in reversed(doc.blocks[max(0, index - ANNOUNCED_REACH):index]):
        if block.kind in ("bullet", "heading"):
            continue
        if block.kind == "paragraph" and _ANNOUNCES.search(doc.text, block.start, block.end):
            return _lines_in(doc, block.start, block.end)
        return []
    return []


def _record_lines(doc: Doc, figure: Figure) -> list[str]:
    """The lines the other fields of a project sheet's record name ("Montant du financement : 20 M€" under "Type de
    financement : Prêt souverain")."""
    found = [name for start, end in _record_fields(doc, figure) for name in _lines_in(doc, start, end)]
    if not found and (field := _recipient_field(doc)) is not None:
        # an activity record's summary, with its recipient country: "implementing organisation: UNDP, Funding Facility
        # for Stabilization" gives the line of every sum of the record (round 23)
        found = [name for start, end in _summary_fields(doc, field[0])
                 for name in _lines_in(doc, start, end, generic=False)]  # not "aid type: C01"
    return [name for name in _LINE_NAMES if name in found]


_LABEL_START = re.compile(r"[ \t•*-]*[^\W\d_][^:\n]{0,40}?\s?:")


def _summary_fields(doc: Doc, at: int) -> list[tuple[int, int]]:
    """The "Label: value" blocks next to each other around position ``at``: a record's summary."""
    index = next((i for i, b in enumerate(doc.blocks) if b.start <= at < b.end), None)
    if index is None:
        return []
    found: list[tuple[int, int]] = []
    for step in (-1, 1):
        i = index if step == -1 else index + 1
        while 0 <= i < len(doc.blocks) and abs(i - index) <= RECORD_FIELDS and doc.blocks[i].kind in (
                "bullet", "paragraph") and _LABEL_START.match(doc.text, doc.blocks[i].start, doc.blocks[i].end):
            found.append((doc.blocks[i].start, doc.blocks[i].end))
            i += step
    return found


#: A record's field of time: "Période : 01.01.2022 - 31.12.2022", "Period: 2019-2021", "Durée : 2021 – 2024".
_PERIOD_FIELD = re.compile(
    rf"\s*(?:période|periode|period|durée|duration|phase)\b[^:\n]{{0,20}}:\s*(?:\d{{1,2}}[./]\d{{1,2}}[./])?"
    rf"(?P<first>{_YEAR})\s*[-–—]\s*(?:\d{{1,2}}[./]\d{{1,2}}[./])?(?P<last>{_YEAR})(?!\d)",
    re.IGNORECASE,
)


def _record_period(doc: Doc, figure: Figure) -> None:
    """A record's period field: one year when it starts and ends in the same year, else a sum since the first."""
    for start, end in _record_fields(doc, figure):
        m = _PERIOD_FIELD.match(doc.text, start, end)
        if m:
            first, last = int(m.group("first")), int(m.group("last"))
            if first == last:
                figure.period, figure.year = "year", first
            elif figure.kind == "funding":
                figure.period, figure.since = "cumulative", first
            return


def _named_in_sentence(doc: Doc, figure: Figure, reach, start: int, *, names: bool = True,
                       cut: int | None = None) -> list[str]:
    """A line named further on in the figure's sentence, which a generic "aid" or a body's name in its clause
    yields to: "grant aid of 1.5 billion yen ..., as part of Japan's development cooperation"; not in the words
    after ``cut``, nor in an earlier sum's own stretch ("$3 million to the Funding Facility for Stabilization, with the
    remaining $4 million through WFP"): those are another figure's, unless this one is the total the earlier sum
    brings ("$75 million for stabilization, bringing the total to $265 million")."""
    sentence = doc.sentences[figure.sentence] if 0 <= figure.sentence < len(doc.sentences) else None
    if sentence is None:
        return []
    earlier = [] if figure.period == "cumulative" else [
        (f.start, f.seg_end) for f in doc.figures if f.kind == "funding" and f.sentence == figure.sentence
        and not f.dropped and f.seg_end <= figure.start and f is not figure]
    for (wider_start, wider_end), _ in reach:
        if wider_start < sentence.start or wider_end > sentence.end or (wider_start, wider_end) == (start, start):
            continue
        if cut is not None and wider_start <= figure.start < wider_end:
            wider_end = min(wider_end, cut)
        pieces, at = [], wider_start
        for other_start, other_end in sorted(earlier):
            if wider_start <= other_start and other_end <= wider_end:
                pieces.append((at, other_start))
                at = max(at, other_end)
        pieces.append((at, wider_end))
        named = [line for a, b in pieces if a < b for line in _lines_in(doc, a, b, generic=False, names=names)]
        if named:
            return list(dict.fromkeys(named))
    return []


_FUNDING_STAGE = keyword_regex([(_lowered(p), stage) for p, stage in tables.FUNDING_STAGE_WORDS.items()],
                               before=r"\b", after=r"\b")
_DEPLOYED = re.compile(r"\b(?:" + "|".join(tables.PERSONNEL_DEPLOYED_WORDS) + r")\b", re.IGNORECASE)
_MISSION_NAMES = list(tables.MISSIONS.values())
_MISSIONS = re.compile("(?=[A-Zo])(?:" + "|".join(f"(?P<m{i}>{p})" for i, p in enumerate(tables.MISSIONS)) + ")")


def _scan_missions(doc: Doc, start: int, end: int) -> list[Marker]:
    chunk = doc.text[start:end]
    if not any(anchor in chunk for anchor in tables.MISSION_ANCHORS):
        return []  # cheaper than the regex: most sentences name no mission
    return [Marker(m.start(), m.end(), _MISSION_NAMES[int(m.lastgroup[1:])])
            for m in _MISSIONS.finditer(doc.text, start, end)]


def classify_stage(doc: Doc) -> Doc:
    text = doc.text
    for figure in doc.figures:
        start, end = figure.seg_start, figure.seg_end
        if figure.kind == "personnel":
            if figure.qualifier == "at_most":
                figure.stage = "ceiling"
            elif _DEPLOYED.search(text, start, end):
                figure.stage = "deployed"
            continue
        best: tuple[int, str] | None = None
        for m in _FUNDING_STAGE.finditer(doc.lower, start, end):
            distance = figure.start - m.end() if m.end() <= figure.start else (m.start() - figure.end) * 2
            if best is None or abs(distance) < best[0]:
                best = (abs(distance), _FUNDING_STAGE.value(m))
        if best is not None:
            figure.stage = best[1]
    return doc


def attach_mission(doc: Doc) -> Doc:
    if not any(anchor in doc.text for anchor in tables.MISSION_ANCHORS):
        return doc  # the page names no mission at all
    shares: dict[int, list[Figure]] = {}
    for figure in doc.figures:
        if not figure.dropped:
            shares.setdefault(figure.sentence, []).append(figure)
    starts = {index: [f.seg_start for f in figures] for index, figures in shares.items()}
    for figure in doc.figures:
        mine = shares.get(figure.sentence, [])
        for start, end in scopes(doc, figure)[:4]:
            # beyond its own share of the sentence, a figure does not take a mission named in another's share
            hits = [m for m in doc.hits("missions", _scan_missions, start, end)
                    if _owner(mine, starts.get(figure.sentence, []), m.start) in (None, figure)]
            if hits:
                figure.mission = hits[0].value
                break
        if figure.kind == "funding" and not figure.lines and figure.mission in tables.MILITARY_MISSIONS and (
                _FOR_THE_MISSION.match(doc.text, figure.end, min(len(doc.text), figure.end + 40))):
            figure.lines = ["military"]  # "EUR 14.5 million for the operation", the operation named before (round 20)
    return doc


_FOR_THE_MISSION = re.compile(r"\s*(?:for|to)\s+(?:the|this|that)\s+(?:military\s+)?(?:operation|mission|deployment)\b",
                              re.IGNORECASE)


def _owner(figures: list[Figure], starts: list[int], position: int) -> Figure | None:
    i = bisect.bisect_right(starts, position) - 1
    if i >= 0 and figures[i].seg_start <= position < figures[i].seg_end:
        return figures[i]
    return None
