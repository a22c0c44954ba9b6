"""A request that runs too long is stopped by the application, before gunicorn's worker timeout kills the
worker and its client gets no answer or gunicorn's own page.

The deadline is an interval timer (SIGALRM) armed around each request, so it works only where requests run in
the process's main thread: gunicorn's sync workers (what ``coalition serve`` runs). Elsewhere (threaded test
servers) it is not armed. A query blocked inside the database driver is stopped only when control returns to
Python; the worker timeout stays the last resort.
"""

import signal
import threading

from coalition.conf import coalition_settings


class RequestTimedOut(Exception):
    """The request went past ``COALITION_REQUEST_DEADLINE_SECONDS``."""


def _interrupt(signum, frame):
    raise RequestTimedOut


class RequestDeadlineMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = coalition_settings().request_deadline_seconds
        if not seconds or threading.current_thread() is not threading.main_thread():
            return self.get_response(request)
        previous = signal.signal(signal.SIGALRM, _interrupt)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            return self.get_response(request)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
