"""Plan tables: show, lineup, run-of-show segments, promotions, preparation tasks, risks, templates.

Other areas (Live, Review) refer to these by id; keep the field names stable, add freely.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from livestudio.core.models.base import Base, UTCDateTime, utcnow

SHOW_STATUSES = ("draft", "ready", "live", "ended", "reviewed")
SHOW_FORMATS = ("solo", "duo", "scenario", "game")
LINEUP_ROLES = ("traffic", "hero", "profit", "giveaway")
SEGMENT_KINDS = (
    "opening",
    "showcase",
    "interaction",
    "lottery",
    "flash_sale",
    "brand_story",
    "qa",
    "break",
    "closing",
    "custom",
)
PROMOTION_KINDS = ("flash_sale", "coupon", "discount", "lottery", "gift")
TASK_PHASES = ("before", "during", "after")
RISK_CATEGORIES = ("technical", "supply", "host", "audience", "platform")


class Show(Base):
    __tablename__ = "show"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    theme: Mapped[str] = mapped_column(String(300), default="")
    platform: Mapped[str] = mapped_column(String(100), default="")
    scheduled_start: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    planned_duration_ms: Mapped[int] = mapped_column(Integer, default=60 * 60 * 1000)
    hosts: Mapped[str] = mapped_column(String(300), default="")
    guests: Mapped[str] = mapped_column(String(300), default="")
    format: Mapped[str] = mapped_column(String(20), default="solo")
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    # goals (None = no goal set)
    goal_gmv: Mapped[int | None] = mapped_column(Integer, nullable=True)  # minor units
    goal_orders: Mapped[int | None] = mapped_column(Integer, nullable=True)
    goal_peak_viewers: Mapped[int | None] = mapped_column(Integer, nullable=True)
    goal_conversion_pct: Mapped[float | None] = mapped_column(Float, nullable=True)
    # target audience, structured
    audience_age_bands: Mapped[str] = mapped_column(
        Text, default="[]"
    )  # JSON list e.g. ["18-24","25-34"]
    audience_female_pct: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 0..100
    audience_regions: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    audience_interests: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    audience_price_sensitivity: Mapped[str] = mapped_column(
        String(20), default=""
    )  # low/medium/high
    notes: Mapped[str] = mapped_column(Text, default="")
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)
    # OBS: start streaming / recording with Go live, and offer to stop them at End show (0008)
    obs_stream: Mapped[bool] = mapped_column(Boolean, default=False)
    obs_record: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    lineup: Mapped[list[LineupItem]] = relationship(
        back_populates="show", cascade="all, delete-orphan", order_by="LineupItem.position"
    )
    segments: Mapped[list[Segment]] = relationship(
        back_populates="show", cascade="all, delete-orphan", order_by="Segment.position"
    )
    promotions: Mapped[list[Promotion]] = relationship(
        back_populates="show", cascade="all, delete-orphan", order_by="Promotion.id"
    )
    tasks: Mapped[list[PrepTask]] = relationship(
        back_populates="show", cascade="all, delete-orphan", order_by="PrepTask.position"
    )
    risks: Mapped[list[Risk]] = relationship(
        back_populates="show", cascade="all, delete-orphan", order_by="Risk.position"
    )


class LineupItem(Base):
    """A product in a show. Keeps its own copy of SKU / name / prices so deleting the product keeps the show."""

    __tablename__ = "lineup_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("show.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int | None] = mapped_column(
        ForeignKey("product.id", ondelete="SET NULL"), nullable=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    sku: Mapped[str] = mapped_column(String(120), default="")
    name: Mapped[str] = mapped_column(String(500), default="")
    list_price: Mapped[int | None] = mapped_column(Integer, nullable=True)
    cost: Mapped[int | None] = mapped_column(Integer, nullable=True)
    live_price: Mapped[int | None] = mapped_column(Integer, nullable=True)
    allocated_stock: Mapped[int | None] = mapped_column(Integer, nullable=True)
    role: Mapped[str] = mapped_column(String(20), default="hero")
    talking_points: Mapped[str] = mapped_column(Text, default="")

    show: Mapped[Show] = relationship(back_populates="lineup")


class Segment(Base):
    """One row of the run-of-show (直播脚本)."""

    __tablename__ = "segment"

    id: Mapped[int] = mapped_column(primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("show.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(20), default="custom")
    title: Mapped[str] = mapped_column(String(300), default="")
    planned_duration_ms: Mapped[int] = mapped_column(Integer, default=5 * 60 * 1000)
    lineup_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("lineup_item.id", ondelete="SET NULL"), nullable=True
    )
    script: Mapped[str] = mapped_column(Text, default="")
    warning_lead_ms: Mapped[int] = mapped_column(Integer, default=60 * 1000)
    obs_scene: Mapped[str] = mapped_column(String(200), default="")  # OBS scene to switch to (0007)

    show: Mapped[Show] = relationship(back_populates="segments")


class Promotion(Base):
    __tablename__ = "promotion"

    id: Mapped[int] = mapped_column(primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("show.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="flash_sale")
    title: Mapped[str] = mapped_column(String(300), default="")
    lineup_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("lineup_item.id", ondelete="SET NULL"), nullable=True
    )
    price: Mapped[int | None] = mapped_column(Integer, nullable=True)  # minor units
    discount_pct: Mapped[float | None] = mapped_column(Float, nullable=True)
    quantity_limit: Mapped[int | None] = mapped_column(Integer, nullable=True)
    start_segment_id: Mapped[int | None] = mapped_column(
        ForeignKey("segment.id", ondelete="SET NULL"), nullable=True
    )  # starts when this segment starts ...
    start_offset_ms: Mapped[int | None] = mapped_column(
        Integer, nullable=True
    )  # ... or at this show offset
    duration_ms: Mapped[int] = mapped_column(Integer, default=5 * 60 * 1000)

    show: Mapped[Show] = relationship(back_populates="promotions")


class PrepTask(Base):
    __tablename__ = "prep_task"

    id: Mapped[int] = mapped_column(primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("show.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    phase: Mapped[str] = mapped_column(String(20), default="before")
    title: Mapped[str] = mapped_column(String(300), default="")
    owner: Mapped[str] = mapped_column(String(120), default="")
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    due_days_before: Mapped[int | None] = mapped_column(Integer, nullable=True)  # relative due date
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(
        String(120), default=""
    )  # e.g. "review:12" for action items

    show: Mapped[Show] = relationship(back_populates="tasks")


class Risk(Base):
    """Risk register row (应急预案). priority = likelihood x impact, computed."""

    __tablename__ = "risk"

    id: Mapped[int] = mapped_column(primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("show.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[str] = mapped_column(String(20), default="technical")
    description: Mapped[str] = mapped_column(Text, default="")
    likelihood: Mapped[int] = mapped_column(Integer, default=3)
    impact: Mapped[int] = mapped_column(Integer, default=3)
    response: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(120), default="")

    show: Mapped[Show] = relationship(back_populates="risks")

    @property
    def priority(self) -> int:
        return self.likelihood * self.impact


class ShowTemplate(Base):
    """A user-saved show template (built-in ones ship as JSON under resources/templates)."""

    __tablename__ = "show_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    language: Mapped[str] = mapped_column(String(10), default="")
    payload_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
