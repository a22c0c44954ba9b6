"""The write API: per-user tokens and the site's permission matrix for accepting and rejecting claims."""

import pytest

from coalition.api.models import ApiToken
from coalition.vocab import ReviewStatus
from tests.api.conftest import bearer

pytestmark = pytest.mark.django_db

# (user fixture, claim fixture, expected status): a partner editor may only touch their own partner's
# claims; a foreign draft is not even visible (404); accounts without a role may change nothing.
MATRIX = [
    ("secretariat", "draft_claim", 200),
    ("secretariat", "denmark_draft", 200),
    ("norway_editor", "draft_claim", 200),
    ("norway_editor", "denmark_draft", 404),
    ("norway_editor", "denmark_accepted", 403),
    ("no_role", "draft_claim", 404),
    ("no_role", "accepted_claim", 403),
]


@pytest.mark.parametrize("action", ["accept", "reject"])
@pytest.mark.parametrize(("user_name", "claim_name", "status"), MATRIX)
def test_review_permission_matrix(client, request, action, user_name, claim_name, status):
    user, claim = request.getfixturevalue(user_name), request.getfixturevalue(claim_name)
    before = claim.status
    response = client.post(
        f"/api/v1/claims/{claim.pk}/{action}",
        {"version": claim.version, "note": "checked"},
        content_type="application/json",
        **bearer(user),
    )
    assert response.status_code == status, response.content
    claim.refresh_from_db()
    if status == 200:
        assert claim.status == (ReviewStatus.ACCEPTED if action == "accept" else ReviewStatus.REJECTED)
        assert claim.reviewed_by == user
        assert response.json()["status"] == claim.status
    else:
        assert response["Content-Type"] == "application/problem+json"
        assert claim.status == before


def test_writes_need_a_token(client, draft_claim):
    response = client.post(
        f"/api/v1/claims/{draft_claim.pk}/accept", {"version": 1}, content_type="application/json"
    )
    assert response.status_code == 401
    assert response.json()["code"] == "api.unauthenticated"


def test_a_stale_version_is_a_409_and_changes_nothing(client, draft_claim, secretariat):
    response = client.post(
        f"/api/v1/claims/{draft_claim.pk}/accept",
        {"version": draft_claim.version + 5},
        content_type="application/json",
        **bearer(secretariat),
    )
    assert response.status_code == 409
    assert response.json()["code"] == "review.stale_version"
    draft_claim.refresh_from_db()
    assert draft_claim.status == ReviewStatus.DRAFT


def test_tokens_are_stored_hashed_and_record_their_use(client, secretariat):
    headers = bearer(secretariat)
    raw = headers["HTTP_AUTHORIZATION"].split()[1]
    token = ApiToken.objects.get(user=secretariat)
    assert raw not in (token.key_hash, token.prefix) and token.last_used_at is None
    client.get("/api/v1/claims/", **headers)
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_an_inactive_account_s_token_is_refused(client, secretariat):
    headers = bearer(secretariat)
    secretariat.is_active = False  # as the user admin deactivates an account; no service does
    secretariat.save()
    assert client.get("/api/v1/claims/", **headers).status_code == 401


@pytest.mark.parametrize("action", ["accept", "reject"])
@pytest.mark.parametrize(
    "body",
    ["{}", '{"note": "looks right"}', "null", "[null,null]", "[1, 2]", '"text"', "7", '{"version": null}',
     '{"version": 0}', '{"version": "one"}', '{"version": 1, "note": 5}', "{not json", ""],
)
def test_a_write_without_a_valid_version_is_refused_and_changes_nothing(client, draft_claim, secretariat, action, body):
    """Optimistic locking is never skipped: the body must carry the version the client saw."""
    response = client.post(
        f"/api/v1/claims/{draft_claim.pk}/{action}", body, content_type="application/json", **bearer(secretariat)
    )
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["code"] == "api.bad_request"
    draft_claim.refresh_from_db()
    assert (draft_claim.status, draft_claim.version) == (ReviewStatus.DRAFT, 1)


def test_the_documented_write_body_works(client, draft_claim, secretariat):
    response = client.post(
        f"/api/v1/claims/{draft_claim.pk}/accept", {"version": 1, "note": ""}, content_type="application/json",
        **bearer(secretariat),
    )
    assert response.status_code == 200, response.content
    assert (response.json()["status"], response.json()["version"]) == ("accepted", 2)
