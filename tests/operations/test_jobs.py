"""Rebuilding totals and writing exports as jobs: inline by default, else handed to the queue; idempotent."""

from datetime import date

import pytest
from click.testing import CliRunner

from coalition.claims.models import Claim
from coalition.claims.services import claims_accept_all
from coalition.cli import main
from coalition.editorial.models import Role
from coalition.errors import ExportError
from coalition.exports import jobs as exports
from coalition.exports.writers import export_claims
from coalition.jobs import queue
from coalition.jobs.models import Export, ExportState
from coalition.totals import services as totals
from coalition.totals.models import ClaimAmount
from coalition.vocab import ReviewStatus
from tests.factories import ClaimFactory, PartnerFactory, SourceDocumentFactory, make_user

TEXT = "Norway in our words\n" + "".join(f"Line {n}: USD {n + 1} million for schools.\n" for n in range(6))

pytestmark = pytest.mark.django_db


@pytest.fixture
def deferred(monkeypatch):
    """As with a queue configured and no worker yet: jobs that would be deferred are kept here, not run."""
    kept = []
    monkeypatch.setattr(queue, "queued", lambda: True)
    monkeypatch.setattr(queue, "job_defer", lambda name, *, lock=None, **kwargs: kept.append((name, lock, kwargs)))
    return kept


@pytest.fixture
def drafts(db):
    partner = PartnerFactory(code="NO")
    document = SourceDocumentFactory(partner=partner, text=TEXT, as_of=date(2023, 3, 1))
    claims = [
        ClaimFactory(document=document, partner=partner, needle=f"USD {n + 1} million", value=(n + 1) * 1_000_000,
                     currency="USD", status=ReviewStatus.DRAFT)
        for n in range(6)
    ]
    return document, claims, make_user("sec", Role.SECRETARIAT)


def _accepted_amounts() -> int:
    return ClaimAmount.objects.filter(status=ReviewStatus.ACCEPTED).count()


def test_accepting_a_document_rebuilds_its_totals_once_before_returning(drafts, monkeypatch):
    document, claims, actor = drafts
    calls = []
    refresh = totals.claim_amounts_refresh
    monkeypatch.setattr(totals, "claim_amounts_refresh", lambda **kw: calls.append(1) or refresh(**kw))
    claims_accept_all(document=document, actor=actor)
    assert _accepted_amounts() == len(claims) and len(calls) == 1


def test_a_large_acceptance_hands_its_totals_to_a_worker(drafts, deferred, monkeypatch):
    document, claims, actor = drafts
    monkeypatch.setattr(totals, "LARGE_REFRESH", 3)
    claims_accept_all(document=document, actor=actor)
    assert Claim.objects.filter(status=ReviewStatus.ACCEPTED).count() == len(claims)
    assert _accepted_amounts() == 0  # the request did not rebuild them
    [(name, _lock, kwargs)] = deferred
    assert name == "totals_refresh" and kwargs == {"claim_ids": sorted(claim.pk for claim in claims)}

    for _ in range(2):  # the worker's run, then its retry: the same rows
        totals.totals_refresh(**kwargs)
        assert _accepted_amounts() == ClaimAmount.objects.count() == len(claims)


def test_a_small_change_with_a_queue_is_still_rebuilt_in_the_request(drafts, deferred):
    document, claims, actor = drafts
    claims_accept_all(document=document, actor=actor)
    assert _accepted_amounts() == len(claims) and deferred == []


def test_totals_refresh_command_queues_one_rebuild(drafts, deferred):
    ClaimAmount.objects.all().delete()
    result = CliRunner().invoke(main, ["totals", "refresh"])
    assert result.exit_code == 0, result.output
    assert "Queued a rebuild" in result.output and ClaimAmount.objects.count() == 0
    assert deferred == [("totals_refresh", "totals_refresh", {})]

    result = CliRunner().invoke(main, ["totals", "refresh", "--now"])
    assert "Refreshed 6 claim amounts." in result.output and ClaimAmount.objects.count() == 6


def test_an_export_is_written_inline_without_a_queue(drafts, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    claims_accept_all(document=drafts[0], actor=drafts[2])
    result = CliRunner().invoke(main, ["export", "--queue", "--format", "json"])
    assert result.exit_code == 0, result.output
    job = Export.objects.get()
    assert (job.state, job.rows, job.attempts) == (ExportState.DONE, 6, 1)
    assert str(tmp_path / "exports" / job.file_name) in result.output
    expected = tmp_path / "direct.json"
    export_claims(format="json", output=expected)
    written = (tmp_path / "exports" / job.file_name).read_text()
    assert written.split('"claims"')[1] == expected.read_text().split('"claims"')[1]
    listing = CliRunner().invoke(main, ["exports"]).output
    assert f"#{job.pk}" in listing and "done" in listing and "6 claims" in listing


def test_a_queued_export_is_queued_then_written_once(drafts, deferred, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    job = exports.export_request(format="csv")
    assert job.state == ExportState.QUEUED and deferred == [("export_write", None, {"export_id": job.pk})]
    assert not (tmp_path / "exports").exists()
    assert "queued" in CliRunner().invoke(main, ["exports"]).output

    Export.objects.filter(pk=job.pk).update(state=ExportState.WRITING, attempts=1)  # its worker was killed
    (tmp_path / "exports").mkdir()
    (tmp_path / "exports" / f"claims-{job.pk}.csv").write_text("half a file")
    for _ in range(2):
        exports.export_write(export_id=job.pk)
    job.refresh_from_db()
    assert (job.state, job.attempts, job.file_name) == (ExportState.DONE, 2, f"claims-{job.pk}.csv")
    assert [path.name for path in (tmp_path / "exports").iterdir()] == [job.file_name]
    assert (tmp_path / "exports" / job.file_name).read_text().startswith("id,")


def test_an_export_that_cannot_be_written_fails_with_its_error(deferred, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    job = exports.export_request(format="csv")
    Export.objects.filter(pk=job.pk).update(format="pdf")  # a format no service writes, to reach the writer's own check
    exports.export_write(export_id=job.pk)
    job.refresh_from_db()
    assert (job.state, job.error_code) == (ExportState.FAILED, "export.bad_format")
    assert "unknown export format pdf" in CliRunner().invoke(main, ["exports"]).output
    with pytest.raises(ExportError):
        exports.export_request(format="pdf")
