"""Logging to a rotating file in the user's log folder (and to stderr for commands)."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from pos.paths import log_dir


def setup_logging(verbose: bool = False) -> None:
    """Send ShopTill's log to ``shoptill.log`` (1 MB x 5 files) in the user's log folder."""
    root = logging.getLogger()
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return
    handler = RotatingFileHandler(
        log_dir() / "shoptill.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
