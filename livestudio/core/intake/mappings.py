"""Column mappings the user confirmed, remembered per kind ("products", "review:trend",
"runsheet" ...) and per exact header signature, with the date, so the preview can say
"remembered on <date> for these columns — change". Mappings made by the sample are marked so
removing the sample removes them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from livestudio.core.models import ImportMapping
from livestudio.core.models.base import utcnow

SAMPLE_SOURCE = "sample"


@dataclass(frozen=True)
class Remembered:
    mapping: dict[str, int]  # field -> 0-based column
    on: datetime  # UTC


def recall(session: Session, kind: str, signature: str, fields: object = None) -> Remembered | None:
    """The mapping remembered for exactly these headers and this kind, or None."""
    row = session.scalars(
        select(ImportMapping)
        .where(ImportMapping.kind == kind, ImportMapping.signature == signature)
        .order_by(ImportMapping.updated_at.desc())
    ).first()
    if row is None:
        return None
    try:
        raw = json.loads(row.mapping_json)
        mapping = {str(k): int(v) for k, v in raw.items()}
    except (ValueError, TypeError, AttributeError):
        return None
    if fields is not None:
        mapping = {k: v for k, v in mapping.items() if k in fields}  # type: ignore[operator]
    return Remembered(mapping, row.updated_at)


def known_signatures(session: Session, kind: str) -> set[str]:
    # through the table, not the mapped class: an ORM query first configures every mapper of the
    # app (30 ms), which a command-line import otherwise never needs
    table = ImportMapping.__table__
    return set(session.scalars(select(table.c.signature).where(table.c.kind == kind)))


def remember(
    session: Session, kind: str, signature: str, mapping: dict[str, int], source: str = ""
) -> None:
    """Remember (or refresh) the mapping for these headers; `source="sample"` marks the sample's."""
    payload = json.dumps({k: int(v) for k, v in mapping.items()}, sort_keys=True)
    row = session.scalars(
        select(ImportMapping).where(
            ImportMapping.kind == kind, ImportMapping.signature == signature
        )
    ).first()
    if row is None:
        session.add(
            ImportMapping(kind=kind, signature=signature, mapping_json=payload, source=source)
        )
    else:
        row.mapping_json = payload
        row.updated_at = utcnow()
        if not source:
            row.source = ""  # the user confirmed it too: it is theirs now


def forget_sample(session: Session) -> int:
    """Remove the mappings the sample made; returns how many."""
    result = session.execute(delete(ImportMapping).where(ImportMapping.source == SAMPLE_SOURCE))
    return int(getattr(result, "rowcount", 0) or 0)


def merge(auto: dict[str, int], remembered: Remembered | None, width: int) -> dict[str, int]:
    """A remembered mapping over the auto-detected one; a remembered column that is not in the
    file (past its last column) never hides the column found by its name."""
    if remembered is None:
        return dict(auto)
    out = dict(auto)
    taken = {}
    for f, i in remembered.mapping.items():
        if 0 <= i < width:
            taken[f] = i
    # a column the user moved to another field is no longer the auto-detected field's
    for f, i in taken.items():
        for g, j in list(out.items()):
            if j == i and g != f and g not in taken:
                del out[g]
        out[f] = i
    return out
