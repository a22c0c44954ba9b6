"""`coalition bench extract`: speed of the extractor on a generated corpus of factsheets in English, French, Arabic.

:func:`generate_corpus` writes documents from templates of our own (figures, hedges, periods, places, and plenty
of sentences without figures, as real factsheets have), a third in each language; :func:`measure` extracts them
all on one core and returns sentences per second, counting the sentences the pipeline itself found. In the same
run, :func:`measure_scan` times a plain regular-expression scan of the same text: the extractor's own regular
expressions for money and head counts run over each document, and nothing else. That is the floor of an
extractor with the same grammar; the rest of the extractor's time is what reading attributes costs.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass

from coalition.extraction import extract_text
from coalition.extraction.figures import headcount_regex, money_regex
from coalition.extraction.script import normalize

#: The corpus is at least this big, in bytes of UTF-8.
DEFAULT_CORPUS_BYTES = 10 * 1024 * 1024

_PARTNERS = ("Norway", "Denmark", "Germany", "Canada", "Japan", "Italy", "Australia", "the Netherlands", "Sweden")
_PLACES = ("Iraq", "Syria", "Northeast Syria", "Mosul", "Raqqa", "the Kurdistan Region", "Jordan", "Lebanon",
           "the Lake Chad Basin", "Nigeria", "the Sahel")
_HEDGES = ("", "", "about ", "up to ", "more than ", "approximately ", "close to ", "at least ", "nearly ")
_MONEY = ("USD {n} million", "EUR {n} million", "{n} million US dollars", "NOK {n} billion", "€{n}m", "£{n} million",
          "$ {n} million", "USD {n} mill.", "{n},500,000 euros")
_PERIODS = ("", " annually", " per year", " since 201{d}", " in 201{d}", " in total", " so far",
            " in the last {d} years")
_LINES = ("stabilisation", "humanitarian assistance", "demining", "development cooperation",
          "counter-financing of terrorism", "prevention of violent extremism", "training of security forces")
_FIGURE_SENTENCES = (
    "{p} has provided {h}{m}{t} for {l} in {c}.",
    "In {c}, {p} contributes {h}{n} troops to the training mission.",
    "{p} allocated {h}{m} to {l}{t}, of which {m2} went to {c}.",
    "A contingent of {n} trainers from {p} serves in {c}.",
    "The support of {p} to {l} in {c} amounts to {h}{m}{t}.",
    "{p} has {h}{n} personnel with Operation Inherent Resolve and NATO Mission Iraq.",
)
_PLAIN_SENTENCES = (
    "{p} is a committed partner in the fight against Daesh across all lines of effort.",
    "The programmes include rehabilitation of schools, water supply and livelihoods in {c}.",
    "{p} takes part in the working groups of the Coalition, e.g. the Africa Focus Group and the Small Group.",
    "Local partners carried out 45 projects and held 12 meetings in 2019, reaching 30% of the districts.",
    "Mr. Smith, the envoy, met approx. 20 partners in {c} to discuss the next steps.",
    "The fight against Daesh is not over, and {p} will remain engaged in {c} and the wider region.",
    "Support also goes to local community resilience and the return of displaced families in {c}.",
)


# French and Arabic templates, in the same slots.
_PARTNERS_FR = ("La Norvège", "Le Danemark", "L'Allemagne", "Le Canada", "Le Japon", "L'Italie", "La Belgique")
_PLACES_FR = ("en Irak", "en Syrie", "dans le nord-est de la Syrie", "à Mossoul", "en Jordanie", "au Liban",
              "au Sahel")
_HEDGES_FR = ("", "", "environ ", "jusqu'à ", "plus de ", "près de ", "au moins ")
_MONEY_FR = ("{n} millions d'euros", "{n} M€", "{n},5 milliards de dollars", "{n}\u00a0000 euros",
             "{n} millions de couronnes")
_PERIODS_FR = ("", " par an", " depuis 201{d}", " en 201{d}", " au total")
_LINES_FR = ("la stabilisation", "l'aide humanitaire", "le déminage", "le développement",
             "la prévention de l'extrémisme violent")
_FIGURE_SENTENCES_FR = (
    "{p} a versé {h}{m}{t} pour {l} {c}.",
    "{p} déploie {h}{n} militaires {c} dans le cadre de la Coalition.",
    "{p} consacre {h}{m}{t} à {l}, dont {m2} {c}.",
    "Une trentaine de formateurs servent {c}.",
)
_PLAIN_SENTENCES_FR = (
    "{p} est un partenaire engagé de la Coalition mondiale contre Daech sur tous les axes.",
    "Les programmes comprennent la réhabilitation d'écoles et l'accès à l'eau {c}.",
    "{p} participe aux groupes de travail de la Coalition, notamment celui sur l'Afrique.",
    "Le combat contre Daech n'est pas terminé et {p} restera engagé {c} et dans la région.",
    "Les partenaires locaux ont mené de nombreux projets auprès des familles déplacées {c}.",
)
_PARTNERS_AR = ("المملكة العربية السعودية", "دولة الكويت", "قطر", "الإمارات", "الأردن", "البحرين", "المغرب")
_PLACES_AR = ("في العراق", "في سوريا", "في شمال شرق سوريا", "في الموصل", "بالأردن", "في لبنان", "في منطقة الساحل")
_HEDGES_AR = ("", "", "حوالي ", "نحو ", "أكثر من ", "ما يزيد على ", "ما يصل إلى ")
_DIGITS_AR = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_MONEY_AR = ("{n} مليون دولار", "{n} ملايين يورو", "{n}٫٥ مليار درهم", "{n} ألف دولار")
_PERIODS_AR = ("", " سنوياً", " منذ عام ٢٠١{d}", " في عام ٢٠١{d}")
_LINES_AR = ("لدعم الاستقرار", "للمساعدات الإنسانية", "لإزالة الألغام", "لإعادة الإعمار", "لمنع التطرف العنيف")
_FIGURE_SENTENCES_AR = (
    "قدمت {p} {h}{m}{t} {l} {c}.",
    "تنشر {p} {h}{n} جندي {c}.",
    "خصصت {p} {h}{m}{t} {l}، منها {m2} {c}.",
)
_PLAIN_SENTENCES_AR = (
    "تشارك {p} في جهود التحالف الدولي ضد داعش في جميع المجالات.",
    "تشمل البرامج إعادة تأهيل المدارس وتوفير المياه {c}.",
    "وتؤكد {p} التزامها بمواصلة دعم الشركاء {c} وفي المنطقة.",
    "ويعمل الشركاء المحليون مع الأسر النازحة والمجتمعات المضيفة {c}.",
)
_LANGUAGES = {
    "en": (_PARTNERS, _PLACES, _HEDGES, _MONEY, _PERIODS, _LINES, _FIGURE_SENTENCES, _PLAIN_SENTENCES),
    "fr": (_PARTNERS_FR, _PLACES_FR, _HEDGES_FR, _MONEY_FR, _PERIODS_FR, _LINES_FR, _FIGURE_SENTENCES_FR,
           _PLAIN_SENTENCES_FR),
    "ar": (_PARTNERS_AR, _PLACES_AR, _HEDGES_AR, _MONEY_AR, _PERIODS_AR, _LINES_AR, _FIGURE_SENTENCES_AR,
           _PLAIN_SENTENCES_AR),
}
_TITLES = {"en": "{p}'s contribution to the Global Coalition:", "fr": "{p} et la Coalition mondiale :",
           "ar": "مساهمة {p} في التحالف الدولي:"}
#: Share of the sentences that carry a figure: real factsheets are mostly prose.
FIGURE_SHARE = 0.2


@dataclass(frozen=True)
class ExtractResult:
    documents: int
    sentences: int
    claims: int
    megabytes: float
    seconds: float  # CPU time of this process: the one core's work, whatever else the machine runs
    wall_seconds: float
    scan_seconds: float = 0.0  # CPU time of the plain regular-expression scan of the same documents

    @property
    def sentences_per_second(self) -> float:
        return self.sentences / self.seconds if self.seconds else 0.0

    @property
    def scan_sentences_per_second(self) -> float:
        return self.sentences / self.scan_seconds if self.scan_seconds else 0.0


def _sentence(rng: random.Random, language: str, partner: str, figure: bool) -> str:
    _, places, hedges, money, periods, lines, figure_sentences, plain_sentences = _LANGUAGES[language]
    n = rng.randint(2, 950)
    sentence = rng.choice(figure_sentences if figure else plain_sentences).format(
        p=partner, c=rng.choice(places), h=rng.choice(hedges), l=rng.choice(lines), n=n,
        m=rng.choice(money).format(n=n), m2=rng.choice(money).format(n=max(1, n // 3)),
        t=rng.choice(periods).format(d=rng.randint(1, 9)),
    )
    return sentence.translate(_DIGITS_AR) if language == "ar" and rng.random() < 0.7 else sentence


def generate_corpus(min_bytes: int = DEFAULT_CORPUS_BYTES, *, seed: int = 7) -> list[str]:
    """Documents of 10 to 30 bullets each, in English, French and Arabic in turn, together at least ``min_bytes``
    long."""
    rng = random.Random(seed)
    documents: list[str] = []
    size = 0
    languages = tuple(_LANGUAGES)
    while size < min_bytes:
        language = languages[len(documents) % len(languages)]
        partner = rng.choice(_LANGUAGES[language][0])
        title = _TITLES[language].format(p=partner.removeprefix("the ")[:1].upper() + partner.removeprefix("the ")[1:])
        lines = [title]
        for _ in range(rng.randint(10, 30)):
            bullet = " ".join(_sentence(rng, language, partner, rng.random() < FIGURE_SHARE)
                              for _ in range(rng.randint(1, 3)))
            lines.append(f"• {bullet}")
        document = "\n\n".join(lines) + "\n"
        documents.append(document)
        size += len(document.encode("utf-8"))
    return documents


def measure(documents: list[str]) -> ExtractResult:
    """Extract every document once; the clock (CPU time of this process) covers extraction only."""
    sentences = claims = 0
    for document in documents[:len(_LANGUAGES)]:  # one of each language: its patterns compile on first use,
        extract_text(document)  # once per process, before the clock starts
    started, wall_started = time.process_time(), time.perf_counter()
    for document in documents:
        extraction = extract_text(document)
        sentences += len(extraction.doc.sentences)
        claims += len(extraction.claims)
    seconds, wall = time.process_time() - started, time.perf_counter() - wall_started
    megabytes = sum(len(d.encode("utf-8")) for d in documents) / 1024 / 1024
    return ExtractResult(len(documents), sentences, claims, megabytes, seconds, wall, measure_scan(documents))


def measure_scan(documents: list[str]) -> float:
    """CPU seconds of the plain scan: the money and head-count regular expressions over every document."""
    money, people = money_regex(), headcount_regex()
    started = time.process_time()
    for document in documents:
        text = normalize(document)
        [m.group(0) for m in money.finditer(text)]
        [m.group(0) for m in people.finditer(text)]
    return time.process_time() - started

