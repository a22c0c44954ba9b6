"""`coalition worker`: run the queue's jobs until stopped (SIGINT/SIGTERM finish the running job first)."""

import asyncio

from django.conf import settings

from coalition.errors import CoalitionError

QUEUES = ["uploads", "totals", "exports"]


def worker_run(*, concurrency: int = 1) -> None:
    if not settings.COALITION_QUEUE:
        raise CoalitionError("jobs.no_queue")
    from procrastinate.contrib.django import app

    from .tasks import retry_stalled_jobs

    async def work() -> None:
        async with app.open_async():
            # Jobs a killed worker left half done are put back first, then every minute by the periodic task.
            await retry_stalled_jobs()
            await app.run_worker_async(queues=QUEUES, concurrency=concurrency, install_signal_handlers=True)

    # The Django connector has no listener for new jobs; a worker keeps its own pooled connection for that.
    with app.replace_connector(app.connector.get_worker_connector()):
        asyncio.run(work())
