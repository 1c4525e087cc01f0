"""The ``shoptill`` entry point: no command opens the window, a command runs headless."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from pos.services.database import demo_database_url
from ui.cli import build_parser, run
from ui.logs import setup_logging


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and run the GUI or a headless command."""
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose)
    if args.command is None:
        from ui.app import run_gui  # Qt is imported only when a window is wanted

        return run_gui(args.db, args.till)
    status = run(args)
    if status == 0 and args.command == "demo" and args.open:
        from ui.app import run_gui

        return run_gui(args.db or demo_database_url(), args.till)
    return status


if __name__ == "__main__":
    sys.exit(main())
