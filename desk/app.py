"""Start-up wiring: command line -> settings -> database (backup, migrate) -> Qt.

Heavy imports (Qt, SQLAlchemy, reportlab) happen inside the command that needs them, so
``--help`` and the command-line tools stay quick and never need a display.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from desk.cli import build_parser
    from desk.core.errors import ConfigurationError, DeskError

    parser = build_parser()
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens to the console")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    func = getattr(args, "func", None)
    try:
        if func is None:
            from desk.ui.launch import run_desk

            return run_desk(args)
        return int(func(args) or 0)
    except ConfigurationError as exc:
        print(f"Grid Desk: {exc}", file=sys.stderr)
        return 2
    except DeskError as exc:
        print(f"Grid Desk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        from desk.store.pgroles import refusal

        refused = refusal(exc)  # PostgreSQL said no (grants, row-level security): a sentence, not a traceback
        if refused is None:
            raise
        print(f"Grid Desk: {refused}", file=sys.stderr)
        return 1
    finally:
        from desk.cli.common import close_all

        close_all()
