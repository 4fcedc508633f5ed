"""Command line: `livestudio [--db PATH]` opens the app; sub-commands do jobs headless.

Each area adds its sub-commands in `livestudio/cli/<area>.py` through `register(subparsers)`;
a handler gets the parsed args and returns the exit code (see EXIT_CODES).
"""

from __future__ import annotations

import argparse
import atexit
import gc
import os
import sys
from pathlib import Path
from typing import NoReturn

from livestudio import __version__
from livestudio.core import paths

# Exit codes, the same for every command (documented in `livestudio --help`).
EX_OK = 0  # done; a check verdict GO
EX_PARTLY = 1  # a check verdict GO WITH WARNINGS; an import with rows refused
EX_FAILED = 2  # a check verdict NO-GO; an import / export that could not be done
EX_USAGE = 64  # the command line is wrong: unknown command or option, bad value (BSD sysexits)

EXIT_CODES_EPILOG = """\
exit codes:
  0   done; check: GO
  1   check: GO WITH WARNINGS; import: some rows were refused (the others were imported);
      --smoke: a workspace failed
  2   check: NO-GO; an import or export that could not be done (the message says why)
  64  usage error: unknown command or option, or a bad value (the message says which)
"""
# The store engineer's per-store-state exit codes (locked, read-only, newer, damaged ...)
# go into STORE_EXIT_CODES_EPILOG, one line per code in the same layout; printed after the above.
STORE_EXIT_CODES_EPILOG = """\
  5   live end: another LiveStudio window drives that run (use --force to end it anyway)
  10  the store file is empty (0 bytes): restore a backup (the app offers the newest good one)
  11  the store is locked by another program; try again when it is done
  12  the store is on a read-only disk or folder
  13  the disk holding the store is full
  14  the file is not a LiveStudio store
  15  the store was written by a newer LiveStudio
  16  the store is damaged (integrity check failed): restore a backup
  17  the store could not be read (permissions, I/O error)
"""


class UsageError(Exception):
    """A handler found a bad value on its command line: exit EX_USAGE with the message."""


def usage_error(message: str) -> int:
    """Print `error: message` on stderr and return EX_USAGE (for a handler's `return`)."""
    print(f"error: {message}", file=sys.stderr)
    return EX_USAGE


class Parser(argparse.ArgumentParser):
    """argparse with EX_USAGE (64) instead of 2 for a wrong command line: 2 means a store
    problem to scripts, and a NO-GO check is 1."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EX_USAGE, f"{self.prog}: error: {message}\n")


def _add_db(p: argparse.ArgumentParser, top_level: bool = False) -> None:
    # Sub-commands must not overwrite a --db given before them (`livestudio --db X shows list`),
    # or the command would silently run on the default store: SUPPRESS keeps the earlier value.
    p.add_argument(
        "--db",
        metavar="PATH",
        default=None if top_level else argparse.SUPPRESS,
        help="the LiveStudio database file to use",
    )


def _top_parser() -> Parser:
    parser = Parser(
        prog="livestudio",
        description="Plan, check, run and review a live-selling show. Without a command, "
        "opens the app.",
        epilog=EXIT_CODES_EPILOG + STORE_EXIT_CODES_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"LiveStudio {__version__}")
    _add_db(parser, top_level=True)
    parser.add_argument(
        "--smoke", action="store_true", help="open every workspace on the store, then exit"
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    from livestudio.cli import check, live, plan, products, review, sample

    parser = _top_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for area in (products, plan, check, live, review, sample):
        area.register(sub, _add_db)
    return parser


def _products_parser() -> argparse.ArgumentParser:
    """Only the `products` commands: an import then does not first load the other areas' modules
    (live's clock, Qt extras), about 0.2 s of a CLI import's start-up."""
    from livestudio.cli import products

    parser = _top_parser()
    products.register(parser.add_subparsers(dest="command", metavar="COMMAND"), _add_db)
    return parser


def _command(argv: list[str]) -> str | None:
    """The sub-command named on the command line (after any --db PATH), if any."""
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--db":
            if rest:
                rest.pop(0)
            continue
        if arg.startswith("-"):
            return None  # --help, --version, --smoke ...: the full parser
        return arg
    return None


def _subparser(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser:
    for action in parser._actions:  # argparse keeps no public map of its sub-commands
        if isinstance(action, argparse._SubParsersAction) and name in action.choices:
            return action.choices[name]
    return parser


def _opens_the_app(argv: list[str]) -> bool:
    """`livestudio`, `livestudio --db X`, `livestudio --smoke`: no command, no help. The app
    then starts without importing every command module (SQLAlchemy among them) first."""
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--smoke":
            continue
        if arg == "--db":
            if not rest:
                return False
            rest.pop(0)
            continue
        if arg.startswith("--db="):
            continue
        return False
    return True


def open_cli_store(db: str | None):
    """Open the store for a headless command; prints the reason and exits with the code of the
    store's state (10-17, see STORE_EXIT_CODES_EPILOG) when it cannot."""
    from livestudio.core.db import EXIT_CODES, StoreError, open_store

    try:
        return open_store(paths.default_db_path(db))
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        raise SystemExit(EXIT_CODES.get(exc.state, EX_FAILED)) from exc


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if _opens_the_app(argv):
        args = _top_parser().parse_args(argv)
    else:
        parser = _products_parser() if _command(argv) == "products" else build_parser()
        args = parser.parse_args(argv)
        handler = getattr(args, "handler", None)
        if handler is not None:
            try:
                return int(handler(args))
            except UsageError as exc:
                return usage_error(str(exc))
        if args.command:  # a command group without its action: `livestudio shows`
            _subparser(parser, args.command).error("choose an action (see --help)")
    from livestudio.app import run_gui

    db_path: Path = paths.default_db_path(args.db)
    return run_gui(db_path, smoke=args.smoke)


_status = 1  # what a headless command exits with if it ends in an uncaught exception
_quick_exit = False  # set by run() for a command run without the window
_left_to_exit: list[object] = []


def leave_to_exit(*objects: object) -> None:
    """Hand what a finished command built (an import's rows and preview) to the process exit
    rather than freeing it on the way out of the handler: the process leaves without Python's
    teardown (see `run`), and freeing 50,000 previewed rows one object at a time costs 0.05 s
    that the system does at once. Called through `main()` (tests), this keeps nothing."""
    if _quick_exit:
        _left_to_exit.extend(objects)
        gc.freeze()  # and no collection walks them again before the exit


def run() -> NoReturn:
    """The `livestudio` and `livestudio-cli` commands and `python -m livestudio`: `main()`.

    A command run without the window leaves without Python's own teardown: once it has done its
    job, closed its store and printed its result, freeing every module and object one by one
    (0.1-0.2 s after a large import, with SQLAlchemy and Qt loaded) helps nobody. The other exit
    handlers still run first and the output is flushed (see `_leave_now`). The app's window
    exits the usual way."""
    global _status, _quick_exit
    if not _opens_the_app(sys.argv[1:]):
        # registered before any other handler, so it runs after all of them (last in, first out)
        atexit.register(_leave_now)
        _quick_exit = True
    try:
        _status = main()
    except SystemExit as exc:
        code = exc.code
        _status = code if isinstance(code, int) else (0 if code is None else 1)
        raise
    except KeyboardInterrupt:
        _status = 130  # as a shell reports Ctrl+C
        raise
    sys.exit(_status)


def _leave_now() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # a closed pipe (`| head`) or stream: nothing to save
            pass
    os._exit(_status)
