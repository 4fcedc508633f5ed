"""All tables, imported here so `Base.metadata` is complete for Alembic and tests."""

from livestudio.core.models import check, compliance, live, plan, product, review  # noqa: F401
from livestudio.core.models.base import Base, UTCDateTime, utcnow
from livestudio.core.models.live import LiveEvent, LiveRun, StreamHealth
from livestudio.core.models.plan import (
    LineupItem,
    PrepTask,
    Promotion,
    Risk,
    Segment,
    Show,
    ShowTemplate,
)
from livestudio.core.models.product import ImportMapping, Product
from livestudio.core.models.review import FxRate, ReviewLearnedLabel, TrafficSource

__all__ = [
    "Base",
    "UTCDateTime",
    "utcnow",
    "Product",
    "ImportMapping",
    "Show",
    "LineupItem",
    "Segment",
    "Promotion",
    "PrepTask",
    "Risk",
    "ShowTemplate",
    "LiveRun",
    "LiveEvent",
    "StreamHealth",
    "FxRate",
    "ReviewLearnedLabel",
    "TrafficSource",
]
