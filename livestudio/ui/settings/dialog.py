"""The Settings dialog: language, currency, theme, stream preset, chime, folders, backups.

Values are read from and written to QSettings through `livestudio.settings` (each option is
declared there once). The theme applies at once; a new language applies after a restart,
which the dialog offers. Restoring a backup is confirmed here and carried out by the main
window (`restore_requested`), which has to close and reopen the store.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSlider,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

from livestudio import settings as opts
from livestudio import translations
from livestudio.core import backup, fmt, paths
from livestudio.ui import theme
from livestudio.ui.context import AppContext
from livestudio.ui.widgets.chime import chime_path
from livestudio.ui.widgets.global_hotkeys import GlobalHotkeysGroup

CURRENCIES = ["CNY", "HKD", "TWD", "USD", "EUR", "GBP", "JPY", "KRW", "SGD", "MYR", "THB",
              "IDR", "PHP", "VND", "AUD", "CAD"]  # fmt: skip


class FolderField(QWidget):
    """A path line edit with a Browse… button; empty means the default shown as placeholder."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(browse)

    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        self.edit.setText(text)

    @Slot()
    def _on_browse_clicked(self) -> None:
        start = self.text() or self.edit.placeholderText()
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), start)
        if chosen:
            self.edit.setText(chosen)


class SettingsDialog(QDialog):
    restore_requested = Signal(str)  # path of the backup to restore (already confirmed)
    restart_requested = Signal()
    settings_saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.ctx = ctx
        self.qs = ctx.settings
        self.setWindowTitle(self.tr("Settings"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_general(), self.tr("General"))
        self.tabs.addTab(self._build_streaming(), self.tr("Streaming"))
        self.tabs.addTab(self._build_data(), self.tr("Data and backups"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply,
            self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.load()
        self.resize(max(self.sizeHint().width(), 640), max(self.sizeHint().height(), 480))

    # ---- pages ------------------------------------------------------------------------
    def _build_general(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.language = QComboBox(page)
        self.language.addItem(self.tr("Follow the system"), "system")
        for code, name in translations.LANGUAGES.items():
            self.language.addItem(name, code)  # each language named in itself
        self.language_note = QLabel(self.tr("A new language applies after LiveStudio restarts."))
        self.language_note.setWordWrap(True)
        self.language_note.setEnabled(False)
        form.addRow(opts.LANGUAGE.label_tr(), self.language)
        form.addRow("", self.language_note)
        self.currency = QComboBox(page)
        locale = QLocale()
        for code in CURRENCIES:
            symbol = _currency_symbol(code, locale)
            self.currency.addItem(f"{code}  {symbol}" if symbol != code else code, code)
        form.addRow(opts.CURRENCY.label_tr(), self.currency)
        self.theme = QComboBox(page)
        self.theme.addItem(self.tr("Follow the system"), "system")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        form.addRow(opts.THEME.label_tr(), self.theme)
        self.global_hotkeys = GlobalHotkeysGroup(page)
        form.addRow(self.global_hotkeys)
        return page

    def _build_streaming(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.preset = QComboBox(page)
        for key, p in opts.STREAM_PRESETS.items():
            self.preset.addItem(
                self.tr("{name} — {w}×{h}, {fps} fps, {kbps} kbps").format(
                    name=key, w=p.width, h=p.height, fps=p.fps, kbps=p.bitrate_kbps
                ),
                key,
            )
        self.preset.addItem(self.tr("Custom…"), "custom")
        self.preset.currentIndexChanged.connect(self._on_preset_current_index_changed)
        form.addRow(opts.STREAM_PRESET.label_tr(), self.preset)
        self.custom = QWidget(page)
        row = QHBoxLayout(self.custom)
        row.setContentsMargins(0, 0, 0, 0)
        self.custom_w = _spin(320, 7680, 1920, self.custom)
        self.custom_h = _spin(240, 4320, 1080, self.custom)
        self.custom_fps = _spin(1, 120, 30, self.custom, self.tr(" fps"))
        self.custom_kbps = _spin(300, 50000, 4500, self.custom, self.tr(" kbps"))
        self.custom_kbps.setSingleStep(500)
        self.custom_w.setAccessibleName(self.tr("Width"))
        self.custom_h.setAccessibleName(self.tr("Height"))
        row.addWidget(self.custom_w)
        row.addWidget(QLabel("×"))
        row.addWidget(self.custom_h)
        row.addWidget(self.custom_fps)
        row.addWidget(self.custom_kbps)
        row.addStretch(1)
        form.addRow(self.tr("Custom preset"), self.custom)
        self.chime_enabled = QCheckBox(opts.CHIME_ENABLED.label_tr(), page)
        form.addRow("", self.chime_enabled)
        volume_row = QWidget(page)
        vrow = QHBoxLayout(volume_row)
        vrow.setContentsMargins(0, 0, 0, 0)
        self.chime_volume = QSlider(Qt.Orientation.Horizontal, volume_row)
        self.chime_volume.setRange(0, 100)
        self.chime_volume_label = QLabel(volume_row)
        self.chime_volume_label.setMinimumWidth(48)
        self.chime_volume.valueChanged.connect(self._on_chime_volume_value_changed)
        self.chime_enabled.toggled.connect(volume_row.setEnabled)
        self.chime_test = QPushButton(self.tr("Play"), volume_row)
        self.chime_test.setToolTip(self.tr("Play the chime at this volume"))
        self.chime_test.clicked.connect(self._on_chime_test_clicked)
        self._test_effect: QSoundEffect | None = None
        vrow.addWidget(self.chime_volume, 1)
        vrow.addWidget(self.chime_volume_label)
        vrow.addWidget(self.chime_test)
        form.addRow(opts.CHIME_VOLUME.label_tr(), volume_row)
        self.recording_dir = FolderField(str(Path.home() / "Videos"), page)
        form.addRow(opts.RECORDING_DIR.label_tr(), self.recording_dir)
        return page

    def _build_data(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        form = QFormLayout()
        store_row = QWidget(page)
        srow = QHBoxLayout(store_row)
        srow.setContentsMargins(0, 0, 0, 0)
        self.store_path = QLineEdit(str(self.ctx.store.path), store_row)
        self.store_path.setReadOnly(True)
        open_btn = QPushButton(self.tr("Show in folder"), store_row)
        open_btn.clicked.connect(self._on_open_store_folder_clicked)
        srow.addWidget(self.store_path, 1)
        srow.addWidget(open_btn)
        form.addRow(self.tr("Database file"), store_row)
        self.backup_dir = FolderField(str(paths.data_dir() / "backups"), page)
        self.backup_dir.edit.editingFinished.connect(self.refresh_backups)
        form.addRow(opts.BACKUP_DIR.label_tr(), self.backup_dir)
        self.backups_kept = _spin(1, 365, 7, page)
        form.addRow(opts.BACKUPS_KEPT.label_tr(), self.backups_kept)
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "LiveStudio backs up the database once a day when it opens and keeps the newest "
                "ones. Copies made before a restore are never deleted."
            ),
            page,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(QLabel(self.tr("Backups (newest first):"), page))
        self.backup_list = QListWidget(page)
        self.backup_list.setAlternatingRowColors(True)
        self.backup_list.currentRowChanged.connect(self._on_backup_list_current_row_changed)
        layout.addWidget(self.backup_list, 1)
        actions = QHBoxLayout()
        self.backup_now = QPushButton(self.tr("Back up now"), page)
        self.backup_now.clicked.connect(self._on_backup_now_clicked)
        self.restore_button = QPushButton(self.tr("Restore selected…"), page)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        actions.addWidget(self.backup_now)
        actions.addStretch(1)
        actions.addWidget(self.restore_button)
        layout.addLayout(actions)
        return page

    # ---- load / save ------------------------------------------------------------------
    def load(self) -> None:
        qs = self.qs
        _select(self.language, str(opts.get(opts.LANGUAGE, qs)))
        _select(self.currency, str(opts.get(opts.CURRENCY, qs)))
        _select(self.theme, str(opts.get(opts.THEME, qs)))
        preset = opts.stream_preset(qs)
        _select(self.preset, preset.name)
        self.custom_w.setValue(preset.width)
        self.custom_h.setValue(preset.height)
        self.custom_fps.setValue(preset.fps)
        self.custom_kbps.setValue(preset.bitrate_kbps)
        self.custom.setEnabled(preset.name == "custom")
        self.chime_enabled.setChecked(bool(opts.get(opts.CHIME_ENABLED, qs)))
        self.chime_volume.setValue(int(opts.get(opts.CHIME_VOLUME, qs)))
        self._on_chime_volume_value_changed(self.chime_volume.value())
        self.recording_dir.setText(str(opts.get(opts.RECORDING_DIR, qs)))
        self.backup_dir.setText(str(opts.get(opts.BACKUP_DIR, qs)))
        self.backups_kept.setValue(int(opts.get(opts.BACKUPS_KEPT, qs)))
        self.global_hotkeys.load(qs)
        self._loaded_language = str(opts.get(opts.LANGUAGE, qs))
        self.refresh_backups()

    def current_preset(self) -> opts.StreamPreset:
        key = str(self.preset.currentData())
        if key in opts.STREAM_PRESETS:
            return opts.STREAM_PRESETS[key]
        return opts.StreamPreset(
            "custom",
            self.custom_w.value(),
            self.custom_h.value(),
            self.custom_fps.value(),
            self.custom_kbps.value(),
        )

    @Slot()
    def apply(self) -> None:
        qs = self.qs
        opts.put(opts.LANGUAGE, self.language.currentData(), qs)
        opts.put(opts.CURRENCY, self.currency.currentData(), qs)
        new_theme = str(self.theme.currentData())
        if new_theme != str(opts.get(opts.THEME, qs)) or new_theme != theme.current_theme():
            opts.put(opts.THEME, new_theme, qs)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                theme.apply_theme(app, new_theme)
        preset = self.current_preset()
        opts.put(opts.STREAM_PRESET, preset.value(), qs)
        if preset.name == "custom":
            opts.put(opts.STREAM_CUSTOM, preset.custom_value(), qs)
        opts.put(opts.CHIME_ENABLED, self.chime_enabled.isChecked(), qs)
        opts.put(opts.CHIME_VOLUME, self.chime_volume.value(), qs)
        opts.put(opts.RECORDING_DIR, self.recording_dir.text(), qs)
        opts.put(opts.BACKUP_DIR, self.backup_dir.text(), qs)
        opts.put(opts.BACKUPS_KEPT, self.backups_kept.value(), qs)
        self.global_hotkeys.apply(qs)
        qs.sync()
        self.settings_saved.emit()
        self.refresh_backups()

    def accept(self) -> None:
        self.apply()
        language_changed = str(self.language.currentData()) != self._loaded_language
        super().accept()
        if language_changed:
            self._offer_restart()

    def _offer_restart(self) -> None:
        answer = QMessageBox.question(
            self.parentWidget(),
            self.tr("Restart LiveStudio?"),
            self.tr("The new language is used after a restart. Restart LiveStudio now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restart_requested.emit()

    # ---- backups ----------------------------------------------------------------------
    def backup_folder(self) -> Path:
        text = self.backup_dir.text()
        return Path(text) if text else paths.data_dir() / "backups"

    @Slot()
    def refresh_backups(self) -> None:
        self.backup_list.clear()
        locale = QLocale()
        kinds = {
            "daily": self.tr("daily"),
            "before-restore": self.tr("before a restore"),
            "other": self.tr("copy"),
        }
        for info in backup.list_backups(self.ctx.store.path, self.backup_folder()):
            when = fmt.datetime_text(info.taken)
            size = locale.formattedDataSize(info.size)
            item = QListWidgetItem(
                self.tr("{when} — {kind} — {size}").format(
                    when=when, kind=kinds.get(info.kind, info.kind), size=size
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            item.setToolTip(str(info.path))
            self.backup_list.addItem(item)
        if self.backup_list.count() == 0:
            empty = QListWidgetItem(self.tr("No backups yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.backup_list.addItem(empty)
        self.restore_button.setEnabled(False)

    def selected_backup(self) -> Path | None:
        item = self.backup_list.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return Path(data) if data else None

    @Slot(int)
    def _on_backup_list_current_row_changed(self, _row: int) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    @Slot()
    def _on_backup_now_clicked(self) -> None:
        dest = self.backup_folder() / f"{self.ctx.store.path.stem}-{_now_stamp()}.sqlite3"
        try:
            self.ctx.store.backup_to(dest)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Backup failed"), str(exc))
            return
        self.ctx.status_message.emit(self.tr("Backed up to {path}").format(path=dest))
        self.refresh_backups()

    def confirm_restore(self, path: Path) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "Replace all current data with the backup {name}?\n\n"
                "Your current data is copied to the backup folder first, so you can go back. "
                "LiveStudio restarts afterwards."
            ).format(name=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def _on_restore_clicked(self) -> None:
        path = self.selected_backup()
        if path is None or not self.confirm_restore(path):
            return
        self.apply()  # the backup folder chosen here is where the safety copy goes
        self.done(QDialog.DialogCode.Accepted)
        self.restore_requested.emit(str(path))

    # ---- small slots ------------------------------------------------------------------
    @Slot(int)
    def _on_preset_current_index_changed(self, _index: int) -> None:
        self.custom.setEnabled(self.preset.currentData() == "custom")

    @Slot(int)
    def _on_chime_volume_value_changed(self, value: int) -> None:
        self.chime_volume_label.setText(QLocale().toString(value) + " %")

    @Slot()
    def _on_chime_test_clicked(self) -> None:
        """Play the Live workspace's chime at the slider's volume (QtMultimedia loads only now)."""
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:  # Qt Multimedia's libraries are missing on this system
            return
        if self._test_effect is None:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(chime_path())))
            self._test_effect = effect
        effect = self._test_effect
        effect.setVolume(self.chime_volume.value() / 100)
        effect.play()

    @Slot()
    def _on_open_store_folder_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.store.path.parent)))


def _spin(lo: int, hi: int, value: int, parent: QWidget, suffix: str = "") -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(lo, hi)
    spin.setValue(value)
    if suffix:
        spin.setSuffix(suffix)
    return spin


def _select(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(index if index >= 0 else 0)


def _currency_symbol(code: str, locale: QLocale) -> str:
    from livestudio.core.money import SYMBOLS

    return SYMBOLS.get(code, "").strip() or code


def _now_stamp() -> str:
    return fmt.file_stamp()
