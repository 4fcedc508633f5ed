"""Preparation timeline: tasks before / during / after a show, with owners, due dates and ticks.

A due date is either a fixed moment or "N days before the show" (negative N = after it); the
relative kind follows the show when it moves, because it is computed, never stored.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from livestudio.core.i18n import translate
from livestudio.core.models.plan import TASK_PHASES, PrepTask, Show
from livestudio.core.plan.rowstate import renumber

EDITABLE_FIELDS = ("phase", "title", "owner", "due_at", "due_days_before", "done")


class TaskError(ValueError):
    """`str()` says what is wrong, for the user."""


def due_at(task: PrepTask, show: Show | None) -> datetime | None:
    """When the task is due: its fixed date, or the show start minus N days; None when unknown."""
    if task.due_days_before is not None:
        if show is None or show.scheduled_start is None:
            return None
        return show.scheduled_start - timedelta(days=task.due_days_before)
    return task.due_at


def is_overdue(task: PrepTask, show: Show | None, now: datetime) -> bool:
    """Not done and its due moment has passed (`now` is injected, timezone-aware)."""
    if task.done:
        return False
    due = due_at(task, show)
    return due is not None and due < now


def describe_due(task: PrepTask) -> str:
    """'3 days before the show', 'on show day', '1 day after the show' or '' for a fixed date."""
    n = task.due_days_before
    if n is None:
        return ""
    if n == 0:
        return translate("Tasks", "On show day")
    if n > 0:
        return translate("Tasks", "%n day(s) before the show", None, n)
    return translate("Tasks", "%n day(s) after the show", None, -n)


def tasks_by_phase(show: Show) -> dict[str, list[PrepTask]]:
    out: dict[str, list[PrepTask]] = {p: [] for p in TASK_PHASES}
    for t in sorted(show.tasks, key=lambda t: (t.position, t.id or 0)):
        out.setdefault(t.phase, []).append(t)
    return out


def overdue_tasks(show: Show, now: datetime) -> list[PrepTask]:
    return [t for t in sorted(show.tasks, key=lambda t: t.position) if is_overdue(t, show, now)]


def _check(values: dict[str, Any]) -> None:
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise TaskError(f"unknown task fields: {sorted(unknown)}")
    phase = values.get("phase")
    if phase is not None and phase not in TASK_PHASES:
        raise TaskError(
            translate("Tasks", "'{phase}' is not a phase (before, during, after)").format(
                phase=phase
            )
        )
    if "title" in values and not str(values["title"] or "").strip():
        raise TaskError(translate("Tasks", "A task needs a title"))
    due = values.get("due_at")
    if due is not None and due.tzinfo is None:
        raise TaskError("due_at must be timezone-aware")


def add_task(
    session: Session, show_id: int, title: str, phase: str = "before", **values: Any
) -> PrepTask:
    """Appended at the end of the show's list."""
    values.update(title=title, phase=phase)
    _check(values)
    show = session.get(Show, show_id)
    if show is None:
        raise TaskError(translate("Tasks", "That show no longer exists"))
    task = PrepTask(position=len(show.tasks), **values)
    show.tasks.append(task)  # keeps a loaded show's list current
    session.flush()
    return task


def update_task(session: Session, task_id: int, **values: Any) -> PrepTask:
    """Change fields. Setting a fixed date clears "N days before" and the other way round."""
    _check(values)
    task = session.get(PrepTask, task_id)
    if task is None:
        raise TaskError(translate("Tasks", "That task no longer exists"))
    if values.get("due_at") is not None:
        values.setdefault("due_days_before", None)
    elif values.get("due_days_before") is not None:
        values.setdefault("due_at", None)
    for key, value in values.items():
        setattr(task, key, value)
    session.flush()
    return task


def delete_task(session: Session, task_id: int) -> None:
    task = session.get(PrepTask, task_id)
    if task is not None:
        show = task.show
        show.tasks.remove(task)  # delete-orphan: removed from the store too
        renumber(sorted(show.tasks, key=lambda t: t.position))
        session.flush()


def task_order(session: Session, show_id: int) -> list[int]:
    rows = (
        session.query(PrepTask.id)
        .filter_by(show_id=show_id)
        .order_by(PrepTask.position, PrepTask.id)
    )
    return [r[0] for r in rows]


def set_task_order(session: Session, show_id: int, ids: list[int]) -> None:
    """Put the show's tasks in this order (ids missing from the list keep their turn at the end)."""
    rows = {t.id: t for t in session.query(PrepTask).filter_by(show_id=show_id)}
    ordered = [rows[i] for i in ids if i in rows]
    ordered += sorted((t for t in rows.values() if t.id not in ids), key=lambda t: t.position)
    renumber(ordered)
    session.flush()


def move_task(session: Session, task_id: int, new_index: int) -> None:
    """Move one task to `new_index` in the show's list (clamped)."""
    task = session.get(PrepTask, task_id)
    if task is None:
        raise TaskError(translate("Tasks", "That task no longer exists"))
    ids = task_order(session, task.show_id)
    ids.remove(task_id)
    ids.insert(max(0, min(new_index, len(ids))), task_id)
    set_task_order(session, task.show_id, ids)
