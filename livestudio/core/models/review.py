"""Review tables: imported platform data, feedback, retrospective, action items.

Owned by the Review workspace; its migration is versions/0005_review.py.
Money in integer minor units, show-relative times in integer milliseconds; None = not known.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from livestudio.core.models.base import Base, UTCDateTime, utcnow

NOTE_KINDS = ("keep", "problem", "try")
SENTIMENTS = ("positive", "negative", "neutral")
# what a comment is about (core/review/comment_nlp.py labels them)
TOPICS = ("purchase", "size", "price", "quality", "logistics", "design", "host", "other")


class ReviewSummary(Base):
    """The headline numbers of one show, from a platform export or typed in by hand."""

    __tablename__ = "review_summary"

    id: Mapped[int] = mapped_column(primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("show.id", ondelete="CASCADE"), unique=True)
    platform: Mapped[str] = mapped_column(String(40), default="")
    source: Mapped[str] = mapped_column(String(300), default="")  # "manual" or the file name
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    duration_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)
    gmv: Mapped[int | None] = mapped_column(Integer, nullable=True)
    direct_gmv: Mapped[int | None] = mapped_column(Integer, nullable=True)
    refunds: Mapped[int | None] = mapped_column(Integer, nullable=True)
    orders: Mapped[int | None] = mapped_column(Integer, nullable=True)
    buyers: Mapped[int | None] = mapped_column(Integer, nullable=True)
    units: Mapped[int | None] = mapped_column(Integer, nullable=True)
    views: Mapped[int | None] = mapped_column(Integer, nullable=True)
    unique_viewers: Mapped[int | None] = mapped_column(Integer, nullable=True)
    peak_viewers: Mapped[int | None] = mapped_column(Integer, nullable=True)
    avg_viewers: Mapped[int | None] = mapped_column(Integer, nullable=True)
    avg_watch_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)
    total_watch_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)
    new_followers: Mapped[int | None] = mapped_column(Integer, nullable=True)
    likes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    comments: Mapped[int | None] = mapped_column(Integer, nullable=True)
    shares: Mapped[int | None] = mapped_column(Integer, nullable=True)
    interacting_viewers: Mapped[int | None] = mapped_column(Integer, nullable=True)
    product_impressions: Mapped[int | None] = mapped_column(Integer, nullable=True)
    product_clicks: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # from the intake's platform headers (migration 0007): 直播间曝光次数/人数, 投放消耗 / Ads cost,
    # 净成交金额/订单数, Orders Created, 离开人数
    live_impressions: Mapped[int | None] = mapped_column(Integer, nullable=True)
    live_impression_users: Mapped[int | None] = mapped_column(Integer, nullable=True)
    ad_spend: Mapped[int | None] = mapped_column(Integer, nullable=True)  # minor units
    net_gmv: Mapped[int | None] = mapped_column(Integer, nullable=True)  # minor units
    net_orders: Mapped[int | None] = mapped_column(Integer, nullable=True)
    orders_created: Mapped[int | None] = mapped_column(Integer, nullable=True)
    leaves: Mapped[int | None] = mapped_column(Integer, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class ReviewTrendPoint(Base):
    """One row of the platform's trend export (per minute or per second), already differenced."""

    __tablename__ = "review_trend_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("show.id", ondelete="CASCADE"), index=True)
    offset_ms: Mapped[int] = mapped_column(Integer)
    online: Mapped[int | None] = mapped_column(Integer, nullable=True)
    entries: Mapped[int | None] = mapped_column(Integer, nullable=True)
    leaves: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 离开人数 (0007)
    comments: Mapped[int | None] = mapped_column(Integer, nullable=True)
    likes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    orders: Mapped[int | None] = mapped_column(Integer, nullable=True)
    gmv: Mapped[int | None] = mapped_column(Integer, nullable=True)


class ReviewProductResult(Base):
    __tablename__ = "review_product_result"

    id: Mapped[int] = mapped_column(primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("show.id", ondelete="CASCADE"), index=True)
    lineup_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("lineup_item.id", ondelete="SET NULL"), nullable=True
    )
    sku: Mapped[str] = mapped_column(String(120), default="")
    name: Mapped[str] = mapped_column(String(500), default="")
    impressions: Mapped[int | None] = mapped_column(Integer, nullable=True)
    clicks: Mapped[int | None] = mapped_column(Integer, nullable=True)
    orders: Mapped[int | None] = mapped_column(Integer, nullable=True)
    units: Mapped[int | None] = mapped_column(Integer, nullable=True)
    gmv: Mapped[int | None] = mapped_column(Integer, nullable=True)
    refunds: Mapped[int | None] = mapped_column(Integer, nullable=True)


class ReviewComment(Base):
    """A viewer comment with its label; a label the user corrected is never relabelled."""

    __tablename__ = "review_comment"

    id: Mapped[int] = mapped_column(primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("show.id", ondelete="CASCADE"), index=True)
    offset_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)
    author: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    sentiment: Mapped[str] = mapped_column(String(20), default="neutral")
    topic: Mapped[str] = mapped_column(String(20), default="other")
    corrected: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(String(40), default="import")  # import / paste / live
    question: Mapped[bool] = mapped_column(Boolean, default=False)  # asks the host something (0009)


class ReviewLearnedLabel(Base):
    """A label the seller corrected, by normalised phrase: the same phrase gets it next time."""

    __tablename__ = "review_learned_label"

    id: Mapped[int] = mapped_column(primary_key=True)
    text_norm: Mapped[str] = mapped_column(String(500), unique=True)
    sentiment: Mapped[str] = mapped_column(String(20))
    topic: Mapped[str] = mapped_column(String(20))
    question: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class FxRate(Base):
    """An exchange rate the user entered: 1 `base` = rate_micros / 1e6 `quote`, as of valid_on."""

    __tablename__ = "fx_rate"

    id: Mapped[int] = mapped_column(primary_key=True)
    base: Mapped[str] = mapped_column(String(3))
    quote: Mapped[str] = mapped_column(String(3))
    rate_micros: Mapped[int] = mapped_column(BigInteger)
    valid_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class TrafficSource(Base):
    """Where a show's viewers came from (Douyin 流量来源, TikTok traffic sources)."""

    __tablename__ = "traffic_source"

    id: Mapped[int] = mapped_column(primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("show.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(
        String(40)
    )  # recommend / short_video / follow / search / paid / ...
    label: Mapped[str] = mapped_column(String(200), default="")  # as the export named it
    paid: Mapped[bool] = mapped_column(Boolean, default=False)
    viewers: Mapped[int | None] = mapped_column(Integer, nullable=True)
    share_bp: Mapped[int | None] = mapped_column(Integer, nullable=True)  # basis points of viewers
    gmv: Mapped[int | None] = mapped_column(Integer, nullable=True)  # minor units
    orders: Mapped[int | None] = mapped_column(Integer, nullable=True)


class ReviewKeyword(Base):
    """The user's edited keyword list (empty table = the built-in list). group: 'sentiment:negative', 'topic:price'."""

    __tablename__ = "review_keyword"

    id: Mapped[int] = mapped_column(primary_key=True)
    group: Mapped[str] = mapped_column(String(40), index=True)
    word: Mapped[str] = mapped_column(String(120))


class ReviewNote(Base):
    """Retrospective note: keep / problem / try."""

    __tablename__ = "review_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("show.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="keep")
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")


class ReviewAction(Base):
    """An action item from the retrospective; `task_id` once sent to a show's preparation tasks."""

    __tablename__ = "review_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("show.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300), default="")
    owner: Mapped[str] = mapped_column(String(120), default="")
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    task_id: Mapped[int | None] = mapped_column(
        ForeignKey("prep_task.id", ondelete="SET NULL"), nullable=True
    )
