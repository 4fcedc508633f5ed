"""Lineup and Run-of-show tabs of the Plan workspace."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from livestudio.core.durations import format_duration
from livestudio.core.models import Show
from livestudio.core.models.plan import LINEUP_ROLES
from livestudio.core.money import format_money
from livestudio.core.plan import lineup as lineup_core
from livestudio.core.plan import segments as seg_core
from livestudio.ui.plan.models import (
    GREEN,
    ORANGE,
    RED,
    ComboDelegate,
    LineupModel,
    LineupRow,
    PlainTextDelegate,
    SegmentRow,
    SegmentsModel,
    role_labels,
    segment_kind_labels,
)

EditFn = Callable[[str, Callable[[Session], Any]], Any]


def _table(parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setDragEnabled(True)
    view.setAcceptDrops(True)
    view.setDropIndicatorShown(True)
    view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
    view.setDefaultDropAction(Qt.DropAction.MoveAction)
    view.setDragDropOverwriteMode(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    return view


def _move_buttons(parent: QWidget, move: Callable[[int], None]) -> tuple[QPushButton, QPushButton]:
    up = QPushButton(QCoreApplication.translate("PlanPages", "Move up"), parent)
    up.setShortcut(QKeySequence("Alt+Up"))
    up.setToolTip(
        QCoreApplication.translate(
            "PlanPages", "Move the selected row up (Alt+Up); you can also drag rows"
        )
    )
    up.clicked.connect(lambda: move(-1))
    down = QPushButton(QCoreApplication.translate("PlanPages", "Move down"), parent)
    down.setShortcut(QKeySequence("Alt+Down"))
    down.setToolTip(
        QCoreApplication.translate("PlanPages", "Move the selected row down (Alt+Down)")
    )
    down.clicked.connect(lambda: move(1))
    return up, down


def _message_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet("color: #c62828;")
    label.setWordWrap(True)
    label.hide()
    return label


class LineupPage(QWidget):
    add_requested = Signal()

    def __init__(self, edit: EditFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edit = edit
        self.show_id: int | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add products…"), self)
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        self.up_button, self.down_button = _move_buttons(self, self.view_move)
        bar.addWidget(self.up_button)
        bar.addWidget(self.down_button)
        hint = QLabel(self.tr("Drag rows to reorder. Double-click a cell to edit."), self)
        hint.setEnabled(False)
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar.addWidget(hint, 1)
        layout.addLayout(bar)
        self.model = LineupModel(self)
        self.model.on_move = self._move
        self.model.on_edit = self._edit_field
        self.view = _table(self)
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(
            LineupModel.COLUMNS.index("role"),
            ComboDelegate(lambda: [(r, role_labels()[r]) for r in LINEUP_ROLES], self.view),
        )
        self.view.setItemDelegateForColumn(
            LineupModel.COLUMNS.index("talking_points"), PlainTextDelegate(self.view)
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(
            LineupModel.COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch
        )
        layout.addWidget(self.view, 1)
        self.message = _message_label(self)
        self.model.edit_refused.connect(self._on_edit_refused)
        layout.addWidget(self.message)
        self.totals_label = QLabel(self)
        self.totals_label.setWordWrap(True)
        layout.addWidget(self.totals_label)

    @Slot(str)
    def _on_edit_refused(self, reason: str) -> None:
        self.message.setText(reason)
        self.message.show()

    def _move(self, src: int, dest: int) -> bool:
        show_id = self.show_id
        if show_id is None:
            return False
        return bool(
            self._edit(
                self.tr("Reorder lineup"), lambda s: lineup_core.move_item(s, show_id, src, dest)
            )
        )

    def view_move(self, step: int) -> None:
        """Move the current row one up (-1) or down (+1), keeping it selected."""
        row = self.view.currentIndex().row()
        dest = row + step
        if row < 0 or not 0 <= dest < self.model.rowCount():
            return
        if self._move(row, dest):
            self.view.selectRow(dest)

    def _edit_field(self, row: int, key: str, value: Any) -> bool:
        item_id = self.model.rows[row].id
        self.message.hide()
        self._edit(
            self.tr("Edit lineup"), lambda s: lineup_core.update_item(s, item_id, **{key: value})
        )
        return True

    @Slot()
    def _on_remove_clicked(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        ids = [self.model.rows[r].id for r in rows]
        if ids:
            self._edit(self.tr("Remove from lineup"), lambda s: lineup_core.remove_items(s, ids))

    def load(self, session: Session, show: Show | None) -> None:
        self.show_id = show.id if show else None
        self.setEnabled(show is not None)
        if show is None:
            self.model.set_rows([])
            self.totals_label.clear()
            return
        self.model.currency = show.currency
        items = lineup_core.ordered_lineup(session, show.id)
        stock = lineup_core.stock_on_hand(session, items)
        rows = [
            LineupRow(
                id=i.id,
                sku=i.sku,
                name=i.name,
                role=i.role,
                list_price=i.list_price,
                cost=i.cost,
                live_price=i.live_price,
                allocated_stock=i.allocated_stock,
                talking_points=i.talking_points,
                product_gone=i.product_id is None,
                figures=lineup_core.figures(i, stock[i.id]),
            )
            for i in items
        ]
        self.model.set_rows(rows)
        t = lineup_core.lineup_totals(session, show.id)
        margin = "—" if t.average_margin_pct is None else f"{t.average_margin_pct:.1f}%"
        text = self.tr(
            "{items} items · potential GMV at allocated stock {gmv} · average margin {margin}"
        ).format(items=t.items, gmv=format_money(t.potential_gmv, show.currency), margin=margin)
        warnings = []
        if t.over_allocated:
            warnings.append(self.tr("{n} allocated above stock on hand").format(n=t.over_allocated))
        if t.margin_problems:
            warnings.append(self.tr("{n} sold below cost").format(n=t.margin_problems))
        if warnings:
            text += "  —  <span style='color:#c62828'>" + "; ".join(warnings) + "</span>"
        self.totals_label.setText(text)
        self.totals_label.setToolTip(
            self.tr(
                "Potential GMV = Σ live price × allocated stock. "
                "Average margin = mean of (live price − cost) ÷ live price over items with both."
            )
        )
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(
            LineupModel.COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch
        )


class RunOfShowPage(QWidget):
    draft_requested = Signal()

    def __init__(self, edit: EditFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edit = edit
        self.show_id: int | None = None
        self._lineup_choices: list[tuple[Any, str]] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.insert_button = QPushButton(self.tr("&Insert"), self)
        self.insert_button.setToolTip(self.tr("Insert a new segment above the selected one"))
        insert_menu = QMenu(self.insert_button)
        for kind, label in segment_kind_labels().items():
            insert_menu.addAction(label).triggered.connect(
                lambda _checked=False, k=kind: self.insert_segment(k)
            )
        self.insert_button.setMenu(insert_menu)
        self.duplicate_button = QPushButton(self.tr("D&uplicate"), self)
        self.duplicate_button.clicked.connect(self._on_duplicate_clicked)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.draft_button = QPushButton(self.tr("Draft from &lineup…"), self)
        self.draft_button.clicked.connect(self.draft_requested)
        self.up_button, self.down_button = _move_buttons(self, self.view_move)
        for b in (
            self.insert_button,
            self.duplicate_button,
            self.delete_button,
            self.up_button,
            self.down_button,
        ):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.draft_button)
        layout.addLayout(bar)
        self.model = SegmentsModel(self)
        self.model.on_move = self._move
        self.model.on_edit = self._edit_field
        self.view = _table(self)
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(
            SegmentsModel.COLUMNS.index("kind"),
            ComboDelegate(lambda: list(segment_kind_labels().items()), self.view),
        )
        self.view.setItemDelegateForColumn(
            SegmentsModel.COLUMNS.index("product"),
            ComboDelegate(lambda: self._lineup_choices, self.view),
        )
        self.view.setItemDelegateForColumn(
            SegmentsModel.COLUMNS.index("script"), PlainTextDelegate(self.view)
        )
        layout.addWidget(self.view, 1)
        self.message = _message_label(self)
        self.model.edit_refused.connect(self._on_edit_refused)
        layout.addWidget(self.message)
        self.footer = QLabel(self)
        self.footer.setWordWrap(True)
        layout.addWidget(self.footer)
        cue_row = QVBoxLayout()
        self.cue_label = QLabel(self.tr("Cue / script for the selected segment:"), self)
        self.cue_label.setWordWrap(True)
        cue_row.addWidget(self.cue_label)
        self.cue_edit = QPlainTextEdit(self)
        self.cue_edit.setPlaceholderText(
            self.tr("What the host says or does in this segment; saved when you leave the box.")
        )
        self.cue_edit.setMaximumHeight(80)
        self.cue_label.setBuddy(self.cue_edit)
        self.cue_edit.installEventFilter(self)
        cue_row.addWidget(self.cue_edit)
        layout.addLayout(cue_row)
        self._cue_segment_id: int | None = None
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.cue_edit and event.type() == QEvent.Type.FocusOut:
            self.save_cue()
        return super().eventFilter(obj, event)

    def save_cue(self) -> None:
        seg_id = self._cue_segment_id
        row = next((r for r in self.model.rows if r.id == seg_id), None)
        text = self.cue_edit.toPlainText()
        if row is None or row.script == text:
            return
        self._edit(self.tr("Edit cue"), lambda s: seg_core.update_segment(s, seg_id, script=text))

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._load_cue(current.row() if current.isValid() else -1)

    def _load_cue(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            r = self.model.rows[row]
            self._cue_segment_id = r.id
            self.cue_edit.setEnabled(True)
            if self.cue_edit.toPlainText() != r.script:
                self.cue_edit.setPlainText(r.script)
        else:
            self._cue_segment_id = None
            self.cue_edit.setEnabled(False)
            self.cue_edit.clear()

    @Slot(str)
    def _on_edit_refused(self, reason: str) -> None:
        self.message.setText(reason)
        self.message.show()

    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.view.selectionModel().selectedRows()})

    def _move(self, src: int, dest: int) -> bool:
        show_id = self.show_id
        if show_id is None:
            return False
        return bool(
            self._edit(
                self.tr("Move segment"), lambda s: seg_core.move_segment(s, show_id, src, dest)
            )
        )

    def view_move(self, step: int) -> None:
        """Move the current row one up (-1) or down (+1), keeping it selected."""
        row = self.view.currentIndex().row()
        dest = row + step
        if row < 0 or not 0 <= dest < self.model.rowCount():
            return
        if self._move(row, dest):
            self.view.selectRow(dest)

    def _edit_field(self, row: int, key: str, value: Any) -> bool:
        seg_id = self.model.rows[row].id
        self.message.hide()
        self._edit(
            self.tr("Edit segment"), lambda s: seg_core.update_segment(s, seg_id, **{key: value})
        )
        return True

    def insert_segment(self, kind: str = "custom") -> None:
        """A new segment of `kind` above the selected row (at the end when none is selected)."""
        show_id = self.show_id
        if show_id is None:
            return
        rows = self._selected_rows()
        at = rows[0] if rows else None
        title = segment_kind_labels().get(kind, kind)
        seg = self._edit(
            self.tr("Insert segment"),
            lambda s: seg_core.insert_segment(s, show_id, at, kind=kind, title=title),
        )
        if seg is not None:
            self.select_row(at if at is not None else self.model.rowCount() - 1)

    @Slot()
    def _on_duplicate_clicked(self) -> None:
        rows = self._selected_rows()
        if rows:
            seg_id = self.model.rows[rows[0]].id
            self._edit(
                self.tr("Duplicate segment"), lambda s: seg_core.duplicate_segment(s, seg_id)
            )
            self.select_row(rows[0] + 1)

    @Slot()
    def _on_delete_clicked(self) -> None:
        ids = [self.model.rows[r].id for r in self._selected_rows()]
        if ids:
            self._edit(self.tr("Delete segments"), lambda s: seg_core.delete_segments(s, ids))

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.selectRow(row)

    def load(self, session: Session, show: Show | None) -> None:
        self.show_id = show.id if show else None
        self.setEnabled(show is not None)
        if show is None:
            self.model.set_rows([])
            self.footer.clear()
            return
        segs = seg_core.ordered_segments(session, show.id)
        items = lineup_core.ordered_lineup(session, show.id)
        names = {i.id: i.name or i.sku for i in items}
        self._lineup_choices = [(None, "—")] + [(i.id, i.name or i.sku) for i in items]
        times = seg_core.timeline(show, segs)
        windows = _promotion_windows(show)
        start_day = show.scheduled_start.astimezone().date() if show.scheduled_start else None
        rows = []
        for i, (seg, t) in enumerate(zip(segs, times, strict=True)):
            last = i == len(segs) - 1
            markers = [
                w
                for w in windows
                if t.start_ms <= w.start_ms < t.end_ms
                or (t.start_ms == w.start_ms == t.end_ms)
                or (last and w.start_ms >= t.end_ms)
            ]
            local: datetime | None = t.start_at.astimezone() if t.start_at else None
            rows.append(
                SegmentRow(
                    id=seg.id,
                    kind=seg.kind,
                    title=seg.title,
                    duration_ms=seg.planned_duration_ms,
                    lineup_item_id=seg.lineup_item_id,
                    product_name=names.get(seg.lineup_item_id or 0, ""),
                    script=seg.script,
                    warning_lead_ms=seg.warning_lead_ms,
                    start_ms=t.start_ms,
                    end_ms=t.end_ms,
                    start_at=local,
                    next_day=bool(local and start_day and local.date() != start_day),
                    markers=markers,
                )
            )
        self.model.set_rows(rows)
        current = self.view.currentIndex()
        self._load_cue(current.row() if current.isValid() else -1)
        tot = seg_core.totals(show, segs)
        diff = tot.difference_ms
        if tot.state == "exact":
            colour, state = GREEN, self.tr("exactly the planned length")
        elif tot.state == "over":
            colour, state = RED, self.tr("{d} over").format(d=format_duration(diff))
        else:
            colour, state = ORANGE, self.tr("{d} under").format(d=format_duration(-diff))
        zero = sum(1 for s in segs if s.planned_duration_ms == 0)
        extra = (" · " + self.tr("{n} zero-length segment(s)").format(n=zero)) if zero else ""
        self.footer.setText(
            self.tr(
                "Total {total} of {planned} planned — <b style='color:{colour}'>{state}</b>{extra}"
            ).format(
                total=format_duration(tot.total_ms, always_hours=True),
                planned=format_duration(tot.planned_ms, always_hours=True),
                colour=colour.name(),
                state=state,
                extra=extra,
            )
        )
        self.footer.setProperty("state", tot.state)
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for col in ("title", "script"):
            c = SegmentsModel.COLUMNS.index(col)
            header.resizeSection(c, min(max(header.sectionSize(c), 160), 320))
        header.setStretchLastSection(True)


def _promotion_windows(show: Show) -> list[Any]:
    """Plan-B's promotion windows when that module is there, else none."""
    try:
        promotions = importlib.import_module("livestudio.core.plan.promotions")
    except ModuleNotFoundError as exc:
        if exc.name != "livestudio.core.plan.promotions":
            raise
        return []
    fn = getattr(promotions, "promotion_windows", None)
    return list(fn(show)) if fn else []
