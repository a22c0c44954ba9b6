"""Run the production WSGI server (gunicorn) in the foreground.

gunicorn answers some malformed requests itself, in HTML, before the application sees them. Its limits are
set so that the application's own, lower limits come first and answer with problem+json:
- the request line may be 8190 bytes (gunicorn's most), above the API's 4096-byte query string limit
  (``coalition.api.access.MAX_QUERY_STRING_BYTES``, a 414 problem), so only a line over 8190 bytes gets
  gunicorn's plain 414;
- 100 header fields of at most 8190 bytes each (gunicorn's defaults), for a token or cookie to fit;
- a request still running after ``COALITION_REQUEST_DEADLINE_SECONDS`` (25 s) is stopped by the application
  (``coalition.health.deadline``): a 503 problem in the API, the site's own error page elsewhere;
- a worker silent for ``TIMEOUT_SECONDS`` (30 s, the last resort, e.g. a query blocked in the database driver)
  is restarted; its client gets no answer (a proxy in front turns that into its own 502/504).
"""

import os
import sys

from django.core.management import call_command

REQUEST_LINE_BYTES = 8190
HEADER_FIELDS = 100
HEADER_FIELD_BYTES = 8190
TIMEOUT_SECONDS = 30


def gunicorn_argv(*, address: str, workers: int) -> list[str]:
    return [
        "gunicorn",
        "coalition.wsgi:application",
        "--bind",
        address,
        "--workers",
        str(workers),
        "--limit-request-line",
        str(REQUEST_LINE_BYTES),
        "--limit-request-fields",
        str(HEADER_FIELDS),
        "--limit-request-field_size",
        str(HEADER_FIELD_BYTES),
        "--timeout",
        str(TIMEOUT_SECONDS),
        # gunicorn's control socket has one default path per user: two servers on one machine (app servers,
        # the test servers) would fight over it, and nothing here uses it.
        "--no-control-socket",
        "--access-logfile",
        "-",
        "--error-logfile",
        "-",
    ]


def serve(*, address: str, workers: int, collect_static: bool = True) -> None:
    if collect_static:
        call_command("collectstatic", interactive=False, verbosity=0)
    gunicorn = os.path.join(os.path.dirname(sys.executable), "gunicorn")
    os.execv(gunicorn, gunicorn_argv(address=address, workers=workers))
