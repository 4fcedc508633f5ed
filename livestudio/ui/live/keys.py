"""The Live keyboard, declared once: the shortcuts are built from this table and the `?` sheet
lists it, so the sheet can only show keys that exist.

The keys are matched by one application-wide filter (see `LiveKeyFilter`) while the Live tab,
the host view or the mini clock is the active window, so they work in all three and win over
menu mnemonics and the tab bar; they never fire while a text field has the focus or a dialog is
open. No key uses Alt, so no menu mnemonic (File, Edit, View, Tools, Help, in any language) can
collide with one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("LiveKeys", text)


@dataclass(frozen=True)
class LiveKey:
    action: str  # the workspace method that runs it
    keys: tuple[str, ...]  # QKeySequence texts (portable names)
    shown: object  # how the sheet shows the keys (English source, translated when shown)
    what: object  # what it does (English source; QT_TRANSLATE_NOOP returns it as object)


# The texts are English sources; `rows()` translates them when the sheet is built.
KEYS: tuple[LiveKey, ...] = (
    LiveKey(
        "toggle",
        ("Space",),
        QT_TRANSLATE_NOOP("LiveKeys", "Space"),
        QT_TRANSLATE_NOOP("LiveKeys", "start / pause / resume"),
    ),
    LiveKey(
        "next_segment",
        ("N", "Right"),
        QT_TRANSLATE_NOOP("LiveKeys", "N or →"),
        QT_TRANSLATE_NOOP("LiveKeys", "next segment"),
    ),
    LiveKey(
        "previous_segment",
        ("P", "Left"),
        QT_TRANSLATE_NOOP("LiveKeys", "P or ←"),
        QT_TRANSLATE_NOOP("LiveKeys", "previous segment"),
    ),
    LiveKey(
        "add_minute",
        ("+", "="),
        QT_TRANSLATE_NOOP("LiveKeys", "+"),
        QT_TRANSLATE_NOOP("LiveKeys", "add a minute to this segment"),
    ),
    LiveKey(
        "remove_minute",
        ("-", "_"),
        QT_TRANSLATE_NOOP("LiveKeys", "−"),
        QT_TRANSLATE_NOOP("LiveKeys", "take a minute off this segment"),
    ),
    LiveKey(
        "log_sale",
        ("S",),
        QT_TRANSLATE_NOOP("LiveKeys", "S"),
        QT_TRANSLATE_NOOP("LiveKeys", "log a sale of the chosen product"),
    ),
    LiveKey(
        "pick_sale_product",
        ("Shift+S",),
        QT_TRANSLATE_NOOP("LiveKeys", "Shift+S"),
        QT_TRANSLATE_NOOP("LiveKeys", "choose the product S logs (the segment's own by default)"),
    ),
    LiveKey(
        "ask_viewers",
        ("V",),
        QT_TRANSLATE_NOOP("LiveKeys", "V"),
        QT_TRANSLATE_NOOP("LiveKeys", "type a viewer count"),
    ),
    LiveKey(
        "ask_comment",
        ("C",),
        QT_TRANSLATE_NOOP("LiveKeys", "C"),
        QT_TRANSLATE_NOOP("LiveKeys", "log a comment or question"),
    ),
    LiveKey(
        "ask_incident",
        ("I",),
        QT_TRANSLATE_NOOP("LiveKeys", "I"),
        QT_TRANSLATE_NOOP("LiveKeys", "log an incident"),
    ),
    LiveKey(
        "start_next_promotion",
        ("F",),
        QT_TRANSLATE_NOOP("LiveKeys", "F"),
        QT_TRANSLATE_NOOP("LiveKeys", "start the next planned promotion"),
    ),
    LiveKey(
        "ask_adhoc_promotion",
        ("Shift+F",),
        QT_TRANSLATE_NOOP("LiveKeys", "Shift+F"),
        QT_TRANSLATE_NOOP("LiveKeys", "start an ad-hoc promotion"),
    ),
    LiveKey(
        "stop_promotion",
        ("X",),
        QT_TRANSLATE_NOOP("LiveKeys", "X"),
        QT_TRANSLATE_NOOP("LiveKeys", "stop a running promotion"),
    ),
    LiveKey(
        "open_jump_picker",
        ("G", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
        QT_TRANSLATE_NOOP("LiveKeys", "G or 1–9"),
        QT_TRANSLATE_NOOP("LiveKeys", "go to segment… (type its number, Enter)"),
    ),
    LiveKey(
        "open_tighten_dialog",
        ("T",),
        QT_TRANSLATE_NOOP("LiveKeys", "T"),
        QT_TRANSLATE_NOOP("LiveKeys", "tighten the remaining segments…"),
    ),
    LiveKey(
        "toggle_advance_mode",
        ("A",),
        QT_TRANSLATE_NOOP("LiveKeys", "A"),
        QT_TRANSLATE_NOOP("LiveKeys", "advance: manual ⇄ automatic at zero"),
    ),
    LiveKey(
        "toggle_host_view",
        ("H",),
        QT_TRANSLATE_NOOP("LiveKeys", "H"),
        QT_TRANSLATE_NOOP("LiveKeys", "host view (full screen) on / off"),
    ),
    LiveKey(
        "toggle_mini_clock",
        ("K",),
        QT_TRANSLATE_NOOP("LiveKeys", "K"),
        QT_TRANSLATE_NOOP("LiveKeys", "mini clock (small, always on top) on / off"),
    ),
    LiveKey(
        "obs_hold_scene",
        ("O",),
        QT_TRANSLATE_NOOP("LiveKeys", "O"),
        QT_TRANSLATE_NOOP("LiveKeys", "OBS: hold the scene / follow the run-of-show again"),
    ),
    LiveKey(
        "obs_pick_scene",
        ("Shift+O",),
        QT_TRANSLATE_NOOP("LiveKeys", "Shift+O"),
        QT_TRANSLATE_NOOP("LiveKeys", "OBS: switch to a scene by hand"),
    ),
    LiveKey(
        "edit_message",
        ("M",),
        QT_TRANSLATE_NOOP("LiveKeys", "M"),
        QT_TRANSLATE_NOOP("LiveKeys", "write the message to the host (Enter or Esc: back)"),
    ),
    LiveKey(
        "undo",
        ("Ctrl+Z",),
        QT_TRANSLATE_NOOP("LiveKeys", "Ctrl+Z"),
        QT_TRANSLATE_NOOP("LiveKeys", "undo the last log entry"),
    ),
    LiveKey(
        "end_or_summary",
        ("Ctrl+End",),
        QT_TRANSLATE_NOOP("LiveKeys", "Ctrl+End"),
        QT_TRANSLATE_NOOP("LiveKeys", "end the show (asks first) / summary"),
    ),
    LiveKey(
        "show_help",
        ("?", "F1"),
        QT_TRANSLATE_NOOP("LiveKeys", "? or F1"),
        QT_TRANSLATE_NOOP("LiveKeys", "this sheet"),
    ),
)


def rows() -> list[tuple[str, str]]:
    """(keys, what) for the `?` sheet, in the UI language, one row per action."""
    return [(_t(str(k.shown)), _t(str(k.what))) for k in KEYS]


_MODS = (
    Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def _combo(text: str) -> tuple[int, int]:
    combo = QKeySequence(text)[0]  # type: ignore[index]  # (the stubs miss __getitem__)
    return int(combo.key().value), int(combo.keyboardModifiers().value)


def key_map() -> dict[tuple[int, int], str]:
    """(Qt key, modifiers) -> action."""
    out: dict[tuple[int, int], str] = {}
    for k in KEYS:
        for text in k.keys:
            out[_combo(text)] = k.action
    return out


def _typing(widget: QWidget | None) -> bool:
    """True while the focus is in a text field: single-key actions must not fire there."""
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)):
        return True
    return isinstance(widget, QComboBox) and widget.isEditable()


class LiveKeyFilter(QObject):
    """Application-wide: turns the table's keys into actions while `active(window)` says the
    key press belongs to Live. Accepting the ShortcutOverride keeps menu mnemonics and other
    shortcuts from taking the key first."""

    def __init__(
        self,
        active: Callable[[QWidget | None], bool],
        run: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._active = active
        self._run = run
        self._map = key_map()
        self.last_text = ""  # what the last key typed ("3" opens the segment picker at 3)

    def action_for(self, event: QKeyEvent) -> str | None:
        key = int(event.key())
        mods = int(event.modifiers().value) & int(_MODS.value)
        found = self._map.get((key, mods))
        if found is None and mods & int(Qt.KeyboardModifier.ShiftModifier.value):
            # "?", "+" and "_" need Shift on most layouts; letters keep Shift apart (S / Shift+S)
            if not Qt.Key.Key_A.value <= key <= Qt.Key.Key_Z.value:
                found = self._map.get((key, mods & ~int(Qt.KeyboardModifier.ShiftModifier.value)))
        return found

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        action = self.action_for(event)
        if action is None:
            return False
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget():
            return False
        if _typing(QApplication.focusWidget()):
            return False
        target = obj if isinstance(obj, QWidget) else QApplication.focusWidget()
        if not self._active(target.window() if target is not None else None):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # deliver it as a key press (below), not as a menu shortcut
            return True
        if event.isAutoRepeat() and action not in ("add_minute", "remove_minute"):
            return True  # a held key does one thing once
        self.last_text = event.text()
        self._run(action)
        return True
