"""The permission policy as a matrix: role x action x own/other partner."""

import pytest
from django.contrib.auth.models import AnonymousUser

from coalition.claims.models import Claim
from coalition.documents.models import SourceDocument
from coalition.editorial.permissions import (
    Action,
    EditorialPermissionError,
    partners_user_can,
    require,
    rows_user_can,
    user_can,
)
from coalition.profiles.models import Quote

ALL = list(Action)

# (user fixture, may act on Norway, may act on Denmark) for every action.
MATRIX = [
    ("secretariat", True, True),
    ("norway_editor", True, False),
    ("no_role", False, False),
    ("anonymous", False, False),
]


@pytest.fixture
def anonymous():
    return AnonymousUser()


@pytest.mark.django_db
@pytest.mark.parametrize("action", ALL)
@pytest.mark.parametrize(("who", "on_norway", "on_denmark"), MATRIX)
def test_matrix(request, who, on_norway, on_denmark, action, norway_claim, denmark_claim):
    """Each role may do each action exactly on the partners it covers, for every kind of object."""
    user = request.getfixturevalue(who)
    for claim, allowed in ((norway_claim, on_norway), (denmark_claim, on_denmark)):
        for obj in (claim, claim.document, claim.partner):
            assert user_can(user, action, obj) is allowed, (who, action, obj)
        assert rows_user_can(user, action, Claim).filter(pk=claim.pk).exists() is allowed
        assert rows_user_can(user, action, SourceDocument).filter(pk=claim.document_id).exists() is allowed
        assert partners_user_can(user, action).filter(pk=claim.partner_id).exists() is allowed


@pytest.mark.django_db
def test_require_raises_a_permission_denied_with_a_code(norway_editor, denmark_claim):
    with pytest.raises(EditorialPermissionError) as caught:
        require(norway_editor, Action.ACCEPT, denmark_claim)
    assert caught.value.code == "review.permission_denied"
    assert "DK" in caught.value.message


@pytest.mark.django_db
def test_what_is_no_one_partners_is_the_secretariats(secretariat, norway_editor, no_role):
    """``obj`` None (a document naming many partners, before it has one) is the secretariat's alone."""
    assert user_can(secretariat, Action.UPLOAD, None)
    for user in (norway_editor, no_role, AnonymousUser()):
        assert not user_can(user, Action.UPLOAD, None)
    with pytest.raises(EditorialPermissionError) as refused:
        require(norway_editor, Action.UPLOAD, None)
    assert refused.value.code == "review.permission_denied" and refused.value.params["partner"] == "-"


def test_unknown_action_is_a_programming_error(secretariat, norway_claim):
    with pytest.raises(ValueError):
        user_can(secretariat, "delete_everything", norway_claim)


@pytest.mark.django_db
def test_inactive_and_superuser_accounts(secretariat, no_role, norway_claim):
    """A deactivated editor loses every right; a superuser counts as the secretariat."""
    secretariat.is_active = False  # as the user admin deactivates an account; no service does
    secretariat.save()
    assert not user_can(secretariat, Action.VIEW_DRAFT, norway_claim)
    no_role.is_superuser = True
    no_role.save()
    assert user_can(no_role, Action.PUBLISH, norway_claim)


@pytest.mark.django_db
def test_pieces_follow_the_same_policy(norway_editor, norway, denmark):
    Quote.objects.create(partner=norway, text="We stay the course.", speaker="A minister")
    Quote.objects.create(partner=denmark, text="Together we prevail.", speaker="Another minister")
    visible = rows_user_can(norway_editor, Action.EDIT, Quote)
    assert [quote.partner.code for quote in visible] == ["NO"]
    assert Claim.objects.count() == 0
