"""Speed of the extractor on a generated corpus of factsheet-like documents.

:func:`generate_corpus` writes documents from templates of our own (figures, hedges, periods, places, and plenty
of sentences without figures, as real factsheets have); :func:`measure` extracts them all on one core and returns
sentences per second, counting the sentences the pipeline itself found.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass

from . import extract_text

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


@dataclass(frozen=True)
class BenchResult:
    documents: int
    sentences: int
    claims: int
    megabytes: float
    seconds: float  # CPU time of this process: the one core's work, whatever else the machine runs
    wall_seconds: float

    @property
    def sentences_per_second(self) -> float:
        return self.sentences / self.seconds if self.seconds else 0.0


def _sentence(rng: random.Random, templates) -> str:
    n = rng.randint(2, 950)
    return rng.choice(templates).format(
        p=rng.choice(_PARTNERS), c=rng.choice(_PLACES), h=rng.choice(_HEDGES), l=rng.choice(_LINES), n=n,
        m=rng.choice(_MONEY).format(n=n), m2=rng.choice(_MONEY).format(n=max(1, n // 3)),
        t=rng.choice(_PERIODS).format(d=rng.randint(1, 9)),
    )


def generate_corpus(min_bytes: int = DEFAULT_CORPUS_BYTES, *, seed: int = 7) -> list[str]:
    """Documents of 10 to 30 bullets each, together at least ``min_bytes`` long."""
    rng = random.Random(seed)
    documents: list[str] = []
    size = 0
    while size < min_bytes:
        partner = rng.choice(_PARTNERS)
        lines = [f"{partner.removeprefix('the ').capitalize()}'s contribution to the Global Coalition:"]
        for _ in range(rng.randint(10, 30)):
            bullet = " ".join(
                _sentence(rng, _FIGURE_SENTENCES if rng.random() < 0.3 else _PLAIN_SENTENCES)
                for _ in range(rng.randint(1, 3))
            )
            lines.append(f"• {bullet}")
        document = "\n\n".join(lines) + "\n"
        documents.append(document)
        size += len(document.encode("utf-8"))
    return documents


def measure(documents: list[str] | None = None, *, min_bytes: int = DEFAULT_CORPUS_BYTES) -> BenchResult:
    """Extract every document once; the clock (CPU time of this process) covers extraction only."""
    if documents is None:
        documents = generate_corpus(min_bytes)
    sentences = claims = 0
    extract_text(documents[0])  # compile the patterns and fill the tables before the clock starts
    started, wall_started = time.process_time(), time.perf_counter()
    for document in documents:
        extraction = extract_text(document)
        sentences += len(extraction.doc.sentences)
        claims += len(extraction.claims)
    seconds, wall = time.process_time() - started, time.perf_counter() - wall_started
    megabytes = sum(len(d.encode("utf-8")) for d in documents) / 1024 / 1024
    return BenchResult(len(documents), sentences, claims, megabytes, seconds, wall)


def sentences_per_second(min_bytes: int = DEFAULT_CORPUS_BYTES) -> float:
    return measure(min_bytes=min_bytes).sentences_per_second
