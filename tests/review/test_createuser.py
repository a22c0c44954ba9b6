"""`coalition createuser`: set-up of editor accounts from the command line."""

import pytest
from click.testing import CliRunner
from django.contrib.auth import get_user_model

from coalition.cli import main
from coalition.editorial.models import Editor, Role
from coalition.editorial.permissions import Action, partners_user_can

STRONG = "a long and unusual passphrase 7"


def invoke(*args, stdin=STRONG + "\n", env=None):
    return CliRunner().invoke(main, ["createuser", *args], input=stdin, env=env or {})


@pytest.mark.django_db
def test_partner_editor_with_password_from_stdin(norway, denmark):
    result = invoke("oslo", "--role", "partner-editor", "--partner", "no", "--password-stdin")
    assert result.exit_code == 0, result.output
    assert "Created oslo (partner-editor) for NO." in result.output
    user = get_user_model().objects.get(username="oslo")
    assert user.check_password(STRONG)
    assert list(partners_user_can(user, Action.EDIT)) == [norway]


@pytest.mark.django_db
def test_secretariat_with_password_from_environment(norway):
    result = invoke("sec", "--role", "secretariat", stdin="", env={"COALITION_PASSWORD": STRONG})
    assert result.exit_code == 0, result.output
    assert Editor.objects.get().role == Role.SECRETARIAT


@pytest.mark.django_db
def test_prompted_password_is_confirmed(norway):
    result = invoke("sec", "--role", "secretariat", stdin=f"{STRONG}\n{STRONG}\n")
    assert result.exit_code == 0, result.output
    assert get_user_model().objects.get().check_password(STRONG)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["x", "--role", "partner-editor", "--password-stdin"], STRONG, "accounts.partner_required"),
        (["x", "--role", "partner-editor", "--partner", "ZZ", "--password-stdin"], STRONG, "accounts.unknown_partner"),
        (["x", "--role", "secretariat", "--partner", "NO", "--password-stdin"], STRONG, "accounts.partner_not_allowed"),
        (["x", "--role", "secretariat", "--password-stdin"], "short", "accounts.weak_password"),
        (["x", "--role", "secretariat", "--password-stdin"], "password123456", "accounts.weak_password"),
        (["x", "--role", "king", "--password-stdin"], STRONG, "Invalid value for '--role'"),
    ],
)
def test_bad_input_is_one_clear_line_and_nothing_written(norway, args, stdin, message):
    result = invoke(*args, stdin=stdin + "\n")
    assert result.exit_code != 0
    assert message in result.output
    assert not get_user_model().objects.exists() and not Editor.objects.exists()


@pytest.mark.django_db
def test_existing_user_is_refused(norway):
    assert invoke("sec", "--role", "secretariat", "--password-stdin").exit_code == 0
    result = invoke("sec", "--role", "secretariat", "--password-stdin")
    assert result.exit_code == 1 and "accounts.user_exists" in result.output
