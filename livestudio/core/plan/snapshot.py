"""Whole-plan snapshots of one show, and restoring one in place: the core of plan undo/redo.

A snapshot holds every column of the show and of its lineup, segments, promotions, tasks and
risks. Restoring compares by id: rows added since are deleted, rows removed are put back with
their old ids (so references from promotions, live runs and reviews stay valid), and changed rows
are set back. Only what differs is touched.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from livestudio.core.models import LineupItem, PrepTask, Promotion, Risk, Segment, Show

# Insert / update order follows the foreign keys; deletes go the other way.
CHILD_TABLES: tuple[type[Any], ...] = (LineupItem, Segment, Promotion, PrepTask, Risk)
_SKIP = {"updated_at"}

Snapshot = dict[str, Any]


def _columns(cls: type[Any]) -> list[str]:
    return [c.key for c in cls.__mapper__.column_attrs if c.key not in _SKIP]


def _row(obj: Any, cols: list[str]) -> dict[str, Any]:
    return {c: getattr(obj, c) for c in cols}


def snapshot_show(session: Session, show_id: int) -> Snapshot:
    session.flush()
    show = session.get(Show, show_id)
    if show is None:
        raise LookupError(f"show {show_id} not found")
    snap: Snapshot = {"show": _row(show, _columns(Show))}
    for cls in CHILD_TABLES:
        cols = _columns(cls)
        rows = session.scalars(select(cls).where(cls.show_id == show_id).order_by(cls.id))
        snap[cls.__tablename__] = {r.id: _row(r, cols) for r in rows}
    return snap


def _load_children(session: Session, show_id: int) -> dict[str, dict[int, Any]]:
    return {
        cls.__tablename__: {
            r.id: r for r in session.scalars(select(cls).where(cls.show_id == show_id))
        }
        for cls in CHILD_TABLES
    }


def restore_show(session: Session, show_id: int, snap: Snapshot) -> None:
    show = session.get(Show, show_id)
    if show is None:
        raise LookupError(f"show {show_id} not found")
    current = _load_children(session, show_id)
    deleted = False
    for cls in reversed(CHILD_TABLES):
        wanted = snap[cls.__tablename__]
        for rid, obj in current[cls.__tablename__].items():
            if rid not in wanted:
                session.delete(obj)
                deleted = True
        session.flush()
    if deleted:
        # deletes may have nulled references in the database (ON DELETE SET NULL): reload,
        # in one query per table rather than one per row
        session.expire_all()
        current = _load_children(session, show_id)
    for key, value in snap["show"].items():
        if getattr(show, key) != value:
            setattr(show, key, value)
    for cls in CHILD_TABLES:
        existing = current[cls.__tablename__]
        for rid, values in snap[cls.__tablename__].items():
            obj = existing.get(rid)
            if obj is None:
                session.add(cls(**values))
            else:
                for key, value in values.items():
                    if getattr(obj, key) != value:
                        setattr(obj, key, value)
        session.flush()
    session.expire_all()
