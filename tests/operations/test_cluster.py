"""The whole deployment on loopback (scripts/cluster): two app servers, a worker, a replica, Redis and S3.

Runs once, on the PostgreSQL pass of scripts/test, and is skipped when redis-server is not installed. Ports:
COALITION_TEST_CLUSTER_PG_PORT (primary, replica on the next) and COALITION_TEST_CLUSTER_PORT (Redis, S3,
app servers A and B on the next three).
"""

import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import psycopg
import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
# Below Linux's ephemeral range (32768-60999): no outgoing connection of the run can hold these ports.
PG_PORT = int(os.environ.get("COALITION_TEST_CLUSTER_PG_PORT", "31442"))
PORT = int(os.environ.get("COALITION_TEST_CLUSTER_PORT", "31452"))
APP_A, APP_B = f"http://127.0.0.1:{PORT + 2}", f"http://127.0.0.1:{PORT + 3}"
PASSWORD = "Tq8-vW2m-Lp4zR9x-Kd7"
FRESH_WITHIN = 2.0

pytestmark = [
    pytest.mark.cluster,
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"), reason="runs once, on the PostgreSQL pass"
    ),
    pytest.mark.skipif(
        not (shutil.which("redis-server") or Path("/usr/bin/redis-server").exists()),
        reason="redis-server is not installed (scripts/test installs it)",
    ),
]


class Cluster:
    def __init__(self, directory: Path):
        self.directory = directory
        self.environment = {
            **os.environ,
            "COALITION_CLUSTER_DIR": str(directory),
            "COALITION_CLUSTER_PG_PORT": str(PG_PORT),
            "COALITION_CLUSTER_PORT": str(PORT),
        }
        self.process = None
        self.workers = []
        self.settings = {}

    def start(self) -> None:
        self.process = subprocess.Popen(
            [ROOT / "scripts" / "cluster"], env=self.environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            text=True, start_new_session=True,
        )
        output = []
        for line in self.process.stdout:
            output.append(line)
            if line.startswith("Cluster ready"):
                break
        else:
            raise RuntimeError("scripts/cluster stopped before it was ready:\n" + "".join(output[-30:]))
        for line in (self.directory / "env").read_text().splitlines():
            name, _, value = line.removeprefix("export ").partition("=")
            self.settings[name] = value
        # Stalled jobs are noticed within seconds in this test: the worker is killed on purpose.
        self.settings["COALITION_STALLED_AFTER"] = "4"

    def stop(self) -> None:
        subprocess.run([ROOT / "scripts" / "cluster", "stop"], env=self.environment, check=False, capture_output=True)
        if self.process is not None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(30)
            self.process.stdout.close()
        for worker in self.workers:
            worker.kill()
            worker.wait(30)

    def command_environment(self) -> dict:
        return {**os.environ, **self.settings}

    def coalition(self, *args, input_text: str | None = None) -> str:
        result = subprocess.run(
            [ROOT / ".venv" / "bin" / "coalition", *args], env=self.command_environment(), input=input_text,
            capture_output=True, text=True,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    def start_worker(self) -> None:
        with open(self.directory / "worker.log", "a") as log:
            worker = subprocess.Popen(
                [ROOT / ".venv" / "bin" / "coalition", "worker"], env=self.command_environment(), stdout=log, stderr=log,
            )
        self.workers.append(worker)
        (self.directory / "worker.pid").write_text(str(worker.pid))

    def kill(self, name: str) -> None:
        os.kill(int((self.directory / f"{name}.pid").read_text()), signal.SIGKILL)

    def pg_ctl(self, node: str, action: str) -> None:
        pg_bin = Path(sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))[-1])
        command = [pg_bin, "-D", self.directory / node / "data", "-l", self.directory / node / "server.log", "-m", "fast", "-w", action]
        if node == "replica" and action in ("start", "restart"):
            command += ["-o", f"-c listen_addresses=127.0.0.1 -p {PG_PORT + 1} -k {self.directory / node}"]
        if node == "primary" and action == "restart":
            command += ["-o", f"-c listen_addresses=127.0.0.1 -p {PG_PORT} -k {self.directory / node} -c fsync=off"]
        if os.getuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def primary(self):
        return psycopg.connect(self.settings["DATABASE_URL"], autocommit=True)

    def replica(self):
        return psycopg.connect(self.settings["DATABASE_REPLICA_URLS"], autocommit=True)


@pytest.fixture(scope="module")
def cluster():
    directory = Path(tempfile.mkdtemp(prefix="coalition-cluster-"))
    directory.chmod(0o755)  # the database servers run as the user postgres when the tests run as root
    running = Cluster(directory)
    try:
        running.start()
        running.coalition("createuser", "cluster-editor", "--role", "secretariat", "--password-stdin", input_text=PASSWORD)
        yield running
    finally:
        running.stop()
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture(scope="module")
def editor(cluster):
    session = requests.Session()
    session.get(f"{APP_A}/review/login/")
    response = session.post(
        f"{APP_A}/review/login/",
        data={"username": "cluster-editor", "password": PASSWORD, "csrfmiddlewaretoken": session.cookies["csrftoken"]},
    )
    assert response.status_code == 200 and "/review/login/" not in response.url
    return session


def post(session: requests.Session, url: str, data: dict) -> requests.Response:
    response = session.post(url, data={**data, "csrfmiddlewaretoken": session.cookies["csrftoken"]})
    assert response.status_code < 500, response.text[:500]
    return response


def upload(session, server: str, text: str) -> None:
    post(session, f"{server}/review/partners/no/upload/", {"text": text, "as_of": "2026-01-15", "title": text[:40]})


def wait_for(condition, *, timeout: float, step: float = 0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if found := condition():
            return found
        time.sleep(step)
    raise AssertionError(f"not within {timeout} s")


def upload_row(cluster, title: str):
    with cluster.primary() as connection:
        return connection.execute(
            "SELECT u.state, u.attempts, d.sha256 FROM jobs_upload u LEFT JOIN documents_sourcedocument d"
            " ON d.id = u.document_id WHERE u.title = %s",
            [title[:40]],
        ).fetchone()


def factsheet() -> str:
    marker = uuid.uuid4().int % 900 + 100
    return f"Norway gives NOK {marker} million for demining in Iraq in 2026.\nNorway sends {marker} trainers to Iraq.\n"


def test_upload_on_a_worker_reads_accept_on_b_public_on_a_and_the_replica(cluster, editor):
    text = factsheet()
    upload(editor, APP_A, text)
    state, _, sha256 = wait_for(lambda: (row := upload_row(cluster, text)) and row[0] == "extracted" and row, timeout=60)
    assert requests.get(f"{APP_A}/en/documents/{sha256}/").status_code == 404  # nothing published yet

    post(editor, f"{APP_B}/review/documents/{sha256}/accept-all/", {})
    accepted_at = time.monotonic()
    page = wait_for(lambda: (r := requests.get(f"{APP_A}/en/documents/{sha256}/")).status_code == 200 and r, timeout=5)
    assert time.monotonic() - accepted_at < FRESH_WITHIN
    assert "demining" in page.text
    with cluster.replica() as connection:
        count = connection.execute(
            "SELECT COUNT(*) FROM claims_claim c JOIN documents_sourcedocument d ON d.id = c.document_id"
            " WHERE d.sha256 = %s AND c.status = 'accepted'",
            [sha256],
        ).fetchone()[0]
    assert count > 0
    original = requests.get(f"{APP_B}/api/v1/documents/{sha256}/original")
    assert original.status_code == 200 and original.content == text.strip().encode()  # as the form kept it


def test_an_export_and_a_totals_rebuild_asked_on_the_command_line_are_done_by_the_worker(cluster):
    # the worker may take the job before the command reads its state back: queued, writing or already done
    asked = cluster.coalition("export", "--queue", "--format", "csv")
    number = int(re.search(r"Export #(\d+): (?:queued|writing|done)", asked).group(1))

    def export_state():
        with cluster.primary() as connection:
            return connection.execute("SELECT state, rows FROM jobs_export WHERE id = %s", [number]).fetchone()

    assert wait_for(lambda: (row := export_state()) and row[0] == "done" and row, timeout=60)[1] > 0
    link = re.search(rf"#{number}\t.*\t(http\S+)", cluster.coalition("exports")).group(1)  # signed, into the bucket
    assert requests.get(link).text.startswith("id,partner,")

    assert "Queued a rebuild" in cluster.coalition("totals", "refresh")

    def rebuild_state():
        with cluster.primary() as connection:
            return connection.execute(
                "SELECT status FROM procrastinate_jobs WHERE task_name = 'totals_refresh' ORDER BY id DESC LIMIT 1"
            ).fetchone()[0]

    wait_for(lambda: rebuild_state() == "succeeded", timeout=60)


def test_a_worker_killed_mid_job_has_its_job_retried_and_the_document_stored_once(cluster, editor):
    text = factsheet() * 200  # long enough that reading it takes a moment
    cluster.kill("worker")
    upload(editor, APP_A, text)
    cluster.start_worker()
    wait_for(lambda: (row := upload_row(cluster, text)) and row[0] == "reading", timeout=60, step=0.02)
    cluster.kill("worker")
    time.sleep(5)  # its heartbeat goes stale
    cluster.start_worker()
    state, attempts, sha256 = wait_for(
        lambda: (row := upload_row(cluster, text)) and row[0] == "extracted" and row, timeout=90
    )
    assert attempts == 2
    with cluster.primary() as connection:
        stored = connection.execute("SELECT COUNT(*) FROM documents_sourcedocument WHERE sha256 = %s", [sha256])
        assert stored.fetchone()[0] == 1


def _public_pages() -> list[str]:
    return [f"{server}{path}" for server in (APP_A, APP_B) for path in ("/en/", "/en/partners/no/", "/en/places/iq/")]


def test_redis_stopped_pages_are_served_and_readyz_names_the_cache(cluster):
    cluster.kill("redis")
    for url in _public_pages():
        assert requests.get(url).status_code == 200, url
    ready = requests.get(f"{APP_A}/readyz")
    assert ready.status_code == 200 and "cache" in ready.json()["degraded"]


def test_replica_stopped_reads_fall_back_to_the_primary(cluster):
    cluster.pg_ctl("replica", "stop")
    try:
        for url in _public_pages():
            assert requests.get(url).status_code == 200, url
        assert "database:replica_0" in requests.get(f"{APP_B}/readyz").json()["degraded"]
    finally:
        cluster.pg_ctl("replica", "start")


def test_postgresql_restarted_the_app_servers_reconnect(cluster, editor):
    cluster.pg_ctl("primary", "restart")
    for url in _public_pages():
        assert requests.get(url).status_code == 200, url
    response = editor.get(f"{APP_B}/review/partners/no/")
    assert response.status_code == 200 and re.search(r"upload-(extracted|queued|reading)", response.text)
