"""The ``shoptill`` entry point: no command opens the window, a command runs headless."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ui.startup import collection_held


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and run the GUI or a headless command.

    The imports are here, not at the top, so that they run with the cycle collector held
    (``ui.startup``); the window lets it go once it has painted. SQLAlchemy and ShopTill's
    core load before Qt, whose import hook would otherwise inspect every later module.
    """
    with collection_held():
        from pos.services.database import demo_database_url
        from ui.cli import build_parser, run
        from ui.logs import setup_logging

        args = build_parser().parse_args(argv)
        setup_logging(args.verbose)
        if args.command is None:
            from ui.app import run_gui  # Qt is imported only when a window is wanted

            return run_gui(args.db, args.till)
    status = run(args)
    if status == 0 and args.command == "demo" and args.open:
        with collection_held():
            from ui.app import run_gui

            return run_gui(args.db or demo_database_url(), args.till)
    return status


if __name__ == "__main__":
    sys.exit(main())
