"""The queue's own periodic task (procrastinate, found by its Django app when COALITION_QUEUE=procrastinate).

The jobs themselves are registered by the apps they belong to (``ingest/tasks.py``, ``totals/tasks.py``,
``exports/tasks.py``). A job whose worker died is retried by ``retry_stalled``, run by ``coalition worker``.
"""

from django.conf import settings
from procrastinate.contrib.django import app


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
