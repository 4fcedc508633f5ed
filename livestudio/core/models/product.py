"""Products: the seller's catalog. Money in integer minor units (cents / fen)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from livestudio.core.models.base import Base, UTCDateTime, utcnow


class Product(Base):
    __tablename__ = "product"

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(120), unique=True, index=True)
    name: Mapped[str] = mapped_column(String(500), default="")
    category: Mapped[str] = mapped_column(String(200), default="")
    list_price: Mapped[int | None] = mapped_column(Integer, nullable=True)  # minor units
    # the currency of its prices; '' = the currency set in Settings (0009)
    currency: Mapped[str] = mapped_column(String(3), default="")
    cost: Mapped[int | None] = mapped_column(Integer, nullable=True)  # minor units
    stock: Mapped[int | None] = mapped_column(Integer, nullable=True)
    selling_points: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class ImportMapping(Base):
    """A column mapping the user confirmed, remembered for files with the same headers."""

    __tablename__ = "import_mapping"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))  # "products", "review:summary", ...
    signature: Mapped[str] = mapped_column(String(64), index=True)  # hash of normalised headers
    mapping_json: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(20), default="")  # "sample" when the sample made it
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
