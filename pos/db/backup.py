"""Consistent online backups: SQLite's backup API, or pg_dump for PostgreSQL."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from pos.db.urls import sqlite_path
from pos.domain.errors import DatabaseProblem
from pos.paths import data_dir


def backups_dir() -> Path:
    """Where automatic backups go: a folder in the user's data folder."""
    folder = data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def backup_database(engine: Engine, url: str, label: str, dest: Path | None = None) -> Path:
    """Copy the database while it stays in use. ``dest`` defaults to the backups folder.

    Raises:
        DatabaseProblem: the copy could not be made; nothing else has changed.
    """
    source = sqlite_path(url)
    if source is not None:
        target = dest or source.with_name(f"{source.stem}-{label}.db")
        return _backup_sqlite(source, target)
    if engine.dialect.name == "postgresql":
        target = dest or backups_dir() / f"shoptill-{label}.sql"
        return _backup_postgresql(url, target)
    raise DatabaseProblem(f"ShopTill cannot back up a {engine.dialect.name} database.")


def _backup_sqlite(source: Path, target: Path) -> Path:
    if target.exists():
        raise DatabaseProblem(f"{target} already exists. Choose a new file name for the backup.")
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
            src.backup(dst)
    except sqlite3.Error as error:
        target.unlink(missing_ok=True)
        raise DatabaseProblem(f"The backup to {target} failed: {error}.") from error
    return target


def _backup_postgresql(url: str, target: Path) -> Path:
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise DatabaseProblem("Install PostgreSQL's client tools (pg_dump) to back up the server.")
    libpq_url = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    result = subprocess.run(
        [pg_dump, "--file", str(target), "--dbname", libpq_url],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise DatabaseProblem(f"pg_dump failed: {result.stderr.strip()}")
    return target
