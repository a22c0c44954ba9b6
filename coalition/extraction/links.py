"""Pipeline steps that relate figures to each other and drop the ones that are not this partner's claims.

- ``merge_restated``: "USD 156 million (DKK 1.1 billion)", "10 millions d'euros, soit 11 millions de dollars" and
  "مليون يورو، أي ما يعادل ..." are one claim each, in the first currency; the evidence covers both.
- ``link_breakdowns``: "EUR 45 million since 2017, of which EUR 15 million in 2017" keeps both, the second
  pointing at the first as its parent.
- ``drop_others``: money or people of somebody else: a coalition-wide total, or a package another country
  announced.
- ``drop_restatements``: a figure that repeats one already claimed (same kind, value, currency, and no
  disagreement on places or period) counts once; what the repeat adds (places, lines, a period) goes to the
  first.
"""

from __future__ import annotations

import re

from . import givers, tables
from .keywords import keyword_regex
from .attributes import scan_places
from .doc import Doc, Figure

_RESTATE_GAP = re.compile(
    # a few words of the first figure's own may come first when a comma leads the restatement: "150 millions
    # d'euros sur trois ans, soit environ 165 millions de dollars", and its year: "depuis 2012, soit environ ..."
    r"(?:(?:\s+(?:[^\W\d_]+|(?:19|20)\d\d)){1,4}(?=\s*[,،]))?"
    r"\s*(?:\(|/|,\s*or|\bor\b|\bi\.e\.|,?\s*soit|[,،]?\s*(?:أي|ما\s+يعادل))\s*"
    r"(?:(?:or|approx\.?|approximately|about|around|some|equivalent\s+to|the\s+equivalent\s+of|ca\.|c\.|roughly|"
    r"nearly|close\s+to|environ|près\s+de|quelque|ما\s+يعادل|حوالي|نحو)\s+)*$",
    re.IGNORECASE,
)
_CLOSE_PAREN = re.compile(r"\s*\)")
_BREAKDOWN = re.compile(r"(?<![\w])(?:" + "|".join(tables.BREAKDOWN_MARKERS) + r")(?![\w])", re.IGNORECASE)
_OTHERS = re.compile(r"(?<![\w])(?:" + "|".join(tables.OTHERS_MONEY) + r")", re.IGNORECASE)
_OTHERS_AFTER = re.compile(r"\s*(?:\S+\s+){0,2}?(?:" + "|".join(tables.OTHERS_MONEY_AFTER) + r")", re.IGNORECASE)
_DONOR_VERB = re.compile(
    # "Germany, which led the mission until 2019, had deployed", "Les Pays-Bas, qui ..., avaient déployé"
    r"(?:\s*,[^,.;]{1,80},)?(?:\s*,?\s+(?:qui|which|who))?"  # "l'Allemagne, qui a promis", "Japan, which ..."
    r"\s+(?:(?:has|have|had|will|ont|a|avaient|avait|va|vont)\s+)?(?:also\s+|aussi\s+|également\s+)?"
    r"(?:pour\s+(?:sa|leur)\s+part\s+|quant\s+à\s+(?:lui|elle|eux|elles)\s+|de\s+(?:son|leur)\s+côté\s+)?"
    r"(?:pledged|announced|contributed|provided|committed|allocated|given|donated|"
    r"deployed|sent|provide|send|deploy|give|contribute|promis|annoncé|versé|fourni|alloué|engagé|déployé|envoyé|"
    r"déploient|envoient|maintiennent|débloqué|octroyé|accordé|mobilisé|consacré|apporté|"
    # the future of a pledge or a deployment: "fourniront", "enverra", "déploiera", "mobiliseront"
    r"(?:fourni|enver|déploie|mobilise|verse|octroie|accorde|consacre)r(?:a|ont))\b"
    r"|\s+قد\s+(?:تعهدت|قدمت|أعلنت|نشرت|أرسلت|خصصت|تبرعت|ساهمت)",  # "وكانت هولندا قد نشرت"
    re.IGNORECASE,
)
#: What a country keeps somewhere ("l'Allemagne compte 100 soldats", "le Danemark dispose de 130 militaires", "l'Espagne
#: a 300 militaires"): its people, when the country opens its noun phrase (not "la mission EUAM Irak compte").
_KEEPS_VERB = re.compile(
    r"\s+(?:comptent|compte|disposent\s+de?|dispose\s+de?|conservent|conserve|maintient|stationnent|stationne|"
    r"gardent|garde|keeps|keep|maintains|maintain|stations|station|retains|retain)\b"
    r"|\s+(?:a|ont|has|have)\s+(?=(?:quelque|environ|près\s+d|plus\s+d|about|some|around|nearly|more\s+than|"
    r"over)?\s*\d)",
    re.IGNORECASE,
)
_SUBJECT_OPENS = re.compile(r"(?:[.,;:]\s*|(?<![\w])(?:le|la|les|the|où|where|et|and)\s+|(?<![\w])l['’])$",
                            re.IGNORECASE)
#: An organisation as the subject of a money clause in a one-partner document: "The EU as a whole has mobilised",
#: "L'Union européenne a, de son côté, mobilisé", "The World Bank estimates that ... will cost".
_ORGANISATION_SLUGS = {name: slug for slug, names in givers.ORGANISATIONS.items() for name in names}
#: Only the capitalised names: "the EU" and "l'Union européenne" are found by "EU" and "Union européenne".
_CAPITALISED = sorted((n for n in _ORGANISATION_SLUGS if n[:1].isupper()), key=len, reverse=True)
_ORGANISATION_SUBJECT = keyword_regex([(re.escape(n), _ORGANISATION_SLUGS[n]) for n in _CAPITALISED],
                                      before=r"(?<![\w])")
_ORGANISATION_VERB = re.compile(
    r"(?:\s+as\s+a\s+whole)?(?:\s+(?:has|have|had|a|ont))?(?:\s*,[^,.;]{1,40},)?\s+(?:also\s+)?"
    r"(?:pledged|announced|committed|provided|given|mobili[sz]ed|mobilisé|estimates?|estime|promis|versé|"
    r"annoncé|engagé)\b",
    re.IGNORECASE,
)
_PLACE_PREPOSITION = re.compile(r"(?<![\w])(?:in|at|en|au|aux|à|في|لدى)\s+(?:the\s+)?$", re.IGNORECASE)
#: An Arabic sentence names its donor after the verb: "وكانت هولندا قد نشرت", "تعهدت ألمانيا بتقديم".
_DONOR_VERB_BEFORE = re.compile(
    r"(?:^|[\s.،])و?(?:كانت\s+|قد\s+)?(?:تعهدت|قدمت|أعلنت|نشرت|أرسلت|خصصت|تبرعت|ساهمت)\s+(?:دولة\s+)?$"
)


def merge_restated(doc: Doc) -> Doc:
    text = doc.text
    figures = doc.figures
    for first, second in zip(figures, figures[1:]):
        if first.dropped or second.dropped or first.kind != "funding" or second.kind != "funding":
            continue
        # the same currency twice is a restatement only when the second was a bare "$" read as the partner's own
        # dollar: "25 million AU dollars ($16.2 million)"
        if first.currency == second.currency and not second.currency_inferred or second.start - first.end > 40:
            continue
        if not _RESTATE_GAP.fullmatch(text, first.end, second.start):
            continue
        second.dropped = "restates the figure before it in another currency"
        end = second.end
        close = _CLOSE_PAREN.match(text, end)
        if close:
            end = close.end()
        first.restates.append((second.start, end))
    return doc


def link_breakdowns(doc: Doc) -> Doc:
    text = doc.text
    live = [(i, f) for i, f in enumerate(doc.figures) if not f.dropped]
    for (pi, parent), (_, child) in zip(live, live[1:]):
        if parent.kind != child.kind or parent.sentence != child.sentence:
            continue
        if child.currency != parent.currency or child.value >= parent.value:
            continue
        if _BREAKDOWN.search(text, parent.end, child.start):
            child.parent = pi
    return doc


#: How far before a figure a donor named as subject is looked for.
SUBJECT_WINDOW = 300


def drop_others(doc: Doc) -> Doc:
    text = doc.text
    organisations = _organisation_subjects(doc) if doc.partner and not doc.many else []
    for figure in doc.figures:
        if figure.dropped or not doc.sentences:
            continue
        sentence = doc.sentences[figure.sentence]
        start = max(sentence.start, figure.seg_start - 200)
        if _OTHERS.search(text, start, figure.start) or figure.kind == "funding" and (
                _OTHERS_AFTER.match(text, figure.end, sentence.end)):
            figure.dropped = "somebody else's figure"
            continue
        if organisations and any(sentence.start <= at < figure.start for at in organisations):
            figure.dropped = "somebody else's figure"
            continue
        for marker in doc.hits("places", scan_places, max(sentence.start, figure.start - SUBJECT_WINDOW),
                               figure.start):
            codes, _ = marker.value
            if len(codes) != 1 or codes[0] == doc.partner or doc.partner is None:
                continue
            if text[marker.start].islower():
                continue
            if _DONOR_VERB.match(text, marker.end) or _DONOR_VERB_BEFORE.search(
                    text, max(sentence.start, marker.start - 30), marker.start) or _KEEPS_VERB.match(
                    text, marker.end) and (not text[sentence.start:marker.start].strip() or _SUBJECT_OPENS.search(
                        text, max(sentence.start, marker.start - 12), marker.start)):
                if _PLACE_PREPOSITION.search(text, max(sentence.start, marker.start - 12), marker.start):
                    continue  # "The Embassy of Japan in Jordan announced": where the speaker sits, not who gives
                figure.dropped = "somebody else's figure"
                break
    return doc


def _organisation_subjects(doc: Doc) -> list[int]:
    """Where an organisation other than the partner is the subject of a verb of giving ("The EU as a whole has
    mobilised"); a name after a preposition ("through the World Bank") gives nothing."""
    last: dict[int, int] = {}  # only the words before a sentence's last figure can be its subject
    for figure in doc.figures:
        if not figure.dropped and figure.sentence >= 0:
            last[figure.sentence] = max(last.get(figure.sentence, 0), figure.start)
    return [m.start() for index, end in last.items()
            for m in _ORGANISATION_SUBJECT.finditer(doc.text, doc.sentences[index].start, end)
            if _ORGANISATION_SUBJECT.value(m) != doc.partner and _ORGANISATION_VERB.match(doc.text, m.end())]


def _agree(a, b) -> bool:
    return not a or not b or a == b


def _same(a: Figure, b: Figure) -> bool:
    if a.kind != b.kind or a.currency != b.currency or a.giver != b.giver:
        return False
    if abs(a.value - b.value) > 0.005 * max(a.value, b.value):
        return False
    return _agree(a.places, b.places) and _agree(a.period, b.period) and _agree(a.year, b.year)


def drop_restatements(doc: Doc) -> Doc:
    kept: dict[tuple, list[Figure]] = {}
    for figure in doc.figures:
        if figure.dropped:
            continue
        bucket = kept.setdefault((figure.kind, figure.currency, round(figure.value, -1)), [])
        original = next((k for k in bucket if _same(k, figure)), None)
        if original is None:
            bucket.append(figure)
            continue
        figure.dropped = "restates an earlier figure"
        if not original.places:
            original.places = figure.places
        if not original.lines:
            original.lines = figure.lines
        if original.period is None and figure.period is not None:  # a headline, then its sentence with the period
            original.period, original.year, original.since = figure.period, figure.year, figure.since
    return doc
