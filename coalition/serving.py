"""Run the production WSGI server (gunicorn) in the foreground."""

import os
import sys

from django.core.management import call_command


def serve(*, address: str, workers: int, collect_static: bool = True) -> None:
    if collect_static:
        call_command("collectstatic", interactive=False, verbosity=0)
    argv = [
        "gunicorn",
        "coalition.wsgi:application",
        "--bind",
        address,
        "--workers",
        str(workers),
        "--access-logfile",
        "-",
        "--error-logfile",
        "-",
    ]
    gunicorn = os.path.join(os.path.dirname(sys.executable), "gunicorn")
    os.execv(gunicorn, argv)
