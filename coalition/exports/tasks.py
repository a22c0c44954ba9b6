"""Writing an export as a queue task (found by procrastinate's Django app when COALITION_QUEUE=procrastinate)."""

from procrastinate.contrib.django import app

from coalition.jobs.queue import RETRY

from . import jobs


@app.task(name="export_write", queue="exports", retry=RETRY)
def export_write(export_id: int) -> None:
    jobs.export_write(export_id=export_id)
