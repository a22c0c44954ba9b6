"""The one generator of benchmark data: partners, their documents, claims with amount rows, profile pieces.

Every benchmark that needs a database (`bench totals`, `bench api`, `bench site`) fills it from here, so each
measures the same kind of data. Generation is deterministic (the same seed and sizes give the same rows) and
writes claims with raw multi-row inserts in batches, so a million claims take minutes, not hours. Each claim's
evidence is its own line of a generated document, as the database's span triggers demand, and its amount row
is built by the same code as ``claim_amounts_refresh``.

A second call tops the database up: the new claims go into new documents of the partners already there.
"""

import hashlib
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import product

from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.models import DateField, DecimalField
from django.utils import timezone

from coalition.claims.models import Claim
from coalition.documents.models import MediaType, SourceDocument
from coalition.errors import CoalitionError
from coalition.partners.countries import COUNTRY_CODES
from coalition.partners.models import Membership, Partner, PartnerKind, WorkingGroup
from coalition.profiles.models import HeadlineFigure, MediaLink, Quote, SocialHandle, SocialPlatform, Statement
from coalition.totals.models import ClaimAmount, ClaimYear, Series
from coalition.totals.services import _amount_rows, units_changed
from coalition.vocab import FUNDING_STAGES, PERSONNEL_STAGES, ClaimKind, LineOfEffort, Period, Qualifier, ReviewStatus

from .database import BENCH_TITLE

PARTNERS = 80
#: The places claims are about; no partner is one of them, and the first is the place page the site bench copies.
PLACES = ("IQ", "SY", "JO", "LB", "TR", "NG", "ML", "NE", "BF", "SO", "AF", "LY", "TN", "EG", "MZ", "CD")
#: Each partner gets one document per year at each call.
YEARS = range(2015, 2025)
# Mostly dollars and euros; one figure in 200 is in a currency without ECB rates, as in real factsheets.
CURRENCIES = {"USD": 80, "EUR": 50, "GBP": 15, "NOK": 15, "DKK": 10, "SEK": 10, "JPY": 10, "CAD": 9, "AED": 1}
WORKING_GROUPS = 5
BATCH = 20_000


@dataclass(frozen=True)
class Generated:
    partners: int  # benchmark partners in the database
    claims: int  # claims in the database
    generated: int  # claims this call added
    seconds: float


def generate(
    *, claims: int, partners: int = PARTNERS, seed: int = 4, progress: Callable[[int], None] = lambda done: None
) -> Generated:
    """Top the database up to ``claims`` claims over ``partners`` partners (``NO`` first, then other countries).

    Refuses a database holding documents the benchmark did not write: figures over real data would mean
    nothing, and real partners would get generated claims.
    """
    if SourceDocument.objects.exclude(title=BENCH_TITLE).exists():
        raise CoalitionError("totals.bench_database_not_empty")
    started = time.perf_counter()
    existing = Claim.objects.count()
    count = max(0, claims - existing)
    if count:
        next_id = (Claim.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
        rng = random.Random(f"{seed}:{next_id}")  # a top-up differs from the first call, yet is repeatable
        with transaction.atomic():
            made = _partners(rng, partners)
            _claims(rng, made, count=count, next_id=next_id, progress=progress)
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), [Claim]):  # ids were given, not drawn
                cursor.execute(sql)
            cursor.execute("ANALYZE")
        # Amount rows were written directly: every partner's stored cells are stale.
        units_changed((partner.pk, series) for partner in made for series in Series.values)
    return Generated(
        partners=Partner.objects.filter(documents__title=BENCH_TITLE).distinct().count(),
        claims=existing + count,
        generated=count,
        seconds=time.perf_counter() - started,
    )


def _partners(rng: random.Random, count: int) -> list[Partner]:
    """The partners, made (with working groups and profile pieces) where missing."""
    codes = ["NO", *[code for code in COUNTRY_CODES if code not in PLACES and code != "NO"]][:count]
    groups = [
        WorkingGroup.objects.get_or_create(slug=f"group-{n}", defaults={"name": f"Working group {n}"})[0]
        for n in range(WORKING_GROUPS)
    ]
    made = []
    for index, code in enumerate(codes):
        partner, created = Partner.objects.get_or_create(
            code=code, defaults={"kind": PartnerKind.COUNTRY, "founding_member": index % 3 == 0}
        )
        if created:
            Membership.objects.bulk_create([Membership(partner=partner, group=g) for g in rng.sample(groups, 3)])
        made.append(partner)
    return made


def _document(rng: random.Random, partner: Partner, year: int, figures: int, first_id: int):
    """A factsheet of ``figures`` lines and, for each line, (start, end, currency or None, value) of its figure."""
    lines = [f"{partner.code} factsheet for {year}, generated by the benchmark from claim {first_id}\n"]
    spans, offset = [], len(lines[0])
    for index in range(figures):
        if rng.random() < 0.8:
            currency = rng.choices(list(CURRENCIES), weights=list(CURRENCIES.values()))[0]
            value = rng.randint(1, 500) * 100_000
            figure = f"{currency} {value}"
        else:
            currency, value = None, rng.randint(1, 300)
            figure = f"{value} personnel"
        line = f"Item {index}: {partner.code} reports {figure} for its work with partners.\n"
        start = offset + line.index(figure)
        spans.append((start, start + len(figure), currency, value))
        lines.append(line)
        offset += len(line)
    text = "".join(lines)
    data = text.encode()
    document = SourceDocument.objects.create(
        sha256=hashlib.sha256(data).hexdigest(), partner=partner, original=data, size=len(data),
        media_type=MediaType.TEXT, text=text, title=BENCH_TITLE, as_of=date(year, rng.randint(1, 12), 1),
        filename=f"{partner.code.lower()}-{year}-{first_id}.txt",
    )
    return document, spans


def _claim(rng: random.Random, pk: int, position: int, document: SourceDocument, span, now) -> Claim:
    start, end, currency, value = span
    funding = currency is not None
    period = rng.choice([Period.ANNUAL, Period.ANNUAL, Period.YEAR, Period.CUMULATIVE, None])
    status = rng.choices(ReviewStatus.values, weights=[15, 80, 5])[0]
    return Claim(
        id=pk,
        status=status,
        version=1,
        created_at=now,
        updated_at=now,
        reviewed_at=now if status != ReviewStatus.DRAFT else None,
        document=document,
        partner_id=document.partner_id,
        kind=ClaimKind.FUNDING if funding else ClaimKind.PERSONNEL,
        value=Decimal(value),
        currency=currency,
        qualifier=rng.choice(Qualifier.values),
        period=period,
        year=document.as_of.year - rng.randint(0, 2) if period == Period.YEAR else None,
        since=document.as_of.year - rng.randint(1, 8) if period == Period.CUMULATIVE else None,
        stage=rng.choice(FUNDING_STAGES if funding else PERSONNEL_STAGES),
        evidence=document.text[start:end],
        evidence_start=start,
        evidence_end=end,
        position=position,
    )


def _claims(rng: random.Random, partners: list[Partner], *, count: int, next_id: int, progress) -> None:
    """``count`` claims spread evenly over a new document per partner and year, written in batches."""
    now = timezone.now()
    Places, Lines = Claim.places.through, Claim.lines.through
    documents = list(product(partners, YEARS))
    per_document, extra = divmod(count, len(documents))
    rows = {Claim: [], Places: [], Lines: [], ClaimAmount: [], ClaimYear: []}
    pk = next_id
    for index, (partner, year) in enumerate(documents):
        document, spans = _document(rng, partner, year, per_document + (index < extra), pk)
        for position, span in enumerate(spans):
            claim = _claim(rng, pk, position, document, span, now)
            places = rng.sample(PLACES, rng.choice([0, 1, 1, 1, 1, 2]))
            lines = rng.sample(LineOfEffort.values, rng.choice([0, 1, 1, 1, 2]))
            amount, years = _amount_rows(claim, places, lines)
            amount.refreshed_at = now
            rows[Claim].append(claim)
            rows[Places] += [Places(claim_id=pk, country_id=code) for code in places]
            rows[Lines] += [Lines(claim_id=pk, line_id=code) for code in lines]
            rows[ClaimAmount].append(amount)
            rows[ClaimYear] += [ClaimYear(amount_id=pk, year=year) for year in years]
            pk += 1
        if len(rows[Claim]) >= BATCH or index == len(documents) - 1:
            written = len(rows[Claim])
            for model, objects in rows.items():
                _insert(model, objects)
                objects.clear()
            progress(written)
        if year == YEARS[-1]:
            _profile(partner, document)


def _profile(partner: Partner, document: SourceDocument) -> None:
    """The pieces a partner page shows besides claims, accepted; once per partner."""
    if Statement.objects.filter(partner=partner).exists():
        return
    accepted = {"status": ReviewStatus.ACCEPTED, "reviewed_at": timezone.now()}
    Statement.objects.bulk_create([
        Statement(partner=partner, document=document, line=line, position=position,
                  text=f"{partner.code} works on {line} with its partners.", **accepted)
        for position, line in enumerate(LineOfEffort.values[:6])
    ])
    HeadlineFigure.objects.bulk_create([
        HeadlineFigure(partner=partner, document=document, label="troops", value=110, position=1, **accepted),
        HeadlineFigure(partner=partner, document=document, label="medical unit", incomplete=True, position=2,
                       **accepted),
    ])
    Quote.objects.create(partner=partner, document=document, text="We stay the course.", speaker="A minister",
                         role="Minister", **accepted)
    MediaLink.objects.bulk_create([
        MediaLink(partner=partner, title=f"Story {n}", url="https://example.org/", position=n, **accepted)
        for n in range(2)
    ])
    SocialHandle.objects.create(partner=partner, platform=SocialPlatform.X, handle=f"@{partner.code}MFA",
                                owner=f"{partner.code} MFA", **accepted)


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
