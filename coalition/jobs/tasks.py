"""The queue's tasks (procrastinate, found by its Django app when COALITION_QUEUE=procrastinate).

Each task only calls the job function of the same name. Failures other than a refused file are retried with
a growing wait; a job whose worker died is retried by ``retry_stalled`` (run by ``coalition worker``).
"""

from django.conf import settings
from procrastinate import RetryStrategy
from procrastinate.contrib.django import app

from coalition.exports import jobs as exports
from coalition.totals import services as totals

from . import services

RETRY = RetryStrategy(max_attempts=5, exponential_wait=2)


@app.task(name="upload_read", queue="uploads", retry=RETRY)
def upload_read(upload_id: int) -> None:
    services.upload_read(upload_id=upload_id)


@app.task(name="totals_refresh", queue="totals", retry=RETRY)
def totals_refresh(claim_ids: list[int] | None = None) -> None:
    totals.totals_refresh(claim_ids=claim_ids)


@app.task(name="export_write", queue="exports", retry=RETRY)
def export_write(export_id: int) -> None:
    exports.export_write(export_id=export_id)


@app.periodic(cron="* * * * *", periodic_id="retry_stalled")
@app.task(name="retry_stalled", queue="uploads", queueing_lock="retry_stalled")
async def retry_stalled(timestamp: int) -> None:
    await retry_stalled_jobs()


async def retry_stalled_jobs() -> int:
    """Put back jobs left ``doing`` by a worker that stopped sending heartbeats (killed, or its machine lost)."""
    timeout = settings.PROCRASTINATE_WORKER_DEFAULTS["stalled_worker_timeout"]
    stalled = await app.job_manager.get_stalled_jobs(seconds_since_heartbeat=timeout)
    for job in stalled:
        await app.job_manager.retry_job(job)
    return len(stalled)


TASKS = {"upload_read": upload_read, "totals_refresh": totals_refresh, "export_write": export_write}
