"""Run-of-show import (直播脚本): a show's segments from any table the intake reads — title, kind,
duration, product (SKU or name, matched to the show's lineup), cue / script, OBS scene, warning
lead. `prepare` reads and checks without writing (add after the existing segments, or replace
them); `apply` writes inside the caller's session, so Plan's undo snapshot wraps it whole."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from livestudio.core import labels
from livestudio.core.db import Store
from livestudio.core.durations import DurationError, parse_duration
from livestudio.core.i18n import translate
from livestudio.core.intake import mappings as remembered_store
from livestudio.core.intake.errors import SheetError
from livestudio.core.intake.headers import (
    RUNSHEET_HEADERS,
    detect,
    find_header_row,
    header_signature,
    header_text,
    lookup,
    normalise_header,
)
from livestudio.core.intake.reader import CellProblem, read_tables
from livestudio.core.models import LineupItem, Promotion, Segment, Show
from livestudio.core.models.plan import SEGMENT_KINDS
from livestudio.core.money import normalise_text

KIND = "runsheet"
MAX_SEGMENTS = 2000
REQUIRED_COLUMNS = ("title", "duration")
FIELD_ORDER = ("title", "kind", "duration", "product", "script", "obs_scene", "warning")
_LOOKUP = lookup(RUNSHEET_HEADERS)
DEFAULT_WARNING_MS = 60_000

# kind words sellers write, beside the labels' own English and Chinese texts
_KIND_WORDS: dict[str, tuple[str, ...]] = {
    "opening": ("open", "intro", "welcome", "开场", "開場", "开播", "暖场", "暖場"),
    "showcase": ("product", "demo", "讲解", "講解", "展示", "介绍", "介紹", "产品讲解", "试用"),
    "interaction": ("engagement", "互动", "互動", "聊天"),
    "lottery": ("giveaway", "raffle", "draw", "抽奖", "抽獎", "福袋"),
    "flash_sale": ("flash", "flashsale", "秒杀", "秒殺", "限时秒杀", "限時秒殺"),
    "brand_story": ("brand", "story", "品牌故事", "品牌"),
    "qa": ("q&a", "qa", "questions", "问答", "問答", "答疑"),
    "break": ("pause", "rest", "休息", "中场休息", "中場休息"),
    "closing": ("close", "outro", "ending", "wrap", "结束", "結束", "收尾", "下播", "结尾"),
    "custom": ("other", "其他", "自定义", "自定義"),
}


def _t(text: str) -> str:
    return translate("RunsheetImport", text)


def field_label(name: str) -> str:
    return {
        "title": _t("Segment"),
        "kind": _t("Kind"),
        "duration": _t("Duration"),
        "product": _t("Product"),
        "script": _t("Cue / script"),
        "obs_scene": _t("OBS scene"),
        "warning": _t("Warning lead"),
    }.get(name, name)


def _kind_key(text: str) -> str:
    return re.sub(r"[\s_\-/]+", "", normalise_text(text).casefold())


def _kind_index() -> dict[str, str]:
    out: dict[str, str] = {}
    for code in SEGMENT_KINDS:
        out[_kind_key(code)] = code
    for code, english in labels.SEGMENT_KINDS.items():
        out.setdefault(_kind_key(english), code)
        out.setdefault(_kind_key(labels.segment_kind(code)), code)
    for code, words in _KIND_WORDS.items():
        for w in words:
            out.setdefault(_kind_key(w), code)
    return out


@dataclass
class SegmentRow:
    """One segment to create, from row `row` of the file."""

    row: int
    title: str
    kind: str
    duration_ms: int
    lineup_item_id: int | None = None
    product_text: str = ""
    script: str = ""
    obs_scene: str = ""
    warning_lead_ms: int = DEFAULT_WARNING_MS


@dataclass
class RunsheetPreview:
    path: Path
    sheet: str
    show_id: int
    header_row: int
    headers: list[str]
    mapping: dict[str, int]
    replace: bool = False
    segments: list[SegmentRow] = field(default_factory=list)
    rejected: list[CellProblem] = field(default_factory=list)  # rows skipped, with the reason
    warnings: list[CellProblem] = field(default_factory=list)  # cells left empty; rows kept
    existing: int = 0  # segments the show has now
    promotions_tied: int = 0  # promotions that start with a segment a replace would remove
    control_chars_removed: int = 0
    remembered_on: Any = None
    signature: str = ""

    @property
    def total_ms(self) -> int:
        return sum(s.duration_ms for s in self.segments)

    def summary(self) -> str:
        if self.replace:
            text = _t("replace {old} segments with {n}, rejected {r}").format(
                old=self.existing, n=len(self.segments), r=len(self.rejected)
            )
        else:
            text = _t("add {n} segments after the {old} there are, rejected {r}").format(
                n=len(self.segments), old=self.existing, r=len(self.rejected)
            )
        if self.warnings:
            text += _t(", {n} cells left empty").format(n=len(self.warnings))
        return text


def _score(row: Any) -> int:
    return len(
        {hit[0] for c in row if isinstance(c, str) and (hit := _LOOKUP.get(normalise_header(c)))}
    )


def prepare(
    session: Session,
    show_id: int,
    path: Path | str,
    *,
    replace: bool = False,
    mapping: dict[str, int] | None = None,
) -> RunsheetPreview:
    """Read `path` and check every row against the show's lineup. Writes nothing."""
    path = Path(path)
    show = session.get(Show, show_id)
    if show is None:
        raise SheetError(_t("There is no show with id {id}").format(id=show_id))
    tables = read_tables(path, max_rows=MAX_SEGMENTS + 50)
    known = remembered_store.known_signatures(session, KIND)
    best: tuple[int, Any, int] | None = None  # (score, table, header index)
    for table in tables:
        at = find_header_row(table.rows, _score, known, 30)
        if at is None:
            continue
        cells = table.rows[at][1]
        sig = header_signature([header_text(c) for c in cells])
        score = 100 if sig in known else _score(cells)
        if best is None or score > best[0]:
            best = (score, table, at)
    if best is None:
        raise SheetError(
            _t(
                "{file}: no sheet has a run-of-show header row (looked for columns such as "
                "Segment, Duration, Kind, Cue — 环节, 时长, 类型, 话术)."
            ).format(file=path.name)
        )
    _score_, table, at = best
    header_row, header_cells = table.rows[at]
    headers = [header_text(c) for c in header_cells]
    while headers and not headers[-1]:
        headers.pop()
    signature = header_signature(headers)
    auto = detect(headers, RUNSHEET_HEADERS, _LOOKUP)
    remembered_on = None
    if mapping is None:
        got = remembered_store.recall(session, KIND, signature, FIELD_ORDER)
        mapping = remembered_store.merge(auto, got, len(headers))
        remembered_on = got.on if got is not None else None
    missing = [f for f in REQUIRED_COLUMNS if f not in mapping]
    if missing:
        raise SheetError(
            _t("{where} has no column for {fields}. Its columns are: {headers}.").format(
                where=table.where,
                fields=", ".join(field_label(f) for f in missing),
                headers=", ".join(h for h in headers if h) or "—",
            )
        )
    existing = int(
        session.scalar(select(func.count(Segment.id)).where(Segment.show_id == show_id)) or 0
    )
    preview = RunsheetPreview(
        path=path,
        sheet=table.sheet,
        show_id=show_id,
        header_row=header_row,
        headers=headers,
        mapping=dict(mapping),
        replace=replace,
        existing=existing,
        control_chars_removed=table.control_chars_removed,
        remembered_on=remembered_on,
        signature=signature,
    )
    lineup = list(session.scalars(select(LineupItem).where(LineupItem.show_id == show_id)))
    for p in table.problems:
        if p.row <= header_row:
            continue
        (preview.warnings if p.column else preview.rejected).append(p)
    _parse(preview, table.rows[at + 1 :], lineup, path.name, table.sheet)
    if replace:  # promotions tied to a segment past the new last one lose their start
        kept = [
            sid
            for sid in session.scalars(
                select(Segment.id)
                .where(Segment.show_id == show_id)
                .order_by(Segment.position, Segment.id)
                .limit(len(preview.segments))
            )
        ]
        preview.promotions_tied = int(
            session.scalar(
                select(func.count(Promotion.id)).where(
                    Promotion.show_id == show_id,
                    Promotion.start_segment_id.is_not(None),
                    Promotion.start_segment_id.not_in(kept),
                )
            )
            or 0
        )
    return preview


def _text(raw: Any) -> str:
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    return str(raw).replace("\r\n", "\n").replace("\r", "\n").strip()


def _duration(raw: Any, unit: str) -> int:
    if isinstance(raw, timedelta):
        return int(raw.total_seconds() * 1000)
    if isinstance(raw, time):  # what Excel shows as h:mm:ss
        return (raw.hour * 3600 + raw.minute * 60 + raw.second) * 1000
    return parse_duration(raw, bare_number_unit=unit)


def _unit(header: str) -> str:
    h = normalise_text(header).casefold()
    if any(u in h for u in ("(s)", "(秒)", "second", "(sec)", "秒")):
        return "s"
    return "m"  # a bare number in a run-of-show is minutes


def _parse(
    preview: RunsheetPreview,
    rows: list[tuple[int, list[Any]]],
    lineup: list[LineupItem],
    file: str,
    sheet: str,
) -> None:
    kinds = _kind_index()
    by_sku = {normalise_text(li.sku).casefold(): li for li in lineup if li.sku}
    by_name = {_kind_key(li.name): li for li in lineup if li.name}
    m = preview.mapping
    head = preview.headers

    def col(name: str) -> str:
        i = m.get(name)
        return head[i] if i is not None and i < len(head) and head[i] else field_label(name)

    def cell(cells: list[Any], name: str) -> Any:
        i = m.get(name)
        return cells[i] if i is not None and i < len(cells) else None

    dur_unit = _unit(col("duration"))
    skipped = {p.row for p in preview.rejected}
    for row_no, cells in rows:
        if row_no in skipped:
            continue

        def warn(name: str, raw: Any, reason: str, row_no: int = row_no) -> None:
            preview.warnings.append(CellProblem(file, sheet, row_no, col(name), raw, reason))

        def reject(name: str, raw: Any, reason: str, row_no: int = row_no) -> None:
            preview.rejected.append(CellProblem(file, sheet, row_no, col(name), raw, reason))

        title = _text(cell(cells, "title"))
        raw_dur = cell(cells, "duration")
        if not title and raw_dur is None and not _text(cell(cells, "script")):
            continue  # a note or a blank-ish row under the table
        if not title:
            reject("title", None, _t("a segment needs a title"))
            continue
        if len(title) > 300:
            reject("title", title, _t("the title is longer than 300 characters"))
            continue
        if raw_dur is None or (isinstance(raw_dur, str) and not raw_dur.strip()):
            reject("duration", None, _t("a segment needs a duration"))
            continue
        try:
            duration = _duration(raw_dur, dur_unit)
        except DurationError as exc:
            reject("duration", raw_dur, str(exc))
            continue
        seg = SegmentRow(row=row_no, title=title, kind="custom", duration_ms=duration)
        raw_kind = cell(cells, "kind")
        if raw_kind is not None and _text(raw_kind):
            code = kinds.get(_kind_key(_text(raw_kind)))
            if code is None:
                warn("kind", raw_kind, _t("not a segment kind; set to Custom"))
            else:
                seg.kind = code
        raw_product = cell(cells, "product")
        if raw_product is not None and _text(raw_product):
            text = _text(raw_product)
            item = by_sku.get(normalise_text(text).casefold()) or by_name.get(_kind_key(text))
            if item is None:
                warn(
                    "product",
                    raw_product,
                    _t("not in this show's lineup (by SKU or name); left empty"),
                )
            else:
                seg.lineup_item_id = item.id
            seg.product_text = text
        seg.script = _text(cell(cells, "script"))
        scene = _text(cell(cells, "obs_scene"))
        if len(scene) > 200:
            warn("obs_scene", scene, _t("longer than 200 characters; left empty"))
        else:
            seg.obs_scene = scene
        raw_warn = cell(cells, "warning")
        if raw_warn is not None and _text(raw_warn):
            try:
                seg.warning_lead_ms = _duration(raw_warn, "s")
            except DurationError as exc:
                warn("warning", raw_warn, _t("{problem}; left at 1:00").format(problem=exc))
        preview.segments.append(seg)
    preview.rejected.sort(key=lambda p: p.row)
    preview.warnings.sort(key=lambda p: p.row)


def apply(session: Session, preview: RunsheetPreview, remember: bool = True) -> int:
    """Write the preview's segments in the caller's transaction. Returns how many were written.

    Add: after the existing segments. Replace: row by row over the existing segments (so a
    promotion that starts with the second segment still starts with the second), extra old
    segments deleted; a column the file does not have keeps the segment's stored value."""
    existing = list(
        session.scalars(
            select(Segment)
            .where(Segment.show_id == preview.show_id)
            .order_by(Segment.position, Segment.id)
        )
    )
    mapped = set(preview.mapping)
    if preview.replace:
        start = 0
        for old in existing[len(preview.segments) :]:
            session.delete(old)
        reuse = existing[: len(preview.segments)]
    else:
        start = len(existing)
        reuse = []
    for i, seg in enumerate(preview.segments):
        if i < len(reuse):
            row = reuse[i]
            row.position = i
            row.title = seg.title
            row.planned_duration_ms = seg.duration_ms
            if "kind" in mapped:
                row.kind = seg.kind
            if "product" in mapped:
                row.lineup_item_id = seg.lineup_item_id
            if "script" in mapped:
                row.script = seg.script
            if "obs_scene" in mapped:
                row.obs_scene = seg.obs_scene
            if "warning" in mapped:
                row.warning_lead_ms = seg.warning_lead_ms
            continue
        session.add(
            Segment(
                show_id=preview.show_id,
                position=start + i,
                kind=seg.kind,
                title=seg.title,
                planned_duration_ms=seg.duration_ms,
                lineup_item_id=seg.lineup_item_id,
                script=seg.script,
                obs_scene=seg.obs_scene,
                warning_lead_ms=seg.warning_lead_ms,
            )
        )
    session.flush()
    if remember and preview.signature:
        remembered_store.remember(session, KIND, preview.signature, preview.mapping)
    return len(preview.segments)


def prepare_file(
    store: Store,
    show_id: int,
    path: Path | str,
    replace: bool = False,
    mapping: dict[str, int] | None = None,
    progress: Any = None,
    cancelled: Any = None,
) -> RunsheetPreview:
    """`prepare` in its own read-only session: for a job runner (progress/cancel are accepted
    for its signature; a run-of-show is small)."""
    with store.session() as s:
        return prepare(s, show_id, path, replace=replace, mapping=mapping)


def writer(preview: RunsheetPreview) -> Callable[[Session], int]:
    """The write as a function of a session, for `PlanService.apply` (one undo step)."""
    return lambda session: apply(session, preview)
