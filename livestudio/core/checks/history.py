"""Storing check runs, listing earlier ones per show, and reading one back."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, insert, select

from livestudio.core.checks.results import ProbeResult, Status, Verdict, decide
from livestudio.core.db import Store
from livestudio.core.models.base import utcnow
from livestudio.core.models.check import CheckResult, CheckRun, Platform
from livestudio.core.models.plan import Show


@dataclass
class RunRecord:
    id: int
    show_id: int | None
    show_title: str
    started_at: datetime
    finished_at: datetime | None
    verdict: Verdict
    preset: str
    platform: str
    results: list[ProbeResult] = field(default_factory=list)


def save_run(
    store: Store,
    results: Sequence[ProbeResult],
    *,
    show_id: int | None,
    preset: str,
    platform: str,
    started_at: datetime,
    source: str = "app",
    run_id: int | None = None,
) -> int:
    """One transaction: the run and all its results, or nothing. With `run_id`, that run's
    results are replaced (the workspace keeps one run up to date while the host ticks items)."""
    verdict = decide(results).verdict
    with store.transaction() as s:
        run = s.get(CheckRun, run_id) if run_id else None
        if run is None:
            run = CheckRun(started_at=started_at, source=source)
        run.show_id = show_id or None
        run.finished_at = utcnow()
        run.verdict = verdict.value
        run.preset = preset
        run.platform = platform
        if run.id is None:
            s.add(run)
        s.flush()
        # Core-level delete + bulk insert: this runs while probes stream in, so keep it cheap.
        s.execute(delete(CheckResult).where(CheckResult.run_id == run.id))
        rows = [
            {
                "run_id": run.id,
                "position": pos,
                "item_key": r.key,
                "title": r.title,
                "kind": r.kind,
                "status": r.status.value,
                "value_text": r.value_text,
                "value_json": json.dumps(r.values, ensure_ascii=False, default=str),
                "threshold": r.threshold,
                "note": r.note,
                "required": r.required,
                "measured_at": r.measured_at,
            }
            for pos, r in enumerate(results)
        ]
        if rows:
            s.execute(insert(CheckResult), rows)
        s.expire(run, ["results"])
        return run.id


def list_runs(store: Store, show_id: int | None, limit: int = 200) -> list[RunRecord]:
    """Runs for one show (newest first); `show_id` None/0 lists the runs made without a show."""
    with store.session() as s:
        q = select(CheckRun, Show.title).outerjoin(Show, Show.id == CheckRun.show_id)
        q = q.where(CheckRun.show_id == show_id) if show_id else q.where(CheckRun.show_id.is_(None))
        rows = s.execute(
            q.order_by(CheckRun.started_at.desc(), CheckRun.id.desc()).limit(limit)
        ).all()
        return [
            RunRecord(
                r.id,
                r.show_id,
                title or "",
                r.started_at,
                r.finished_at,
                Verdict(r.verdict),
                r.preset,
                r.platform,
            )
            for r, title in rows
        ]


def load_run(store: Store, run_id: int) -> RunRecord:
    with store.session() as s:
        run = s.get(CheckRun, run_id)
        if run is None:
            raise LookupError(f"check run {run_id} does not exist")
        show = s.get(Show, run.show_id) if run.show_id else None
        rec = RunRecord(
            run.id,
            run.show_id,
            show.title if show else "",
            run.started_at,
            run.finished_at,
            Verdict(run.verdict),
            run.preset,
            run.platform,
        )
        for r in run.results:
            rec.results.append(
                ProbeResult(
                    r.item_key,
                    r.title,
                    Status(r.status),
                    r.value_text,
                    json.loads(r.value_json or "{}"),
                    r.threshold,
                    r.note,
                    r.required,
                    r.kind,
                    r.measured_at,
                )
            )
        return rec


# ---- platforms ---------------------------------------------------------------------------


def list_platforms(store: Store) -> list[Platform]:
    with store.session() as s:
        return list(s.scalars(select(Platform).order_by(Platform.name)))


def find_platform(store: Store, name: str) -> Platform | None:
    if not name:
        return None
    with store.session() as s:
        exact = s.scalars(select(Platform).where(Platform.name == name)).first()
        if exact is not None:
            return exact
        # "douyin" in a show still finds "Douyin" here (SQLite's lower() is ASCII-only: compare in Python)
        wanted = name.strip().casefold()
        return next(
            (p for p in s.scalars(select(Platform)) if p.name.strip().casefold() == wanted), None
        )


def save_platform(
    store: Store,
    name: str,
    ingest_url: str,
    default_preset: str,
    custom_bitrate_kbps: int | None,
    platform_id: int | None = None,
) -> int:
    with store.transaction() as s:
        row = s.get(Platform, platform_id) if platform_id else None
        if row is None:
            row = Platform(name=name)
            s.add(row)
        row.name, row.ingest_url, row.default_preset = name, ingest_url, default_preset
        row.custom_bitrate_kbps = custom_bitrate_kbps
        s.flush()
        return row.id


def delete_platform(store: Store, platform_id: int) -> None:
    with store.transaction() as s:
        row = s.get(Platform, platform_id)
        if row is not None:
            s.delete(row)


@dataclass(frozen=True)
class ShowInfo:
    id: int
    title: str
    platform: str
    planned_duration_ms: int


def show_info(store: Store, show_id: int | None) -> ShowInfo | None:
    if not show_id:
        return None
    with store.session() as s:
        show = s.get(Show, show_id)
        if show is None:
            return None
        return ShowInfo(show.id, show.title, show.platform or "", show.planned_duration_ms)
