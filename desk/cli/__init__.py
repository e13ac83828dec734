"""The command line. Each module here adds its commands with ``register(subparsers)``, so a new
capability brings its commands in a module of its own."""

from __future__ import annotations

import argparse
import importlib
import pkgutil

from desk.cli.common import add_db_option


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="grid-desk",
        description="Grid Desk (网格工作站前台): queue, one-window intake, mediation and the daily log "
        "for a community service station. Without a command it starts the desk window.",
    )
    add_db_option(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if module.name != "common":
            importlib.import_module(f"{__name__}.{module.name}").register(sub)
    return parser
