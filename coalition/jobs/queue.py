"""Run a job now (no queue configured: the embedded default) or hand it to the queue's workers.

Jobs are plain functions named in ``JOBS``; the queue's tasks (``tasks.py``) only call them. Deferring goes
through Django's connection, so a job queued inside a transaction exists exactly when the transaction commits.
"""

from django.conf import settings
from django.utils.module_loading import import_string

JOBS = {
    "upload_read": "coalition.jobs.services.upload_read",
}


def queued() -> bool:
    return bool(settings.COALITION_QUEUE)


def job_run(name: str, *, inline: bool = False, **kwargs) -> None:
    """Run the job now when asked (``inline``) or when no queue is configured; else defer it to the workers."""
    if inline or not queued():
        import_string(JOBS[name])(**kwargs)
        return
    from .tasks import TASKS

    TASKS[name].defer(**kwargs)
