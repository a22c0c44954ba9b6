"""What production still needs, as Django system checks run by `coalition check --deploy`.

Django's own deploy checks cover debug, cookies and HSTS; these cover what our defaults make easy to forget.
"""

from django.conf import settings
from django.core.checks import Warning

LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}


def production_checks(app_configs=None, **kwargs) -> list[Warning]:
    found = []
    if settings.SECRET_KEY_SOURCE == "data directory":
        found.append(Warning(
            "The secret key comes from the data directory, where set-up created it.",
            hint="Set DJANGO_SECRET_KEY or DJANGO_SECRET_KEY_FILE from your secret store.",
            id="coalition.W001",
        ))
    if set(settings.ALLOWED_HOSTS) <= LOOPBACK_HOSTS:
        found.append(Warning(
            "The site answers only on loopback host names.",
            hint="Set DJANGO_ALLOWED_HOSTS to the site's public host name.",
            id="coalition.W002",
        ))
    if settings.HTTPS and not settings.BEHIND_PROXY:
        found.append(Warning(
            "X-Forwarded-Proto is not trusted, so requests forwarded by an HTTPS proxy look like plain HTTP.",
            hint="Behind a reverse proxy that sets X-Forwarded-Proto, set COALITION_NUM_PROXIES to their number.",
            id="coalition.W003",
        ))
    return found
