"""`livestudio review import|import-traffic|kpis|export`: the Review workspace headless.

import   read a platform export (.xlsx/.csv) into a show, auto-detecting the kind; prints what matched
         and every row that could not be read (file, sheet, row, column, reason); one transaction.
import-traffic  a traffic-source breakdown (Douyin 流量来源, TikTok traffic sources) into a show,
         replacing its sources; every row that could not be read is printed.
kpis     the show's KPIs with goal, previous show and median of the last 10 (--json for scripts).
export   the review report as .xlsx or .pdf.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from livestudio.cli import EX_USAGE  # 64: a bad value on the command line
from livestudio.core.i18n import translate


def _t(text: str) -> str:
    return translate("CLI", text)


def register(
    subparsers: argparse._SubParsersAction, add_db: Callable[[argparse.ArgumentParser], None]
) -> None:
    review = subparsers.add_parser(
        "review", help="import platform data, print KPIs, export the review"
    )
    sub = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    imp = sub.add_parser("import", help="import a platform export (.xlsx/.csv) into a show")
    imp.add_argument("show_id", type=int, metavar="SHOW_ID")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--kind",
        choices=("summary", "trend", "products", "comments"),
        help="what the file holds (detected from the columns when not given)",
    )
    imp.add_argument(
        "--platform", metavar="NAME", help="platform the mapping is remembered for (detected)"
    )
    imp.add_argument(
        "--dry-run", action="store_true", help="show what would be imported, write nothing"
    )
    imp.add_argument(
        "--strict", action="store_true", help="import nothing when any row or cell cannot be read"
    )
    imp.add_argument(
        "--all-shows",
        action="store_true",
        help="summary exports: also fill the other shows whose start time matches a row",
    )
    add_db(imp)
    imp.set_defaults(handler=run_import)
    k = sub.add_parser("kpis", help="print a show's KPIs")
    k.add_argument("show_id", type=int, metavar="SHOW_ID")
    k.add_argument("--json", action="store_true", help="machine-readable output")
    add_db(k)
    k.set_defaults(handler=run_kpis)
    tr = sub.add_parser(
        "import-traffic", help="import a traffic-source breakdown (流量来源) into a show"
    )
    tr.add_argument("show_id", type=int, metavar="SHOW_ID")
    tr.add_argument("file", metavar="FILE")
    tr.add_argument(
        "--dry-run", action="store_true", help="show what would be stored, write nothing"
    )
    add_db(tr)
    tr.set_defaults(handler=run_import_traffic)
    ex = sub.add_parser("export", help="export the review as .xlsx or .pdf")
    ex.add_argument("show_id", type=int, metavar="SHOW_ID")
    ex.add_argument("file", metavar="FILE.xlsx|FILE.pdf")
    add_db(ex)
    ex.set_defaults(handler=run_export)


class _DryRun(Exception):
    """Raised inside the import's transaction so a dry run rolls back what it did."""


def run_import(args: argparse.Namespace) -> int:
    from livestudio.cli import open_cli_store
    from livestudio.core.review import importer

    path = Path(args.file)
    if not path.is_file():
        print(_t("error: {file} does not exist").format(file=path), file=sys.stderr)
        return 2
    store = open_cli_store(args.db)
    try:
        with store.transaction() as s:
            try:
                preview = importer.prepare_import(
                    s, args.show_id, path, kind=args.kind, platform=args.platform
                )
            except (importer.ImportError_, OSError) as exc:
                print(_t("error: {reason}").format(reason=exc), file=sys.stderr)
                return 2
            print(
                _t("{file}: {kind} ({platform}), sheet {sheet}, header row {row}").format(
                    file=path.name,
                    kind=importer.kind_label(preview.kind),
                    platform=preview.platform,
                    sheet=preview.sheet,
                    row=preview.header_row,
                )
            )
            for field_name, header in preview.describe_mapping():
                print(f"  {field_name} <- {header}")
            if preview.extra_columns:
                print(_t("  ignored columns: {cols}").format(cols=", ".join(preview.extra_columns)))
            for line in preview.matched:
                print(_t("matched: {what}").format(what=line))
            for note in preview.notes:
                print(_t("note: {what}").format(what=note))
            if preview.remembered_on is not None:
                print(
                    _t("columns: remembered on {date} for these columns").format(
                        date=preview.remembered_on.astimezone().strftime("%Y-%m-%d")
                    )
                )
            if preview.control_chars_removed:
                print(
                    _t("note: {n} control characters removed").format(
                        n=preview.control_chars_removed
                    )
                )
            for prob in preview.problems:
                print(_t("rejected: {what}").format(what=prob.describe()))
            for warning in preview.warnings:
                print(_t("left empty: {what}").format(what=warning.describe()))
            if args.strict and (preview.problems or preview.warnings):
                print(
                    _t(
                        "nothing imported: {n} rows could not be read, {m} cells left empty "
                        "(--strict)"
                    ).format(n=len(preview.problems), m=len(preview.warnings)),
                    file=sys.stderr,
                )
                return 1
            if preview.kind == "summary" and preview.summary_row is None:
                print(
                    _t("nothing imported: no row belongs to show {id}").format(id=args.show_id),
                    file=sys.stderr,
                )
                return 1
            outcome = importer.apply_import(s, preview, include_other_shows=args.all_shows)
            line = _t("imported {n} rows, rejected {r}").format(
                n=outcome.stored, r=outcome.rejected
            )
            if outcome.left_empty:
                line += _t(", {n} cells left empty").format(n=outcome.left_empty)
            if args.dry_run:  # the real import ran and is rolled back: the figures are exact
                raise _DryRun(line)
        print(line)
        return 0
    except _DryRun as done:
        print(_t("{summary} (dry run: nothing was written)").format(summary=done.args[0]))
        return 0
    finally:
        store.close()


def run_import_traffic(args: argparse.Namespace) -> int:
    """Exit 0 stored (or would store), 1 some rows skipped but the rest stored, 2 nothing read."""
    from livestudio.cli import open_cli_store
    from livestudio.core import fmt
    from livestudio.core.review.traffic import TrafficImportError, TrafficService, paid_share

    path = Path(args.file)
    if not path.is_file():
        print(_t("error: {file} does not exist").format(file=path), file=sys.stderr)
        return 2
    store = open_cli_store(args.db)
    try:
        service = TrafficService(store)
        try:
            preview = service.prepare(args.show_id, path)
        except (TrafficImportError, LookupError, OSError) as exc:
            print(_t("error: {reason}").format(reason=exc), file=sys.stderr)
            return 2
        for field_name, header in preview.describe_mapping():
            print(f"  {field_name} <- {header}")
        for row in preview.rows:
            share = fmt.percent(row.share)
            print(f"  {row.label}\t{row.channel_label}\t{share}\t{fmt.number(row.viewers)}")
        for note in preview.notes:
            print(_t("note: {what}").format(what=note))
        for prob in preview.problems:
            print(_t("rejected: {what}").format(what=prob.describe()))
        for warning in preview.warnings:
            print(_t("left empty: {what}").format(what=warning.describe()))
        summary = _t("{n} traffic sources, paid {paid} of viewers").format(
            n=len(preview.rows), paid=fmt.percent(paid_share(preview.rows))
        )
        if args.dry_run:
            print(_t("{summary} (dry run: nothing was written)").format(summary=summary))
        else:
            service.apply(args.show_id, preview)
            print(_t("imported {summary}").format(summary=summary))
        return 1 if preview.problems else 0
    finally:
        store.close()


def run_kpis(args: argparse.Namespace) -> int:
    from livestudio.cli import open_cli_store
    from livestudio.core.review import kpis
    from livestudio.core.review.service import ReviewService

    store = open_cli_store(args.db)
    try:
        try:
            snap = ReviewService(store).snapshot(args.show_id)
        except KeyError:
            print(
                _t("error: there is no show with id {id}").format(id=args.show_id),
                file=sys.stderr,
            )
            return 2
        show, items, cur = snap.show, snap.kpis, snap.currency
        if args.json:
            print(
                json.dumps(
                    {
                        "show_id": show.id,
                        "title": show.title,
                        "currency": cur,
                        "kpis": [kpis.kpi_dict(k, cur) for k in items],
                    },
                    ensure_ascii=False,
                    indent=2,
                )
            )
            return 0
        print(show.title)
        for k in items:
            line = f"  {k.label:<32} {kpis.format_kpi(k, cur):>16}"
            if k.goal is not None:
                word = _t("met") if k.goal_met else _t("missed") if k.goal_met is False else ""
                line += "  " + _t("goal {goal} {word}").format(
                    goal=kpis.format_value(k.unit, k.goal, cur), word=word
                )
            if k.vs_previous is not None:
                line += "  " + _t("vs previous {d}").format(
                    d=kpis.format_value(k.unit, k.vs_previous, cur, True)
                )
            if k.vs_median is not None:
                line += "  " + _t("vs median {d}").format(
                    d=kpis.format_value(k.unit, k.vs_median, cur, True)
                )
            if k.value is None and k.reason:
                line += f"  ({k.reason})"
            print(line)
        return 0
    finally:
        store.close()


def run_export(args: argparse.Namespace) -> int:
    from livestudio.cli import open_cli_store
    from livestudio.core.review.service import ReviewService
    from livestudio.reports import review_report

    path = Path(args.file)
    if path.suffix.lower() not in (".xlsx", ".pdf"):
        print(_t("error: {file}: export as .xlsx or .pdf").format(file=path), file=sys.stderr)
        return EX_USAGE
    store = open_cli_store(args.db)
    try:
        service = ReviewService(store)
        if not any(s.id == args.show_id for s in service.shows()):
            print(
                _t("error: there is no show with id {id}").format(id=args.show_id),
                file=sys.stderr,
            )
            return 2
        try:
            review_report.export(service, args.show_id, path)
        except OSError as exc:
            print(
                _t("error: {file} could not be written ({reason})").format(file=path, reason=exc),
                file=sys.stderr,
            )
            return 1
        print(_t("wrote {file}").format(file=path))
        return 0
    finally:
        store.close()
