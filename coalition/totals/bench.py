"""`coalition bench totals`: generate claims in bulk, then time the public total by place and line.

Generation writes raw multi-row inserts (claims, their places and lines, their amount rows) in batches, so a
million claims take minutes, not hours. Every claim's evidence is a real span of a generated document, as the
database's span triggers demand. The amount rows are built by the same code as ``claim_amounts_refresh``.
"""

import hashlib
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db import connection, transaction
from django.db.models import DateField, DecimalField
from django.utils import timezone

from coalition.claims.models import Claim
from coalition.documents.models import MediaType, SourceDocument
from coalition.errors import CoalitionError
from coalition.partners.countries import COUNTRY_CODES
from coalition.partners.models import Partner, PartnerKind
from coalition.vocab import FUNDING_STAGES, PERSONNEL_STAGES, ClaimKind, LineOfEffort, Period, Qualifier, ReviewStatus

from .models import ClaimAmount, ClaimYear, Series
from .selectors import totals
from .services import _amount_rows, claim_amounts_refresh, units_changed

BENCH_TITLE = "coalition bench totals"
PARTNERS = 80
YEARS = range(2015, 2025)
PLACES = ("IQ", "SY", "JO", "LB", "TR", "NG", "ML", "NE", "BF", "SO", "AF", "LY", "TN", "EG", "MZ", "CD")
# Mostly dollars and euros; one figure in 200 is in a currency without ECB rates, as in real factsheets.
CURRENCIES = {"USD": 80, "EUR": 50, "GBP": 15, "NOK": 15, "DKK": 10, "SEK": 10, "JPY": 10, "CAD": 9, "AED": 1}
BATCH = 20_000


@dataclass(frozen=True)
class BenchResult:
    claims: int
    generated: int
    generate_seconds: float
    build_ms: float
    after_change_ms: float
    runs_ms: list[float]
    filtered_after_change_ms: float
    filtered_ms: list[float]
    on_the_spot_ms: float
    rows: int

    @property
    def p50(self) -> float:
        return statistics.median(self.runs_ms)

    @property
    def p95(self) -> float:
        return _p95(self.runs_ms)

    @property
    def filtered_p50(self) -> float:
        return statistics.median(self.filtered_ms)

    @property
    def filtered_p95(self) -> float:
        return _p95(self.filtered_ms)


def _p95(timings: list[float]) -> float:
    ordered = sorted(timings)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _timed(call) -> tuple[float, object]:
    began = time.perf_counter()
    result = call()
    return (time.perf_counter() - began) * 1000, result


def _insert(model, objects) -> None:
    """One multi-row INSERT per batch, straight from model instances, skipping per-row ORM work."""
    if not objects:
        return
    fields = [f for f in model._meta.concrete_fields if not (f.primary_key and getattr(objects[0], f.attname) is None)]
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    sql = f"INSERT INTO {connection.ops.quote_name(model._meta.db_table)} ({columns}) VALUES ({placeholders})"
    prepared = {i for i, f in enumerate(fields) if isinstance(f, (DateField, DecimalField))}
    rows = [
        tuple(
            f.get_db_prep_save(getattr(obj, f.attname), connection) if i in prepared else getattr(obj, f.attname)
            for i, f in enumerate(fields)
        )
        for obj in objects
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def _documents(rng: random.Random) -> list[SourceDocument]:
    codes = [code for code in COUNTRY_CODES if code not in PLACES][:PARTNERS]
    partners = [Partner.objects.get_or_create(code=code, defaults={"kind": PartnerKind.COUNTRY})[0] for code in codes]
    documents = []
    for partner in partners:
        for year in YEARS:
            text = f"{partner.code} gave USD 5 million in {year}; 40 personnel serve. ({BENCH_TITLE})\n"
            documents.append(
                SourceDocument.objects.create(
                    sha256=hashlib.sha256(text.encode()).hexdigest(),
                    partner=partner,
                    original=text.encode(),
                    size=len(text.encode()),
                    media_type=MediaType.TEXT,
                    text=text,
                    title=BENCH_TITLE,
                    as_of=date(year, rng.randint(1, 12), 1),
                )
            )
    return documents


def _claim(rng: random.Random, pk: int, document: SourceDocument, now) -> Claim:
    funding = rng.random() < 0.8
    needle = "USD 5 million" if funding else "40 personnel"
    start = document.text.index(needle)
    period = rng.choice([Period.ANNUAL, Period.ANNUAL, Period.YEAR, Period.CUMULATIVE, None])
    status = rng.choices(ReviewStatus.values, weights=[15, 80, 5])[0]
    claim = Claim(
        id=pk,
        status=status,
        version=1,
        created_at=now,
        updated_at=now,
        document=document,
        partner_id=document.partner_id,
        kind=ClaimKind.FUNDING if funding else ClaimKind.PERSONNEL,
        value=Decimal(rng.randint(1, 500) * 100_000 if funding else rng.randint(1, 300)),
        currency=rng.choices(list(CURRENCIES), weights=list(CURRENCIES.values()))[0] if funding else None,
        qualifier=rng.choice(Qualifier.values),
        period=period,
        year=document.as_of.year - rng.randint(0, 2) if period == Period.YEAR else None,
        since=document.as_of.year - rng.randint(1, 8) if period == Period.CUMULATIVE else None,
        stage=rng.choice(FUNDING_STAGES if funding else PERSONNEL_STAGES),
        evidence=needle,
        evidence_start=start,
        evidence_end=start + len(needle),
        position=pk,
    )
    claim.reviewed_at = now if status != ReviewStatus.DRAFT else None
    return claim


def generate(count: int, *, seed: int = 4, progress: Callable[[int], None] = lambda done: None) -> int:
    """Add ``count`` benchmark claims (with places, lines and amount rows) to the database in use."""
    rng = random.Random(seed)
    now = timezone.now()
    Places, Lines = Claim.places.through, Claim.lines.through
    lines = LineOfEffort.values
    with transaction.atomic():
        documents = _documents(rng)
        next_id = (Claim.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
        for start in range(0, count, BATCH):
            claims, places, claim_lines, amounts, years = [], [], [], [], []
            for pk in range(next_id + start, next_id + min(start + BATCH, count)):
                claim = _claim(rng, pk, rng.choice(documents), now)
                claim_places = rng.sample(PLACES, rng.choice([0, 1, 1, 1, 1, 2]))
                chosen_lines = rng.sample(lines, rng.choice([0, 1, 1, 1, 2]))
                claims.append(claim)
                places += [Places(claim_id=pk, country_id=code) for code in claim_places]
                claim_lines += [Lines(claim_id=pk, line_id=code) for code in chosen_lines]
                amount, claim_years = _amount_rows(claim, claim_places, chosen_lines)
                amount.refreshed_at = now
                amounts.append(amount)
                years += [ClaimYear(amount_id=pk, year=year) for year in claim_years]
            for model, objects in (
                (Claim, claims), (Places, places), (Lines, claim_lines), (ClaimAmount, amounts), (ClaimYear, years)
            ):
                _insert(model, objects)
            progress(len(claims))
    return count


def _change_one_claim(rng: random.Random) -> None:
    """Change one accepted funding claim's value, as an editor's correction would."""
    last = Claim.objects.order_by("-pk").values_list("pk", flat=True).first()
    claim = Claim.objects.filter(pk__gte=rng.randint(1, last), kind=ClaimKind.FUNDING, status=ReviewStatus.ACCEPTED)
    claim = claim.order_by("pk").first()
    Claim.objects.filter(pk=claim.pk).update(value=claim.value + 100_000)
    claim_amounts_refresh(claims=[claim])


def run(*, claims: int, runs: int, progress: Callable[[int], None] = lambda done: None) -> BenchResult:
    """Top the database up to ``claims`` benchmark claims, then time the public total by place and line.

    ``build_ms``: the first call after generation, which builds every partner's cells from the claims.
    ``after_change_ms``: the first call after one claim changed (its partner's cells are rebuilt, the
    coalition-wide total added up from the cells and stored); the timed runs are the calls after it, as
    the website makes them. The filtered total (one place, one line, by partner) is timed the same way
    after another change. ``on_the_spot_ms`` is one total over an explicit ``claims`` set, which is
    always added up from the claims at the call.
    """
    if SourceDocument.objects.exclude(title=BENCH_TITLE).exists():
        raise CoalitionError("totals.bench_database_not_empty")
    existing = Claim.objects.count()
    started = time.perf_counter()
    generated = generate(claims - existing, progress=progress) if existing < claims else 0
    generate_seconds = time.perf_counter() - started
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    units_changed((pk, series) for pk in Partner.objects.values_list("pk", flat=True) for series in Series.values)
    rng = random.Random(5)
    build_ms, _ = _timed(lambda: totals(group_by=("place", "line")))
    _change_one_claim(rng)
    after_change_ms, _ = _timed(lambda: totals(group_by=("place", "line")))
    timings, rows = [], 0
    for _ in range(runs):
        elapsed, result = _timed(lambda: totals(group_by=("place", "line")))
        timings.append(elapsed)
        rows = len(result.rows)
    filtered = {"group_by": ("partner",), "place": PLACES[0], "line": LineOfEffort.values[0]}
    totals(**filtered)
    _change_one_claim(rng)
    filtered_after_change_ms, _ = _timed(lambda: totals(**filtered))
    filtered_ms = [_timed(lambda: totals(**filtered))[0] for _ in range(runs)]
    on_the_spot_ms, _ = _timed(lambda: totals(group_by=("place", "line"), claims=Claim.objects.all()))
    return BenchResult(
        claims=Claim.objects.count(),
        generated=generated,
        generate_seconds=generate_seconds,
        build_ms=build_ms,
        after_change_ms=after_change_ms,
        runs_ms=timings,
        filtered_after_change_ms=filtered_after_change_ms,
        filtered_ms=filtered_ms,
        on_the_spot_ms=on_the_spot_ms,
        rows=rows,
    )
