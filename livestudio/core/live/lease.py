"""One driver per live run: the app that drives a run holds a lease on it (owner + heartbeat in
the `live_run` row). Another window or process sees who drives it; the CLI refuses to end a run
whose lease is fresh unless forced. A lease not renewed for `LEASE_TTL` is free to take over
(the driver crashed or was closed without saying so).
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.engine import Engine

from livestudio.core.models import LiveRun

LEASE_TTL = timedelta(seconds=30)
HEARTBEAT_EVERY = timedelta(seconds=5)

WallClock = Callable[[], datetime]


def _now() -> datetime:
    return datetime.now(UTC)


def process_owner() -> str:
    """This process as a lease owner: 'host:pid'."""
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass(frozen=True)
class LeaseHolder:
    owner: str
    heartbeat: datetime
    age: timedelta

    @property
    def host(self) -> str:
        return self.owner.rsplit(":", 1)[0]

    @property
    def pid(self) -> str:
        return self.owner.rsplit(":", 1)[-1]


def holder(engine: Engine, run_id: int, now: WallClock = _now) -> LeaseHolder | None:
    """Who drives the run now (a fresh lease), or None."""
    with engine.connect() as conn:
        row = conn.execute(
            select(LiveRun.lease_owner, LiveRun.lease_heartbeat_utc, LiveRun.status).where(
                LiveRun.id == run_id
            )
        ).first()
    if row is None or row[0] is None or row[1] is None or row[2] != "live":
        return None
    age = now() - row[1]
    if age > LEASE_TTL or age < -LEASE_TTL:  # stale, or written under a clock far ahead
        return None
    held = LeaseHolder(row[0], row[1], max(age, timedelta(0)))
    if not _alive(held):  # the driver crashed a moment ago: its lease is void at once
        return None
    return held


def _alive(held: LeaseHolder) -> bool:
    """False when the holder is a process on this computer that no longer exists."""
    if held.host != socket.gethostname():
        return True  # another computer (a store on a shared folder): trust the heartbeat
    try:
        pid = int(held.pid)
    except ValueError:
        return True
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill(pid, 0) would send Ctrl+C there: trust the heartbeat
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # it exists (someone else's process) or we cannot tell
    return True


def acquire(engine: Engine, run_id: int, owner: str, now: WallClock = _now) -> LeaseHolder | None:
    """Take the lease; returns None when it is ours now, else who holds it."""
    t = now()
    with engine.begin() as conn:
        result = conn.execute(
            update(LiveRun)
            .where(LiveRun.id == run_id, LiveRun.status == "live")
            .where(
                or_(
                    LiveRun.lease_owner.is_(None),
                    LiveRun.lease_owner == owner,
                    LiveRun.lease_heartbeat_utc.is_(None),
                    LiveRun.lease_heartbeat_utc < t - LEASE_TTL,
                    LiveRun.lease_heartbeat_utc > t + LEASE_TTL,
                )
            )
            .values(lease_owner=owner, lease_heartbeat_utc=t)
        )
        taken = result.rowcount == 1
    if taken:
        return None
    held = holder(engine, run_id, now)
    if held is None:  # ended, stale just now, or its process is gone: take it over
        with engine.begin() as conn:
            conn.execute(
                update(LiveRun)
                .where(LiveRun.id == run_id, LiveRun.status == "live")
                .values(lease_owner=owner, lease_heartbeat_utc=t)
            )
        return None
    return held


def release(engine: Engine, run_id: int, owner: str) -> None:
    with engine.begin() as conn:
        conn.execute(
            update(LiveRun)
            .where(LiveRun.id == run_id, LiveRun.lease_owner == owner)
            .values(lease_owner=None, lease_heartbeat_utc=None)
        )
