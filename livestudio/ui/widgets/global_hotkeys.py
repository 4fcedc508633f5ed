"""What global hotkeys can do on this system, and the Settings group that turns them on.

Shared by the Live workspace (ui/live/global_keys.py runs the listener) and the Settings dialog,
which must not import each other. Nothing here imports pynput: importing it opens the display.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QSettings, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QKeySequenceEdit, QLabel, QWidget

from livestudio import settings as opts

KEY_OPTIONS = (opts.LIVE_GLOBAL_KEY_NEXT, opts.LIVE_GLOBAL_KEY_SALE, opts.LIVE_GLOBAL_KEY_MINUTE)


def _t(text: str) -> str:
    return QCoreApplication.translate("GlobalHotkeys", text)


def platform_reason() -> str | None:
    """Why this session cannot have global hotkeys (one translated sentence), None when it can
    (as far as can be told before the listener starts)."""
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        wayland = os.environ.get("XDG_SESSION_TYPE", "").lower() == "wayland" or bool(
            os.environ.get("WAYLAND_DISPLAY")
        )
        if wayland:
            # through XWayland pynput would only hear keys typed into other X apps
            return _t(
                "Global hotkeys are not possible in a Wayland session; choose an X11 (Xorg) "
                "session at login."
            )
        if not os.environ.get("DISPLAY"):
            return _t("Global hotkeys need an X11 display, and there is none.")
    return None


def mac_untrusted() -> bool:
    if sys.platform != "darwin":
        return False
    try:
        import HIServices  # pyobjc, which pynput brings on macOS

        return not bool(HIServices.AXIsProcessTrusted())
    except Exception:  # noqa: BLE001 (no pyobjc: pynput's import reports it)
        return False


def mac_reason() -> str:
    return _t(
        "Global hotkeys need the accessibility permission: allow LiveStudio in System "
        "Settings ▸ Privacy & Security ▸ Accessibility."
    )


def settings_status(enabled: bool) -> str:
    """What the Settings dialog says under the checkbox (before any listener runs)."""
    reason = platform_reason()
    if reason is None and mac_untrusted():
        reason = mac_reason()
    if reason is not None:
        return reason
    if enabled:
        return _t("Global hotkeys are on while the Live workspace is open.")
    return _t("Global hotkeys are off.")


class GlobalHotkeysGroup(QGroupBox):
    """Settings: the on/off checkbox, one key field per action, and a line saying what holds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_t("Global hotkeys (while another app has focus)"), parent)
        self.setObjectName("GlobalHotkeysGroup")
        form = QFormLayout(self)
        self.enabled = QCheckBox(opts.LIVE_GLOBAL_HOTKEYS.label_tr(), self)
        self.enabled.toggled.connect(self._on_enabled_toggled)
        form.addRow(self.enabled)
        self.fields: dict[str, QKeySequenceEdit] = {}
        for opt in KEY_OPTIONS:
            edit = QKeySequenceEdit(self)
            edit.setMaximumSequenceLength(1)
            edit.setClearButtonEnabled(True)
            edit.setAccessibleName(opt.label_tr())
            self.fields[opt.key] = edit
            form.addRow(opt.label_tr(), edit)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setEnabled(False)
        form.addRow(self.status)

    def load(self, qs: QSettings | None) -> None:
        self.enabled.setChecked(bool(opts.get(opts.LIVE_GLOBAL_HOTKEYS, qs)))
        for opt in KEY_OPTIONS:
            self.fields[opt.key].setKeySequence(QKeySequence(str(opts.get(opt, qs))))
        self._on_enabled_toggled(self.enabled.isChecked())

    def apply(self, qs: QSettings | None) -> None:
        opts.put(opts.LIVE_GLOBAL_HOTKEYS, self.enabled.isChecked(), qs)
        for opt in KEY_OPTIONS:
            text = (
                self.fields[opt.key]
                .keySequence()
                .toString(QKeySequence.SequenceFormat.PortableText)
            )
            opts.put(opt, text or opt.default, qs)  # an emptied field goes back to the default

    @Slot(bool)
    def _on_enabled_toggled(self, on: bool) -> None:
        for edit in self.fields.values():
            edit.setEnabled(on)
        self.status.setText(settings_status(on))
