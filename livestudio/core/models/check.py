"""Check tables: platforms, checklist templates and items, check runs and their results.

Owned by the Check workspace; its migration is versions/0003_check.py. Stream keys are never
stored here: they live in the OS keyring (core/checks/secrets.py).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from livestudio.core.models.base import Base, UTCDateTime, utcnow

RESULT_KINDS = ("probe", "manual")
RESULT_STATUSES = ("pass", "warn", "fail", "skipped")
VERDICTS = ("go", "go_with_warnings", "no_go")


class Platform(Base):
    """A streaming destination: where to push (rtmp/rtmps/srt) and with which preset."""

    __tablename__ = "platform"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    ingest_url: Mapped[str] = mapped_column(String(500), default="")
    default_preset: Mapped[str] = mapped_column(String(20), default="1080p30")
    custom_bitrate_kbps: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ChecklistTemplate(Base):
    __tablename__ = "checklist_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(10), default="en")
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    items: Mapped[list[ChecklistItem]] = relationship(
        back_populates="template", cascade="all, delete-orphan", order_by="ChecklistItem.position"
    )


class ChecklistItem(Base):
    __tablename__ = "checklist_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("checklist_template.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(60), default="")  # stable id, e.g. "lighting"
    title: Mapped[str] = mapped_column(String(300))
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    language: Mapped[str] = mapped_column(String(10), default="en")

    template: Mapped[ChecklistTemplate] = relationship(back_populates="items")


class CheckRun(Base):
    """One pass through the checklist; show_id is None for a check run outside any show."""

    __tablename__ = "check_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    show_id: Mapped[int | None] = mapped_column(
        ForeignKey("show.id", ondelete="SET NULL"), nullable=True, index=True
    )
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    verdict: Mapped[str] = mapped_column(String(20), default="")
    preset: Mapped[str] = mapped_column(String(20), default="")
    platform: Mapped[str] = mapped_column(String(100), default="")
    source: Mapped[str] = mapped_column(String(20), default="app")  # app / cli

    results: Mapped[list[CheckResult]] = relationship(
        back_populates="run", cascade="all, delete-orphan", order_by="CheckResult.position"
    )


class CheckResult(Base):
    __tablename__ = "check_result"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("check_run.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    item_key: Mapped[str] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(10), default="probe")
    status: Mapped[str] = mapped_column(String(10), default="skipped")
    value_text: Mapped[str] = mapped_column(Text, default="")
    value_json: Mapped[str] = mapped_column(Text, default="{}")  # numeric measurements
    threshold: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    measured_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    run: Mapped[CheckRun] = relationship(back_populates="results")
