"""Background calls (ui/ops.py) at the edge of the application's life."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# A till that quits while a call is still running: nothing waits for it before the
# interpreter exits (a window hidden and dropped, not closed, never runs closeEvent's wait).
QUITS_WHILE_A_CALL_RUNS = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from ui.ops import Op

    app = QApplication(sys.argv)

    def slow_save():
        time.sleep(0.4)
        Path(sys.argv[1]).write_text("finished")
        return "saved"

    Op(slow_save).start()
    print("quitting", flush=True)
    """
)


def test_a_call_still_running_at_exit_finishes_and_reports_without_error(
    tmp_path: Path,
) -> None:
    marker = tmp_path / "finished.txt"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    run = subprocess.run(
        [sys.executable, "-c", QUITS_WHILE_A_CALL_RUNS, str(marker)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "quitting"
    # Without the wait at exit, PySide destroys each Op's relay before the call reports:
    # "Error calling Python override of QRunnable::run() ... Signal source has been deleted".
    assert "Signal source has been deleted" not in run.stderr
    assert "Traceback" not in run.stderr, run.stderr
    assert marker.read_text() == "finished"
