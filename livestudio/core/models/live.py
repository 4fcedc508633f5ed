"""Live tables: a live run and its append-only event log (the truth the show clock is rebuilt from)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from livestudio.core.models.base import Base, UTCDateTime, utcnow

EVENT_KINDS = (
    "start",
    "pause",
    "resume",
    "next",
    "previous",
    "jump",
    "add_time",
    "skip",
    "promo_start",
    "promo_stop",
    "sale",
    "viewers",
    "comment",
    "incident",
    "note",
    "end",
    "undo",
    "mode",
    "tighten",
    "cue",  # mode = manual/auto switch, tighten = new durations, cue = a chime fired
    "restart",  # the app came back after a crash or restart; payload: the downtime counted
)


class LiveRun(Base):
    __tablename__ = "live_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("show.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="live")  # live / ended
    advance_mode: Mapped[str] = mapped_column(String(10), default="manual")  # manual / auto
    # One driver per run (core/live/lease.py): who drives it and when it last said so.
    lease_owner: Mapped[str | None] = mapped_column(String(120), nullable=True)
    lease_heartbeat_utc: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class LiveEvent(Base):
    """One thing that happened. Rows are only ever appended; an undo is itself an event."""

    __tablename__ = "live_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("live_run.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    offset_ms: Mapped[int] = mapped_column(Integer)  # show-clock offset when it happened
    wall_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    payload_json: Mapped[str] = mapped_column(Text, default="{}")
    target_event_id: Mapped[int | None] = mapped_column(Integer, nullable=True)  # for "undo"
    # A monotonic reading that survives restarts within one boot (core/live/timesource.py):
    # the downtime after a crash is measured with it, not with the wall clock.
    boot_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    boot_ms: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    # Set on an action that went through the pending-actions journal, so a replay after a
    # crash never commits it twice (core/live/journal.py).
    client_key: Mapped[str | None] = mapped_column(String(64), nullable=True)


class StreamHealth(Base):
    """OBS's view of the stream, sampled every few seconds of a live run (0008)."""

    __tablename__ = "stream_health"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("live_run.id", ondelete="CASCADE"), index=True)
    offset_ms: Mapped[int] = mapped_column(Integer)  # show-clock offset
    connected: Mapped[bool] = mapped_column(Boolean)
    live: Mapped[bool] = mapped_column(Boolean)
    recording: Mapped[bool] = mapped_column(Boolean)
    reconnecting: Mapped[bool] = mapped_column(Boolean)
    bitrate_kbps: Mapped[int | None] = mapped_column(Integer, nullable=True)
    dropped_pct: Mapped[float | None] = mapped_column(Float, nullable=True)
    congestion: Mapped[float | None] = mapped_column(Float, nullable=True)
