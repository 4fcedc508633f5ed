"""Optional system-wide hotkeys for next segment / log a sale / +1 minute while another app has
the focus, through pynput's GlobalHotKeys (off by default, see settings.LIVE_GLOBAL_HOTKEYS).

pynput calls back on its own listener thread; the press crosses to the main thread by a queued
signal, and only there runs the Live action. Where the platform does not allow it (a Wayland
session, no X display, macOS without the accessibility permission, pynput missing) the hotkeys
stay off and `status_text()` says why in one sentence.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence

from livestudio import settings as opts
from livestudio.ui.widgets.global_hotkeys import mac_reason, mac_untrusted, platform_reason

log = logging.getLogger("livestudio.live")

# The Live actions a global hotkey may run (the same workspace methods as their Live keys).
HOTKEYS: tuple[tuple[str, opts.Option], ...] = (
    ("next_segment", opts.LIVE_GLOBAL_KEY_NEXT),
    ("log_sale", opts.LIVE_GLOBAL_KEY_SALE),
    ("add_minute", opts.LIVE_GLOBAL_KEY_MINUTE),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("GlobalHotkeys", text)


def _load_backend() -> Any:
    """pynput's keyboard module; importing it connects to the display (raises where it cannot)."""
    from pynput import keyboard

    return keyboard


_QT_TO_PYNPUT_SPECIAL = {
    Qt.Key.Key_Space: "<space>",
    Qt.Key.Key_Tab: "<tab>",
    Qt.Key.Key_Return: "<enter>",
    Qt.Key.Key_Enter: "<enter>",
    Qt.Key.Key_Backspace: "<backspace>",
    Qt.Key.Key_Delete: "<delete>",
    Qt.Key.Key_Insert: "<insert>",
    Qt.Key.Key_Home: "<home>",
    Qt.Key.Key_End: "<end>",
    Qt.Key.Key_PageUp: "<page_up>",
    Qt.Key.Key_PageDown: "<page_down>",
    Qt.Key.Key_Left: "<left>",
    Qt.Key.Key_Right: "<right>",
    Qt.Key.Key_Up: "<up>",
    Qt.Key.Key_Down: "<down>",
}


def to_pynput(text: str) -> str | None:
    """A QKeySequence portable text ("Ctrl+Alt+N") as a pynput hotkey ("<ctrl>+<alt>+n"); None
    when it is empty, more than one chord, has no Ctrl/Alt/Meta (a bare key would fire while
    typing in every app) or names a key pynput cannot match."""
    seq = QKeySequence(text.strip())
    if seq.count() != 1:
        return None
    combo = seq[0]  # type: ignore[index]  # (the stubs miss __getitem__)
    key, mods = combo.key(), combo.keyboardModifiers()
    mod = Qt.KeyboardModifier
    if not mods & (mod.ControlModifier | mod.AltModifier | mod.MetaModifier):
        return None
    mac = sys.platform == "darwin"  # Qt's Ctrl is the Command key there, its Meta is Control
    parts = []
    if mods & mod.ControlModifier:
        parts.append("<cmd>" if mac else "<ctrl>")
    if mods & mod.MetaModifier:
        parts.append("<ctrl>" if mac else "<cmd>")
    if mods & mod.AltModifier:
        parts.append("<alt>")
    if mods & mod.ShiftModifier:
        parts.append("<shift>")
    if key in _QT_TO_PYNPUT_SPECIAL:
        parts.append(_QT_TO_PYNPUT_SPECIAL[key])
    elif Qt.Key.Key_F1.value <= key.value <= Qt.Key.Key_F20.value:
        parts.append(f"<f{key.value - Qt.Key.Key_F1.value + 1}>")
    else:
        name = QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)
        if len(name) != 1 or name == "+":  # "+" is pynput's separator
            return None
        parts.append(name.lower())
    return "+".join(parts)


class GlobalHotkeys(QObject):
    """One pynput listener for the three hotkeys. `action_triggered` is emitted on the main
    thread; nothing here touches a widget."""

    action_triggered = Signal(str)  # a workspace action name, on the main thread
    _hotkey_pressed = Signal(str)  # emitted on pynput's listener thread

    def __init__(
        self,
        parent: QObject | None = None,
        settings: QSettings | None = None,
        load_backend: Callable[[], Any] | None = None,  # tests hand in a stand-in
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._load_backend = load_backend
        self.run: Callable[[str], None] | None = None  # runs an action on the main thread
        self.active: Callable[[], bool] = lambda: True  # e.g. "a show is live"
        self.listener: Any = None  # pynput.keyboard.GlobalHotKeys while running
        self.callbacks: dict[str, Callable[[], None]] = {}  # pynput hotkey -> callback
        self._reason = ""
        self._hotkey_pressed.connect(self._on_hotkey_pressed, Qt.ConnectionType.QueuedConnection)

    def running(self) -> bool:
        return self.listener is not None and self.listener.is_alive()

    def start(self, combos: dict[str, str]) -> bool:
        """Listen for `{action: "Ctrl+Alt+N", ...}`; False (and `status_text()` says why) when
        the platform or a combination does not allow it."""
        self.stop()
        self._reason = ""
        reason = platform_reason()
        if reason is None and mac_untrusted():
            reason = mac_reason()
        hotkeys: dict[str, Callable[[], None]] = {}
        if reason is None:
            for action, text in combos.items():
                spec = to_pynput(text)
                if spec is None or spec in hotkeys:
                    reason = _t(
                        "“{keys}” cannot be a global hotkey: use Ctrl or Alt with a letter, digit "
                        "or F-key, different for each action."
                    ).format(keys=text)
                    break
                hotkeys[spec] = self._callback(action)
        backend = None
        if reason is None:
            try:
                backend = (self._load_backend or _load_backend)()
            except Exception as exc:  # noqa: BLE001 (ImportError, or Xlib cannot reach the display)
                log.info("global hotkeys unavailable: %s", exc)
                reason = _t("Global hotkeys are not available on this system ({error}).").format(
                    error=type(exc).__name__
                )
        if reason is not None or backend is None:
            self._reason = reason or ""
            return False
        try:
            listener = backend.GlobalHotKeys(hotkeys)
            listener.daemon = True
            listener.start()
        except Exception as exc:  # noqa: BLE001 (the platform refused the listener)
            log.warning("global hotkeys did not start: %s", exc)
            self._reason = _t("Global hotkeys could not start ({error}).").format(
                error=type(exc).__name__
            )
            return False
        self.listener = listener
        self.callbacks = hotkeys
        log.info("global hotkeys on: %s", ", ".join(combos.values()))
        return True

    @Slot()
    def reload(self) -> bool:
        """Start when Settings turn the hotkeys on, with the combinations set there; else stop.
        (Connect the Settings dialog's `settings_saved` here.)"""
        qs = self._settings
        if not opts.get(opts.LIVE_GLOBAL_HOTKEYS, qs):
            self.stop()
            self._reason = ""
            return False
        return self.start({action: str(opts.get(opt, qs)) for action, opt in HOTKEYS})

    def stop(self) -> None:
        listener, self.listener = self.listener, None
        self.callbacks = {}
        if listener is None:
            return
        listener.stop()
        if listener.is_alive():
            listener.join(2.0)

    def status_text(self) -> str:
        """One sentence: on, off, or why it cannot be on."""
        if self.running():
            return _t("Global hotkeys are on while the Live workspace is open.")
        return self._reason or _t("Global hotkeys are off.")

    def _callback(self, action: str) -> Callable[[], None]:
        def pressed() -> None:  # on pynput's thread: only hand the press over
            self._hotkey_pressed.emit(action)

        return pressed

    @Slot(str)
    def _on_hotkey_pressed(self, action: str) -> None:
        if self.listener is None:
            return  # a press still queued when the listener stopped
        self.action_triggered.emit(action)
        if self.run is not None and self.active():
            self.run(action)


def for_workspace(workspace: Any) -> GlobalHotkeys:
    """The Live workspace's hotkeys: each runs the workspace action of its Live key, only while a
    show is live; started now when Settings have them on (stop them in close_workspace)."""
    hotkeys = GlobalHotkeys(workspace, workspace.ctx.settings)
    hotkeys.run = workspace.run_action
    hotkeys.active = lambda: bool(workspace.controller.live)
    hotkeys.reload()
    return hotkeys
