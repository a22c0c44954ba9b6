"""Pipeline step: which partner the document is about, from its title, its first lines, or its subjects.

"Norway's contribution ...", "Contribution of Denmark ...", "The European Union in the Global Coalition", a press
release's "Canada announces ...", "Contribution de la Belgique", "L'Allemagne et la Coalition": the first name
that reads as a country (or the EU) in such a phrase wins. An Arabic title names its partner first ("مساهمة دولة
الكويت في التحالف"), so there the first country of the title wins. Failing that, the country most often at the
start of a sentence as its subject ("Germany has ...", "Japan provides ...") is taken when it leads clearly.
"""

from __future__ import annotations

import re
from collections import Counter

from .doc import Doc
from .places import place_regex, place_table

_NAME = r"[A-ZÀ-Ý][\w .'’-]"
_TITLE_FORMS = (
    re.compile(r"(?<![\w'’])(?P<name>[A-Z][\w.'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w.'’-]*){0,3}?)['’]s?\s+"
               r"(?:[a-z]+\s+){0,2}?(?i:contributions?|support|engagement|participation|role|efforts?|commitment|"
               r"activities|factsheet|fact\s+sheet)\b"),
    re.compile(r"^\W*(?:the\s+)?(?P<name>[A-Z][\w .'’-]+?)\s+(?:announces|extends|increases|confirms|adjusts|expands|"
               r"steps\s+up|to\s+provide|provides|pledges|deploys|commits|boosts|renews)\b", re.IGNORECASE),
    re.compile(r"\bGovernment\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"),
    re.compile(rf"\b(?:contributions?|engagement|action|soutien|participation|aide)\s+(?:de\s+la|de\s+l['’]|du|des|de)"
               rf"\s*(?P<name>{_NAME}+)", re.IGNORECASE),
    re.compile(rf"^\W*(?:le\s+|la\s+|les\s+|l['’])?(?P<name>{_NAME}+?)\s+(?:et|dans|au\s+sein\s+de)\s+la\s+"
               rf"(?:Coalition|lutte)", re.IGNORECASE),
    # a title opening with its subject: "Le Canada prolonge sa mission", "Belgium adjusts its presence"
    re.compile(r"^\W*(?:the\s+|le\s+|la\s+|les\s+|l['’])?(?P<name>[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,2})"
               r"\s+(?=[a-zà-ÿ])(?!and\b|et\b|in\b|en\b|to\b|for\b|pour\b)"),
    # "The German Bundestag", "the Swedish Government", "Le gouvernement du Canada", "la participation belge"
    re.compile(r"\b(?P<name>[A-Z][a-z]+)\s+(?:Government|Bundestag|Parliament|Ministry|Armed\s+Forces|"
               r"Defen[cs]e\s+Forces?|cabinet|Foreign\s+Office)\b"),
    re.compile(rf"\bgouvernement\s+(?:du|de\s+la|de\s+l['’]|des)\s*(?P<name>{_NAME}+)", re.IGNORECASE),
    re.compile(r"\b(?:contribution|participation|engagement|soutien|présence|aide|action)\s+(?P<name>[a-zéèëï-]+)\b"),
    re.compile(r"\b(?:contributions?|support|engagement|participation)\s+(?:of|by|from)\s+(?:the\s+)?"
               r"(?P<name>[A-Z][\w .'’-]+)", re.IGNORECASE),
    re.compile(r"^\W*(?:the\s+)?(?P<name>[A-Z][\w .'’-]+?)\s+(?:in|and)\s+the\s+(?:Global\s+)?Coalition"),
    re.compile(r"^\W*(?:Partner|Country)\s*:\s*(?P<name>[A-Z][\w .'’-]+)", re.IGNORECASE),
    re.compile(r"^\W*(?:the\s+)?(?P<name>[A-Z][\w .'’-]+?)\s*[:–—-]\s*(?:its\s+|the\s+)?(?:contributions?|support"
               r"|engagement|participation|factsheet)\b", re.IGNORECASE),
)
_SUBJECT = re.compile(
    r"\s+(?:has|have|is|was|provides|provided|contributes|contributed|participates|supports|supported|remains|"
    r"continues|pledged|deployed|committed|allocated|funds|funded|also|joined)\b"
)
_LEADING_THE = re.compile(r"(?:The|the)\s+")
#: How many opening lines may carry the partner's name in a title-like phrase.
TITLE_LINES = 3


def _code_in(name: str) -> str | None:
    table = place_table()
    for m in place_regex().finditer(name):
        codes = table[m.group(0)]
        if len(codes) == 1:
            return codes[0]
    if _EU.search(name):
        return "EU"
    return None


_EU = re.compile(r"\bEU\b|European\s+Union|Union\s+européenne|\bUE\b|الاتحاد\s+الأوروبي")


def _first_country(line: str) -> str | None:
    """The first country (or the EU) named in ``line``, for Arabic titles."""
    table = place_table()
    eu = _EU.search(line)
    for m in place_regex().finditer(line):
        if eu and eu.start() < m.start():
            return "EU"
        if len(table[m.group(0)]) == 1:
            return table[m.group(0)][0]
    return "EU" if eu else None


def detect_partner(doc: Doc) -> Doc:
    if doc.partner:
        return doc
    candidates = []
    if doc.title:
        candidates.append(doc.title)
    candidates += [doc.text[b.start : b.end] for b in doc.blocks[:TITLE_LINES]]
    if doc.language == "ar" and candidates:
        code = _first_country(candidates[0][:300])
        if code:
            doc.partner = code
            return doc
    for line in candidates:
        for form in _TITLE_FORMS:
            m = form.search(line[:300])
            if m:
                code = _code_in(m.group("name"))
                if code:
                    doc.partner = code
                    return doc
    counts: Counter[str] = Counter()
    table = place_table()
    for sentence in doc.sentences:
        the = _LEADING_THE.match(doc.text, sentence.start, sentence.end)
        m = place_regex().match(doc.text, the.end() if the else sentence.start, sentence.end)
        if m and _SUBJECT.match(doc.text, m.end()) and len(table[m.group(0)]) == 1:
            counts[table[m.group(0)][0]] += 1
    if counts:
        (best, n), *rest = counts.most_common(2)
        if n >= 2 and (not rest or rest[0][1] < n):
            doc.partner = best
    return doc
