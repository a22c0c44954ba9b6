"""Which other places and lines a total's rows share their figures with (``TotalRow.shared_with``).

A claim naming two places counts in full in the row of each, so a row must say so. This is one small read
over the counted claims that name more than one place or line, the same on the stored path and the claims
path, kept apart from ``selectors`` because it is its own question with its own tests
(``tests/totals/test_sharing.py``).
"""

from collections.abc import Mapping
from dataclasses import replace

from django.db.models import Count, Exists, OuterRef, Q

from coalition.claims.models import Claim
from coalition.vocab import ClaimKind

from .models import ClaimAmount, ClaimYear
from .query import PATHS, amount_selection, left_out
from .results import TotalRow

SHARED = ("place", "line")


def sharing(*, kind: str, group_by: tuple[str, ...], selection: Mapping) -> dict[tuple, dict[str, set]]:
    """For each row key (as in ``TotalRow.key`` without "on" and in ``group_by`` order, then series and
    stage, then "on" for personnel), the other places and lines its figures also name.

    Only counted figures naming more than one place or line (of those in ``group_by``) are read, so this
    is one small query next to the total itself.
    """
    names = [name for name in SHARED if name in group_by]
    if not names:
        return {}
    restated, breakdown = left_out("", **selection)
    several = Q(pk__in=[])
    for name in names:
        links = getattr(Claim, PATHS[name].removeprefix("claim__")).through.objects
        counted = links.values("claim_id").annotate(n=Count("pk")).filter(n__gt=1)
        if selection["claims"] is None:
            several |= Q(pk__in=counted.values("claim_id"))
        else:  # a few chosen claims (one partner's): look up their own links, not group every claim's
            several |= Q(Exists(counted.filter(claim_id=OuterRef("claim_id"))))
    chosen = (
        ClaimAmount.objects.filter(amount_selection("", **selection), kind=kind, excluded_reason="")
        .filter(several)
        .filter(~restated, ~breakdown)
    )
    found = {
        pk: {"partner": code, "series": series, "stage": stage, "on": on, "place": set(), "line": set(), "year": set()}
        for pk, code, series, stage, on in chosen.values_list("pk", "partner__code", "series", "stage", "as_of")
    }
    if not found:
        return {}
    for pk, place in Claim.places.through.objects.filter(claim_id__in=found).values_list("claim_id", "country_id"):
        found[pk]["place"].add(place)
    for pk, line in Claim.lines.through.objects.filter(claim_id__in=found).values_list("claim_id", "line_id"):
        found[pk]["line"].add(line)
    if "year" in group_by:
        for pk, year in ClaimYear.objects.filter(amount_id__in=found).values_list("amount_id", "year"):
            found[pk]["year"].add(year)
    shared: dict[tuple, dict[str, set]] = {}
    for claim in found.values():
        choices = [
            [claim[name]] if name == "partner" else sorted(claim[name], key=str) or [None] for name in group_by
        ]
        tail = (claim["series"], claim["stage"], *([claim["on"]] if kind == ClaimKind.PERSONNEL else []))
        for values in _product(choices):
            entry = shared.setdefault((*values, *tail), {})
            for name in names:
                others = claim[name] - {values[group_by.index(name)]}
                if others:
                    entry.setdefault(name, set()).update(others)
    return shared


def _product(choices: list[list]) -> list[tuple]:
    combos = [()]
    for options in choices:
        combos = [(*combo, option) for combo in combos for option in options]
    return combos


def with_sharing(row: TotalRow, group_by: tuple[str, ...], shared: Mapping[tuple, dict[str, set]]) -> TotalRow:
    tail = [row.key["series"], row.key["stage"], *([row.key["on"]] if "on" in row.key else [])]
    found = shared.get((*(row.key[name] for name in group_by), *tail))
    if not found:
        return row
    return replace(row, shared_with={name: tuple(sorted(found[name])) for name in SHARED if name in found})
