"""`livestudio products import|export`: the catalog's Excel jobs without the window.

Import prints one summary line ("added N, updated N, unchanged N, rejected N[, N cells left empty]"),
then each rejected row's reason and each cell left empty on its own line (file, sheet, row, column,
value). Exit 0 = all rows fine, 1 = some rows rejected or cells left empty, 2 = the file was refused
(nothing written). --dry-run prints exactly what the real import would."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from livestudio.core.i18n import translate


def _t(text: str) -> str:
    return translate("CLI", text)


def _currency() -> str:
    try:
        from PySide6.QtCore import QSettings

        from livestudio import APP_NAME, ORG_NAME
        from livestudio import settings as opts

        return str(opts.get(opts.CURRENCY, QSettings(ORG_NAME, APP_NAME)))
    except Exception:  # noqa: BLE001 - settings are a nicety here; the store is what matters
        return "CNY"


def register(
    subparsers: argparse._SubParsersAction, add_db: Callable[[argparse.ArgumentParser], None]
) -> None:
    products = subparsers.add_parser("products", help="import or export the product catalog")
    sub = products.add_subparsers(dest="products_command", metavar="ACTION", required=True)

    imp = sub.add_parser("import", help="import products from an .xlsx or .csv file")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the first one)")
    imp.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    add_db(imp)
    imp.set_defaults(handler=run_import)

    exp = sub.add_parser("export", help="export all products to an .xlsx or .csv file")
    exp.add_argument("file", metavar="FILE")
    add_db(exp)
    exp.set_defaults(handler=run_export)


def run_import(args: argparse.Namespace) -> int:
    from livestudio.core.intake.reader import gc_paused

    # read, preview and write under one pause: a collection between the preview and the write
    # would walk every row of the preview once more (see gc_paused)
    with gc_paused():
        return _run_import(args)


def _run_import(args: argparse.Namespace) -> int:
    from livestudio.core.intake.reader import read_table_in_background
    from livestudio.core.intake.sniff import MAX_PRODUCT_ROWS

    # the file is read while Qt and the store's modules load and the store opens: the parse and
    # most of Qt's loading run outside the GIL, and take about as long as the rest
    reading = read_table_in_background(Path(args.file), args.sheet, MAX_PRODUCT_ROWS)

    from livestudio.cli import leave_to_exit, open_cli_store
    from livestudio.core.excel import SheetError, prepare_import
    from livestudio.core.excel.errors import ImportFailed
    from livestudio.core.excel.product_import import ImportSummary, import_now

    store = open_cli_store(args.db)
    currency = _currency()
    try:
        # a dry run previews; the import previews and writes at once (what the two steps do)
        prepare = prepare_import if args.dry_run else import_now
        try:
            preview = prepare(
                store, Path(args.file), args.sheet, currency=currency, table=reading.result()
            )
        except (SheetError, ImportFailed) as exc:  # refused, or the write rolled back
            print(_t("error: {reason}").format(reason=exc), file=sys.stderr)
            return 2
        except MemoryError:
            print(
                _t("error: {file} is too big to import on this computer").format(file=args.file),
                file=sys.stderr,
            )
            return 2
        summary = ImportSummary.of(preview)  # what was written, or would be by a dry run
        line = summary.line()
        if args.dry_run:
            line = _t("{summary} (dry run: nothing was written)").format(summary=line)
        print(line)
        for reason in summary.rejected:
            print(reason)
        for warning in summary.warnings:
            print(warning)
        leave_to_exit(preview, reading)  # the preview and the table it was built from
        return 1 if summary.rejected or summary.warnings else 0
    finally:
        store.close()


def run_export(args: argparse.Namespace) -> int:
    from livestudio.cli import open_cli_store
    from livestudio.core.excel import export_products
    from livestudio.core.sheets import UnwritableFormat, check_writable

    path = Path(args.file)
    try:
        check_writable(path)
    except UnwritableFormat as exc:
        print(_t("error: {reason}").format(reason=exc), file=sys.stderr)
        return 2
    store = open_cli_store(args.db)
    try:
        count = export_products(store, path, currency=_currency())
    except OSError as exc:
        print(
            _t("error: cannot write {file}: {reason}").format(
                file=path, reason=exc.strerror or exc
            ),
            file=sys.stderr,
        )
        return 2
    finally:
        store.close()
    print(_t("exported {count} products to {file}").format(count=count, file=path))
    return 0
