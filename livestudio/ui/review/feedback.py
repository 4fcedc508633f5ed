"""Review ▸ Feedback: the comments with their sentiment and topic (double-click to correct a label;
corrections are kept), a summary by topic, and ways to add comments."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from livestudio.core import fmt
from livestudio.core.review.feedback import sentiment_label, topic_label
from livestudio.core.review.service import ReviewService, ReviewSnapshot
from livestudio.ui.review.common import ReviewTable, item
from livestudio.ui.widgets.columns import FIT, STRETCH

COMMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class LabelDelegate(QStyledItemDelegate):
    """A drop-down to correct a comment's sentiment or topic; the choice is stored at once."""

    def __init__(
        self,
        options: list[tuple[str, str]],
        on_pick: Callable[[int, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.options, self.on_pick = options, on_pick

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        for key, label in self.options:
            combo.addItem(label, key)

        def picked(_index: int) -> None:
            self.commitData.emit(combo)
            self.closeEditor.emit(combo)

        combo.activated.connect(picked)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.UserRole))))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        key = editor.currentData()
        if key != index.data(Qt.ItemDataRole.UserRole):
            model.setData(index, editor.currentText() + " ▾")
            model.setData(index, key, Qt.ItemDataRole.UserRole)
            self.on_pick(int(index.data(COMMENT_ID_ROLE)), key)


class FeedbackPanel(QWidget):
    """`changed` fires after anything here was stored (the workspace reloads the show)."""

    changed = Signal()
    status = Signal(str)

    def __init__(self, service: ReviewService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.show_id = 0
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        sentiments, topics = service.label_choices()
        self.table = ReviewTable(
            [
                self.tr("Time"),
                self.tr("User"),
                self.tr("Comment"),
                self.tr("Sentiment"),
                self.tr("Topic"),
                self.tr("Question"),
                self.tr("Corrected"),
            ],
            {0: FIT, 1: FIT, 2: STRETCH, 3: FIT, 4: FIT, 5: FIT, 6: FIT},
            right_from=99,
            free_text=(2,),
        )
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setItemDelegateForColumn(
            3,
            LabelDelegate(
                [(k, sentiment_label(k)) for k in sentiments],
                lambda cid, key: self.correct_label(cid, sentiment=key),
                self.table,
            ),
        )
        self.table.setItemDelegateForColumn(
            4,
            LabelDelegate(
                [(k, topic_label(k)) for k in topics],
                lambda cid, key: self.correct_label(cid, topic=key),
                self.table,
            ),
        )
        self.paste_button = QPushButton(self.tr("Paste comments…"))
        self.paste_button.clicked.connect(self._on_paste_clicked)
        self.live_button = QPushButton(self.tr("Take comments from the live log"))
        self.live_button.clicked.connect(self._on_live_clicked)
        self.keywords_button = QPushButton(self.tr("Keywords…"))
        self.keywords_button.clicked.connect(self._on_keywords_clicked)
        buttons = QHBoxLayout()
        for b in (self.paste_button, self.live_button, self.keywords_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(buttons)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)

    def set_snapshot(self, snap: ReviewSnapshot) -> None:
        self.show_id = snap.show.id
        stats = snap.feedback
        if not snap.comments:
            self.summary.setText(
                self.tr(
                    "No comments yet: import a comments export, paste them, or take "
                    "them from the live log."
                )
            )
        else:
            s_line = " · ".join(
                self.tr("{label} {n}").format(label=sentiment_label(k), n=fmt.number(n))
                for k, n in stats.by_sentiment.items()
            )
            t_lines = []
            for topic, n in sorted(stats.by_topic.items(), key=lambda kv: -kv[1]):
                if n:
                    t_lines.append(
                        self.tr("{topic}: {n} ({neg} negative) — e.g. {ex}").format(
                            topic=topic_label(topic),
                            n=fmt.number(n),
                            neg=fmt.number(stats.negative_by_topic.get(topic, 0)),
                            ex=" / ".join(stats.examples.get(topic, [])[:2]),
                        )
                    )
            self.summary.setText(s_line + "\n" + "\n".join(t_lines))
        t = self.table
        t.setRowCount(len(snap.comments))
        for r, c in enumerate(snap.comments):
            t.setItem(r, 0, item(fmt.duration(c.offset_ms) if c.offset_ms is not None else ""))
            t.setItem(r, 1, item(c.author))
            t.setItem(r, 2, item(c.text))
            for col, key, label in (
                (3, c.sentiment, sentiment_label(c.sentiment)),
                (4, c.topic, topic_label(c.topic)),
            ):
                it = QTableWidgetItem(label + " ▾")
                it.setData(Qt.ItemDataRole.UserRole, key)
                it.setData(COMMENT_ID_ROLE, c.id)
                it.setToolTip(self.tr("Double-click to correct the label"))
                t.setItem(r, col, it)
            t.setItem(r, 5, item(self.tr("? asks") if c.question else ""))
            t.setItem(r, 6, item(self.tr("✔ by you") if c.corrected else ""))

    def correct_label(
        self, comment_id: int, sentiment: str | None = None, topic: str | None = None
    ) -> None:
        self.service.correct_comment(comment_id, sentiment=sentiment, topic=topic)
        QTimer.singleShot(0, self.changed.emit)  # not while the table's editor is still closing

    def add_comments(self, text: str) -> int:
        n = self.service.add_comments(self.show_id, text)
        self.changed.emit()
        return n

    @Slot()
    def _on_paste_clicked(self) -> None:
        if not self.show_id:
            return
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Paste comments"),
            self.tr("One comment per line; an optional time first (12:30 or 1:02:03)."),
        )
        if ok and text.strip():
            self.add_comments(text)

    @Slot()
    def _on_live_clicked(self) -> None:
        if not self.show_id:
            return
        n = self.service.take_live_comments(self.show_id)
        self.status.emit(self.tr("{n} comments taken from the live log").format(n=n))
        self.changed.emit()

    @Slot()
    def _on_keywords_clicked(self) -> Any:
        from livestudio.ui.review.dialogs import KeywordsDialog

        dlg = KeywordsDialog(self.service, self.show_id, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.accepted.connect(self.changed.emit)
        dlg.open()
        return dlg
