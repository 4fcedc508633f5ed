"""Run-of-show tab (直播脚本): ordered segments with clock times, totals against the planned
length, the promotions that fire in each segment, and the selected segment's cue."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livestudio.core import fmt, labels
from livestudio.core.plan.service import RunOfShowView
from livestudio.ui.compliance import marks
from livestudio.ui.plan.models import (
    ComboDelegate,
    PlainTextDelegate,
    SceneDelegate,
    SegmentsModel,
    move_current_row,
)
from livestudio.ui.plan.tables import (
    message_label,
    move_buttons,
    plan_table,
    tone,
)
from livestudio.ui.plan.undo import EditFn
from livestudio.ui.widgets.columns import FIT, Col, Policy, apply_columns

_C = SegmentsModel.COLUMNS
# clock times, kind, duration, product and warning fit their content; the title, the promotions
# and the cue are the host's own text: elided with the whole text in the tooltip (and the cue in
# the box below); the cue, last, takes what is left
RUN_OF_SHOW_COLUMNS: Policy = {
    **{i: FIT for i in range(len(_C))},
    _C.index("title"): Col.elide(150),
    _C.index("promotions"): Col.elide(110),
    _C.index("scene"): Col.elide(80),
    _C.index("script"): Col.elide(60),
}


class RunOfShowPage(QWidget):
    draft_requested = Signal()

    def __init__(
        self,
        edit: EditFn,
        parent: QWidget | None = None,
        scenes: Callable[[], list[str]] = list,
        obs_linked: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self._edit = edit
        self._obs_linked = obs_linked
        self.show_id: int | None = None
        self._lineup_choices: list[tuple[Any, str]] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.insert_button = QPushButton(self.tr("&Insert"), self)
        self.insert_button.setToolTip(self.tr("Insert a new segment above the selected one"))
        insert_menu = QMenu(self.insert_button)
        for kind, label in labels.segment_kinds().items():
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
        self.up_button, self.down_button = move_buttons(
            self, lambda step: move_current_row(self.view, step)
        )
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
        self.view = plan_table(self)
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(
            SegmentsModel.COLUMNS.index("kind"),
            ComboDelegate(lambda: list(labels.segment_kinds().items()), self.view),
        )
        self.view.setItemDelegateForColumn(
            SegmentsModel.COLUMNS.index("product"),
            ComboDelegate(lambda: self._lineup_choices, self.view),
        )
        self.view.setItemDelegateForColumn(
            SegmentsModel.COLUMNS.index("scene"), SceneDelegate(scenes, self.view)
        )
        self.view.setItemDelegateForColumn(
            SegmentsModel.COLUMNS.index("script"), PlainTextDelegate(self.view)
        )
        layout.addWidget(self.view, 1)
        self.message = message_label(self)
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
        self.cue_claims = marks.claims_label(self)  # phrases to say differently in this cue
        cue_row.addWidget(self.cue_claims)
        layout.addLayout(cue_row)
        self._cue_segment_id: int | None = None
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.cue_edit and event.type() == QEvent.Type.FocusOut:
            self.save_cue()
        return super().eventFilter(obj, event)

    def save_cue(self) -> None:
        seg_id = self._cue_segment_id
        row = next((r for r in self.model.rows if r.id == seg_id), None)
        text = self.cue_edit.toPlainText()
        if seg_id is None or row is None or row.script == text:
            return
        show_id = self.show_id or 0
        self._edit(
            self.tr("Edit cue"), lambda plan: plan.update_segment(show_id, seg_id, script=text)
        )

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
            marks.show_claims(self.cue_claims, r.claims)
        else:
            marks.show_claims(self.cue_claims, ())
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
            self._edit(self.tr("Move segment"), lambda plan: plan.move_segment(show_id, src, dest))
        )

    def _edit_field(self, row: int, key: str, value: Any) -> bool:
        seg_id, show_id = self.model.rows[row].id, self.show_id or 0
        self.message.hide()
        self._edit(
            self.tr("Edit segment"),
            lambda plan: plan.update_segment(show_id, seg_id, **{key: value}),
        )
        return True

    def insert_segment(self, kind: str = "custom") -> None:
        """A new segment of `kind` above the selected row (at the end when none is selected)."""
        show_id = self.show_id
        if show_id is None:
            return
        rows = self._selected_rows()
        at = rows[0] if rows else None
        title = labels.segment_kind(kind)
        seg = self._edit(
            self.tr("Insert segment"),
            lambda plan: plan.insert_segment(show_id, at, kind=kind, title=title),
        )
        if seg is not None:
            self.select_row(at if at is not None else self.model.rowCount() - 1)

    @Slot()
    def _on_duplicate_clicked(self) -> None:
        rows = self._selected_rows()
        if rows:
            seg_id, show_id = self.model.rows[rows[0]].id, self.show_id or 0
            self._edit(
                self.tr("Duplicate segment"),
                lambda plan: plan.duplicate_segment(show_id, seg_id),
            )
            self.select_row(rows[0] + 1)

    @Slot()
    def _on_delete_clicked(self) -> None:
        ids = [self.model.rows[r].id for r in self._selected_rows()]
        show_id = self.show_id or 0
        if ids:
            self._edit(self.tr("Delete segments"), lambda plan: plan.delete_segments(show_id, ids))

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.selectRow(row)

    def load(self, view: RunOfShowView | None, show_id: int | None) -> None:
        self.show_id = show_id if view is not None else None
        self.setEnabled(view is not None)
        if view is None:
            self.model.set_rows([])
            self.footer.clear()
            return
        self._lineup_choices = [(None, "—"), *view.lineup_choices]
        self.model.with_seconds = any(r.start_ms % 60_000 for r in view.rows)
        self.model.set_rows(view.rows)
        # the OBS scene column only when OBS is linked or a segment names a scene (imported)
        with_scenes = self._obs_linked() or any(r.obs_scene for r in view.rows)
        self.view.setColumnHidden(_C.index("scene"), not with_scenes)
        current = self.view.currentIndex()
        self._load_cue(current.row() if current.isValid() else -1)
        tot = view.totals
        diff = tot.difference_ms
        if tot.state == "exact":
            colour, state = tone("good"), self.tr("exactly the planned length")
        elif tot.state == "over":
            colour, state = tone("bad"), self.tr("{d} over").format(d=fmt.duration(diff))
        else:
            colour, state = tone("warn"), self.tr("{d} under").format(d=fmt.duration(-diff))
        zero = view.zero_length
        extra = (" · " + self.tr("{n} zero-length segment(s)").format(n=zero)) if zero else ""
        self.footer.setText(
            self.tr(
                "Total {total} of {planned} planned — <b style='color:{colour}'>{state}</b>{extra}"
            ).format(
                total=fmt.duration(tot.total_ms, always_hours=True),
                planned=fmt.duration(tot.planned_ms, always_hours=True),
                colour=colour.name(),
                state=state,
                extra=extra,
            )
        )
        self.footer.setProperty("state", tot.state)
        apply_columns(self.view, RUN_OF_SHOW_COLUMNS)
