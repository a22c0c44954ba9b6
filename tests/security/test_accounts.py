"""Cookies only where editors work, CSRF on every form, Argon2 hashes and login throttling."""

import pytest
from django.contrib.auth.hashers import identify_hasher, make_password
from django.test import Client, override_settings
from django.urls import reverse

from coalition.claims.models import Claim
from coalition.vocab import ReviewStatus
from tests.review.conftest import PASSWORD


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/en/", "/en/partners/no/", "/fr/partners/no/"])
def test_anonymous_visitors_get_no_cookie(client, norway, url):
    response = client.get(url, follow=True)
    assert response.status_code == 200
    assert not response.cookies and not client.cookies


@pytest.mark.django_db
def test_login_sets_httponly_samesite_cookies(client, norway_editor):
    page = client.get(reverse("review:login"))
    assert page.cookies["csrftoken"]["httponly"] and page.cookies["csrftoken"]["samesite"] == "Lax"
    response = client.post(reverse("review:login"), {"username": "oslo", "password": PASSWORD})
    session = response.cookies["sessionid"]
    assert session["httponly"] and session["samesite"] == "Lax"


@pytest.mark.django_db
def test_session_cookie_secure_behind_https(client, norway_editor):
    with override_settings(SESSION_COOKIE_SECURE=True, CSRF_COOKIE_SECURE=True):
        client.get(reverse("review:login"), secure=True)
        response = client.post(reverse("review:login"), {"username": "oslo", "password": PASSWORD}, secure=True)
    assert response.cookies["sessionid"]["secure"]


@pytest.mark.django_db
def test_every_write_needs_the_csrf_token(norway_editor, norway_claim):
    client = Client(enforce_csrf_checks=True)
    client.force_login(norway_editor)
    sha = norway_claim.document.sha256
    posts = [
        (reverse("review:claim_review", args=[norway_claim.pk]), {"action": "accept", "version": 1}),
        (reverse("review:accept_all", args=[sha]), {}),
        (reverse("review:publish", args=["no"]), {"document": sha}),
        (reverse("review:upload", args=["no"]), {"text": "x", "as_of": "2024-01-01"}),
        (reverse("review:login"), {"username": "oslo", "password": PASSWORD}),
    ]
    for url, data in posts:
        assert client.post(url, data).status_code == 403, url
    assert Claim.objects.get().status == ReviewStatus.DRAFT
    page = client.get(reverse("review:document", args=[sha])).content.decode()
    assert page.count("<form") == page.count('name="csrfmiddlewaretoken"')


def test_passwords_are_hashed_with_argon2():
    with override_settings(
        PASSWORD_HASHERS=[
            "django.contrib.auth.hashers.Argon2PasswordHasher", "django.contrib.auth.hashers.PBKDF2PasswordHasher"
        ]
    ):
        assert identify_hasher(make_password("a long passphrase")).algorithm == "argon2"


@pytest.mark.django_db
def test_repeated_failed_logins_lock_the_account(client, norway_editor, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(3):
        client.post(reverse("review:login"), {"username": "oslo", "password": "wrong guess"})
    response = client.post(reverse("review:login"), {"username": "oslo", "password": PASSWORD})
    assert response.status_code == 429
    assert "Too many failed sign-in attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session
