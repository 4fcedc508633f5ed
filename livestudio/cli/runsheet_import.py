"""`livestudio plan import-runsheet SHOW_ID FILE [--replace] [--dry-run]`: a show's run-of-show
(直播脚本) from an .xlsx / .xls / .ods / .csv file, through the intake.

Prints one summary line, then each rejected row and each cell left empty (file, sheet, row,
column, value). Exit 0 = every row imported as it is, 1 = some rows rejected or cells left empty,
2 = the file or show was refused (nothing written). --dry-run runs the real import and rolls it
back, so it prints exactly what the import does."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from livestudio.core.i18n import translate


def _t(text: str) -> str:
    return translate("CLI", text)


class _DryRun(Exception):
    """Raised inside the transaction so a dry run rolls back what it did."""


def add_import_runsheet(
    psub: argparse._SubParsersAction,
    add_db: Callable[[argparse.ArgumentParser], None],
) -> None:
    imp = psub.add_parser(
        "import-runsheet", help="import a show's run-of-show from an .xlsx/.xls/.ods/.csv file"
    )
    imp.add_argument("show_id", type=int, metavar="SHOW_ID")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--replace", action="store_true", help="replace the show's segments (default: add after)"
    )
    imp.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    add_db(imp)
    imp.set_defaults(handler=run_import_runsheet)


def run_import_runsheet(args: argparse.Namespace) -> int:
    from livestudio.cli import open_cli_store
    from livestudio.core.intake import SheetError, runsheet

    store = open_cli_store(args.db)
    lines: list[str] = []
    try:
        try:
            with store.transaction() as s:
                preview = runsheet.prepare(s, args.show_id, Path(args.file), replace=args.replace)
                runsheet.apply(s, preview)
                lines = [preview.summary()]
                lines += [p.describe() for p in preview.rejected]
                lines += [p.describe() for p in preview.warnings]
                if preview.replace and preview.promotions_tied:
                    lines.append(
                        _t(
                            "note: {n} promotions started with a replaced segment; give them "
                            "a new start in Plan"
                        ).format(n=preview.promotions_tied)
                    )
                if args.dry_run:
                    raise _DryRun()
        except _DryRun:
            lines[0] = _t("{summary} (dry run: nothing was written)").format(summary=lines[0])
        except SheetError as exc:
            print(_t("error: {reason}").format(reason=exc), file=sys.stderr)
            return 2
        for line in lines:
            print(line)
        return 1 if preview.rejected or preview.warnings else 0
    finally:
        store.close()
