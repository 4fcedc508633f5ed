"""Platforms and stream keys: ingest URL, default preset, and the key — kept in the OS keyring only."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, QSettings, QTimer, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from livestudio import settings as opts
from livestudio.core.checks import secrets
from livestudio.core.checks.network import parse_endpoint
from livestudio.core.checks.presets import PRESET_NAMES
from livestudio.core.checks.service import CheckRunService
from livestudio.core.db import Store

CLIPBOARD_CLEAR_MS = 30_000
# The names the Plan workspace offers for a show's platform, so a show finds its settings.
SUGGESTED = [
    "Douyin",
    "TikTok Shop",
    "Taobao Live",
    "Kuaishou",
    "Shopee Live",
    "Whatnot",
    "Xiaohongshu",
]


class ClipboardWiper(QObject):
    """Clears the clipboard after a delay if it still holds what we put there."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._digest = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.wipe)

    def copy(self, text: str, clear_after_ms: int = CLIPBOARD_CLEAR_MS) -> None:
        QGuiApplication.clipboard().setText(text)
        self._digest = hashlib.sha256(text.encode()).hexdigest()  # not the key itself
        self.timer.start(clear_after_ms)

    @Slot()
    def wipe(self) -> None:
        cb = QGuiApplication.clipboard()
        if self._digest and hashlib.sha256(cb.text().encode()).hexdigest() == self._digest:
            cb.clear()
        self._digest = ""


_wiper: ClipboardWiper | None = None


def clipboard_wiper() -> ClipboardWiper:
    """One wiper for the app, so closing the dialog does not cancel the 30-second clear."""
    global _wiper
    if _wiper is None:
        _wiper = ClipboardWiper(QGuiApplication.instance())
    return _wiper


class PlatformsDialog(QDialog):
    def __init__(
        self,
        store: Store,
        settings: QSettings,
        parent: QWidget | None = None,
        suggest: str = "",
    ) -> None:
        super().__init__(parent)
        self.store, self.settings = store, settings
        self.service = CheckRunService(store)
        self.suggest = suggest  # the current show's platform: offered first by "Add platform"
        self.setWindowTitle(self.tr("Platforms and stream keys"))
        self.resize(760, 460)
        self.keyring_status = secrets.keyring_status()
        self.keyring_ok = self.keyring_status.secure

        self.list = QListWidget(self)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.add_button = QPushButton(self.tr("Add platform"), self)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.delete_button = QPushButton(self.tr("Delete platform"), self)
        self.delete_button.clicked.connect(self._on_delete_clicked)

        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("as named in the show's plan, e.g. Douyin"))
        self.ingest_edit = QLineEdit(self)
        self.ingest_edit.setPlaceholderText("rtmp://push.example.com/live")
        self.preset_combo = QComboBox(self)
        for p in PRESET_NAMES:
            self.preset_combo.addItem(p, p)
        self.bitrate_spin = QSpinBox(self)
        self.bitrate_spin.setRange(500, 50000)
        self.bitrate_spin.setSingleStep(500)
        self.bitrate_spin.setSuffix(" kbps")
        self.bitrate_spin.setValue(4500)
        self.preset_combo.currentIndexChanged.connect(
            lambda: self.bitrate_spin.setEnabled(self.preset_combo.currentData() == "custom")
        )
        self.save_button = QPushButton(self.tr("Save platform"), self)
        self.save_button.clicked.connect(self._on_save_clicked)

        self.key_label = QLabel(self)
        self.key_edit = QLineEdit(self)
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(self.tr("paste the stream key here"))
        self.store_key_button = QPushButton(self.tr("Store key"), self)
        self.store_key_button.clicked.connect(self._on_store_key_clicked)
        self.copy_key_button = QPushButton(self.tr("Copy key"), self)
        self.copy_key_button.setToolTip(
            self.tr("Copies the key; the clipboard is cleared after 30 seconds")
        )
        self.copy_key_button.clicked.connect(self._on_copy_key_clicked)
        self.delete_key_button = QPushButton(self.tr("Forget key"), self)
        self.delete_key_button.clicked.connect(self._on_delete_key_clicked)
        self.keyring_note = QLabel(self)
        self.keyring_note.setWordWrap(True)
        if not self.keyring_ok:
            # not an error: the key then belongs in the streaming software (Check passes)
            self.keyring_note.setText(
                self.tr(
                    "Stream keys are not stored here — keep them in your streaming software. "
                    "LiveStudio never stores keys in plain text. {refusal}"
                ).format(refusal=secrets.refusal_text(self.keyring_status))
            )
            for w in (
                self.key_edit,
                self.store_key_button,
                self.copy_key_button,
                self.delete_key_button,
            ):
                w.setEnabled(False)
        else:
            self.keyring_note.setText(
                self.tr(
                    "Keys are kept in your system's key store ({backend}), never in "
                    "LiveStudio's files."
                ).format(backend=self.keyring_status.backend)
            )

        self.upload_edit = QLineEdit(str(opts.get(opts.UPLOAD_ENDPOINT, settings) or ""), self)
        self.upload_edit.setPlaceholderText(
            "http://speedtest.example.com/upload  ·  tcp://host:port"
        )

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Ingest URL:"), self.ingest_edit)
        form.addRow(self.tr("Default preset:"), self.preset_combo)
        form.addRow(self.tr("Custom bitrate:"), self.bitrate_spin)
        form.addRow("", self.save_button)
        form.addRow(self.tr("Stream key:"), self.key_label)
        keyrow = QHBoxLayout()
        keyrow.addWidget(self.key_edit, 1)
        keyrow.addWidget(self.store_key_button)
        form.addRow("", keyrow)
        btnrow = QHBoxLayout()
        btnrow.addWidget(self.copy_key_button)
        btnrow.addWidget(self.delete_key_button)
        btnrow.addStretch(1)
        form.addRow("", btnrow)
        form.addRow("", self.keyring_note)
        form.addRow(self.tr("Upload test endpoint\n(all platforms):"), self.upload_edit)

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.add_button)
        left.addWidget(self.delete_button)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(form, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(body, 1)
        lay.addWidget(buttons)
        self._reload()

    # ---- list -----------------------------------------------------------------------------
    def _reload(self, select: str | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for p in self.service.platforms():
            it = QListWidgetItem(p.name)
            it.setData(256, p.id)
            self.list.addItem(it)
        self.list.blockSignals(False)
        rows = [self.list.item(i) for i in range(self.list.count())]
        target = next((it for it in rows if it.text() == select), rows[0] if rows else None)
        if target is not None:
            self.list.setCurrentItem(target)
        else:
            self._show(None)

    def current_platform_name(self) -> str:
        it = self.list.currentItem()
        return it.text() if it else ""

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_list_current_item_changed(self, cur: QListWidgetItem | None, _prev: object) -> None:
        self._show(cur.data(256) if cur else None)

    def _show(self, platform_id: int | None) -> None:
        p = next((x for x in self.service.platforms() if x.id == platform_id), None)
        self._platform_id = platform_id
        self.name_edit.setText(p.name if p else "")
        self.ingest_edit.setText(p.ingest_url if p else "")
        self.preset_combo.setCurrentIndex(
            max(0, self.preset_combo.findData(p.default_preset if p else "1080p30"))
        )
        self.bitrate_spin.setValue(p.custom_bitrate_kbps or 4500 if p else 4500)
        self.bitrate_spin.setEnabled(self.preset_combo.currentData() == "custom")
        self._show_key()

    def _show_key(self) -> None:
        name = self.current_platform_name()
        key = secrets.get_key(name) if name and self.keyring_ok else None
        if not self.keyring_ok:
            self.key_label.setText(self.tr("not stored here — keep it in your streaming software"))
        elif key:
            self.key_label.setText(self.tr("stored: {masked}").format(masked=secrets.mask(key)))
        else:
            self.key_label.setText(self.tr("none stored"))
        self.copy_key_button.setEnabled(bool(key))
        self.delete_key_button.setEnabled(bool(key))

    # ---- actions --------------------------------------------------------------------------
    @Slot()
    def _on_add_clicked(self) -> None:
        used = {self.list.item(i).text() for i in range(self.list.count())}
        order = [self.suggest, *SUGGESTED] if self.suggest else SUGGESTED
        name = next((n for n in order if n not in used), self.tr("New platform"))
        n = 2
        base = name
        while name in used:
            name = f"{base} {n}"
            n += 1
        self.service.save_platform(name, "", "1080p30", None)
        self._reload(select=name)
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    @Slot()
    def _on_delete_clicked(self) -> None:
        if self._platform_id is None:
            return
        name = self.current_platform_name()
        if (
            QMessageBox.question(
                self,
                self.tr("Delete platform"),
                self.tr("Delete {name} and forget its stream key?").format(name=name),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        secrets.delete_key(name)
        self.service.delete_platform(self._platform_id)
        self._reload()

    def save_current(self) -> bool:
        name = self.name_edit.text().strip()
        url = self.ingest_edit.text().strip()
        if not name:
            QMessageBox.warning(self, self.tr("Platform"), self.tr("The platform needs a name."))
            return False
        if url:
            try:
                ep = parse_endpoint(url)
            except ValueError as exc:
                QMessageBox.warning(self, self.tr("Ingest URL"), str(exc))
                return False
            if ep.scheme not in ("rtmp", "rtmps", "srt"):
                QMessageBox.warning(
                    self,
                    self.tr("Ingest URL"),
                    self.tr("The ingest URL must start with rtmp://, rtmps:// or srt://."),
                )
                return False
        old = self.current_platform_name()
        preset = str(self.preset_combo.currentData())
        bitrate = self.bitrate_spin.value() if preset == "custom" else None
        try:
            self.service.save_platform(name, url, preset, bitrate, self._platform_id)
        except Exception as exc:  # noqa: BLE001 - e.g. a duplicate name
            QMessageBox.warning(
                self,
                self.tr("Platform"),
                self.tr("Could not save {name}: {error}").format(name=name, error=exc),
            )
            return False
        if old and old != name and self.keyring_ok:  # the key follows a renamed platform
            key = secrets.get_key(old)
            if key:
                secrets.store_key(name, key)
                secrets.delete_key(old)
        opts.put(opts.UPLOAD_ENDPOINT, self.upload_edit.text().strip(), self.settings)
        self._reload(select=name)
        return True

    @Slot()
    def _on_save_clicked(self) -> None:
        self.save_current()

    @Slot()
    def _on_store_key_clicked(self) -> None:
        name = self.current_platform_name()
        key = self.key_edit.text().strip()
        self.key_edit.clear()
        if not name or not key:
            return
        try:
            secrets.store_key(name, key)
        except secrets.NoKeyringError as exc:
            QMessageBox.warning(self, self.tr("Stream key not stored"), str(exc))
        self._show_key()

    @Slot()
    def _on_copy_key_clicked(self) -> None:
        key = secrets.get_key(self.current_platform_name())
        if key:
            clipboard_wiper().copy(key)
            self.key_label.setText(
                self.tr("copied {masked} — the clipboard clears in 30 s").format(
                    masked=secrets.mask(key)
                )
            )

    @Slot()
    def _on_delete_key_clicked(self) -> None:
        secrets.delete_key(self.current_platform_name())
        self._show_key()

    def done(self, result: int) -> None:
        opts.put(opts.UPLOAD_ENDPOINT, self.upload_edit.text().strip(), self.settings)
        super().done(result)
