"""`livestudio live ...`: list live runs, print a run's summary, close a run left live."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select

from livestudio.core.live.clock import RunDrivenElsewhere, end_run, open_runs
from livestudio.core.live.engine import format_clock, format_over

EX_DRIVEN = 5  # `live end`: another window drives the run (its lease is fresh)


def register(sub: Any, add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    live = sub.add_parser("live", help="live runs: list, summary, end a run left live")
    verbs = live.add_subparsers(dest="live_command", metavar="ACTION", required=True)
    runs = verbs.add_parser("runs", help="list the live runs in the store")
    add_db(runs)
    runs.set_defaults(handler=_runs)
    summary = verbs.add_parser(
        "summary", help="planned vs actual, sales and promotions of a show's last run"
    )
    add_db(summary)
    summary.add_argument("show_id", type=int)
    summary.add_argument("--json", action="store_true", help="machine-readable output")
    summary.set_defaults(handler=_summary)
    end = verbs.add_parser(
        "end",
        help="close a run that was left live (e.g. after a crash); refused (exit 5) while "
        "the app drives it",
    )
    add_db(end)
    end.add_argument("run_id", type=int)
    end.add_argument(
        "--force",
        action="store_true",
        help="end it even though a LiveStudio window is driving it (that window stops logging)",
    )
    end.set_defaults(handler=_end)


def _runs(args: argparse.Namespace) -> int:
    from livestudio.cli import open_cli_store
    from livestudio.core.models import LiveEvent, LiveRun, Show

    store = open_cli_store(args.db)
    live = {r.run_id: r for r in open_runs(store)}
    with store.session() as s:
        rows = s.execute(
            select(LiveRun, Show.title, func.count(LiveEvent.id))
            .join(Show, Show.id == LiveRun.show_id)
            .outerjoin(LiveEvent, LiveEvent.run_id == LiveRun.id)
            .group_by(LiveRun.id)
            .order_by(LiveRun.id)
        ).all()
        for run, title, count in rows:
            extra = ""
            if run.id in live:
                r = live[run.id]
                extra = f"  running {format_clock(r.running_ms, ceil=False)}" + (
                    "  (long gap)" if r.stale else ""
                )
                if r.driver is not None:
                    extra += f"  (driven by {r.driver.owner})"
            print(
                f"{run.id}\t{run.status}\t{run.created_at:%Y-%m-%d %H:%M}Z\t{count} events\t{title}{extra}"
            )
    store.close()
    return 0


def _summary(args: argparse.Namespace) -> int:
    from livestudio.cli import open_cli_store
    from livestudio.core.live.summary import run_summary

    store = open_cli_store(args.db)
    with store.session() as s:
        summary = run_summary(s, args.show_id)
    store.close()
    if summary is None:
        print(f"error: show {args.show_id} has no live run")
        return 1
    if args.json:
        import dataclasses

        print(json.dumps(dataclasses.asdict(summary), default=str, ensure_ascii=False, indent=2))
        return 0
    planned = sum(x.planned_ms for x in summary.segments)
    print(
        f"run {summary.run_id}: {format_clock(summary.total_ms, ceil=False)} "
        f"(plan {format_clock(planned)}, {format_over(summary.total_ms - planned)})"
    )
    for seg in summary.segments:
        actual = (
            (seg.end_ms - seg.start_ms)
            if seg.start_ms is not None and seg.end_ms is not None
            else None
        )
        shown = format_clock(actual, ceil=False) if actual is not None else "—"
        print(f"  {seg.title:<40} {format_clock(seg.planned_ms):>8} {shown:>8}")
    print(f"sales logged: {sum(x.units for x in summary.sales)} units")
    for p in summary.promotions:
        print(
            f"  promotion {p.title}: {p.units_sold} sold / {p.quantity_limit if p.quantity_limit is not None else '—'}"
        )
    return 0


def _end(args: argparse.Namespace) -> int:
    from livestudio.cli import open_cli_store

    store = open_cli_store(args.db)
    if args.run_id not in {r.run_id for r in open_runs(store)}:
        print(f"error: run {args.run_id} is not live")
        store.close()
        return 1
    try:
        end_run(store, args.run_id, force=args.force)
    except RunDrivenElsewhere as exc:
        store.close()
        print(
            f"error: run {args.run_id} is being driven by LiveStudio ({exc.holder.owner}, last seen "
            f"{int(exc.holder.age.total_seconds())} s ago); end it there, or use --force",
            file=sys.stderr,
        )
        return EX_DRIVEN
    store.close()
    print(f"run {args.run_id} ended")
    return 0
