"""Schemathesis against a live `coalition serve` (gunicorn, two workers) on a loopback port, with every
check on, as an anonymous client, a partner editor and the secretariat: no 5xx, and every answer as the
OpenAPI document promises.

The server gets a database of its own (a new database on the PostgreSQL server of the run), filled with the
example factsheets, one accepted claim per partner, two editors and their tokens. It runs once, on the
PostgreSQL pass of scripts/test, in about 100 seconds: a bounded number of examples per operation and
a fixed seed, so a failure reproduces.
"""

import json
import os
import shlex
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest

PROJECT_DIR = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
MAX_EXAMPLES = 12
SEED = 20261129
LONG_QUERY_BYTES = 6000  # over the API's 4 KB limit, under gunicorn's request line limit

SEED_DATA = """
import json
import django
django.setup()
from coalition.api.services import token_create
from coalition.claims.models import Claim
from coalition.claims.services import claim_accept
from coalition.partners.models import Partner
from coalition.editorial.models import Role
from tests.factories import make_user

secretariat = make_user("live-sec", Role.SECRETARIAT)
partner = Partner.objects.filter(claims__isnull=False).order_by("code").first()
make_user("live-editor", Role.PARTNER_EDITOR, [partner])
for code in Partner.objects.filter(claims__isnull=False).values_list("code", flat=True).distinct():
    claim = Claim.objects.filter(partner__code=code).order_by("pk").first()
    claim_accept(claim=claim, actor=secretariat, expected_version=claim.version)
print(json.dumps({name: token_create(username=name)[1] for name in ("live-sec", "live-editor")}))
"""

RUN_DATABASE = urlsplit(os.environ.get("DATABASE_URL", ""))
pytestmark = pytest.mark.skipif(
    not RUN_DATABASE.scheme.startswith("postgres"), reason="runs once, on the PostgreSQL pass of scripts/test"
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _maintenance(sql: str) -> None:
    """A statement on the run's PostgreSQL server, outside any transaction (CREATE/DROP DATABASE)."""
    with psycopg.connect(
        host=RUN_DATABASE.hostname, port=RUN_DATABASE.port or 5432, user=RUN_DATABASE.username,
        password=RUN_DATABASE.password, dbname="postgres", autocommit=True,
    ) as maintenance:
        maintenance.execute(sql)


@pytest.fixture(scope="session")  # once per worker, even when other modules' tests run in between
def live_database():
    name = f"coalition_live_{uuid.uuid4().hex[:8]}"
    _maintenance(f'CREATE DATABASE "{name}"')
    yield RUN_DATABASE._replace(path=f"/{name}").geturl()
    _maintenance(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _run(argv: list[str], env: dict) -> str:
    result = subprocess.run(argv, env=env, cwd=PROJECT_DIR, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"{shlex.join(argv)}\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.fixture(scope="session")
def server(live_database, tmp_path_factory):
    """`coalition serve` on a free loopback port, stopped (its process group) when the module is done."""
    data_dir = tmp_path_factory.mktemp("live")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "coalition.settings.base",
        "DJANGO_SECRET_KEY": "live-test-key-" + uuid.uuid4().hex,
        "DJANGO_HTTPS": "no",
        "DJANGO_LOG_LEVEL": "WARNING",
        "DATABASE_URL": live_database,
        "COALITION_DATA_DIR": str(data_dir),
        "COALITION_API_ANON_RATE": "1000000/min",
    }
    _run([str(BIN / "coalition"), "migrate"], env)
    _run([str(BIN / "coalition"), "load-example"], env)
    tokens = json.loads(_run([sys.executable, "-c", SEED_DATA], env).strip().splitlines()[-1])
    port = _free_port()
    log = (data_dir / "server.log").open("w")
    process = subprocess.Popen(
        [str(BIN / "coalition"), "serve", f"127.0.0.1:{port}", "--workers", "2", "--no-collect"],
        env=env, cwd=PROJECT_DIR, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(60):
            try:
                urllib.request.urlopen(f"{base}/api/v1/openapi.json", timeout=10).close()
                break
            except OSError:  # not listening yet, or workers still booting
                time.sleep(0.5)
        else:
            pytest.fail(f"the server did not start:\n{(data_dir / 'server.log').read_text()}")
        yield {"base": base, "tokens": tokens, "data_dir": data_dir}
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
        log.close()


IDENTITIES = {"anonymous": None, "partner editor": "live-editor", "secretariat": "live-sec"}
CONFIG = Path(__file__).with_name("schemathesis.toml")


def _schemathesis(server: dict, user: str | None, workdir: Path) -> subprocess.Popen:
    argv = [
        str(BIN / "schemathesis"), "--config-file", str(CONFIG), "run", f"{server['base']}/api/v1/openapi.json",
        "--checks", "all", "--max-examples", str(MAX_EXAMPLES), "--seed", str(SEED), "--workers", "1",
        "--phases", "examples,coverage,fuzzing", "--request-timeout", "20", "--no-shrink",
    ]
    if user:
        argv += ["--header", f"Authorization: Bearer {server['tokens'][user]}"]
    workdir.mkdir()
    # One worker each: schemathesis' threads trip over Python 3.11's ast module in hypothesis.
    return subprocess.Popen(argv, cwd=workdir, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def test_schemathesis_finds_no_5xx_and_no_broken_promise(server, tmp_path):
    """Every operation and every check, as each identity at once; the case counts are printed (pytest -s)."""
    runs = {who: _schemathesis(server, user, tmp_path / who.replace(" ", "-")) for who, user in IDENTITIES.items()}
    outputs = {who: run.communicate(timeout=600)[0] for who, run in runs.items()}
    for who, output in outputs.items():
        counts = [line.strip() for line in output.splitlines() if " generated, " in line]
        print(f"schemathesis as {who}: {counts[-1] if counts else 'no summary'}")
    failed = {who: outputs[who][-6000:] for who, run in runs.items() if run.returncode != 0}
    assert not failed, "\n\n".join(f"== as {who}\n{output}" for who, output in failed.items())


def test_a_long_query_string_gets_the_app_s_problem_not_gunicorn_s_html(server):
    url = f"{server['base']}/api/v1/claims/?partner=" + "N" * LONG_QUERY_BYTES
    with pytest.raises(urllib.error.HTTPError) as answer:
        urllib.request.urlopen(url, timeout=10)
    assert answer.value.code == 414
    assert answer.value.headers["Content-Type"] == "application/problem+json"
    assert json.loads(answer.value.read())["code"] == "api.uri_too_long"
