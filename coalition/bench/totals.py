"""`coalition bench totals`: time the public total by place and line over generated claims."""

import random
from collections.abc import Callable
from dataclasses import dataclass

from coalition.claims.models import Claim
from coalition.totals.selectors import totals
from coalition.totals.services import claim_amounts_refresh
from coalition.vocab import ClaimKind, LineOfEffort, ReviewStatus

from .data import PLACES, Generated, generate
from .timing import Timing, timed


@dataclass(frozen=True)
class TotalsResult:
    data: Generated
    build_ms: float
    after_change_ms: float
    runs: Timing
    filtered_after_change_ms: float
    filtered: Timing
    on_the_spot_ms: float
    rows: int


def _change_one_claim(rng: random.Random) -> None:
    """Change one accepted funding claim's value, as an editor's correction would."""
    last = Claim.objects.order_by("-pk").values_list("pk", flat=True).first()
    claim = Claim.objects.filter(pk__gte=rng.randint(1, last), kind=ClaimKind.FUNDING, status=ReviewStatus.ACCEPTED)
    claim = claim.order_by("pk").first()
    Claim.objects.filter(pk=claim.pk).update(value=claim.value + 100_000)
    claim_amounts_refresh(claims=[claim])


def run(*, claims: int, runs: int, progress: Callable[[int], None] = lambda done: None) -> TotalsResult:
    """Top the database up to ``claims`` benchmark claims, then time the public total by place and line.

    ``build_ms``: the first call after generation, which builds every partner's cells from the claims.
    ``after_change_ms``: the first call after one claim changed (its partner's cells are rebuilt, the
    coalition-wide total added up from the cells and stored); the timed runs are the calls after it, as
    the website makes them. The filtered total (one place, one line, by partner) is timed the same way
    after another change. ``on_the_spot_ms`` is one total over an explicit ``claims`` set, which is
    always added up from the claims at the call.
    """
    data = generate(claims=claims, progress=progress)
    rng = random.Random(5)
    build_ms, _ = timed(lambda: totals(group_by=("place", "line")))
    _change_one_claim(rng)
    after_change_ms, _ = timed(lambda: totals(group_by=("place", "line")))
    timings, rows = [], 0
    for _ in range(runs):
        elapsed, result = timed(lambda: totals(group_by=("place", "line")))
        timings.append(elapsed)
        rows = len(result.rows)
    filtered = {"group_by": ("partner",), "place": PLACES[0], "line": LineOfEffort.values[0]}
    totals(**filtered)
    _change_one_claim(rng)
    filtered_after_change_ms, _ = timed(lambda: totals(**filtered))
    filtered_ms = [timed(lambda: totals(**filtered))[0] for _ in range(runs)]
    on_the_spot_ms, _ = timed(lambda: totals(group_by=("place", "line"), claims=Claim.objects.all()))
    return TotalsResult(
        data=data,
        build_ms=build_ms,
        after_change_ms=after_change_ms,
        runs=Timing("total by place and line", timings),
        filtered_after_change_ms=filtered_after_change_ms,
        filtered=Timing("one place and one line by partner", filtered_ms),
        on_the_spot_ms=on_the_spot_ms,
        rows=rows,
    )
