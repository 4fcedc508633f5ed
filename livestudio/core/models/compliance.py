"""The seller's edits of the compliance word list (core/compliance.py holds the defaults).

Owned by the compliance check; its migration is versions/0010_compliance.py. One row is a phrase
the seller added or a default the seller switched off, for every platform ('') or one platform.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from livestudio.core.models.base import Base, UTCDateTime, utcnow

WORD_KINDS = ("avoid", "allow")  # a phrase to say differently / an allowed exception


class ComplianceWord(Base):
    __tablename__ = "compliance_word"
    __table_args__ = (UniqueConstraint("platform", "kind", "phrase"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(100), default="")  # '' = every platform
    kind: Mapped[str] = mapped_column(String(10))  # avoid / allow
    phrase: Mapped[str] = mapped_column(String(200))  # normalised (NFKC, case-folded)
    category: Mapped[str] = mapped_column(String(20), default="")  # for 'avoid'
    removed: Mapped[bool] = mapped_column(Boolean, default=False)  # a default switched off
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
