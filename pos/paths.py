"""Where ShopTill keeps its files: the user's data folder, never beside the program."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "ShopTill"


def data_dir() -> Path:
    """The per-user data folder (e.g. ~/.local/share/ShopTill), created if missing."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False, ensure_exists=True)


def log_dir() -> Path:
    """The per-user log folder, created if missing."""
    return platformdirs.user_log_path(APP_NAME, appauthor=False, ensure_exists=True)


def default_database_url() -> str:
    """``sqlite:///`` on shoptill.db in the user's data folder."""
    return f"sqlite:///{data_dir() / 'shoptill.db'}"


def demo_database_url() -> str:
    """The demo shop lives in its own file, so trying the demo never touches the real shop."""
    return f"sqlite:///{data_dir() / 'demo.db'}"
