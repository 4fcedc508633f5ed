"""Review ▸ Retrospective: keep / problem / try notes and action items. A new action item aims at
the next upcoming show and falls due before it; items are sent to that show's preparation tasks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livestudio.core import fmt
from livestudio.core.review.service import (
    ActionRow,
    ReviewService,
    ReviewSnapshot,
    ShowInfo,
    due_at,
)
from livestudio.ui.review.common import ReviewTable, show_label
from livestudio.ui.widgets.columns import FIT, STRETCH


class RetrospectivePanel(QWidget):
    """`tasks_sent` fires after action items went to another show's preparation tasks."""

    tasks_sent = Signal()
    status = Signal(str)

    def __init__(self, service: ReviewService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.show_id = 0
        self._shows: dict[int, ShowInfo] = {}
        self._picked_by_user = False  # target or due date changed by hand for this show
        self.note_edits: dict[str, QPlainTextEdit] = {}
        notes_row = QHBoxLayout()
        for kind, title, hint in (
            ("keep", self.tr("Keep"), self.tr("What worked — one per line")),
            ("problem", self.tr("Problem"), self.tr("What went wrong — one per line")),
            ("try", self.tr("Try"), self.tr("What to try next time — one per line")),
        ):
            box = QGroupBox(title)
            edit = QPlainTextEdit()
            edit.setPlaceholderText(hint)
            edit.setAccessibleName(title)
            QVBoxLayout(box).addWidget(edit)
            self.note_edits[kind] = edit
            notes_row.addWidget(box)
        self.save_button = QPushButton(self.tr("Save notes"))
        self.save_button.clicked.connect(self.save_notes)

        self.action_table = ReviewTable(
            [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Sent to")],
            {0: STRETCH, 1: FIT, 2: FIT, 3: FIT},
            right_from=99,
            free_text=(0,),
        )
        self.action_title = QLineEdit()
        self.action_title.setPlaceholderText(self.tr("e.g. Film a close-up of the scarf fabric"))
        self.action_title.setAccessibleName(self.tr("Action"))
        self.action_title.returnPressed.connect(self.add_action)
        self.action_owner = QLineEdit()
        self.action_owner.setPlaceholderText(self.tr("Owner"))
        self.action_owner.setAccessibleName(self.tr("Owner"))
        self.action_owner.setMaximumWidth(140)
        self.action_due = QDateEdit()
        self.action_due.setCalendarPopup(True)
        self.action_due.userDateChanged.connect(self._on_user_picked)
        self.action_due.setAccessibleName(self.tr("Due"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_action)
        add_row = QHBoxLayout()
        for w in (self.action_title, self.action_owner, self.action_due, self.add_button):
            add_row.addWidget(w)
        add_row.setStretch(0, 1)
        self.send_target = QComboBox()
        self.send_target.activated.connect(self._on_user_picked)
        self.send_target.setAccessibleName(self.tr("Send action items to the preparation of:"))
        self.send_button = QPushButton(self.tr("Send to preparation tasks"))
        self.send_button.clicked.connect(self.send_actions)
        send_row = QHBoxLayout()
        send_row.addWidget(QLabel(self.tr("Send action items to the preparation of:")))
        send_row.addWidget(self.send_target, 1)
        send_row.addWidget(self.send_button)
        abox = QGroupBox(self.tr("Action items"))
        al = QVBoxLayout(abox)
        al.addWidget(self.action_table)
        al.addLayout(add_row)
        al.addLayout(send_row)
        lay = QVBoxLayout(self)
        lay.addLayout(notes_row, 1)
        lay.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        lay.addWidget(abox, 1)

    # ---- filling ----------------------------------------------------------------------
    def set_shows(self, shows: list[ShowInfo]) -> None:
        self._shows = {s.id: s for s in shows}
        current = self.send_target.currentData()
        self.send_target.blockSignals(True)
        self.send_target.clear()
        self.send_target.addItem(self.tr("— pick a show"), None)
        for s in shows:
            self.send_target.addItem(show_label(s), s.id)
        self.send_target.setCurrentIndex(max(0, self.send_target.findData(current)))
        self.send_target.blockSignals(False)

    def set_snapshot(self, snap: ReviewSnapshot) -> None:
        same_show = snap.show.id == self.show_id
        if not same_show:
            self._picked_by_user = False
        self.show_id = snap.show.id
        for kind, edit in self.note_edits.items():
            if same_show and edit.document().isModified():
                continue  # notes typed and not saved yet survive a reload of the same show
            edit.setPlainText("\n".join(snap.notes.get(kind, [])))
            edit.document().setModified(False)
        self._fill_actions(snap.actions)
        if same_show and self._picked_by_user:
            return  # keep the target and due date the user picked
        defaults = snap.action_defaults
        target = defaults.target.id if defaults.target is not None else None
        self.send_target.setCurrentIndex(max(0, self.send_target.findData(target)))
        self.set_due_date(defaults.due_date)

    @Slot()
    def _on_user_picked(self) -> None:
        self._picked_by_user = True

    def set_due_date(self, day: date) -> None:
        self.action_due.blockSignals(True)  # a default, not the user's pick
        self.action_due.setDate(QDate(day.year, day.month, day.day))
        self.action_due.blockSignals(False)

    def due_date(self) -> date:
        qd = self.action_due.date()
        return date(qd.year(), qd.month(), qd.day())

    def target(self) -> ShowInfo | None:
        sid = self.send_target.currentData()
        return self._shows.get(sid) if sid else None

    def _fill_actions(self, actions: list[ActionRow]) -> None:
        self.action_table.fill(
            [
                [a.title, a.owner, fmt.date_text(a.due_at) if a.due_at else "", a.sent_to]
                for a in actions
            ]
        )

    # ---- actions ----------------------------------------------------------------------
    @Slot()
    def save_notes(self) -> None:
        if not self.show_id:
            return
        self.service.save_notes(
            self.show_id, {k: e.toPlainText().splitlines() for k, e in self.note_edits.items()}
        )
        for edit in self.note_edits.values():
            edit.document().setModified(False)
        self.status.emit(self.tr("Retrospective notes saved"))

    @Slot()
    def add_action(self) -> None:
        if not self.show_id or not self.action_title.text().strip():
            self.action_title.setFocus()
            return
        target = self.target()
        due = due_at(self.due_date(), target.scheduled_start if target else None)
        rows = self.service.add_action(
            self.show_id, self.action_title.text(), self.action_owner.text(), due
        )
        self.action_title.clear()
        self._fill_actions(rows)

    @Slot()
    def send_actions(self) -> None:
        target = self.target()
        if not self.show_id:
            return
        if target is None or target.id == self.show_id:
            QMessageBox.information(
                self,
                self.tr("Send action items"),
                self.tr("Pick the next show: action items go to its preparation tasks."),
            )
            return
        n, rows = self.service.send_actions(self.show_id, target.id)
        self._fill_actions(rows)
        self.status.emit(
            self.tr("{n} action items added to “{show}” preparation tasks").format(
                n=n, show=target.title
            )
        )
        self.tasks_sent.emit()
