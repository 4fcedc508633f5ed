"""`livestudio shows list|new`, `livestudio templates list`, `livestudio plan runsheet`: planning headless.

For sellers who script their week: list shows, create one (optionally from a template) and print
its id, and print a run sheet without opening the window.
"""

from __future__ import annotations

import argparse
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
    shows = subparsers.add_parser("shows", help="list or create shows")
    sub = shows.add_subparsers(dest="shows_command", metavar="ACTION", required=True)
    lst = sub.add_parser("list", help="list shows, newest first (id, date, title, status)")
    lst.add_argument("--search", metavar="TEXT", default="", help="only shows matching TEXT")
    add_db(lst)
    lst.set_defaults(handler=run_shows_list)
    new = sub.add_parser("new", help="create a show and print its id")
    new.add_argument("--title", required=True, metavar="T")
    new.add_argument("--start", required=True, metavar="'YYYY-MM-DD HH:MM'", help="local time")
    new.add_argument(
        "--template", metavar="NAME", help="a template key or name (see 'templates list')"
    )
    new.add_argument(
        "--minutes", type=int, metavar="N", help="planned length of a blank show (default 60)"
    )
    new.add_argument("--language", choices=("en", "zh"), help="language of default tasks and risks")
    add_db(new)
    new.set_defaults(handler=run_shows_new)

    templates = subparsers.add_parser("templates", help="show templates")
    tsub = templates.add_subparsers(dest="templates_command", metavar="ACTION", required=True)
    tl = tsub.add_parser("list", help="list built-in and saved templates")
    add_db(tl)
    tl.set_defaults(handler=run_templates_list)

    plan = subparsers.add_parser("plan", help="plan outputs")
    psub = plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    rs = psub.add_parser("runsheet", help="export a show's run sheet as .pdf or .xlsx")
    rs.add_argument("show_id", type=int, metavar="SHOW_ID")
    rs.add_argument("file", metavar="FILE.pdf|FILE.xlsx")
    rs.add_argument("--page", choices=("A4", "Letter"), default="A4", help="PDF page size")
    add_db(rs)
    rs.set_defaults(handler=run_runsheet)

    from livestudio.cli.runsheet_import import add_import_runsheet

    add_import_runsheet(psub, add_db)


def run_shows_list(args: argparse.Namespace) -> int:
    from livestudio.cli import open_cli_store
    from livestudio.core.plan.shows import ShowService

    store = open_cli_store(args.db)
    try:
        # machine-readable: ISO local time, tab-separated, in the one picker order
        for show in ShowService(store).picker(args.search):
            when = (
                show.scheduled_start.astimezone().strftime("%Y-%m-%d %H:%M")
                if show.scheduled_start
                else "-"
            )
            print(f"{show.id}\t{when}\t{show.title}\t{show.status}")
    finally:
        store.close()
    return 0


def run_shows_new(args: argparse.Namespace) -> int:
    from livestudio.cli import open_cli_store
    from livestudio.core.i18n import ui_language
    from livestudio.core.plan.shows import ShowError, create_show, parse_local_start
    from livestudio.core.plan.templates import create_from_template, find_template

    try:
        start = parse_local_start(args.start)
    except ShowError as exc:
        print(_t("error: {reason}").format(reason=exc), file=sys.stderr)
        return EX_USAGE
    if args.minutes is not None and args.minutes <= 0:
        print(_t("error: --minutes must be more than 0"), file=sys.stderr)
        return EX_USAGE
    language = args.language or ui_language()
    store = open_cli_store(args.db)
    try:
        with store.transaction() as s:
            if args.template:
                template = find_template(s, args.template, language)
                show = create_from_template(s, template, title=args.title, scheduled_start=start)
            else:
                show = create_show(
                    s,
                    args.title,
                    start,
                    planned_duration_ms=(args.minutes or 60) * 60_000,
                    language=language,
                )
            new_id = show.id
    except ShowError as exc:
        print(_t("error: {reason}").format(reason=exc), file=sys.stderr)
        return 1
    finally:
        store.close()
    print(new_id)
    return 0


def run_templates_list(args: argparse.Namespace) -> int:
    from livestudio.core.plan.templates import list_templates

    store = None
    if args.db:
        from livestudio.cli import open_cli_store

        store = open_cli_store(args.db)
    try:
        if store is not None:
            with store.session() as s:
                templates = list_templates(s)
        else:
            templates = list_templates(None)
            # saved templates live in the default store; show them when it already exists
            from livestudio.core import paths

            db = paths.default_db_path(None)
            if db.exists():
                from livestudio.cli import open_cli_store

                store = open_cli_store(None)
                with store.session() as s:
                    templates = list_templates(s)
        for t in templates:
            minutes = t.planned_duration_ms // 60_000
            kind = _t("built-in") if t.builtin else _t("saved")
            key = f"{t.key}.{t.language}" if t.builtin and t.language else t.key
            print(f"{key}\t{t.language or '-'}\t{minutes} min\t{kind}\t{t.name}")
    finally:
        if store is not None:
            store.close()
    return 0


def run_runsheet(args: argparse.Namespace) -> int:
    from livestudio.cli import open_cli_store
    from livestudio.reports.runsheet import export_runsheet

    path = Path(args.file)
    if path.suffix.lower() not in (".pdf", ".xlsx"):
        print(
            _t("error: {name}: a run sheet is saved as .pdf or .xlsx").format(name=path.name),
            file=sys.stderr,
        )
        return EX_USAGE
    store = open_cli_store(args.db)
    try:
        from livestudio.core.models import Show

        with store.session() as s:
            if s.get(Show, args.show_id) is None:
                print(_t("error: there is no show {id}").format(id=args.show_id), file=sys.stderr)
                return 1
        if path.suffix.lower() == ".pdf":
            from livestudio.reports.pdf import ensure_gui_app

            ensure_gui_app()
        try:
            out = export_runsheet(store, args.show_id, path, page=args.page)
        except (ValueError, OSError) as exc:
            print(_t("error: {reason}").format(reason=exc), file=sys.stderr)
            return 1
    finally:
        store.close()
    print(out)
    return 0
