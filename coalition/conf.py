"""The project's own settings, typed and read at call time (never at import time)."""

from dataclasses import dataclass

from django.conf import settings


@dataclass(frozen=True)
class CoalitionSettings:
    max_upload_bytes: int = 20 * 1024 * 1024
    api_anon_rate: str = "60/min"
    num_proxies: int = 0
    approximate_band: str = "0.1"
    contact_email: str = ""
    request_deadline_seconds: int = 25


def coalition_settings() -> CoalitionSettings:
    raw = getattr(settings, "COALITION", {})
    return CoalitionSettings(**{key.lower(): value for key, value in raw.items()})
