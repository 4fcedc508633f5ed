"""Tools ▸ Compliance words…: the phrases the host should say differently and the allowed
exceptions, for every platform or one platform; add, remove, switch a default back on, reset.
Every change is saved as it is made."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from livestudio.core.compliance import (
    CATEGORIES,
    EXCEPTIONS_NOTE,
    ComplianceService,
    WordEntry,
    category_label,
    category_note,
    normalise,
    platform_key,
)
from livestudio.core.i18n import translate
from livestudio.ui.compliance import marks
from livestudio.ui.context import AppContext
from livestudio.ui.plan.overview import PLATFORMS
from livestudio.ui.widgets.columns import FIT, Col, Policy, apply_columns

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class ComplianceWordsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, platform: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ComplianceService(ctx.store)
        self.setWindowTitle(self.tr("Compliance words"))
        self.resize(860, 600)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.platform_label = QLabel(self.tr("&List for:"), self)
        self.platform_combo = QComboBox(self)
        self.platform_label.setBuddy(self.platform_combo)
        self.platform_combo.addItem(self.tr("Every platform"), "")
        names = {platform_key(p): p for p in PLATFORMS}
        for key in self.service.edited_platforms():
            names.setdefault(key, key)
        if platform:
            names.setdefault(platform_key(platform), platform)
        for key, name in names.items():
            self.platform_combo.addItem(name, key)
        top.addWidget(self.platform_label)
        top.addWidget(self.platform_combo, 1)
        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(self.tr("Find a phrase"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.textChanged.connect(self._apply_filter)
        top.addWidget(self.find_edit, 1)
        self.reset_button = QPushButton(self.tr("&Reset to defaults"), self)
        self.reset_button.setToolTip(self.tr("Drop your changes to the list shown"))
        self.reset_button.clicked.connect(self._on_reset_clicked)
        top.addWidget(self.reset_button)
        layout.addLayout(top)
        self.scope_note = QLabel(self)
        self.scope_note.setWordWrap(True)
        layout.addWidget(self.scope_note)

        # phrases to avoid
        avoid_box = QGroupBox(self.tr("Say differently"), self)
        ag = QGridLayout(avoid_box)
        self.avoid_tree = self._tree(
            [self.tr("Phrase"), self.tr("Why"), self.tr("Applies to"), self.tr("State")]
        )
        ag.addWidget(self.avoid_tree, 0, 0, 1, 4)
        self.avoid_edit = QLineEdit(avoid_box)
        self.avoid_edit.setPlaceholderText(
            self.tr("A phrase to avoid, e.g. 秒杀全网 or 'best ever'")
        )
        self.avoid_edit.returnPressed.connect(self._on_add_avoid_clicked)
        self.category_combo = QComboBox(avoid_box)
        for key in CATEGORIES:
            self.category_combo.addItem(category_label(key), key)
        self.category_combo.setCurrentIndex(self.category_combo.findData("custom"))
        self.add_avoid_button = QPushButton(self.tr("&Add"), avoid_box)
        self.add_avoid_button.clicked.connect(self._on_add_avoid_clicked)
        self.remove_avoid_button = QPushButton(self.tr("Re&move"), avoid_box)
        self.remove_avoid_button.clicked.connect(lambda: self._toggle(self.avoid_tree))
        ag.addWidget(self.avoid_edit, 1, 0)
        ag.addWidget(self.category_combo, 1, 1)
        ag.addWidget(self.add_avoid_button, 1, 2)
        ag.addWidget(self.remove_avoid_button, 1, 3)
        ag.setColumnStretch(0, 1)

        # exceptions
        allow_box = QGroupBox(self.tr("Allowed exceptions"), self)
        xg = QGridLayout(allow_box)
        note = QLabel(translate("Compliance", EXCEPTIONS_NOTE), allow_box)
        note.setWordWrap(True)
        xg.addWidget(note, 0, 0, 1, 3)
        self.allow_tree = self._tree([self.tr("Phrase"), self.tr("Applies to"), self.tr("State")])
        xg.addWidget(self.allow_tree, 1, 0, 1, 3)
        self.allow_edit = QLineEdit(allow_box)
        self.allow_edit.setPlaceholderText(self.tr("Allowed although it holds a listed phrase"))
        self.allow_edit.returnPressed.connect(self._on_add_allow_clicked)
        self.add_allow_button = QPushButton(self.tr("A&dd"), allow_box)
        self.add_allow_button.clicked.connect(self._on_add_allow_clicked)
        self.remove_allow_button = QPushButton(self.tr("Remo&ve"), allow_box)
        self.remove_allow_button.clicked.connect(lambda: self._toggle(self.allow_tree))
        xg.addWidget(self.allow_edit, 2, 0)
        xg.addWidget(self.add_allow_button, 2, 1)
        xg.addWidget(self.remove_allow_button, 2, 2)
        xg.setColumnStretch(0, 1)

        lists = QHBoxLayout()
        lists.addWidget(avoid_box, 3)
        lists.addWidget(allow_box, 2)
        layout.addLayout(lists, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.avoid_tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.allow_tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        key = platform_key(platform)
        index = self.platform_combo.findData(key) if key else 0
        self.platform_combo.setCurrentIndex(max(0, index))
        self.platform_combo.currentIndexChanged.connect(self._on_platform_changed)
        self.reload()

    def _tree(self, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setUniformRowHeights(True)
        tree.setSortingEnabled(False)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setHeaderLabels(headers)
        return tree

    def platform(self) -> str:
        """The scope shown: '' for every platform, else a platform key."""
        return str(self.platform_combo.currentData() or "")

    # ---- contents ---------------------------------------------------------------------------
    def reload(self) -> None:
        scope = self.platform()
        name = self.platform_combo.currentText()
        self.scope_note.setText(
            self.tr(
                "Phrases for every platform are checked in every show; {platform}'s own phrases "
                "and changes only in its shows."
            ).format(platform=name)
            if scope
            else self.tr(
                "These phrases are checked in every show; pick a platform to add or switch off "
                "phrases for its shows only."
            )
        )
        entries = self.service.entries(scope)
        self._fill(self.avoid_tree, [e for e in entries if e.kind == "avoid"], with_category=True)
        self._fill(self.allow_tree, [e for e in entries if e.kind == "allow"], with_category=False)
        self._apply_filter()
        self._update_buttons()

    @Slot(str)
    def _apply_filter(self, _text: str = "") -> None:
        """Show only the phrases that contain what is typed in Find."""
        needle = normalise(self.find_edit.text())
        for tree in (self.avoid_tree, self.allow_tree):
            for i in range(tree.topLevelItemCount()):
                item = tree.topLevelItem(i)
                if item is not None:
                    item.setHidden(bool(needle) and needle not in item.text(0))

    def _fill(self, tree: QTreeWidget, entries: list[WordEntry], with_category: bool) -> None:
        tree.clear()
        every = self.tr("every platform")
        for e in entries:
            applies = every if not e.platform else self.platform_combo.currentText()
            state = (
                self.tr("switched off")
                if e.removed
                else self.tr("default")
                if e.default
                else self.tr("yours")
            )
            cols = [e.phrase]
            if with_category:
                cols.append(category_label(e.category))
            cols += [applies, state]
            item = QTreeWidgetItem(tree, cols)
            item.setData(0, ENTRY_ROLE, e)
            if with_category:
                item.setToolTip(1, category_note(e.category))
            if e.removed:
                font = QFont(item.font(0))
                font.setStrikeOut(True)
                item.setFont(0, font)
                for c in range(tree.columnCount()):
                    item.setForeground(c, QBrush(self.palette().placeholderText().color()))
        last = tree.columnCount() - 1
        policy: Policy = {c: FIT for c in range(tree.columnCount())}
        policy[0] = Col.stretch(120)
        policy[last] = FIT
        apply_columns(tree, policy)

    def entry(self, tree: QTreeWidget) -> WordEntry | None:
        item = tree.currentItem()
        value = item.data(0, ENTRY_ROLE) if item is not None else None
        return value if isinstance(value, WordEntry) else None

    def _update_buttons(self) -> None:
        for tree, button, on, off in (
            (self.avoid_tree, self.remove_avoid_button, self.tr("Switch &on"), self.tr("Re&move")),
            (self.allow_tree, self.remove_allow_button, self.tr("Switch o&n"), self.tr("Remo&ve")),
        ):
            e = self.entry(tree)
            button.setEnabled(e is not None)
            button.setText(on if e is not None and e.removed else off)

    # ---- edits ------------------------------------------------------------------------------
    def _changed(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.reload()
        marks.notifier().words_changed.emit()

    def add_phrase(self, phrase: str, category: str = "custom") -> bool:
        try:
            stored = self.service.add(self.platform(), phrase, "avoid", category)
        except ValueError as exc:
            self.message.setText(str(exc))
            self.message.show()
            return False
        self._changed(self.tr("“{phrase}” added.").format(phrase=stored))
        return True

    def add_exception(self, phrase: str) -> bool:
        try:
            stored = self.service.add(self.platform(), phrase, "allow")
        except ValueError as exc:
            self.message.setText(str(exc))
            self.message.show()
            return False
        self._changed(self.tr("“{phrase}” allowed.").format(phrase=stored))
        return True

    def select(self, phrase: str, kind: str = "avoid") -> bool:
        tree = self.avoid_tree if kind == "avoid" else self.allow_tree
        for i in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(i)
            if item is not None and item.text(0) == phrase:
                tree.setCurrentItem(item)
                return True
        return False

    @Slot()
    def _on_add_avoid_clicked(self) -> None:
        if self.add_phrase(self.avoid_edit.text(), str(self.category_combo.currentData())):
            self.avoid_edit.clear()

    @Slot()
    def _on_add_allow_clicked(self) -> None:
        if self.add_exception(self.allow_edit.text()):
            self.allow_edit.clear()

    def _toggle(self, tree: QTreeWidget) -> None:
        """Remove the selected phrase, or switch a switched-off default back on."""
        e = self.entry(tree)
        if e is None:
            return
        if e.removed:
            self.service.add(self.platform(), e.phrase, e.kind, e.category)
            self._changed(self.tr("“{phrase}” switched on again.").format(phrase=e.phrase))
        else:
            self.service.remove(self.platform(), e.phrase, e.kind)
            self._changed(self.tr("“{phrase}” removed.").format(phrase=e.phrase))

    def confirm_reset(self, name: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Reset to defaults"),
            self.tr("Drop every change you made to the list for {name}?").format(name=name),
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def _on_reset_clicked(self) -> None:
        name = self.platform_combo.currentText()
        if self.confirm_reset(name):
            n = self.service.reset(self.platform())
            self._changed(self.tr("{n} change(s) dropped; the defaults are back.").format(n=n))

    @Slot(int)
    def _on_platform_changed(self, _index: int) -> None:
        self.message.hide()
        self.reload()


def open_words_dialog(
    ctx: AppContext, parent: QWidget | None, platform: str = ""
) -> ComplianceWordsDialog:
    """Opens the dialog window-modal (not blocking) and returns it."""
    dialog = ComplianceWordsDialog(ctx, parent, platform)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
