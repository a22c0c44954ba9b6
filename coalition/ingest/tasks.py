"""Reading an upload as a queue task (found by procrastinate's Django app when COALITION_QUEUE=procrastinate)."""

from procrastinate.contrib.django import app

from coalition.jobs.queue import RETRY

from . import uploads


@app.task(name="upload_read", queue="uploads", retry=RETRY)
def upload_read(upload_id: int) -> None:
    uploads.upload_read(upload_id=upload_id)
