"""Security headers on public and review pages, and the HTTPS-only settings."""

import json
import os
import subprocess
import sys

import pytest
from django.test import override_settings

PAGES = ["/en/", "/en/partners/no/", "/review/login/"]


@pytest.mark.django_db
@pytest.mark.parametrize("url", PAGES)
def test_csp_without_inline_script_and_the_other_headers(client, norway, url):
    response = client.get(url)
    assert response.status_code == 200
    policy = dict(
        (part.split(" ", 1) + [""])[:2] for part in (p.strip() for p in response["Content-Security-Policy"].split(";"))
    )
    assert policy["script-src"] == "'self'"
    assert policy["object-src"] == "'none'" and policy["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "unsafe-eval" not in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
@pytest.mark.parametrize("url", PAGES)
def test_no_inline_script_in_pages(client, norway, url):
    """CSP would block inline scripts anyway; the pages must not need any."""
    page = client.get(url).content.decode()
    for chunk in page.split("<script")[1:]:
        assert chunk.split(">", 1)[0].strip().startswith("src="), chunk[:80]
    assert " onclick=" not in page and " onload=" not in page and "javascript:" not in page


@pytest.mark.django_db
def test_hsts_on_secure_requests(client, norway):
    with override_settings(SECURE_HSTS_SECONDS=31_536_000, SECURE_HSTS_INCLUDE_SUBDOMAINS=True):
        response = client.get("/review/login/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def _settings_with(**env) -> dict:
    code = (
        "import json, django; from django.conf import settings; django.setup(); print(json.dumps({name: "
        "getattr(settings, name) for name in ('SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE', 'SECURE_HSTS_SECONDS', "
        "'SESSION_COOKIE_HTTPONLY', 'SESSION_COOKIE_SAMESITE', 'CSRF_COOKIE_HTTPONLY', 'PASSWORD_HASHERS')}))"
    )
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "coalition.settings.base", "DJANGO_SECRET_KEY": "x", **env}
    output = subprocess.run([sys.executable, "-c", code], env=environment, capture_output=True, text=True, check=True)
    return json.loads(output.stdout.strip().splitlines()[-1])


def test_https_switches_on_secure_cookies_and_hsts():
    secure = _settings_with(DJANGO_HTTPS="yes")
    assert secure["SESSION_COOKIE_SECURE"] and secure["CSRF_COOKIE_SECURE"]
    assert secure["SECURE_HSTS_SECONDS"] >= 31_536_000
    assert secure["SESSION_COOKIE_HTTPONLY"] and secure["CSRF_COOKIE_HTTPONLY"]
    assert secure["SESSION_COOKIE_SAMESITE"] == "Lax"
    assert secure["PASSWORD_HASHERS"][0].endswith("Argon2PasswordHasher")
    assert _settings_with(DJANGO_HTTPS="no", DJANGO_DEBUG="yes")["SECURE_HSTS_SECONDS"] == 0


@pytest.mark.django_db
def test_review_pages_are_never_cached(client, norway_editor, norway_claim):
    client.force_login(norway_editor)
    response = client.get(f"/review/documents/{norway_claim.document.sha256}/")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
