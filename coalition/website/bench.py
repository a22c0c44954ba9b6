"""`coalition bench site`: page latency of the public site under gunicorn, beside the same page as a static file.

The dataset goes into a database of its own (a temporary SQLite file, or an empty PostgreSQL database given by
URL), prepared by a child process so that this process's own database is never touched. gunicorn then serves
it on a free loopback port; a thread pool of plain ``urllib`` clients measures each page at each concurrency.
The static copy of a page is its own rendered HTML written into the static files, served by WhiteNoise in the
same gunicorn: the ratio between the two is the cost of building the page.
"""

import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

PLACES = ("IQ", "SY", "JO", "LB", "TR", "NG", "ML", "NE", "BF", "SO", "AF", "LY", "TN", "EG", "MZ", "CD")
DOCUMENT_YEARS = (2019, 2020, 2021, 2022, 2023)
CURRENCIES = ("USD", "USD", "EUR", "EUR", "NOK", "GBP")
BATCH = 5000
WARM_UP = 10


@dataclass(frozen=True)
class Measure:
    page: str
    concurrency: int
    latencies_ms: list[float]

    @property
    def p50(self) -> float:
        return statistics.median(self.latencies_ms)

    @property
    def p95(self) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _sentences(code: str, year: int, count: int, rng: random.Random) -> tuple[str, list[tuple[int, int, str, int]]]:
    """A generated factsheet and, for each figure in it, (start, end, currency or "", value)."""
    parts, spans, offset = [], [], 0
    header = f"{code} factsheet for {year}, generated for the site benchmark\n"
    parts.append(header)
    offset += len(header)
    for index in range(count):
        if rng.random() < 0.8:
            currency, value = rng.choice(CURRENCIES), rng.randint(1, 900) * 100_000
            figure = f"{currency} {value}"
        else:
            currency, value = "", rng.randint(5, 500)
            figure = f"{value} personnel"
        line = f"Item {index}: {code} reports {figure} for its work with partners.\n"
        start = offset + line.index(figure)
        spans.append((start, start + len(figure), currency, value))
        parts.append(line)
        offset += len(line)
    return "".join(parts), spans


def generate(*, partners: int, claims: int, seed: int = 5) -> dict:
    """Fill the (empty, migrated) database with partners, documents, claims and profile pieces."""
    import hashlib

    from django.db import transaction
    from django.utils import timezone

    from coalition.claims.models import Claim
    from coalition.documents.models import MediaType, SourceDocument
    from coalition.partners.countries import COUNTRY_CODES
    from coalition.partners.models import Membership, Partner, PartnerKind, WorkingGroup
    from coalition.profiles.models import HeadlineFigure, MediaLink, Quote, SocialHandle, SocialPlatform, Statement
    from coalition.totals.services import claim_amounts_refresh, data_changed
    from coalition.vocab import ClaimKind, LineOfEffort, Period, Qualifier, ReviewStatus

    if Partner.objects.exists():
        raise RuntimeError("the benchmark database already holds partners: give an empty database")
    rng = random.Random(seed)
    now = timezone.now()
    codes = ["NO", *[code for code in COUNTRY_CODES if code not in PLACES and code != "NO"]][:partners]
    per_document = max(1, claims // (len(codes) * len(DOCUMENT_YEARS)))
    accepted = {"status": ReviewStatus.ACCEPTED, "reviewed_at": now}
    with transaction.atomic():
        groups = [WorkingGroup.objects.create(slug=f"group-{n}", name=f"Working group {n}") for n in range(5)]
        Partner.objects.bulk_create(
            [Partner(code=code, kind=PartnerKind.COUNTRY, founding_member=index % 3 == 0) for index, code in enumerate(codes)]
        )
        made = list(Partner.objects.order_by("code"))
        Membership.objects.bulk_create(
            [Membership(partner=partner, group=group) for partner in made for group in rng.sample(groups, 3)]
        )
        next_id, written = 1, 0
        for partner in made:
            pieces = []
            for year in DOCUMENT_YEARS:
                text, spans = _sentences(partner.code, year, per_document, rng)
                data = text.encode()
                document = SourceDocument.objects.create(
                    sha256=hashlib.sha256(data).hexdigest(), partner=partner, original=data, size=len(data),
                    media_type=MediaType.TEXT, text=text, title=f"{partner.code} {year}", as_of=date(year, 6, 1),
                    filename=f"{partner.code.lower()}-{year}.txt",
                )
                rows, places, lines = [], [], []
                for position, (start, end, currency, value) in enumerate(spans):
                    period = rng.choice([Period.ANNUAL, Period.CUMULATIVE, None])
                    rows.append(
                        Claim(
                            id=next_id, document=document, partner=partner, position=position,
                            kind=ClaimKind.FUNDING if currency else ClaimKind.PERSONNEL,
                            value=value, currency=currency or None, qualifier=rng.choice(Qualifier.values),
                            period=period, since=year - 3 if period == Period.CUMULATIVE else None,
                            evidence=text[start:end], evidence_start=start, evidence_end=end,
                            **(accepted if rng.random() < 0.9 else {}),
                        )
                    )
                    places += [
                        Claim.places.through(claim_id=next_id, country_id=code)
                        for code in rng.sample(PLACES, rng.choice([1, 1, 2]))
                    ]
                    lines += [
                        Claim.lines.through(claim_id=next_id, line_id=code)
                        for code in rng.sample(LineOfEffort.values, rng.choice([1, 1, 2]))
                    ]
                    next_id += 1
                Claim.objects.bulk_create(rows, batch_size=BATCH)
                Claim.places.through.objects.bulk_create(places, batch_size=BATCH)
                Claim.lines.through.objects.bulk_create(lines, batch_size=BATCH)
                written += len(rows)
            for position, line in enumerate(LineOfEffort.values[:6]):
                pieces.append(Statement(partner=partner, document=document, line=line, position=position,
                                        text=f"{partner.code} works on {line} with its partners.", **accepted))
            HeadlineFigure.objects.bulk_create([
                HeadlineFigure(partner=partner, document=document, label="troops", value=110, position=1, **accepted),
                HeadlineFigure(partner=partner, document=document, label="medical unit", incomplete=True,
                               position=2, **accepted),
            ])
            Statement.objects.bulk_create(pieces)
            Quote.objects.create(partner=partner, document=document, text="We stay the course.", speaker="A minister",
                                 role="Minister", **accepted)
            MediaLink.objects.bulk_create([MediaLink(partner=partner, title=f"Story {n}", url="https://example.org/",
                                                     position=n, **accepted) for n in range(2)])
            SocialHandle.objects.create(partner=partner, platform=SocialPlatform.X, handle=f"@{partner.code}MFA",
                                        owner=f"{partner.code} MFA", **accepted)
    claim_amounts_refresh(claims=Claim.objects.all())
    data_changed()
    return {"partners": len(made), "claims": written}


def prepare(*, partners: int, claims: int) -> dict:
    """In the child process: migrate, collect static files, generate, and write static copies of two pages."""
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    started = time.perf_counter()
    counts = generate(partners=partners, claims=claims)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    seconds = time.perf_counter() - started
    copies = Path(settings.STATIC_ROOT) / "bench"
    copies.mkdir(parents=True, exist_ok=True)
    client = Client()
    for name, url in (("partner.html", "/en/partners/no/"), ("place.html", "/en/places/iq/")):
        response = client.get(url)
        if response.status_code != 200:
            raise RuntimeError(f"{url} answered {response.status_code} while preparing")
        (copies / name).write_bytes(response.content)
    from coalition.documents.models import SourceDocument
    from coalition.partners.models import Partner
    from coalition.vocab import LineOfEffort

    partners = list(Partner.objects.all())
    return {
        **counts,
        "vendor": connection.vendor,
        "generate_seconds": round(seconds, 1),
        "partner_urls": [f"/en/partners/{partner.slug}/" for partner in partners],
        "place_urls": [f"/en/places/{code.lower()}/" for code in PLACES],
        "static_url": "/" + settings.STATIC_URL.strip("/") + "/bench/partner.html",
        "page_types": {
            "home": ["/en/"],
            "directory": ["/en/partners/"],
            "partner": [f"/en/partners/{partner.slug}/" for partner in partners],
            "change log": [f"/en/partners/{partner.slug}/changes/" for partner in partners],
            "place": [f"/en/places/{code.lower()}/" for code in PLACES],
            "line": [f"/en/lines/{line}/" for line in LineOfEffort.values],
            "document": [f"/en/documents/{sha256}/" for sha256 in SourceDocument.objects.values_list("sha256", flat=True)[:50]],
        },
    }


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str) -> float:
    """Milliseconds to fetch ``url`` whole."""
    began = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as response:
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{url} answered {response.status}")
    return (time.perf_counter() - began) * 1000


def _measure(
    base: str | list[str], name: str, paths: list[str], *, requests: int, concurrency: int, fresh: bool
) -> Measure:
    """Each distinct address is fetched once first, so kept pages are kept. With ``fresh`` every measured request
    adds a query string never asked before, so no kept page answers it and the page is built anew. Several
    bases (app servers) take the requests in turn, as a load balancer would hand them out; a page is kept
    per host name (it prints its own absolute links), so each server's address of a page is a page of its own
    (an odd number of pages over two servers makes twice as many addresses as pages)."""
    bases = [base] if isinstance(base, str) else base
    urls = [bases[index % len(bases)] + paths[index % len(paths)] for index in range(requests)]
    distinct = list(dict.fromkeys(urls))
    for url in (distinct * WARM_UP)[: max(WARM_UP, len(distinct))]:
        _get(url)
    if fresh:
        urls = [f"{url}?visit={concurrency}-{index}" for index, url in enumerate(urls)]
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        latencies = list(pool.map(_get, urls))
    return Measure(page=name, concurrency=concurrency, latencies_ms=latencies)


def _wait_until_up(url: str, server: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("gunicorn stopped while starting")
        try:
            _get(url)
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not answer within a minute")


def run(
    *,
    partners: int = 100,
    claims: int = 100_000,
    database_url: str | None = None,
    requests: int = 200,
    concurrencies: tuple[int, ...] = (1, 32),
    workers: int | None = None,
    echo=print,
) -> tuple[dict, list[Measure]]:
    """Prepare the dataset in a child process, serve it with gunicorn and measure; returns facts and measures."""
    workdir = Path(tempfile.mkdtemp(prefix="coalition-bench-site-"))
    env = {
        **os.environ,
        "COALITION_DATA_DIR": str(workdir),
        "DATABASE_URL": database_url or f"sqlite:///{workdir / 'bench.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "coalition.settings.base",
        "DJANGO_SECRET_KEY": "benchmark-only-not-secret",
        "DJANGO_DEBUG": "no",
        "DJANGO_HTTPS": "no",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,testserver",
        "DJANGO_LOG_LEVEL": "WARNING",
    }
    server = None
    try:
        echo(f"generating {partners} partners and {claims:,} claims into {env['DATABASE_URL']} ...")
        child = subprocess.run(
            [sys.executable, "-m", "coalition.website.bench", str(partners), str(claims)],
            env=env, capture_output=True, text=True, check=False,
        )
        if child.returncode != 0:
            raise RuntimeError(f"preparing the dataset failed: {child.stderr.strip().splitlines()[-1:]}")
        facts = json.loads(child.stdout.strip().splitlines()[-1])
        port = _free_port()
        workers = workers or 2 * (os.cpu_count() or 1) + 1
        gunicorn = os.path.join(os.path.dirname(sys.executable), "gunicorn")
        server = subprocess.Popen(
            [gunicorn, "coalition.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
             "--log-level", "warning", "--no-control-socket"],
            env=env,
        )
        base = f"http://127.0.0.1:{port}"
        _wait_until_up(base + facts["static_url"], server)
        facts["workers"] = workers
        pages = {
            "partner page": facts["partner_urls"],
            "partner page, kept": facts["partner_urls"],
            "country page": facts["place_urls"],
            "static copy": [facts["static_url"]],
        }
        measures = []
        for concurrency in concurrencies:
            for name, paths in pages.items():
                count = requests if concurrency == 1 else requests * 2
                measures.append(
                    _measure(base, name, paths, requests=count, concurrency=concurrency, fresh=name == "partner page")
                )
        return facts, measures
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(workdir, ignore_errors=True)


def run_cluster(
    *, partners: int, claims: int, database_url: str, requests: int = 200, workers: int | None = None, echo=print
) -> tuple[dict, list[Measure]]:
    """Every page type through two app servers sharing the Redis cache (REDIS_URL) and the database, at
    concurrency 32 kept and at concurrency 1 built fresh, beside the static copy; replicas are used when
    DATABASE_REPLICA_URLS is set (the same database name is read on each replica)."""
    if not os.environ.get("REDIS_URL"):
        raise RuntimeError("--cluster needs REDIS_URL (source the env file that scripts/cluster prints)")
    if not database_url or not database_url.startswith("postgres"):
        raise RuntimeError("--cluster needs --database-url: an empty PostgreSQL database on the cluster's primary")
    workdir = Path(tempfile.mkdtemp(prefix="coalition-bench-cluster-"))
    name = database_url.rsplit("/", 1)[1]
    replicas = [url.rsplit("/", 1)[0] + "/" + name for url in os.environ.get("DATABASE_REPLICA_URLS", "").split(",") if url]
    env = {
        **os.environ,
        "COALITION_DATA_DIR": str(workdir),
        "DATABASE_URL": database_url,
        "DATABASE_REPLICA_URLS": ",".join(replicas),
        "COALITION_QUEUE": "",
        "DJANGO_SETTINGS_MODULE": "coalition.settings.base",
        "DJANGO_SECRET_KEY": "benchmark-only-not-secret",
        "DJANGO_DEBUG": "no",
        "DJANGO_HTTPS": "no",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,testserver",
        "DJANGO_LOG_LEVEL": "WARNING",
        "COALITION_LOG_FORMAT": "plain",
    }
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    servers = []
    try:
        echo(f"generating {partners} partners and {claims:,} claims into {database_url} ...")
        child = subprocess.run(
            [sys.executable, "-m", "coalition.website.bench", str(partners), str(claims)],
            env=env, capture_output=True, text=True, check=False,
        )
        if child.returncode != 0:
            raise RuntimeError(f"preparing the dataset failed: {child.stderr.strip().splitlines()[-1:]}")
        facts = json.loads(child.stdout.strip().splitlines()[-1])
        workers = workers or os.cpu_count() or 1
        gunicorn = os.path.join(os.path.dirname(sys.executable), "gunicorn")
        bases = []
        for _ in range(2):
            port = _free_port()
            servers.append(subprocess.Popen(
                [gunicorn, "coalition.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
                 "--log-level", "warning", "--no-control-socket"],
                env=env,
            ))
            bases.append(f"http://127.0.0.1:{port}")
        for base, server in zip(bases, servers):
            _wait_until_up(base + facts["static_url"], server)
        facts.update(workers=workers, replicas=len(replicas))
        measures = [_measure(bases, "static copy", [facts["static_url"]], requests=requests * 2, concurrency=32, fresh=False)]
        for page, paths in facts["page_types"].items():
            measures.append(_measure(bases, f"{page}, kept", paths, requests=requests * 2, concurrency=32, fresh=False))
        measures.append(_measure(bases, "static copy", [facts["static_url"]], requests=requests, concurrency=1, fresh=False))
        for page, paths in facts["page_types"].items():
            measures.append(_measure(bases, f"{page}, fresh", paths, requests=requests, concurrency=1, fresh=True))
        return facts, measures
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    import django

    django.setup()
    print(json.dumps(prepare(partners=int(sys.argv[1]), claims=int(sys.argv[2]))))
