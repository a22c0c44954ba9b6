"""Pipeline steps for documents that name many partners: whose money or people each figure is, and where it goes.

A pledging conference's outcome, a coalition fact sheet or a round-up of troops names many givers. In such a
document (``Doc.many``) every claim gets its own giver (``Figure.giver``: an ISO code, or an organisation's slug
from :mod:`.givers`), the document keeps no partner of its own, and a figure that no single giver gives (a total
for all donors) is dropped. A document with one partner is left exactly as before; its claims carry its partner.

- ``detect_givers`` (after ``detect_partner``): tells a many-partner document from a factsheet: at least
  :data:`MIN_GIVERS` givers each lead a sentence with a figure, and none leads most of them. A partner given by
  the caller always wins. It also reads which country hosts the conference ("the host country").
- ``find_ranges`` (after ``find_headcounts``): "between 5,000 and 6,000 troops" is two figures, at least 5,000
  and at most 6,000; "120 and 70 instructors" and "..., and Norway around 40" are found too.
- ``attribute_givers`` (after ``drop_others``): the giver of each figure; a money range's upper bound, "as did Z"
  and "X and Y ... each" as figures of their own; the period from the giver's own share of the sentence; and the
  places again without the givers' names, taking the document's frame (its headline: "for the reconstruction of
  Iraq") last.
- ``share_out`` (after ``build_evidence``): one evidence for both ends of a range of people.

The giver of a figure is, in this order: the nationality of a head count ("2,000 US troops", "troops from
Italy"); the giver after the figure ("EUR 5 million from Norway"); the label of its list item or table row
("Austria: EUR 9 million", a table cell above); the giver nearest before it in its share of the sentence; the giver
of the figure before it in the sentence; the giver nearest before it in the sentence; a giver heading; the giver of
the sentence before, when this one opens with "It" or "The country". A name is no giver where it is a destination
("for Iraq"), a seat ("the Kuwait-based Arab Fund"), a host ("Jordan hosts ...") or an adjective of anything but
people or a government.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from functools import lru_cache

from . import tables
from .attributes import (
    _PART_OF_BEFORE,
    CELL_MARK,
    HEDGE_ALTERNATION,
    PART_LOOKBACK,
    _bare_year,
    _first_year,
    _lines_in,
    _period_in,
    _spaced_table_caption,
    _table_caption,
    scan_places,
    share_change_places,
)
from .context import HEADING_SCOPE, clause_bounds, scopes
from .currencies import currency_patterns, partner_currency
from .doc import Doc, Figure
from .figures import to_number
from .givers import (
    Mention,
    arabic_giver_names,
    arabic_role,
    giver_key,
    giver_mentions,
    giver_regex,
    giver_table,
)
from .keywords import keyword_regex, nested_alternation
from .partner import CAPITALS, speaks_for_its_state
from .places import DESTINATION_WEIGHT, demonyms

#: A many-partner document has at least this many givers leading sentences with figures ...
MIN_GIVERS = 2
#: ... and no giver leads more than this share of them.
MAX_LEADING_SHARE = 0.6
#: With this many givers or more, the share does not matter.
MANY_GIVERS = 3

_SEAT_AFTER = re.compile(
    r"(?:-based|\s+based|-hosted|['’]s\s+capital|\s+capital|\s+(?:International\s+)?(?:Conference|Summit|Declaration"
    # the name of a mission: "NATO Mission Iraq", "EU Advisory Mission"
    r"|Process|conference|summit)|\s+(?:Advisory\s+|Training\s+)?Mission)\b"
)
#: A country in a later cell of a table's row, after a cell of words and before a number: where a base or office is
#: ("Al Asad Air Base      Iraq      85"), not who gives.
_LATER_CELL_BEFORE = re.compile(r"[^\d\n]*[^\W\d](?:[ \t]{2,}|\t|[ \t]*\|[ \t]*)")
_NUMBER_CELL_AFTER = re.compile(r"(?:[ \t]{2,}|\t|[ \t]*\|[ \t]*)(?:[A-Z]{3}\s?|[$€£]\s?)?\d")
#: ... and waters named after a country: "golfe de Guinée", "Gulf of Oman" (round 25).
_REGION_BEFORE = re.compile(r"\b(?:(?:Lake|lac|Lac)\s+|[Gg]olfe\s+(?:de\s+|du\s+|d['’])|Gulf\s+of\s+)$")
_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|or\b|et\b|ou\b)")
_ENUMERATED = re.compile(r"(?:\s*,\s*|\s+(?:and|or|et|ou)\s+|(?<=\w)-)"
                         r"(?:the\s+|le\s+|la\s+|les\s+|l['’]|au\s+|aux\s+|à\s+(?:la\s+|l['’])?)?$")
_VENUE_BEFORE = re.compile(r"(?<!\w)(?:" + "|".join(tables.VENUE_WORDS) + r")\s+(?:à|in|at|في)\s+$", re.IGNORECASE)
_VENUE_ENDS = ("à ", "in ", "at ", "في ")
#: An Arabic giver's verb before its name, with "حكومة" or "جمهورية" between ("وقدّمت حكومة فنلندا").
_STATE_AR = r"(?:(?:حكومة|جمهورية|دولة|مملكة|سلطنة)\s+)?"
_GIVING_VERB_AR = re.compile(
    r"(?<!\w)[وف]?(?:قد\s+)?(?:" + "|".join("\u0651?".join(verb) + "\u0651?" for verb in tables.GIVING_VERBS_AR)
    + rf")\s+{_STATE_AR}$"
)
_JOINT = re.compile(tables.JOINT_STATEMENT, re.IGNORECASE)
#: Arabic's prepositions of where: "في العراق", "إلى سوريا", "لدى العراق" (the glued ones are in the name's prefix).
_DESTINATION_BEFORE_AR = re.compile(r"(?<!\S)(?:في|إلى|لدى|داخل|نحو|تجاه)\s+$")
_SEAT_BEFORE_AR = re.compile(r"(?<!\w)(?:وزار|سفار|حكوم|وزير)[^\W\d_]*\s+(?:[^\W\d_]+\s+)?في\s+$"
                             # a body's seat: "الصندوق العربي، ومقرّه الكويت،", "الذي يتخذ من الكويت مقراً"
                             r"|(?<!\w)و?مقر\u0651?(?:ه|ها)\s+(?:في\s+)?$|(?<!\w)[يت]تخذ\s+من\s+$")
_HOSTING = re.compile(r"(?<!\w)(?:" + "|".join(tables.HOST_VERBS) + r")(?!\w)", re.IGNORECASE)
_HOST_AFTER = re.compile(
    r",?\s+(?:also\s+|which\s+|currently\s+|now\s+|still\s+|already\s+|aussi\s+|actuellement\s+|toujours\s+|"
    r"déjà\s+|aujourd['’]hui\s+)?(?:hosts?|hosted|hosting|is\s+home\s+to|accueille|accueillait|héberge|hébergeait|"
    r"houses)\b"
    r"(?!\s+(?:the|this|a|an)\s+(?:[\w-]+\s+){0,3}?(?:conference|meeting|summit|event|gathering)\b)"
)
_DESTINATION_BEFORE = re.compile(
    r"(?:\b(?:in|to|for|into|towards?|inside|across|within|throughout|of|on|at|over|en|au|aux|à|pour|vers|dans"
    # French "depuis" before a country is where from, never who gives: "réinstallés depuis le Liban", "opèrent depuis
    # la Jordanie"; so is a part of a country: "les déplacés du nord de l'Irak" (round 23)
    r"|outside|near|depuis|(?:nord|sud|est|ouest|centre)\s+(?:du|de)"
    # ... or a region named for its countries: "dans la région Syrie-Irak", "la région de la Syrie" (real press)
    r"|région(?:\s+(?:de|du|des))?|region\s+of)|\bd['’])"
    r"\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?"
    # a part of the country on the way: "in southern Lebanon", "to north-eastern Syria" (round 26)
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west|central)(?:ern)?\s+)?$",
    re.IGNORECASE,
)
_GIVER_OF = re.compile(
    r"\b(?:government|kingdom|republic|state|states|emirate|sultanate|people|ministry|embassy|gouvernement|behalf"
    # "the Ministers of Foreign Affairs of Croatia", "the Ministry of Foreign and European Affairs of the Republic"
    r"|(?:ministers?|ministry)\s+(?:of|for)\s+(?:[\w-]+\s+){0,3}?(?:affairs|defen[cs]e))\s+of\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
#: "Joint statement of Greece and ...", "Déclaration conjointe de la Belgique et ...": who speaks, not where money goes.
_SPEAKER_OF = re.compile(
    r"\b(?:statement|declaration|communiqu[eé]|d[ée]claration)\s+(?:(?:conjointe?|commune?)\s+)?"
    r"(?:of|by|from|de\s+la|de\s+l['’]|du|des|de|d['’])\s*(?:the\s+)?$",
    re.IGNORECASE,
)
_SPEAKER_WORDS = ("tatement", "claration", "ommuniqu")
#: A country's name as the owner of people or money after "of": "the number of U.S. troops", "$118 million of the new
#: U.S. money" (round 20); "of" before a name otherwise says where something goes.
_OWNER_OF_BEFORE = re.compile(r"\s*\bof\s+(?:the\s+)?(?:(?:new|fresh|additional|latest|extra)\s+)?$", re.IGNORECASE)
_OWNED_AFTER = re.compile(
    r"\s+(?:money|funding|funds|" + "|".join(
        re.escape(n) for n in sorted(tables.PERSONNEL_NOUNS, key=len, reverse=True) if n.isascii()) + r")\b",
    re.IGNORECASE,
)
_DEMONYM_GIVES = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:government|authorities|ministry|cabinet|parliament|aid|agency|development|"
    r"contribution|pledge|contingent|forces|military|armed\s+forces|funding|money|funds|" + "|".join(
        re.escape(n) for n in sorted(tables.PERSONNEL_NOUNS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
#: What a destination needs, named after it as a compound or a possessive: "Iraq Reconstruction Drive", "Syria
#: Recovery Trust Fund", "Iraq's economy" (real press).
_NEEDS_AFTER = re.compile(r"(?:['’]s)?\s+(?i:reconstruction|recovery|economy|stabili[sz]ation|crisis|conflict|rebuilding|"
                          r"humanitarian\s+(?:response|fund|appeal)|response\s+plan|people)\b")
#: A French giver's noun before its demonym, an adjective between or none: "la Coopération belge", "la contribution
#: financière belge", "le contingent français" (real press); not "l'aide populaire norvégienne", an NGO's name.
#: An army too: "L'armée suisse détache quatre spécialistes", "les Forces armées canadiennes" (round 28).
_NOUN_BEFORE_DEMONYM = re.compile(r"(?<![\w])(?:coopération|gouvernement|contribution|diplomatie|contingent|militaires|"
                                  r"soldats|éléments|détachement|armée|forces)(?:\s+[\w-]+)?\s+$", re.IGNORECASE)
_SOURCE_AFTER = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:,\s*)?(?:pledged\s+|promised\s+|provided\s+|given\s+|granted\s+|committed\s+|"
    r"offered\s+|announced\s+|deployed\s+|sent\s+)?(?:by|from)\s+(?:the\s+)?$"
)
_RECIPIENT_INTRO = re.compile(
    r"\b(?:distribut|allocat|recipient|beneficiar|destination|will\s+go|goes\s+to|broken\s+down\s+by\s+country"
    r"|répartie?s?|bénéficiaire|المستفيد|توزيع"
    # a table of one giver's sums "by country" has its destinations for labels (round 26)
    r"|by\s+country|per\s+country|par\s+pays|حسب\s+(?:ال)?(?:دولة|بلد))",
    re.IGNORECASE,
)
#: ... a part of the country in brackets may stand between: "Syrie (nord-est) – Fonds de stabilisation" (round 26)
#: What may stand before a giver that labels its line: "the", or the state's title in Arabic ("جمهورية كوريا: ١٢
#: مليون دولار", "دولة قطر: 9 ملايين دولار", round 32).
_LABEL_PREFACES = frozenset(("", "the", "The", "حكومة", "جمهورية", "دولة", "مملكة", "سلطنة"))
_LABEL_AFTER = re.compile(r"\s*(?:\([^()\n\d]{1,30}\)\s*)?(?:[:|\t–—]|\s-\s)")
_COLLECTIVE = re.compile(
    r"\b(?:donors|participants|delegations|the\s+international\s+community|(?:the\s+)?conference\s+(?:raised|"
    r"collected|mobilised|mobilized|secured)|(?:coalition|all)\s+(?:members|partners|countries|donors)|"
    r"(?:the|a\s+combined|a\s+grand|an\s+overall|the\s+overall)\s+total|total\s+pledges|pledges\s+(?:totall?ed|"
    r"reached|amounted|came)|altogether|together|jointly|combined|in\s+all\b|the\s+coalition\s+as\s+a\s+whole|"
    r"les\s+donateurs|les\s+participants|au\s+total"
    # the donors' list a giver tops is no group giving: "تصدّرت ألمانيا قائمة المانحين"
    r"|(?<!\w)(?<!قائمة\s)(?:ال)?(?:مانحين|مانحون|شركاء|جهات\s+المانحة)(?!\w)"
    r"|مجموعها|أربعة\s+شركاء)",
    re.IGNORECASE,
)
#: How many opening blocks may state what the event is for, when the headline names no place.
FRAME_BLOCKS = 3
_PURPOSE = re.compile(
    r"\b(?:conference|summit|meeting|appeal|conférence|réunion)\s+(?:on|for|pour|sur)\s+(?P<what>(?:the\s+|la\s+|le\s+|l['’])?"
    r"(?:[\w-]+\s+){0,3}?(?:of|de|du|de\s+la|de\s+l['’])?\s*[A-ZÀ-Ý][\w'’-]+(?:\s+(?:and|et)\s+(?:the\s+)?[\w-]+)?)",
)
#: "Koweït, le 14 février 2018 —", "Kuwait, 14 February 2018": a dateline's place gives nothing.
_DATELINE_AFTER = re.compile(r",?\s+(?:le\s+)?\d{1,2}(?:er)?\s+[^\W\d]+\.?\s+\d{4}\b|,?\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\b")
#: "organised by Kuwait", "hosted by": the name of an organiser or host gives no figure of its own in the clause.
_ORGANISED_BY = re.compile(
    r"\b(?:organi[sz]ed|hosted|co-hosted|convened|chaired|co-chaired|organisée?s?|accueillie?s?|présidée?s?|"
    r"coprésidée?s?)\s+(?:by|par)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’])?$",
    re.IGNORECASE,
)
#: "la mission de l'OTAN", "the mission of NATO": the organisation a mission belongs to gives nothing in the clause.
#: "the EU's Operation Aspides", "NATO's forward land forces": the organisation owns the mission its partners' people
#: serve in, and gives nothing in the clause (round 26).
_OWNS_MISSION_AFTER = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:operations?|missions?|forces|presence|group)\b",
                                 re.IGNORECASE)
_MISSION_OF = re.compile(r"\b(?:" + "|".join(tables.MISSION_OWNER_NOUNS) + r")\s+(?:of|de\s+la|de\s+l['’]|du|des|de)"
                         r"\s*(?:the\s+)?$", re.IGNORECASE)
#: What joins two givers a headline names together: "de la Belgique et du Luxembourg", "Greece and Cyprus".
_JOINED = re.compile(r"\s+(?:and|et)\s+(?:the\s+|de\s+la\s+|de\s+l['’]|du\s+|de\s+|le\s+|la\s+|l['’])?")
#: What stands between the two ends of a change: "from DKK 10 million to DKK 15 million", "de 3 M€ à 5 M€".
_CHANGE_GAP = re.compile(r"\s*(?:to|à|-|–)\s*", re.IGNORECASE)
#: The two givers of a joint statement, named together: "the two countries", "البلدان".
_BOTH = re.compile(r"\b(?:the\s+two|both)\s+countries\b|\bles\s+deux\s+pays\b|(?<!\w)[وف]?(?:ال|ل)?بلد(?:ان|ين)(?!\w)",
                   re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\brespectively\b|\brespectivement\b|على\s+التوالي", re.IGNORECASE)
_AS_DID = re.compile(
    r"[,،]?\s+(?:as\s+(?:did|does|do|had|has|have|will|would)|and\s+so\s+(?:did|does|has|have|had)|"
    r"(?:a\s+sum\s+|an\s+amount\s+)?matched\s+by|(?:the\s+same\s+as|like|as\s+well\s+as)|tout\s+comme|"
    r"de\s+même\s+que|comme\s+l['’]a\s+fait"
    # "وكذلك فعلت الإمارات", "كما فعلت الكويت"
    r"|و?(?:كذلك|كذا)\s+فعل(?:ت)?|كما\s+فعل(?:ت)?)\s+",
    re.IGNORECASE,
)
_SAME_AGAIN = re.compile(
    r"\b(?:did\s+the\s+same|did\s+likewise|matched\s+(?:it|that|this|the\s+sum|the\s+amount)|"
    r"(?:pledged|promised|gave|committed|offered)\s+the\s+same\s+(?:amount|sum|figure))\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
#: A digit that is no clock time: a live blog's "9h40 L'Union européenne ouvre le bal" holds no figure (round 21).
_FIGURE_DIGIT = re.compile(r"(?<![\d:h])(?!\d{1,2}[h:]\d\d(?!\d))\d")
#: In Arabic, a sentence may hold a figure with no digit: a scale word ("ستقدم البرتغال مليوني يورو").
_ARABIC_SCALE = re.compile(r"مليون|مليار|ملايين|ألف|آلاف")
_LIST_GLUE = re.compile(r"(?:\s*,\s*|\s+and\s+|\s+et\s+|\s*)(?:the\s+|le\s+|la\s+|les\s+|l['’])?")
_PRONOUN_START = re.compile(r"\s*(?:It|Its|They|Their|The\s+country|The\s+government|The\s+kingdom|Il|Elle)\b"
                            # ... and Arabic, after its verb: "كما ستوفد المملكة فريقاً من 25 مهندساً" (round 20)
                            # ... or after a speaker's verb: "وأضاف أن المملكة قدمت منذ عام 2012" (round 27)
                            r"|\s*(?:و|ف)?(?:كما\s+)?(?:[^\W\d_]+\s+)?(?:(?:أن|إن|ان)\s+)?(?:المملكة|الدولة|البلاد|الحكومة)(?!\w)"
                            r"(?!\s+ال)")
#: A sentence that opens on the sum before it, named by a demonstrative: "Cette enveloppe comprend 20 millions", "Sur ce
#: montant, ...", "This package includes", "Of this, ..." (round 27). Its figures are the giver of that sum's.
_SUM_BEFORE_START = re.compile(
    r"\s*(?:(?:Sur|Dans|De)\s+)?(?:[Cc]ette|[Cc]et|[Cc]e)\s+(?:enveloppe|montant|somme|contribution|total|engagement|"
    r"promesse|don|financement|paquet|programme)\b"
    r"|\s*(?:Of\s+)?(?:[Tt]his|[Tt]hat)\s+(?:package|sum|amount|contribution|pledge|envelope|funding|total)\b"
    r"|\s*Of\s+(?:this|that)\b")
_HOST_PHRASE = re.compile(
    r"\b(?:the|its|our)\s+(?:host\s+(?:country|nation|government|state)|hosts?)\b|\ble\s+pays\s+hôte\b",
    re.IGNORECASE,
)
_HOSTED_BY = re.compile(r"\b(?:hosted|co-hosted|organi[sz]ed|convened)\s+by\s+(?:the\s+)?$", re.IGNORECASE)
_HOSTS_EVENT = re.compile(
    r",?\s+(?:which\s+|who\s+)?(?:hosts?|hosted|hosting|co-hosted)\s+(?:the|this|a)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:conference|meeting|summit|event|gathering)\b",
    re.IGNORECASE,
)
_CALLED_HOST = re.compile(r",\s+(?:the\s+)?host(?:\s+country|\s+nation|\s+of\s+the\s+\w+)?\b", re.IGNORECASE)
_SAME_AS_BEFORE = re.compile(
    r"\bthe\s+same\s+(?:fund|facility|programme|program|project|trust\s+fund|appeal)\b|\bthere\b", re.IGNORECASE
)
#: "outside Iraq", "beyond Syria": a place named to say where the figure is not.
_NOT_HERE = re.compile(r"\b(?:outside|beyond|except|apart\s+from|hors\s+d['’]|en\s+dehors\s+de)\s*(?:of\s+)?$",
                       re.IGNORECASE)
#: "X and Y pledged USD 100 million each", "Estonia and Lithuania each gave EUR 1 million".
_EACH = re.compile(r"\beach\b|\bchacun(?:e)?\b", re.IGNORECASE)
_HEDGE = r"(?:about|around|some|roughly|approximately|nearly|close\s+to)"
#: "120 and 70 instructors": a count listed before the one that carries the noun.
_LISTED_COUNT = re.compile(r"(?<![\w.,])(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s+and\s+$")
#: ", and Norway around 40", "and Belgium 110": a giver, then a bare count that ends its clause.
_GAPPED_COUNT = re.compile(
    rf"(?:,\s*|\s+)(?:and\s+)?(?:the\s+)?(?P<giver>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)\s+(?:(?P<hedge>{_HEDGE})\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?=\s*(?:[.,;]|$))"
)
#: (French groups thousands with a space: "de 1 400 à 2 000" is no range "400 à 2 000" read out of the last group)
_GROUPED_COUNT = r"\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])|\d+"
_HEADCOUNT_RANGE = re.compile(
    r"(?<![\w.,])(?<!\d[ \u00a0\u202f])(?:(?P<between>[Bb]etween|[Ee]ntre|(?:ما\s+)?بين)\s+)?"
    rf"(?P<low>{_GROUPED_COUNT})\s*"
    rf"(?(between)(?:and|et|و)|(?:-|–|to|à|إلى))\s*(?P<high>{_GROUPED_COUNT})(?=\s)"
)

#: What makes "100 to 150" a change, not a range: "from (about) 100 to 150", "de 100 à 150", "من 100 إلى 150".
_CHANGE_FROM_BEFORE = re.compile(rf"(?:\b(?:from|de)\s+|\bd['’]|(?<!\w)من\s+)(?:(?:{HEDGE_ALTERNATION})\s+)?$",
                                 re.IGNORECASE)


#: Blocks that are no cell of a table read one cell per line.
_LIST_KINDS = ("bullet", "heading")
#: A partner's capital opening a sentence, for its government: "Berlin fournira en outre ...", "Rome, qui commande la
#: mission, y déploie ...", "Madrid a promis" (round 19); never a destination's ("Bagdad a reçu").
_CAPITAL_OPENS = keyword_regex([(re.escape(name), code) for name, code in
                                sorted(CAPITALS.items(), key=lambda item: -len(item[0]))
                                if DESTINATION_WEIGHT.get(code, 1.0) >= 1])


def _mentions(doc: Doc) -> list[Mention]:
    if doc.giver_mentions is None:
        doc.giver_mentions = giver_mentions(doc.text, arabic=_arabic_givers_lead(doc))
    return doc.giver_mentions


def _arabic_givers_lead(doc: Doc) -> bool:
    """An Arabic text can name many givers only if two of its sentences open with a verb of giving and a giver
    ("وقدّمت حكومة فنلندا", "فيما جددت آيسلندا", "أما كرواتيا"), or if it is a joint statement; only then are its
    Arabic names looked for, which costs a try at nearly every word."""
    led = _led_ar()  # compiled on the first document, whatever its script
    if doc.language != "ar":
        return False
    if _joint_statement(doc):
        return True
    table = giver_table()
    codes = set()
    for sentence in doc.sentences:
        # the verbs as the table spells them, without a shadda ("وقدّمت")
        opening = doc.text[sentence.start: sentence.start + LEAD_CHARS]
        m = led.match(opening.replace("\u0651", "")) or (":" in opening and _labelled_ar().match(opening))
        if m:
            codes.add(table[giver_key(m.group("name"))][0])
        codes.update(_clause_givers(doc, sentence.start, sentence.end))
        if len(codes) >= MIN_GIVERS:
            return True
    return False


#: How much of a sentence's opening may hold its verb of giving and its giver.
LEAD_CHARS = 80
#: An Arabic sentence's opening phrase of time or occasion, up to three words after its preposition, before the verb
#: of giving: "وفي الاجتماع نفسه تعهدت هولندا", "وخلال المؤتمر أعلنت اليابان", "وبعد ذلك قدمت كندا" (round 29).
_OPENING_PHRASE_AR = r"[وف]?(?:في|خلال|على|أمام|بعد|عقب|قبل|ومن)\s+(?:[^\W\d]+\s+){1,3}?"


@lru_cache(maxsize=1)
def _led_ar() -> re.Pattern[str]:
    giver_regex(True)  # and the Arabic names' own pattern, which the same documents need next
    verbs = nested_alternation(tables.GIVING_VERBS_AR)
    # a short opening phrase may come first: "وعلى الصعيد العسكري، أعلنت إيطاليا", "أما عربياً، فقد أعلنت السعودية",
    # also without a comma when it opens with a preposition: "وفي الاجتماع نفسه تعهدت هولندا" (round 29)
    # ... or a wire's dateline: "عمّان، 3 مارس (وكالات) – أعلنت قطر"
    return re.compile(rf"\W*(?:[^\W\d][^،,.\n]{{0,30}}[،,]\s*|{_OPENING_PHRASE_AR}|[^\W\d][^\n–—:.]{{0,40}}?\s[–—-]\s*)?"
                      rf"(?:[وف]?(?:فيما|كما|بينما)\s+)?"
                      rf"[وف]?(?:قد\s+)?"
                      rf"(?:{verbs})\s+{_STATE_AR}"
                      rf"(?P<name>{arabic_giver_names()})(?!\w)")


@lru_cache(maxsize=1)
def _labelled_ar() -> re.Pattern[str]:
    """A list item or a line that a giver labels, its sum right after the colon: "الولايات المتحدة: ١٤٥ مليون دولار",
    "• ألمانيا: 98 مليون دولار" (a UN agency's list of its largest donors, round 32)."""
    return re.compile(rf"[\s•*\-–]*{_STATE_AR}(?P<name>{arabic_giver_names()})\s*:\s*[\d٠-٩]")


@lru_cache(maxsize=1)
def _clause_led_ar() -> re.Pattern[str]:
    """A giver leading a later clause of its sentence, with its verb or with the verb left out before its figure:
    "تعهدت ألمانيا بمبلغ 200 مليون يورو، فيما أعلنت الكويت تقديم 50 مليون دولار، واليابان 28 مليون دولار" (a wire
    story's round-up of a conference, round 27)."""
    names = arabic_giver_names()
    return re.compile(rf"[،,]\s*(?:[وف]?(?:فيما|بينما)\s+[وف]?(?:قد\s+)?(?:{nested_alternation(tables.GIVING_VERBS_AR)})\s+"
                      rf"{_STATE_AR}(?P<name>{names})(?!\w)|(?=و)(?P<elided>{names})\s+(?:بـ\s*|بمبلغ\s+)?(?=[\d٠-٩]))")


def _clause_givers(doc: Doc, start: int, end: int) -> list[str]:
    """The givers leading the later clauses of an Arabic sentence in [start, end)."""
    table = giver_table()
    return [table[giver_key(m.group("name") or m.group("elided"))][0]
            for m in _clause_led_ar().finditer(doc.text, start, end)]


def _within(doc: Doc, start: int, end: int) -> list[Mention]:
    """The names that start in [start, end), found by bisection: a long page has thousands."""
    mentions = _mentions(doc)
    if len(doc.giver_starts) != len(mentions):
        doc.giver_starts = [m.start for m in mentions]
    return mentions[bisect.bisect_left(doc.giver_starts, start): bisect.bisect_left(doc.giver_starts, end)]


def _role(doc: Doc, m: Mention) -> str:
    """What a name does where it stands: "giver", "place" (a destination or host), or "name" (a seat, part of a
    region's name, an adjective of something else). Computed once per name."""
    roles = doc.giver_roles
    if m.start not in roles:
        roles[m.start] = _role_of(doc, m)
    return roles[m.start]


@lru_cache(maxsize=1)
def _currency_name() -> re.Pattern:
    return re.compile(currency_patterns()[1])


#: An event's title in quotes, open before a name: "مؤتمر بروكسل العاشر «دعم مستقبل سوريا", "the conference “Standing
#: with Syria": the name is what the event is for, a destination, no giver (round 28).
_EVENT_TITLE_OPEN = re.compile(r"(?:مؤتمر|اجتماع|قمة|منتدى|conf[ée]rence|summit|sommet|meeting|réunion)"
                               r"[^«“\"\n.]{0,50}[«“\"][^»”\"\n]{0,60}$", re.IGNORECASE)


def _role_of(doc: Doc, m: Mention) -> str:
    text = doc.text
    before = text[max(0, m.start - 40): m.start]
    title = text[max(0, m.start - 120): m.start]
    if ("«" in title or "“" in title or '"' in title) and _EVENT_TITLE_OPEN.search(title):
        return "place"
    currency = _currency_name().match(text, m.start)
    if currency and currency.end() > m.end:
        return "name"  # "one hundred million US dollars", "Qatari riyals": a currency's country gives none (round 21)
    if m.code in DESTINATION_WEIGHT and not m.demonym and _NEEDS_AFTER.match(text, m.end):
        return "place"  # "Kuwait Joins Iraq Reconstruction Drive", "to rebuild Iraq's economy" (real press)
    if (_SEAT_AFTER.match(text, m.end) or _REGION_BEFORE.search(before) or _ORGANISED_BY.search(before)
            or m.organisation and (_MISSION_OF.search(before) or _OWNS_MISSION_AFTER.match(text, m.end))
            or _DATELINE_AFTER.match(text, m.end) or before.endswith(_VENUE_ENDS) and _VENUE_BEFORE.search(before)):
        return "name"
    if _NUMBER_CELL_AFTER.match(text, m.end) and _LATER_CELL_BEFORE.fullmatch(
            text, text.rfind("\n", 0, m.start) + 1, m.start):
        return "place"
    if m.demonym:
        if text[m.start: m.end].lower() in tables.NOT_OWN_MODIFIERS:
            return "place"  # "training Iraqi forces": where the people serve
        if _NOUN_BEFORE_DEMONYM.search(before) and DESTINATION_WEIGHT.get(m.code, 1.0) >= 1:
            return "giver"  # "la Coopération belge", not "les soldats irakiens" the partners train
        return "giver" if _DEMONYM_GIVES.match(text, m.end) else "name"
    if before.rstrip().lower().endswith((" of", "\nof", " of the")) and _GIVER_OF.search(
            text, max(0, m.start - 60), m.start) or any(word in before for word in _SPEAKER_WORDS) and _SPEAKER_OF.search(
            before):
        return "giver"
    if _OWNER_OF_BEFORE.search(before) and _OWNED_AFTER.match(text, m.end):
        return "giver"
    if _DESTINATION_BEFORE.search(before):
        return "place"
    role = _arabic_role_of(doc, m, before) if "\u0600" <= text[m.start] <= "\u06ff" else None
    if role:
        return role
    if _HOST_AFTER.match(text, m.end):
        return "place"
    glue = _ENUMERATED.search(before)
    if glue and (not glue.group(0).lstrip().startswith(",") or _LIST_GOES_ON.match(text, m.end)):
        # "in Iraq and Jordan", "in Iraq, Syria and Jordan": a name listed after a destination is one too
        earlier = next((e for e in _within(doc, m.start - 200, m.start) if e.end == m.start - len(glue.group(0))),
                       None)
        if earlier is not None and _role(doc, earlier) != "giver":  # "co-hosted by X, Y and Z" too
            return _role(doc, earlier)
    return "giver"


def _arabic_role_of(doc: Doc, m: Mention, before: str) -> str | None:
    """What an Arabic name does, from its prefix and the word before it; None when they say nothing."""
    text = doc.text
    if _SEAT_BEFORE_AR.search(before):
        return "name"  # "وزارتي الدفاع في رومانيا وكرواتيا": the seat of a ministry, not where anything goes
    arabic = arabic_role(text[m.start: m.end])
    if arabic == "place" or _DESTINATION_BEFORE_AR.search(before):
        return "place"  # "للعراق", "في سوريا", "لدى العراق"
    if arabic == "and":  # "للعراق وسوريا": a name joined by "و" to the one before does what that one does
        earlier = next((e for e in _within(doc, m.start - 200, m.start) if not text[e.end: m.start].strip()), None)
        if earlier is not None and _role(doc, earlier) != "giver":
            return _role(doc, earlier)
    return None


def _givers_between(doc: Doc, start: int, end: int) -> list[Mention]:
    return [m for m in _within(doc, start, end) if m.end <= end and not doc.is_masked(m.start, m.end)
            and _role(doc, m) == "giver"]


def _first_giver(doc: Doc, start: int, end: int) -> Mention | None:
    """The first of :func:`_givers_between`, without weighing the role of the names after it."""
    return next((m for m in _within(doc, start, end) if m.end <= end and not doc.is_masked(m.start, m.end)
                 and _role(doc, m) == "giver"), None)


def _host(doc: Doc) -> str | None:
    """The country that hosts the conference the document reports ("hosted by Kuwait", "Kuwait, the host")."""
    text = doc.text
    countries = [m for m in _mentions(doc) if not m.organisation and not m.demonym]
    for m in countries:
        if _HOSTED_BY.search(text[max(0, m.start - 40): m.start]) or _HOSTS_EVENT.match(text, m.end):
            return m.code
    return next((m.code for m in countries if _CALLED_HOST.match(text, m.end)), None)


def detect_givers(doc: Doc) -> Doc:
    """Decide whether the document names many givers; then it has no partner of its own."""
    if doc.given_partner:
        return doc
    names = {m.code for m in _mentions(doc)}
    if len(names) < MIN_GIVERS and (doc.partner or not names):
        return doc  # most factsheets: one name or none
    leading: Counter[str] = Counter()
    labels: Counter[str] = Counter()
    for sentence in doc.sentences:
        if not _FIGURE_DIGIT.search(doc.text, sentence.start, sentence.end) and not (
                doc.language == "ar" and _ARABIC_SCALE.search(doc.text, sentence.start, sentence.end)):
            continue
        giver = _first_giver(doc, sentence.start, sentence.end)
        label = giver is not None and _is_label(doc, sentence.block, giver)
        if giver and not label and "\u0600" <= doc.text[giver.start] <= "\u06ff" and not _GIVING_VERB_AR.search(
                doc.text, max(sentence.start, giver.start - 40), giver.start):
            continue  # "وأكد وزير خارجية العراق": an Arabic name without a verb of giving gives nothing here
        if label:
            if not _recipient_label(doc, sentence.block, giver):
                labels[giver.code] += 1
        elif giver:
            leading[giver.code] += 1
        elif doc.blocks[sentence.block].kind not in _LIST_KINDS:
            cell = _is_name_line(doc, sentence.block - 1)  # a table row read as one cell per line
            if cell is not None:
                leading[cell.code] += 1
        if giver and doc.language == "ar":
            leading.update(code for code in _clause_givers(doc, giver.end, sentence.end) if code != giver.code)
    # "Jordan: USD 12 million" in a page whose own partner leads its sentences is where that partner's money goes
    if not (doc.partner and leading and leading.most_common(1)[0][0] == doc.partner):
        leading.update(labels)
    if len(leading) < MIN_GIVERS:
        if not doc.partner and leading:
            doc.partner = _sole_giver(doc, leading)
        return doc  # what follows only takes names away
    # a name that is somewhere a destination ("aid to Jordan") is a place the document speaks of, not a donor
    for code in {m.code for m in _mentions(doc) if m.code in leading and _role(doc, m) == "place"}:
        leading.pop(code, None)
    if len(leading) < MIN_GIVERS:
        if not doc.partner and leading:
            # "L'Irak héberge 250.000 réfugiés" beside "la Belgique affecterait 7,6 millions d'euros à l'Irak": the
            # destination hosts, the one giver left gives (real press)
            doc.partner = _sole_giver(doc, leading)
        return doc
    (_, top), *rest = leading.most_common(2)
    # a joint statement speaks for each partner it names: "Déclaration conjointe de la Belgique et du Luxembourg",
    # "بيان مشترك"
    joint = len(_joint_headline(doc) & leading.keys()) >= MIN_GIVERS or _joint_statement(doc)
    if not joint and doc.partner and leading.get(doc.partner) == top and len(leading) < MANY_GIVERS:
        return doc  # the page's own partner leads, and one other country is named beside it
    # a release or wire story about the partner its headline names, others in the background; but not when as many
    # other givers as make a round-up lead figures of their own: "Germany pledged 250 million euros ... Japan said it
    # would contribute about $25 million ... The European Union pledged" (round 27)
    if (not joint and doc.headline_partner and leading.get(doc.partner) == top and top >= 2 * rest[0][1]
            and len(leading) - 1 < MANY_GIVERS):
        return doc
    if joint or len(leading) >= MANY_GIVERS or top / sum(leading.values()) <= MAX_LEADING_SHARE:
        doc.many = True
        if doc.partner and speaks_for_its_state(doc, doc.partner):
            doc.writer = doc.partner  # an ambassador's op-ed that names others' sums: its "we" is its state
        doc.partner = None
        doc.host = _host(doc)
        if doc.host:  # "the host country" is a name of the host
            doc.giver_mentions = sorted(
                [*_mentions(doc), *(Mention(m.start(), m.end(), doc.host) for m in _HOST_PHRASE.finditer(doc.text))],
                key=lambda m: m.start,
            )
    return doc


#: How many blocks open a page: its letterheads, its kind ("Communiqué de presse conjoint") and its dateline.
HEAD_BLOCKS = 4


def _joint_statement(doc: Doc) -> bool:
    """Whether the page says it is a joint statement in its first blocks, where it may stand under the letterheads of
    the two ministries ("Ministère royal des Affaires étrangères de Norvège" then "COMMUNIQUÉ DE PRESSE CONJOINT")."""
    head = doc.blocks[:HEAD_BLOCKS]
    return bool(head) and bool(_JOINT.search(doc.text, head[0].start, head[-1].end))


def _sole_giver(doc: Doc, leading: Counter[str]) -> str | None:
    """The partner of a page whose title and signs name none, when one giver alone opens its figures' sentences
    ("This is why I announced that the UK will invest £30m ..." in a Prime Minister's statement); never a country
    the texts mostly name as a destination, nor one the page names as a destination elsewhere."""
    (code, _), = leading.items()
    if DESTINATION_WEIGHT.get(code, 1.0) < 1 or any(
            m.code == code and _role(doc, m) == "place" for m in _mentions(doc)):
        return None
    return code


def _joint_headline(doc: Doc, *, spans: bool = False) -> set:
    """The givers a headline names together ("Déclaration conjointe de la Belgique et du Luxembourg", "Joint statement
    of Greece and Cyprus", "Spain and Portugal renew their support"): their codes, or where their names stand."""
    if not doc.blocks:
        return set()
    first = doc.blocks[0]
    givers = [m for m in _within(doc, first.start, first.end) if m.end <= first.end and _role(doc, m) == "giver"]
    joint = {m for a, b in zip(givers, givers[1:]) if _JOINED.fullmatch(doc.text, a.end, b.start) for m in (a, b)}
    return {(m.start, m.end) for m in joint} if spans else {m.code for m in joint}


def _is_label(doc: Doc, block: int, mention: Mention) -> bool:
    """The name opens its line as a label: "Jordan: USD 12 million", "• Austria – EUR 9 million"."""
    b = doc.blocks[block]
    return (doc.text[b.start: mention.start].strip(" \t•*-–") in _LABEL_PREFACES
            and bool(_LABEL_AFTER.match(doc.text, mention.end)))


def _recipient_label(doc: Doc, block: int, mention: Mention) -> bool:
    """"Jordan: USD 12 million" under "The aid will be distributed as follows:" names where the money goes."""
    text = doc.text
    heading = doc.blocks[block].heading
    if heading is None or not _LABEL_AFTER.match(text, mention.end):
        return False
    return bool(_RECIPIENT_INTRO.search(text, doc.blocks[heading].start, doc.blocks[heading].end))


def _is_name_line(doc: Doc, block: int) -> Mention | None:
    """The giver a line names when the line is nothing but its name (a table cell read as a line)."""
    if block < 0:
        return None
    b = doc.blocks[block]
    line = doc.text[b.start: b.end].strip(" \t•*-")
    for m in _within(doc, b.start, b.end):
        if not m.demonym and doc.text[m.start: m.end] == line:
            return m
    return None


def find_ranges(doc: Doc) -> Doc:
    """"between 5,000 and 6,000 troops" gives at least 5,000 and at most 6,000 ("ما بين 100 و120 عسكرياً"), and so
    does "100-150 soldiers" or "100 to 150 soldiers" (not "from 100 to 150", a change); in a many-partner document a
    head count whose noun is left out after a giver ("Canada has 60 advisers, and Norway around 40") is found too."""
    by_number = {f.num_start: f for f in doc.figures if f.kind == "personnel"}
    added = []
    for figure in list(by_number.values()):
        if figure.dropped and figure.dropped not in REVIVABLE:
            continue
        for m in _HEADCOUNT_RANGE.finditer(doc.text, max(0, figure.num_start - 40), figure.num_end + 1):
            if m.start("high") != figure.num_start or not m.group("between") and _CHANGE_FROM_BEFORE.search(
                    doc.text, max(0, m.start() - 30), m.start()):
                continue
            low = to_number(m.group("low"), people=True)
            if not low or low >= figure.value or m.start("low") in by_number:
                continue
            figure.qualifier, figure.is_range = "at_most", True
            figure.hedge_start = m.start()
            start, end = m.span("low")
            added.append(dataclasses.replace(figure, value=low, start=start, end=end, num_start=start, num_end=end,
                                             qualifier="at_least", reasons=[], restates=[], scopes=None,
                                             range_end=figure.end))
        if doc.many:
            added += _gapped(doc, figure, by_number)
    doc.figures.extend(added)
    doc.figures.sort(key=lambda f: f.start)
    return doc


def _gapped(doc: Doc, figure: Figure, by_number: dict[int, Figure]) -> list[Figure]:
    """Counts that share the figure's noun: "120 and 70 instructors", "..., and Belgium 110"."""
    text = doc.text
    found = []
    before = _LISTED_COUNT.search(text, max(0, figure.num_start - 30), figure.num_start)
    if before and _RESPECTIVELY.search(text, figure.end, figure.end + 60):
        found.append(before)
    sentence_end = next((s.end for s in doc.sentences if s.start <= figure.start < s.end), len(text))
    for m in _GAPPED_COUNT.finditer(text, figure.end, sentence_end):
        if any(g.start == m.start("giver") and _role(doc, g) == "giver"
               for g in _within(doc, m.start("giver"), m.end("giver"))):
            found.append(m)
    result = []
    for m in found:
        start, end = m.span("num")
        value = to_number(m.group("num"), people=True)
        if start in by_number or not value or doc.is_masked(start, end):
            continue
        qualifier = "approximate" if m.groupdict().get("hedge") else "exact"
        result.append(dataclasses.replace(figure, value=value, start=start, end=end, num_start=start, num_end=end,
                                          qualifier=qualifier, hedge_start=None, is_range=False, reasons=[],
                                          restates=[], scopes=None, dropped=None))
    return result


#: A list intro is a line of at most this many words right above the bullets.
LIST_INTRO_WORDS = 8
#: Reasons a figure was dropped that a many-partner document decides again: another donor's money is a claim here.
REVIVABLE = ("somebody else's figure", "someone else's people", "people the partner hosts")
NO_GIVER = "no giver named"
#: "Iraq's own army counts some 300,000 soldiers" in a round-up of troops in Iraq: not a partner's contribution.
LOCAL_FORCES = "the forces of the country the document is about"


def _part_giver(doc: Doc, figure: Figure) -> str | None:
    """The giver of the sum a sentence opens on a part of: "Poland pledged 45 million zlotys ... Of that sum, 12
    million zlotys will go to UNICEF" is Poland's part (round 27)."""
    if not 0 <= figure.sentence < len(doc.sentences) or not _PART_OF_BEFORE.match(
            doc.text, doc.sentences[figure.sentence].start):
        return None
    before = [f for f in doc.figures if f.kind == figure.kind and f.giver and not f.dropped
              and figure.sentence - PART_LOOKBACK <= f.sentence < figure.sentence]
    return before[-1].giver if before else None


#: An Arabic official named by office and nationality, then "his country" giving: "وقال نائب وزير الخارجية الإيطالي أمام
#: المؤتمر إن بلاده ستضيف 30 مليون يورو" (round 28).
_SPEAKER_NATIONALITY_AR = re.compile(r"(?<!\w)و?(?:نائب\s+)?(?:(?:ال)?وزيرة?|رئيسة?\s+الوزراء|(?:ال)?سفيرة?|(?:ال)?متحدثة?\s+باسم)"
                                     r"(?P<office>(?:\s+\S+){1,8}?)(?:\s+(?:إن|أن|ان)\s+(?:بلاده|بلادها|حكومته|حكومتها)(?!\w)"
                                     # ... or quoted after a colon: "وقالت وزيرة الدولة الألمانية في كلمتها: «منها 20
                                     # مليون يورو»", a video's caption "الوزيرة الألمانية: «60 مليون يورو»" (round 29)
                                     r"|\s*:\s*[«\"“])")


#: ... and in French or English: "a déclaré la ministre allemande du Développement, rappelant que son pays a versé",
#: "the German development minister said her country had given" (round 29).
_SPEAKER_NATIONALITY = re.compile(
    r"(?i)(?P<office>(?:\b\S+\s+){0,2}(?:ministre|ministère|ambassad(?:eur|rice)|porte-parole|chancel(?:ier|ière|lor)"
    r"|minist(?:er|ry)|ambassador|spokes(?:man|woman|person)|envoy|envoyée?)(?:\s+\S+){0,6}?)[\s,]+"
    r"(?:\S+\s+){0,3}?(?:que\s+|qu['’]|that\s+)?(?:son|sa|his|her|its)\s+(?:pays|gouvernement|country|government)\b")


def _speakers_state(doc: Doc, figure: Figure) -> str | None:
    """The state whose official, named by office and nationality, says that "his country" gives the figure."""
    if figure.sentence < 0:
        return None
    sentence = doc.sentences[figure.sentence]
    if doc.language != "ar":
        lower = doc.lower[sentence.start:figure.start]
        if not any(key in lower for key in ("son pays", "son gouvernement", "his country", "her country",
                                            "his government", "her government")):
            return None  # most sentences name no speaker's country: look only where its words stand
        speaker = None
        for speaker in _SPEAKER_NATIONALITY.finditer(doc.text, sentence.start, figure.start):
            pass
        if speaker is None:
            return None
        return next((code for word in speaker.group(0).split() if (code := demonyms().get(word.strip(",")))), None)
    speaker = None
    for speaker in _SPEAKER_NATIONALITY_AR.finditer(doc.text, sentence.start, figure.start):
        pass
    if speaker is None:
        return None
    return next((code for word in speaker.group("office").split() if (code := demonyms().get(word))), None)


#: The writer speaking for its state before a figure in its sentence: "In October 2026 we signed a grant", "our
#: embassy signed"; not "we together pledged", all donors' (round 29).
_WRITERS_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Nn]ous|[Nn]otre|[Nn]os)\b(?!\s+(?:all|together|tous|ensemble)\b)")


def _writers_own(doc: Doc, figure: Figure) -> str | None:
    """The state of a page's writer, read as its partner before the page was found to name many givers, for a
    figure its sentence gives in the first person plural: an ambassador's op-ed that names other donors' sums."""
    if not doc.writer or figure.sentence < 0:
        return None
    sentence = doc.sentences[figure.sentence]
    return doc.writer if _WRITERS_WE.search(doc.text, sentence.start, figure.start) else None


def attribute_givers(doc: Doc) -> Doc:
    if not doc.many:
        for figure in doc.figures:
            figure.giver = doc.partner
        return doc
    by_sentence: dict[int, list[Figure]] = {}
    for figure in doc.figures:
        if figure.dropped in REVIVABLE and _revives(doc, figure):
            figure.dropped = None
        if not figure.dropped:
            by_sentence.setdefault(figure.sentence, []).append(figure)
    used: list[tuple[int, int]] = []
    for index, figures in by_sentence.items():
        figures.sort(key=lambda f: f.start)
        paired = _respectively(doc, index, figures, used) if index >= 0 else 0
        figures = figures[paired:]  # a clause after "respectively" names its own giver
        previous: Figure | None = None
        for figure in figures:
            if (writer := _writers_own(doc, figure)) and not _givers_between(doc, doc.sentences[index].start,
                                                                             figure.start):
                figure.giver, previous = writer, figure  # "we signed a grant ... in Iraq's Nineveh province"
                continue
            mention = _giver(doc, figure, previous)
            if mention is not None:
                figure.giver = mention.code
                used.append((mention.start, mention.end))
                previous = figure
            elif part_giver := _part_giver(doc, figure):  # a part of the sum before, for the sentences after it too
                figure.giver, previous = part_giver, figure
    # a demonym that gives nothing still says where the money goes ("à notre programme humanitaire syrien"), unless
    # it names a seat ("based in the Emirati capital")
    names = [(m.start, m.end) for m in _mentions(doc) if _role(doc, m) == "name"
             and not (m.demonym and not _SEAT_AFTER.match(doc.text, m.end))]
    names += _joint_headline(doc, spans=True)  # "Déclaration conjointe de la Belgique et du Luxembourg sur l'Irak"
    doc.giver_spans = sorted(used + names)
    frame_places, frame_lines = _frame(doc)
    for figure in doc.figures:
        if not figure.dropped and figure.giver is None and (giver := _part_giver(doc, figure) or _speakers_state(
                doc, figure)):
            figure.giver = giver
        elif not figure.dropped and figure.giver is None:
            figure.dropped = NO_GIVER
        elif not figure.dropped and figure.kind == "personnel" and figure.giver in frame_places:
            figure.dropped = LOCAL_FORCES
    copies = _copies(doc, used)
    doc.giver_spans = sorted(used + names)
    for figure in doc.figures:
        if figure.dropped:
            continue
        _givers_own_currency(figure)
        _own_period(doc, figure)
        figure.places, figure.place_source = _places(doc, figure, frame_places)
        if not figure.lines and figure.kind == "funding":
            figure.lines = list(frame_lines)
    share_change_places(doc)
    for copy in copies:  # the same figure, its places and lines as read for the original
        original = next(f for f in doc.figures if f.start == copy.start and not f.dropped)
        copy.places = [code for code in original.places if code != copy.giver]
        copy.lines, copy.period, copy.year, copy.since = original.lines, original.period, original.year, original.since
    doc.figures.extend(copies)
    doc.figures.sort(key=lambda f: (f.start, f.value))
    return doc


def _givers_own_currency(figure: Figure) -> None:
    """A bare "dollars" or "couronnes" on a page of many givers, read as its family's first, is its giver's own where
    the giver pays in one of that family: "le Canada a versé plus de 4,5 milliards de dollars" is in CAD (round 28)."""
    if figure.kind != "funding" or not figure.currency_inferred or figure.currency_guessed or not figure.giver:
        return
    own = partner_currency(figure.giver.upper()) if len(figure.giver) == 2 else None
    if own and own != figure.currency and any(
            figure.currency in family and own in family for family in tables.CURRENCY_FAMILIES.values()):
        figure.currency = own


def _revives(doc: Doc, figure: Figure) -> bool:
    """Another donor's money is a claim here; people count when their nationality names the giver, or when the
    hosting verb belongs to another clause ("In Jordan, which hosts ..., the Netherlands keeps 150 personnel")."""
    if figure.kind == "funding":
        return True
    nationality = _nationality(doc, figure)
    if nationality:  # but not "120 démineurs irakiens" where the page's money goes to Iraq: its own people (round 28)
        return DESTINATION_WEIGHT.get(nationality.code, 1.0) >= 1 or not any(
            m.code == nationality.code and _role(doc, m) == "place" for m in _mentions(doc))
    if figure.dropped == "someone else's people":  # only for a word on the next line: a table's next cell
        line_end = doc.text.find("\n", figure.end)
        return line_end != -1 and doc.text[figure.end: line_end].strip() == ""
    start, end = clause_bounds(doc, figure)
    return figure.dropped == "people the partner hosts" and not _HOSTING.search(doc.text, start, end)


def _nationality(doc: Doc, figure: Figure) -> Mention | None:
    """The giver a head count names by nationality: "2,000 US troops", "13,000 American troops"."""
    for m in _givers_between(doc, figure.num_end, figure.end):
        if m.demonym or doc.text[figure.num_end: m.start].strip() == "":
            return m
    # French puts it after the noun: "2 500 soldats américains", "400 militaires britanniques" (round 19)
    for m in _within(doc, figure.end, figure.end + 3):
        if m.demonym and doc.text[figure.end: m.start].strip() == "" and (
                doc.text[m.start: m.end].lower() not in tables.NOT_OWN_MODIFIERS):
            return m
    return None


def _respectively(doc: Doc, index: int, figures: list[Figure], used: list) -> int:
    """"Denmark and Sweden promised EUR 20 million and EUR 25 million, respectively": givers and figures in order.
    Returns how many of the sentence's figures it gave a giver; those after the word belong to another clause
    ("..., respectively, while Sweden set aside USD 10 million")."""
    sentence = doc.sentences[index]
    marker = _RESPECTIVELY.search(doc.text, sentence.start, sentence.end)
    if not marker:
        return 0
    before = [f for f in figures if f.start < marker.start()]
    if not before:
        # the word may open the list instead: "ont promis respectivement 45 et 12 millions d'euros" (round 30)
        later = _givers_between(doc, marker.end(), sentence.end)
        before = [f for f in figures if marker.end() <= f.start < (later[0].start if later else sentence.end)]
    figures = before
    if not figures:
        return 0
    givers = _givers_between(doc, sentence.start, figures[0].start)
    if not givers and _BOTH.search(doc.text, sentence.start, figures[0].start):
        # "وقد أسهم البلدان ... بما مجموعه ١١ مليون يورو و٦ ملايين يورو على التوالي": the two givers met so far
        earlier = list(dict.fromkeys(f.giver for f in doc.figures if f.giver and f.start < sentence.start))
        if len(earlier) == len(figures) == 2:
            for figure, code in zip(figures, earlier):
                figure.giver = code
            return len(figures)
    paired = len(figures)
    if len(givers) != len(figures):
        # a clause of another giver may come first: "أعلن الاتحاد الأوروبي ... 2.5 مليار يورو، فيما تعهدت ألمانيا
        # والمملكة المتحدة بمليار يورو و400 مليون جنيه على التوالي" (round 28)
        first = _respective_first(doc, figures)
        if first is None:
            return 0
        previous: Figure | None = None
        for figure in figures[:first]:
            mention = _giver(doc, figure, previous)
            if mention is not None:
                figure.giver = mention.code
                used.append((mention.start, mention.end))
                previous = figure
        givers = _givers_between(doc, figures[first - 1].end, figures[first].start)
        figures = figures[first:]
    for figure, giver in zip(figures, givers):
        figure.giver = giver.code
        used.append((giver.start, giver.end))
    return paired


def _respective_first(doc: Doc, figures: list[Figure]) -> int | None:
    """Where the last figures before "respectively" start, when as many givers stand between them and the figure
    before, and none between them."""
    for first in range(1, len(figures) - 1):
        tail = figures[first:]
        if len(_givers_between(doc, figures[first - 1].end, tail[0].start)) == len(tail) and not any(
                _givers_between(doc, a.end, b.start) for a, b in zip(tail, tail[1:])):
            return first
    return None


def _giver(doc: Doc, figure: Figure, previous: Figure | None) -> Mention | None:
    text = doc.text
    if figure.kind == "personnel":
        nationality = _nationality(doc, figure)
        if nationality is not None:
            return nationality
    _, clause_end = clause_bounds(doc, figure)
    after = [m for m in _within(doc, figure.end, max(clause_end, figure.end + 60))
             if not m.demonym and _SOURCE_AFTER.fullmatch(text, figure.range_end or figure.end, m.start)
             or _OWNER_OF_BEFORE.fullmatch(text, figure.end, m.start) and _role(doc, m) == "giver"]
    if after:
        return after[0]
    if figure.sentence < 0:
        return None
    sentence = doc.sentences[figure.sentence]
    block = doc.blocks[sentence.block]
    label = _label(doc, figure, block.start)
    if label:
        return label
    if _unlabelled_row(doc, figure):
        return None
    since_previous = previous.end if previous is not None else sentence.start
    own = _givers_between(doc, min(figure.seg_start, max(since_previous, sentence.start)), figure.start)
    if own:
        return None if _collective_between(doc, own[-1].end, figure) else own[-1]
    if doc.language == "ar" and (capital := _capital_after_verb(doc, sentence.start, figure.start)):
        return capital
    if previous is None and (capital := _capital_opens(doc, sentence.start)) and not (
            _DATELINE_AFTER.match(text, capital.end())):
        return Mention(capital.start(), capital.end(), _CAPITAL_OPENS.value(capital))
    if previous is not None:
        return Mention(previous.start, previous.start, previous.giver)
    if _collective_between(doc, sentence.start, figure):
        return None
    name_line = _is_name_line(doc, sentence.block - 1) if block.kind not in _LIST_KINDS else None
    if name_line and sentence.start == block.start:
        return name_line
    if block.heading is not None:
        heading = doc.blocks[block.heading]
        names = _givers_between(doc, heading.start, heading.end)
        if names and len({m.code for m in names}) == 1 and not _places_said_besides(doc, heading.start, heading.end,
                                                                                     names):
            return names[0]
    if figure.sentence > 0 and _SUM_BEFORE_START.match(text, sentence.start):
        earlier = [f for f in doc.figures if f.sentence == figure.sentence - 1 and f.giver and not f.dropped]
        if earlier:
            return Mention(earlier[0].start, earlier[0].start, earlier[0].giver)
    if figure.sentence > 0 and _PRONOUN_START.match(text, sentence.start):
        earlier = doc.sentences[figure.sentence - 1]
        if earlier.block == sentence.block:
            names = _givers_between(doc, earlier.start, earlier.end)
            if names:
                return names[0]
        # an Arabic wire story's paragraph is one sentence: "the Kingdom" is the giver of the figures just before
        earlier_figures = [f for f in doc.figures if f.sentence == figure.sentence - 1 and f.giver and not f.dropped]
        if doc.language == "ar" and earlier_figures:
            return Mention(earlier_figures[-1].start, earlier_figures[-1].start, earlier_figures[-1].giver)
    if _FORCE_SUBJECT.match(text, sentence.start):
        names = [m for m in _givers_between(doc, max(0, sentence.start - FORCE_LOOKBACK), sentence.start)
                 if not m.organisation]
        if names:
            return names[-1]
    return None


#: A short phrase of time before a sentence's subject: "En 2016, ", "Lundi, ", "Last year, ".
_FRONTED = re.compile(r"[^,.;:\n]{2,30},\s+")
#: A sentence that opens on a partner's force, or on what its mission costs, named as the one just spoken of: "Le
#: contingent déployé en Irak passera de 350 à 250 militaires", "Le coût de la mission en Irak est estimé à", "The
#: contingent will shrink"; not "The mission will grow to 4,000", an alliance's mission of many.
_FORCE_SUBJECT = re.compile(
    r"(?:Le|L['’]|Ce|Cet|Cette|The|This|Its)\s*(?:contingent|détachement|déploiement|deployment|detachment)\b"
    r"|(?:Le|The)\s+(?:co[uû]t\s+(?:de\s+la|de\s+cette|du)\s+(?:mission|déploiement|détachement)|cost\s+of\s+the\s+"
    r"(?:mission|deployment|detachment))\b")
#: How far back the giver of such a force may be named.
FORCE_LOOKBACK = 600


#: An Arabic verb of giving, maybe with its object's pronoun ("ما قدمته", "التي خصصتها"), right before a name.
_GIVING_VERB_OBJECT_AR = re.compile(
    r"(?<!\w)[وف]?(?:قد\s+)?(?:" + "|".join("\u0651?".join(verb) for verb in tables.GIVING_VERBS_AR if verb != "أما")
    + r")\u0651?(?:ه|ها|هم)?\s+$")


def _capital_after_verb(doc: Doc, start: int, end: int) -> Mention | None:
    """A partner's capital after an Arabic verb of giving stands for its government: "وأضافت أن ما قدمته برلين للعراق
    منذ 2014 تجاوز ثلاثة مليارات يورو", "كما أعلنت واشنطن" (round 29)."""
    for capital in _CAPITAL_OPENS.finditer(doc.text, start, end):
        if _GIVING_VERB_OBJECT_AR.search(doc.text, max(start, capital.start() - 30), capital.start()):
            return Mention(capital.start(), capital.end(), _CAPITAL_OPENS.value(capital))
    return None


def _capital_opens(doc: Doc, start: int) -> re.Match | None:
    """A partner's capital that opens the sentence, or that follows a short phrase of time naming no giver: "En 2016,
    Ottawa avait annoncé une stratégie de 1,6 milliard de dollars" (round 28)."""
    capital = _CAPITAL_OPENS.pattern.match(doc.text, start)
    if capital is None and (fronted := _FRONTED.match(doc.text, start)) and not _givers_between(
            doc, start, fronted.end()):
        capital = _CAPITAL_OPENS.pattern.match(doc.text, fronted.end())
    return capital


def _label(doc: Doc, figure: Figure, block_start: int) -> Mention | None:
    """The giver that labels a list item or a table row ("Austria: EUR 9 million", "Japan | USD 100 million")."""
    text = doc.text
    line_start = text.rfind("\n", 0, figure.start) + 1
    start = max(line_start, block_start)
    for m in _within(doc, start, figure.start):
        if m.demonym or text[start: m.start].strip(" \t•*-–·").strip() not in _LABEL_PREFACES:
            return None
        if any(not other.demonym for other in _within(doc, m.end, figure.start)):
            return None  # a topic, then the giver: "Irak : le Canada promet 75 millions de dollars" (round 27)
        return m if _LABEL_AFTER.match(text, m.end) else None
    return None


#: A cell of a row lined up with spaces, after its label: "Autres donateurs (17)      46 780 000".
_SPACED_ROW_CELL = re.compile(rf"[ \t]*[^\W\d_][^\n]*?\S{tables.COLUMN_GAP}(?:[^\n]*?{tables.COLUMN_GAP})?$")


def _unlabelled_row(doc: Doc, figure: Figure) -> bool:
    """A row of a table lined up with spaces whose label names no giver ("Autres donateurs (17)", "Total") sums many
    givers' money: it takes no giver from the rows above it, which are no sentence of its own (round 32)."""
    line_start = doc.text.rfind("\n", 0, figure.start) + 1
    return bool(_SPACED_ROW_CELL.fullmatch(doc.text, line_start, figure.start)) and not _givers_between(
        doc, line_start, figure.start)


def _collective_between(doc: Doc, start: int, figure: Figure) -> bool:
    """A total for all donors: "donors pledged", "the total", "together" stands between the giver and the figure,
    inside the figure's clause or share of the sentence."""
    clause_start, _ = clause_bounds(doc, figure)
    low = max(start, min(clause_start, figure.seg_start))
    return bool(_COLLECTIVE.search(doc.text, low, figure.start))


def _places_said(doc: Doc, start: int, end: int) -> bool:
    return bool(_place_codes(doc, start, end, None)[0])


def _places_said_besides(doc: Doc, start: int, end: int, names: list[Mention]) -> bool:
    """Whether [start, end) names a place besides the giver that opens it: a heading "Germany: the quiet
    heavyweight" names its giver, "Aid to Iraq" or "Conference for the reconstruction of Iraq" a destination
    (round 28)."""
    if doc.text[start:names[0].start].strip():
        return _places_said(doc, start, end)
    return _places_said(doc, names[0].end, end)


def _place_codes(doc: Doc, start: int, end: int, giver: str | None) -> tuple[bool, list[str]]:
    """Places named in [start, end), leaving out the names that give a figure, seats, and the giver itself."""
    skip = doc.giver_spans
    starts = [start for start, _ in skip]
    said = False
    named: list[str] = []
    adjectives: list[str] = []
    for marker in doc.hits("places", scan_places, start, end):
        i = bisect.bisect_right(starts, marker.start) - 1
        if i >= 0 and marker.start < skip[i][1]:
            continue
        if _NOT_HERE.search(doc.text, max(0, marker.start - 20), marker.start):
            continue
        codes, demonym = marker.value
        if not codes:
            said = True
        for code in codes:
            target = adjectives if demonym else named
            if code != giver and code not in target:
                target.append(code)
    codes = named or adjectives
    return said or bool(codes), codes


def _headline_places(doc: Doc, start: int, end: int, givers: set[str]) -> tuple[bool, list[str]]:
    """The places of a headline, without the givers of the page's figures it names as givers ("contributions from
    Iceland, Latvia and Slovakia to stabilization in Iraq", "Joint Statement by the Ministers of Foreign Affairs of
    Croatia and Slovenia")."""
    said, codes = _place_codes(doc, start, end, None)
    named = {m.code for m in _within(doc, start, end) if m.code in givers and _role(doc, m) == "giver"}
    return said, [code for code in codes if code not in named]


#: A line of a site's navigation or rubrics: three short items or more between bars, chevrons or bullets.
_NAVIGATION_LINE = re.compile(r"[ \t]*[^\n|>›•]{1,30}(?:[ \t]+[|>›•][ \t]+[^\n|>›•]{1,30}){2,}[ \t]*")


def _frame(doc: Doc) -> tuple[list[str], list[str]]:
    """Where a conference's money or a round-up's troops go, and for what, from the document's headline: its first
    line, else its title."""
    if not doc.blocks:
        return [], []
    # past a site's navigation lines: "INFO7 | Monde | Moyen-Orient" over "Direct | Vidéos | Podcasts" (round 29)
    first = next((block for block in doc.blocks[:FRAME_BLOCKS] if not _NAVIGATION_LINE.fullmatch(
        doc.text, block.start, block.end)), doc.blocks[0])
    givers = {figure.giver for figure in doc.figures if figure.giver and not figure.dropped}
    said, codes = _headline_places(doc, first.start, first.end, givers)
    # not from a body's name alone ("Programme des Nations Unies pour le développement (PNUD) – Irak" over its
    # release): then from a heading of the opening lines ("Stabilisation de l'Irak : le PNUD salue ...")
    lines = next((found for block in doc.blocks[:FRAME_BLOCKS] if block is first or not _DIGIT.search(
        doc.text, block.start, block.end) if (found := _lines_in(doc, block.start, block.end, names=False))), [])
    if not said and doc.title:
        title_doc = Doc(text=doc.title)
        title_doc.giver_mentions = giver_mentions(doc.title)
        said, codes = _headline_places(title_doc, 0, len(doc.title), givers)
    if not said:  # "the seventh conference on the future of Syria": the purpose the opening lines give the event
        for block in doc.blocks[1:FRAME_BLOCKS]:
            purpose = _PURPOSE.search(doc.text, block.start, block.end)
            if purpose:
                return _place_codes(doc, purpose.start("what"), purpose.end(), None)[1], lines
    return codes, lines


def _own_period(doc: Doc, figure: Figure) -> None:
    """A period said in another giver's share of the sentence is that giver's ("Germany EUR 350 million and the
    United Kingdom GBP 100 million a year"): the period comes from the figure's own clause and share, then from the
    sentence before it up to the last figure of another giver, then from the heading or list intro above."""
    if figure.kind != "funding" or figure.sentence < 0:
        return
    sentence = doc.sentences[figure.sentence]
    if figure.period and _PART_OF_BEFORE.match(doc.text, sentence.start):
        return  # a part of the sum before keeps the period it took from that sum: "Of that sum, ..." (round 27)
    start = max([sentence.start, *(f.seg_end for f in doc.figures if f.sentence == figure.sentence
                                   and f.end <= figure.start and not f.dropped and f.giver != figure.giver)])
    # "de 3 à 4,5 millions d'euros par an": the period after the other end of a change is the first end's too
    end = max([figure.end, *(f.seg_end for f in doc.figures if f.sentence == figure.sentence and not f.dropped
                             and f.giver == figure.giver and f.num_start > figure.num_start
                             and (f.start < figure.end or _CHANGE_GAP.fullmatch(doc.text, figure.end, f.start)))])
    if _RESPECTIVELY.search(doc.text, figure.end, sentence.end):
        # "Since 2015, A and B gave X and Y respectively": what leads the list is both's; not what a clause of
        # another giver said before them ("The EU pledged ... for 2027 and 2028, while A and B ...") (round 28)
        start = max([sentence.start, *(f.seg_end for f in doc.figures if f.sentence == figure.sentence
                                       and f.end <= figure.start and not f.dropped
                                       and _givers_between(doc, f.end, figure.start))])
    # a part that opens its sentence on the sum before ("Cette enveloppe comprend 20 millions") keeps that sum's
    # period, which the giver's own clause does not say again (round 27)
    total_period = (figure.period, figure.year, figure.since) if _PART_OF_BEFORE.match(doc.text, sentence.start) else None
    figure.period = figure.year = figure.since = None
    spans = scopes(doc, figure)
    # what follows "respectively" is said of every figure before it ("EUR 1.2 million and EUR 800,000 respectively
    # for humanitarian assistance in 2024")
    shared = _RESPECTIVELY.search(doc.text, figure.end, sentence.end)
    tail = [(shared.end(), sentence.end)] if shared else []
    # then a list intro's year ("... in 2022:", "Announced in 2021" above the bullets)
    for index, span in enumerate((*spans[:2], (start, end), *tail, *spans[HEADING_SCOPE:],
                                  *_list_intro(doc, sentence.block))):
        if _period_in(doc, figure, *span):
            if figure.period == "cumulative" and figure.since is None and index == 0:
                # "6 ملايين يورو على مدى ثلاث سنوات (2025-2027)": the span's years after the figure's clause
                figure.since = _first_year(doc, spans[1:2])
            return
    # a table's row: the caption above it dates every giver's row ("Contributions reçues en 2026") (round 19)
    if CELL_MARK in doc.text[sentence.start: sentence.end] and (caption := _table_caption(doc.text, figure)):
        _period_in(doc, figure, *caption)
    elif (caption := _spaced_table_caption(doc.text, figure)) and not _period_in(doc, figure, *caption):
        # ... and so does the caption over rows lined up with spaces, by its period or its one year: "Principaux
        # donateurs du Plan 2031 (contributions reçues, en dollars US)" (round 32)
        _bare_year(doc, figure, *caption, title=True)
    if figure.period is None:
        for span in _list_intro(doc, sentence.block):  # "أكبر المانحين للخطة حتى ٣١ مارس ٢٠٢٨" (round 32)
            _bare_year(doc, figure, *span)
    if figure.period is None and total_period is not None:
        figure.period, figure.year, figure.since = total_period


def _list_intro(doc: Doc, block: int) -> list[tuple[int, int]]:
    """The short line above a run of bullets that no heading rule took for one ("Announced in 2021")."""
    if doc.blocks[block].kind != "bullet":
        return []
    while block > 0 and doc.blocks[block - 1].kind == "bullet":
        block -= 1
    if block == 0:
        return []
    intro = doc.blocks[block - 1]
    return [(intro.start, intro.end)] if len(doc.text[intro.start: intro.end].split()) <= LIST_INTRO_WORDS else []


def _places(doc: Doc, figure: Figure, frame: list[str]) -> tuple[list[str], str | None]:
    """Places from the figure's clause, share, sentence (up to the next giver's figure), bullet, heading, the
    sentence before when this one speaks of "the same fund", and last the document's frame."""
    spans = scopes(doc, figure)
    reach: list[tuple[tuple[int, int], str | None]] = [(span, None) for span in spans[:2]]
    sentence = doc.sentences[figure.sentence]
    others = [f.start for f in doc.figures if f.sentence == figure.sentence and f.start > figure.end
              and not f.dropped and f.giver != figure.giver]
    reach.append(((spans[2][0], min([spans[2][1], *others])), None))
    # where "respectively" sends them is where every figure before it goes ("بـ 120 مليون يورو و45 مليون يورو على
    # التوالي لصندوق تمويل الاستقرار في العراق")
    shared = _RESPECTIVELY.search(doc.text, figure.end, sentence.end)
    if shared:
        reach.append(((shared.end(), sentence.end), None))
    if len(spans) > 3 and doc.blocks[sentence.block].kind != "paragraph":
        reach.append((spans[3], None))
    if figure.sentence > 0 and _SAME_AS_BEFORE.search(doc.text, sentence.start, sentence.end):
        before = doc.sentences[figure.sentence - 1]
        reach.append(((before.start, before.end), "reference"))
    if len(spans) > HEADING_SCOPE:
        reach.append((spans[HEADING_SCOPE], "heading"))
    for (start, end), source in reach:
        said, codes = _place_codes(doc, start, end, figure.giver)
        if said:
            return codes, source
    return [code for code in frame if code != figure.giver], "heading" if frame else None


def share_out(doc: Doc) -> Doc:
    """Both ends of a range of people share one evidence, once each figure has its own."""
    ends = {f.end: f for f in doc.figures if f.kind == "personnel" and f.is_range and f.range_end is None}
    for figure in doc.figures:
        high = ends.get(figure.range_end) if figure.range_end is not None else None
        if high is not None:
            figure.ev_start, figure.ev_end = high.ev_start, high.ev_end
    return doc


def _copies(doc: Doc, used: list[tuple[int, int]]) -> list[Figure]:
    """A money range's upper bound is a claim of its own, and "as did Z" gives Z the same figure."""
    added: list[Figure] = []
    for figure in doc.figures:
        if figure.dropped:
            continue
        if figure.kind == "funding" and figure.is_range:
            high = _range_high(doc, figure)
            if high:
                added.append(dataclasses.replace(figure, value=high, qualifier="at_most", reasons=[]))
        for mention in _as_did(doc, figure) + _each(doc, figure):
            used.append((mention.start, mention.end))
            added.append(dataclasses.replace(figure, giver=mention.code, reasons=[]))
    return added


def _each(doc: Doc, figure: Figure) -> list[Mention]:
    """"Saudi Arabia and the United Arab Emirates pledged USD 100 million each": the other givers of the pair get
    the same figure."""
    if figure.sentence < 0 or figure.giver is None:
        return []
    sentence = doc.sentences[figure.sentence]
    start = max(figure.seg_start, sentence.start)
    _, clause_end = clause_bounds(doc, figure)
    if not (_EACH.search(doc.text, start, figure.start) or _EACH.match(doc.text, figure.end + 1, clause_end)
            or _EACH.match(doc.text, figure.end, clause_end)) or _RESPECTIVELY.search(doc.text, start, sentence.end):
        return []
    givers = _givers_between(doc, start, figure.start)
    group = givers[-1:]
    for earlier in reversed(givers[:-1]):  # the names joined by "and" or commas right before the last
        if not _LIST_GLUE.fullmatch(doc.text, earlier.end, group[0].start):
            break
        group.insert(0, earlier)
    return [m for m in group if m.code != figure.giver]


def _range_high(doc: Doc, figure: Figure) -> float | None:
    from .figures import _scale_value, money_regex

    m = money_regex().match(doc.text, figure.start)
    if m is None or not m.group("range"):
        return None
    high = to_number(m.group("rb"))
    if high is None:
        return None
    return high * _scale_value(m.group("rsb") or m.group("rsa"))


def _as_did(doc: Doc, figure: Figure) -> list[Mention]:
    """"Germany pledged EUR 50 million, as did France": France gets the same figure; so does a giver whose next
    sentence says it "did the same"."""
    if figure.sentence < 0:
        return []
    text = doc.text
    sentence = doc.sentences[figure.sentence]
    _, clause_end = clause_bounds(doc, figure)
    later = [f for f in doc.figures if f.sentence == figure.sentence and f.start > figure.start and not f.dropped]
    stop = later[0].start if later else sentence.end
    codes: list[Mention] = []
    m = _AS_DID.search(text, figure.end, stop)
    if m is not None and m.start() <= clause_end + 2:
        position = m.end()
        for mention in _givers_between(doc, m.end(), stop):
            if not _LIST_GLUE.fullmatch(text, position, mention.start):
                break
            codes.append(mention)
            position = mention.end
    if not later:  # "Kuwait pledged USD 100 million; Qatar did the same."
        same = _SAME_AGAIN.search(text, figure.end, sentence.end)
        if same:
            codes += _givers_between(doc, figure.end, same.start())
        elif figure.sentence + 1 < len(doc.sentences):
            following = doc.sentences[figure.sentence + 1]
            has_figure = any(f.sentence == figure.sentence + 1 for f in doc.figures)
            if not has_figure and _SAME_AGAIN.search(text, following.start, following.end):
                codes += _givers_between(doc, following.start, following.end)
    return [m for m in codes if m.code != figure.giver]
