"""What every benchmark measures with: a named series of timings in milliseconds and its percentiles."""

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


def p95(timings: list[float]) -> float:
    """The 95th percentile as the nearest of the timings themselves (no interpolation between two runs)."""
    ordered = sorted(timings)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


@dataclass(frozen=True)
class Timing:
    name: str
    runs_ms: list[float]
    concurrency: int = 1

    @property
    def p50(self) -> float:
        return statistics.median(self.runs_ms)

    @property
    def p95(self) -> float:
        return p95(self.runs_ms)


def timed(call: Callable[[], T]) -> tuple[float, T]:
    """Milliseconds that ``call`` took, and what it returned."""
    began = time.perf_counter()
    result = call()
    return (time.perf_counter() - began) * 1000, result
