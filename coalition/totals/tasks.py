"""The totals rebuild as a queue task (found by procrastinate's Django app when COALITION_QUEUE=procrastinate)."""

from procrastinate.contrib.django import app

from coalition.jobs.queue import RETRY

from . import services


@app.task(name="totals_refresh", queue="totals", retry=RETRY)
def totals_refresh(claim_ids: list[int] | None = None) -> None:
    services.totals_refresh(claim_ids=claim_ids)
