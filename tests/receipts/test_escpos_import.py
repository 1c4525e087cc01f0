"""python-escpos's printer database pickle, half written by another process, does not stop
ShopTill from starting (two tills started at once on one computer)."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_half_written_pickle_is_not_read(tmp_path: Path) -> None:
    broken = tmp_path / f"{platform.python_version()}.capabilities.pickle"
    broken.write_bytes(b"")  # what a reader sees while the writer has only opened it
    later = time.time() + 3600
    os.utime(broken, (later, later))  # newer than the database: the pickle would be read
    script = "import receipts.escpos_lib as e; print(len(e.CAPABILITIES['profiles']))"
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, "ESCPOS_CAPABILITIES_PICKLE_DIR": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 10
