"""Load the bundled example data: partners, working groups and factsheets written for this project.

The Norway factsheet carries the facts of a real partner page in our own words; the other factsheets are
illustrative. Each factsheet goes through the same path as an editor's upload (ingest, accept, publish), done
by a built-in secretariat account that cannot sign in. Loading twice changes nothing: rows are matched by
their natural keys and documents by hash.
"""

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import transaction

from coalition.claims.services import claims_accept_all
from coalition.editorial.models import Editor, Role
from coalition.ingest.services import document_ingest_outcome
from coalition.partners.models import Membership, Partner, WorkingGroup
from coalition.profiles.publishing import profile_publish
from coalition.profiles.services import PIECE_MODELS, piece_accept

EXAMPLES_DIR = Path(__file__).resolve().parent
LOADER_USERNAME = "example-loader"


@dataclass(frozen=True)
class LoadSummary:
    partners: int
    groups: int
    documents: int
    claims: int


@transaction.atomic
def load_examples(directory: Path = EXAMPLES_DIR) -> LoadSummary:
    spec = json.loads((directory / "coalition.json").read_text(encoding="utf-8"))
    groups = {
        item["slug"]: WorkingGroup.objects.update_or_create(
            slug=item["slug"], defaults={"name": item["name"], "description": item["description"]}
        )[0]
        for item in spec["working_groups"]
    }
    documents = []
    for item in spec["partners"]:
        partner, _ = Partner.objects.update_or_create(
            code=item["code"],
            defaults={
                "kind": item["kind"],
                "organisation_name": item.get("organisation_name", ""),
                "joined_on": date.fromisoformat(item["joined_on"]),
                "founding_member": item["founding_member"],
            },
        )
        for slug in item["groups"]:
            Membership.objects.get_or_create(partner=partner, group=groups[slug])
        if "factsheet" in item:
            path = directory / item["factsheet"]
            documents.append(
                _publish_factsheet(
                    partner=partner, path=path, as_of=date.fromisoformat(item["as_of"]), actor=_loader_account()
                )
            )
    return LoadSummary(
        partners=len(spec["partners"]),
        groups=len(groups),
        documents=len(documents),
        claims=sum(document.claims.count() for document in documents),
    )


def _loader_account():
    """The secretariat account the example data is reviewed and published by; it has no usable password."""
    user, created = get_user_model().objects.get_or_create(username=LOADER_USERNAME)
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    Editor.objects.get_or_create(user=user, defaults={"role": Role.SECRETARIAT})
    return user


def _publish_factsheet(*, partner: Partner, path: Path, as_of: date, actor):
    outcome = document_ingest_outcome(data=path.read_bytes(), filename=path.name, partner=partner, as_of=as_of)
    if not outcome.created:
        return outcome.document
    claims_accept_all(document=outcome.document, actor=actor, note="example data")
    for model in PIECE_MODELS.values():
        for piece in model.objects.drafts().filter(document=outcome.document):
            piece_accept(piece=piece, actor=actor, note="example data")
    profile_publish(partner=partner, actor=actor, document=outcome.document, note="example data")
    return outcome.document
