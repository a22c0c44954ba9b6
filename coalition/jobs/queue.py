"""Run a job now (no queue configured: the embedded default) or hand it to the queue's workers.

A job is a plain function of the app it belongs to; that app's ``tasks.py`` registers a queue task of the same
name that calls it (procrastinate finds every installed app's ``tasks.py``). Callers pass both the name and the
function, so this module never needs to know the apps above it. Deferring goes through Django's connection,
so a job queued inside a transaction exists exactly when the transaction commits.
"""

from collections.abc import Callable

from django.conf import settings
from django.db import transaction
from procrastinate import RetryStrategy

#: Failures other than a refused file are retried with a growing wait.
RETRY = RetryStrategy(max_attempts=5, exponential_wait=2)


def queued() -> bool:
    return bool(settings.COALITION_QUEUE)


def job_run(name: str, job: Callable[..., object], *, inline: bool = False, lock: str | None = None, **kwargs) -> bool:
    """Run ``job(**kwargs)`` now when asked (``inline``) or when no queue is configured; else defer the task
    ``name`` to the workers. Returns True when the job ran here."""
    if inline or not queued():
        job(**kwargs)
        return True
    job_defer(name, lock=lock, **kwargs)
    return False


def job_defer(name: str, *, lock: str | None = None, **kwargs) -> None:
    """Put the task ``name`` in the queue. With ``lock``, a job of that lock still waiting makes this one
    needless: it is not deferred again, since the waiting one will do the same work."""
    from procrastinate.contrib.django import app  # its Django app is installed only when the queue is on
    from procrastinate.exceptions import AlreadyEnqueued

    task = app.configure_task(name, allow_unknown=False, **({"queueing_lock": lock} if lock else {}))
    try:
        with transaction.atomic():  # a savepoint: the refused insert must not abort the caller's transaction
            task.defer(**kwargs)
    except AlreadyEnqueued:
        pass
