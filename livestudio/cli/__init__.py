"""Command line: `livestudio [--db PATH]` opens the app; sub-commands do jobs headless.

Each area adds its sub-commands in `livestudio/cli/<area>.py` through `register(subparsers)`;
a handler gets the parsed args and returns the exit code.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from livestudio import __version__
from livestudio.core import paths

AREAS = ("products", "plan", "check", "live", "review", "sample")


def _add_db(p: argparse.ArgumentParser, top_level: bool = False) -> None:
    # Sub-commands must not overwrite a --db given before them (`livestudio --db X shows list`),
    # or the command would silently run on the default store: SUPPRESS keeps the earlier value.
    p.add_argument(
        "--db",
        metavar="PATH",
        default=None if top_level else argparse.SUPPRESS,
        help="the LiveStudio database file to use",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="livestudio", description="Plan, check, run and review a live-selling show."
    )
    parser.add_argument("--version", action="version", version=f"LiveStudio {__version__}")
    _add_db(parser, top_level=True)
    parser.add_argument(
        "--smoke", action="store_true", help="open every workspace on the store, then exit"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for area in AREAS:
        name = f"livestudio.cli.{area}"
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        module.register(sub, _add_db)
    return parser


def open_cli_store(db: str | None):  # type: ignore[no-untyped-def]
    """Open the store for a headless command; prints the reason and exits 2 when it cannot."""
    from livestudio.core.db import StoreError, open_store

    try:
        return open_store(paths.default_db_path(db))
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        raise SystemExit(2) from exc


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    handler = getattr(args, "handler", None)
    if handler is not None:
        return int(handler(args))
    if args.command:
        parser.parse_args([args.command, "--help"])
        return 2
    from livestudio.app import run_gui

    db_path: Path = paths.default_db_path(args.db)
    return run_gui(db_path, smoke=args.smoke)
