"""Start-up: Python's cycle collector waits until the till's window is up, then runs on the
UI thread only.

Opening the till imports SQLAlchemy, Qt and ShopTill and builds the window: hundreds of
thousands of objects made and almost none thrown away. The cycle collector would walk them
again and again for nothing (about 100 ms on an old laptop). It is held while the program
starts; once the window is up and the event loop runs, everything made so far is frozen
out of its sight
(``gc.freeze``: never walked again, so no later collection of it lands in the middle of a
scan).

From then on the collector never runs by itself: a timer on the UI thread runs
``collect_due`` instead. Left to itself, Python collects in whichever thread happens to
allocate, and a background call (a count, an export) would then destroy Qt objects that
belong to the UI thread: a crash, seen in the test run. (qutebrowser does the same.)
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_held() -> Iterator[None]:
    """No cyclic garbage collection inside the block, unless ``settle_collection`` runs."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def settle_collection() -> None:
    """The window is up: freeze what start-up made; from now on ``collect_due`` collects.

    Start-up's few cycles of garbage (a few hundred objects) are frozen with the rest: a
    collection to free them would cost some 70 ms just as the first customer is scanned.
    """
    gc.freeze()
    gc.disable()


def collect_due() -> int:
    """Collect what the automatic collector would have by now, on the calling thread.

    Each generation whose count has passed its threshold is collected, as Python itself
    decides: the young often and cheaply, the old rarely. Returns the objects freed.
    """
    counts, thresholds = gc.get_count(), gc.get_threshold()
    generation = -1
    for level in range(3):
        if counts[level] <= thresholds[level]:
            break
        generation = level
    return gc.collect(generation) if generation >= 0 else 0
