"""Run a job now (no queue configured: the embedded default) or hand it to the queue's workers.

Jobs are plain functions named in ``JOBS``; the queue's tasks (``tasks.py``) only call them. Deferring goes
through Django's connection, so a job queued inside a transaction exists exactly when the transaction commits.
"""

from django.conf import settings
from django.db import transaction
from django.utils.module_loading import import_string

JOBS = {
    "upload_read": "coalition.jobs.services.upload_read",
    "totals_refresh": "coalition.totals.services.totals_refresh",
    "export_write": "coalition.exports.jobs.export_write",
}


def queued() -> bool:
    return bool(settings.COALITION_QUEUE)


def job_run(name: str, *, inline: bool = False, lock: str | None = None, **kwargs) -> bool:
    """Run the job now when asked (``inline``) or when no queue is configured; else defer it to the workers.

    With ``lock``, a job of that lock still waiting in the queue makes this one needless: it is not deferred
    again, since the waiting one will do the same work. Returns True when the job ran here.
    """
    if inline or not queued():
        import_string(JOBS[name])(**kwargs)
        return True
    from procrastinate.exceptions import AlreadyEnqueued

    from .tasks import TASKS

    task = TASKS[name].configure(queueing_lock=lock) if lock else TASKS[name]
    try:
        with transaction.atomic():  # a savepoint: the refused insert must not abort the caller's transaction
            task.defer(**kwargs)
    except AlreadyEnqueued:
        pass
    return False
