"""The first hour of a new operator, end to end (issue 13): from an empty data directory, with no variable set,
every step works and every failure is one line with its code."""

import gzip
import json

from .operator import coalition

FACTSHEET = (
    "Canada and the Global Coalition\n"
    "Canada is a founding member of the Global Coalition, which it joined in 2014.\n"
    "In 2023 Canada provided CAD 12 million for stabilization in Iraq.\n"
    "About 200 Canadian personnel serve in Iraq.\n"
)
PASSWORD = "a long enough password 4821\n"


def backup_rows(path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as backup:
        return [json.loads(line) for line in backup][1:]  # the first line is the manifest


def ok(result):
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    return result


def fails_with(result, code: str):
    assert result.returncode == 1, result.stdout
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert lines[0].startswith("error: ") and f"{code}: " in lines[0], lines[0]


def test_the_first_hour(tmp_path):
    first, second, work = tmp_path / "first", tmp_path / "second", tmp_path / "work"
    work.mkdir()
    (work / "canada.txt").write_text(FACTSHEET)
    (work / "canada.odt").write_bytes(b"PK\x03\x04" + bytes(60))

    def run(*args, data_dir=first, stdin=""):
        return coalition(*args, data_dir=data_dir, cwd=work, stdin=stdin)

    fails_with(run("partner", "list"), "cli.not_migrated")
    ok(run("migrate"))
    assert (first / "secret_key").stat().st_mode & 0o777 == 0o600
    fails_with(run("ingest", "canada.txt", "--partner", "CA"), "ingest.unknown_partner")
    assert "Added CA (Canada)." in ok(run("partner", "add", "Canada")).stdout
    fails_with(run("partner", "add", "CA"), "partners.exists")
    assert "stored as" in ok(run("ingest", "canada.txt", "--partner", "CA")).stdout
    facts = ok(run("partner", "facts", "CA")).stdout
    assert "founding member" in facts and "joined 2014" in facts  # proposed, not set
    assert "CA              country       -         -" in ok(run("partner", "list")).stdout

    extracted = json.loads(ok(run("extract", "canada.txt")).stdout)
    assert extracted["partner"] == "CA" and extracted["claims"]
    fails_with(run("extract", "canada.odt"), "ingest.unsupported_type")

    ok(run("createuser", "alice", "--role", "secretariat", "--password-stdin", stdin=PASSWORD))
    ok(run("dump", "drafts.json.gz"))  # the draft claims' ids, as the review pages would show them
    claim_ids = [str(row["pk"]) for row in backup_rows(work / "drafts.json.gz") if row["model"] == "claims.claim"]
    assert claim_ids
    fails_with(run("review", "accept", claim_ids[0], "--as", "nobody"), "cli.unknown_user")
    assert f"accepted {len(claim_ids)} claims as alice." in ok(run("review", "accept", *claim_ids, "--as", "alice")).stdout
    again = ok(run("review", "accept", claim_ids[0], "--as", "alice")).stdout
    assert "Already accepted, left as they were" in again

    ok(run("export", "--format", "json", "--output", "claims.json"))
    assert "0 created, 0 changed" in ok(run("import", "claims.json")).stdout
    assert "Dumped " in ok(run("dump", "backup.json.gz")).stdout

    fails_with(run("load", "backup.json.gz", data_dir=second), "cli.not_migrated")
    ok(run("migrate", data_dir=second))
    assert "Loaded " in ok(run("load", "backup.json.gz", data_dir=second)).stdout
    fails_with(run("load", "backup.json.gz", data_dir=second), "backup.not_empty")
    assert "CA" in ok(run("partner", "list", data_dir=second)).stdout
    ok(run("export", "--format", "json", "--output", "restored.json", data_dir=second))
    restored = json.loads((work / "restored.json").read_text())["claims"]
    assert {row["status"] for row in restored} == {"accepted"} and len(restored) == len(claim_ids)
