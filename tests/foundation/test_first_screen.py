"""The README's first screen and `scripts/run` tell a new operator the rest (issue 13, item 7)."""

import re
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parents[2]
README = (PROJECT_DIR / "README.md").read_text(encoding="utf-8")


def first_screen() -> str:
    """From the top down to the section after set-up."""
    return README.split("## The `coalition` command")[0]


def test_the_two_set_up_commands_stay_the_same():
    assert re.findall(r"```sh\n(scripts/\w+)\n```", README)[:2] == ["scripts/run", "scripts/test"]


@pytest.mark.parametrize("needle", [
    "coalition createuser", "--role secretariat", "/review/", "/api/v1/docs", "/admin/", "Ctrl-C", "run `scripts/run` again",
    "DATABASE_URL", "coalition partner add",
])
def test_the_first_screen_says_how_to_go_on(needle):
    assert needle in first_screen()


@pytest.mark.parametrize("needle", ["/review/", "/api/v1/docs", "/admin/", "createuser", "partner add", "Ctrl-C"])
def test_scripts_run_prints_the_addresses(needle):
    script = (PROJECT_DIR / "scripts" / "run").read_text()
    printed = script.split("cat <<EOF")[1].split("\nEOF")[0]
    assert needle in printed


@pytest.mark.django_db
def test_the_site_footer_links_editors_to_sign_in(client):
    page = client.get("/en/").content.decode()
    footer = page.split('<footer class="site-footer">')[1]
    assert 'href="/review/login/"' in footer
