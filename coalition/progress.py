"""Progress of long commands: a bar on a terminal, a plain line now and then otherwise, and the time taken.

Used by `ingest`, `export`, `dump`, `load`, `import` and the benchmarks; the work itself only calls
``update(n)``.
"""

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from tqdm import tqdm

#: Seconds between two plain progress lines when stderr is not a terminal (a log, CI).
PLAIN_EVERY = 10.0


@dataclass
class Progress:
    update: Callable[[int], None]
    started: float = field(default_factory=time.perf_counter)

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started


@contextmanager
def progress(*, description: str, unit: str, total: int | None = None, stream=None) -> Iterator[Progress]:
    """Yield a ``Progress`` whose ``update(n)`` moves the bar (terminal) or prints a line every PLAIN_EVERY s."""
    stream = stream or sys.stderr
    if stream.isatty():
        with tqdm(total=total, desc=description, unit=unit, unit_scale=True, leave=False, file=stream) as bar:
            yield Progress(update=bar.update)
        return
    done, last = 0, time.perf_counter()

    def plain(count: int) -> None:
        nonlocal done, last
        done += count
        now = time.perf_counter()
        if now - last >= PLAIN_EVERY:
            last = now
            of = f" of {total:,}" if total else ""
            print(f"{description}: {done:,}{of} {unit}s", file=stream, flush=True)

    yield Progress(update=plain)
