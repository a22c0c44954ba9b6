"""Load the bundled example data: partners, working groups and factsheets written for this project.

The Norway factsheet carries the facts of a real partner page in our own words; the other factsheets are
illustrative. Loading twice changes nothing: rows are matched by their natural keys and documents by hash.
"""

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.db import transaction

from coalition.documents.models import MediaType
from coalition.documents.services import document_store
from coalition.partners.models import Membership, Partner, WorkingGroup

EXAMPLES_DIR = Path(__file__).resolve().parent


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
            data = path.read_bytes()
            text = data.decode("utf-8")
            document, _ = document_store(
                data=data,
                text=text,
                partner=partner,
                media_type=MediaType.TEXT,
                as_of=date.fromisoformat(item["as_of"]),
                filename=path.name,
                title=text.splitlines()[0].strip(),
            )
            documents.append(document)
    return LoadSummary(
        partners=len(spec["partners"]),
        groups=len(groups),
        documents=len(documents),
        claims=sum(document.claims.count() for document in documents),
    )
