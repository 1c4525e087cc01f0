"""Start-up: Python's cycle collector waits until the till's window is up.

Opening the till imports SQLAlchemy, Qt and ShopTill and builds the window: hundreds of
thousands of objects made and almost none thrown away. The cycle collector would walk them
again and again for nothing (about 100 ms on an old laptop). It is held while the program
starts; once the window is up and the event loop runs, everything made so far is frozen
out of its sight
(``gc.freeze``: never walked again, so no later collection of it lands in the middle of a
scan) and it runs as usual from then on.
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
    """The window is up: freeze what start-up made, and collect as usual from now on.

    Start-up's few cycles of garbage (a few hundred objects) are frozen with the rest: a
    collection to free them would cost some 70 ms just as the first customer is scanned.
    """
    gc.freeze()
    gc.enable()
