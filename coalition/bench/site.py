"""`coalition bench site`: page latency of the public site under gunicorn, beside the same page as a static file.

The dataset goes into a database of its own (a temporary SQLite file, or an empty PostgreSQL database given by
URL), prepared by a child process (``python -m coalition.bench``) so that this process's own database is never
touched. gunicorn, started as `coalition serve` starts it, then serves it on a free loopback port; a thread pool
of plain ``urllib`` clients measures each page at each concurrency. The static copy of a page is its own
rendered HTML written into the static files, served by WhiteNoise in the same gunicorn: the ratio between the
two is the cost of building the page.
"""

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import Client

from coalition.documents.models import SourceDocument
from coalition.errors import CoalitionError
from coalition.partners.models import Partner
from coalition.serving import gunicorn_argv
from coalition.vocab import LineOfEffort

from .data import PLACES, generate
from .timing import Timing, timed

WARM_UP = 10
STARTUP_SECONDS = 60
#: The child's settings: production ones, on the benchmark's own database and data directory.
ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "coalition.settings.base",
    "DJANGO_SECRET_KEY": "benchmark-only-not-secret",
    "DJANGO_DEBUG": "no",
    "DJANGO_HTTPS": "no",
    "DJANGO_ALLOWED_HOSTS": "127.0.0.1,testserver",
    "DJANGO_LOG_LEVEL": "WARNING",
    "COALITION_LOG_FORMAT": "plain",
    "COALITION_QUEUE": "",
    "DATABASE_REPLICA_URLS": "",
}


def prepare(*, partners: int, claims: int) -> dict:
    """In the child process: migrate, collect static files, generate, and write static copies of two pages."""
    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    data = generate(claims=claims, partners=partners)
    copies = Path(settings.STATIC_ROOT) / "bench"
    copies.mkdir(parents=True, exist_ok=True)
    client = Client()
    for name, url in (("partner.html", "/en/partners/no/"), ("place.html", f"/en/places/{PLACES[0].lower()}/")):
        response = client.get(url)
        if response.status_code != 200:
            raise CoalitionError("bench.bad_answer", url=url, status=response.status_code)
        (copies / name).write_bytes(response.content)
    slugs = [partner.slug for partner in Partner.objects.all()]
    places = [f"/en/places/{code.lower()}/" for code in PLACES]
    return {
        "partners": data.partners,
        "claims": data.claims,
        "vendor": connection.vendor,
        "generate_seconds": round(data.seconds, 1),
        "partner_urls": [f"/en/partners/{slug}/" for slug in slugs],
        "place_urls": places,
        "static_url": "/" + settings.STATIC_URL.strip("/") + "/bench/partner.html",
        "page_types": {
            "home": ["/en/"],
            "directory": ["/en/partners/"],
            "partner": [f"/en/partners/{slug}/" for slug in slugs],
            "change log": [f"/en/partners/{slug}/changes/" for slug in slugs],
            "place": places,
            "line": [f"/en/lines/{line}/" for line in LineOfEffort.values],
            "document": [f"/en/documents/{sha256}/" for sha256 in SourceDocument.objects.values_list("sha256", flat=True)[:50]],
        },
    }


def server_argv(*, port: int, workers: int) -> list[str]:
    """gunicorn as `coalition serve` runs it (same limits, no control socket), logging only warnings."""
    gunicorn = os.path.join(os.path.dirname(sys.executable), "gunicorn")
    return [gunicorn, *gunicorn_argv(address=f"127.0.0.1:{port}", workers=workers)[1:], "--log-level", "warning"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str) -> float:
    """Milliseconds to fetch ``url`` whole."""
    def fetch():
        try:
            with urllib.request.urlopen(url, timeout=60) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, b""

    elapsed, (status, _) = timed(fetch)
    if status != 200:
        raise CoalitionError("bench.bad_answer", url=url, status=status)
    return elapsed


def _measure(
    base: str | list[str], name: str, paths: list[str], *, requests: int, concurrency: int, fresh: bool
) -> Timing:
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
    return Timing(name, latencies, concurrency)


def _wait_until_up(url: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise CoalitionError("bench.server_stopped")
        try:
            _get(url)
            return
        except OSError:  # not listening yet, or closed the connection while starting
            time.sleep(0.2)
    raise CoalitionError("bench.server_silent", seconds=STARTUP_SECONDS)


@contextmanager
def _dataset(*, partners: int, claims: int, database_url: str | None, echo, **environment) -> Iterator[tuple]:
    """The child process's environment and the facts of the dataset it prepared; its files go afterwards."""
    with tempfile.TemporaryDirectory(prefix="coalition-bench-site-", ignore_cleanup_errors=True) as workdir:
        database_url = database_url or f"sqlite:///{Path(workdir) / 'bench.sqlite3'}"
        env = {**os.environ, **ENVIRONMENT, **environment, "COALITION_DATA_DIR": workdir, "DATABASE_URL": database_url}
        env.pop("PROMETHEUS_MULTIPROC_DIR", None)
        echo(f"generating {partners} partners and {claims:,} claims into {database_url} ...")
        child = subprocess.run(
            [sys.executable, "-m", "coalition.bench", str(partners), str(claims)],
            env=env, capture_output=True, text=True, check=False,
        )
        if child.returncode != 0:
            last = (child.stderr.strip().splitlines() or ["no message"])[-1]
            raise CoalitionError("bench.failed", detail=f"preparing the dataset: {last}")
        yield env, json.loads(child.stdout.strip().splitlines()[-1])


@contextmanager
def _servers(env: dict, *, count: int, workers: int, static_url: str) -> Iterator[list[str]]:
    """``count`` gunicorn servers of the dataset, up and answering; their base addresses."""
    servers, bases = [], []
    try:
        for _ in range(count):
            port = _free_port()
            # The access log goes to stdout, dropped here; warnings and errors still reach stderr.
            servers.append(subprocess.Popen(server_argv(port=port, workers=workers), env=env, stdout=subprocess.DEVNULL))
            bases.append(f"http://127.0.0.1:{port}")
        for base, server in zip(bases, servers):
            _wait_until_up(base + static_url, server)
        yield bases
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=30)


def run(
    *,
    partners: int = 100,
    claims: int = 100_000,
    database_url: str | None = None,
    requests: int = 200,
    concurrencies: tuple[int, ...] = (1, 32),
    workers: int | None = None,
    echo=print,
) -> tuple[dict, list[Timing]]:
    """Prepare the dataset in a child process, serve it with gunicorn and measure; returns facts and timings."""
    workers = workers or 2 * (os.cpu_count() or 1) + 1
    with _dataset(partners=partners, claims=claims, database_url=database_url, echo=echo) as (env, facts), _servers(
        env, count=1, workers=workers, static_url=facts["static_url"]
    ) as (base,):
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


def run_cluster(
    *, partners: int, claims: int, database_url: str, requests: int = 200, workers: int | None = None, echo=print
) -> tuple[dict, list[Timing]]:
    """Every page type through two app servers sharing the Redis cache (REDIS_URL) and the database, at
    concurrency 32 kept and at concurrency 1 built fresh, beside the static copy; replicas are used when
    DATABASE_REPLICA_URLS is set (the same database name is read on each replica)."""
    if not os.environ.get("REDIS_URL"):
        raise CoalitionError("bench.cluster_needs_redis")
    if not database_url or not database_url.startswith("postgres"):
        raise CoalitionError("bench.cluster_needs_database")
    name = database_url.rsplit("/", 1)[1]
    replicas = [url.rsplit("/", 1)[0] + "/" + name for url in os.environ.get("DATABASE_REPLICA_URLS", "").split(",") if url]
    workers = workers or os.cpu_count() or 1
    with _dataset(
        partners=partners, claims=claims, database_url=database_url, echo=echo,
        DATABASE_REPLICA_URLS=",".join(replicas),
    ) as (env, facts), _servers(env, count=2, workers=workers, static_url=facts["static_url"]) as bases:
        facts.update(workers=workers, replicas=len(replicas))
        static = [facts["static_url"]]
        measures = [_measure(bases, "static copy", static, requests=requests * 2, concurrency=32, fresh=False)]
        for page, paths in facts["page_types"].items():
            measures.append(_measure(bases, f"{page}, kept", paths, requests=requests * 2, concurrency=32, fresh=False))
        measures.append(_measure(bases, "static copy", static, requests=requests, concurrency=1, fresh=False))
        for page, paths in facts["page_types"].items():
            measures.append(_measure(bases, f"{page}, fresh", paths, requests=requests, concurrency=1, fresh=True))
        return facts, measures
