"""The one place python-escpos is imported, with its import-time side effects tamed.

On import, ``escpos.capabilities``:

* pickles its printer database into ``ESCPOS_CAPABILITIES_PICKLE_DIR``, or into a fresh
  ``mkdtemp()`` directory when that is unset: a new, never-deleted temp dir on every start.
  We point it at one cache folder per user, so the pickle is written once and reused.
* calls ``logging.basicConfig()``, which would give the root logger a stderr handler before
  ShopTill sets up its own logging. We remove a handler it added.
* reads that pickle while another process may be writing it (two tills started at once on
  one computer, or the tests' worker processes): a half-written pickle fails to load. The
  import is then made again from the printer database itself, with a pickle of its own in
  a private folder removed at exit.

Every other module imports python-escpos names from here, never ``escpos`` directly.
"""

from __future__ import annotations

import atexit
import logging
import os
import pickle
import shutil
import sys
import tempfile

import platformdirs

PICKLE_DIR_VARIABLE = "ESCPOS_CAPABILITIES_PICKLE_DIR"


def _tamed_import() -> None:
    if "escpos.capabilities" in sys.modules:
        return  # someone imported it first; its side effects have already happened
    if not os.environ.get(PICKLE_DIR_VARIABLE):
        cache = platformdirs.user_cache_path("ShopTill", appauthor=False) / "escpos"
        cache.mkdir(parents=True, exist_ok=True)
        os.environ[PICKLE_DIR_VARIABLE] = str(cache)
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        import escpos.capabilities  # runs the side effects above, once
    except (EOFError, pickle.UnpicklingError):
        # Another process is writing the shared pickle right now: load without it.
        sys.modules.pop("escpos.capabilities", None)
        private = tempfile.mkdtemp(prefix="shoptill-escpos-")
        atexit.register(shutil.rmtree, private, ignore_errors=True)
        os.environ[PICKLE_DIR_VARIABLE] = private
        import escpos.capabilities  # noqa: F401

    for handler in root.handlers:
        if handler not in before:
            root.removeHandler(handler)


_tamed_import()

from escpos import constants  # noqa: E402
from escpos.capabilities import CAPABILITIES, BaseProfile, get_profile  # noqa: E402
from escpos.escpos import Escpos  # noqa: E402
from escpos.exceptions import DeviceNotFoundError  # noqa: E402
from escpos.exceptions import Error as EscposError  # noqa: E402
from escpos.printer import CupsPrinter, Dummy, File, Network, Serial, Usb  # noqa: E402

__all__ = [
    "CAPABILITIES",
    "BaseProfile",
    "CupsPrinter",
    "DeviceNotFoundError",
    "Dummy",
    "Escpos",
    "EscposError",
    "File",
    "Network",
    "Serial",
    "Usb",
    "constants",
    "get_profile",
]
