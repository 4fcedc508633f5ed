"""Help ▸ About: version, build, where the data and logs are, the third-party notices with the
LGPL note, and "Copy diagnostics" (versions, OS, paths — never a secret)."""

from __future__ import annotations

import json
import platform
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livestudio import __version__
from livestudio.core import fmt, paths
from livestudio.core.redact import redact

NOTICES_FILE = "THIRD-PARTY.txt"
BUILD_INFO_FILE = "build-info.json"  # written by packaging/build.sh into the bundle


@dataclass(frozen=True)
class BuildInfo:
    built: datetime | None  # None: running from a source checkout
    commit: str = ""


def build_info() -> BuildInfo:
    path = paths.resource(BUILD_INFO_FILE)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        built = datetime.fromisoformat(str(data["built"]).replace("Z", "+00:00"))
    except (OSError, ValueError, KeyError, TypeError):
        return BuildInfo(None)
    return BuildInfo(built, str(data.get("commit") or ""))


def notices_text() -> str:
    try:
        return paths.resource(NOTICES_FILE).read_text(encoding="utf-8")
    except OSError:
        return ""


def _package_versions() -> str:
    from importlib import metadata

    names = ("PySide6-Essentials", "SQLAlchemy", "alembic", "numpy", "pyqtgraph", "openpyxl",
             "python-calamine", "keyring", "platformdirs", "psutil")  # fmt: skip
    out = []
    for name in names:
        try:
            out.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            continue
    return ", ".join(out)


def diagnostics(db_path: Path | None) -> str:
    """Plain text for a support request. Paths and versions only: no keys, no show data."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    from livestudio.core.checks import secrets

    info = build_info()
    app = QGuiApplication.instance()
    screen = QGuiApplication.primaryScreen() if app is not None else None
    screen_text = (
        f"{screen.size().width()}x{screen.size().height()} @ {screen.devicePixelRatio():g}x"
        if screen is not None
        else "none"
    )
    keyring = secrets.keyring_status()
    keyring_text = keyring.backend + (
        " (secure)" if keyring.secure else f" (not used: {keyring.reason})"
    )
    built = (
        f"built {info.built.isoformat(timespec='minutes')}"
        + (f", commit {info.commit}" if info.commit else "")
        if info.built
        else "running from source"
    )
    lines = [
        f"LiveStudio {__version__} ({built}; {'bundle' if getattr(sys, 'frozen', False) else 'python'})",
        f"OS: {platform.platform()} ({platform.machine()})",
        f"Python: {platform.python_implementation()} {platform.python_version()}",
        f"Qt: {qVersion()}, PySide6 {pyside_version}; platform plugin: "
        f"{QGuiApplication.platformName() if app is not None else '-'}; screen: {screen_text}",
        f"Locale: {QLocale().name()}; system: {QLocale.system().name()}",
        f"Packages: {_package_versions()}",
        f"Keyring: {keyring_text}",
        f"Data folder: {paths.data_dir()}",
        f"Log folder: {paths.log_dir()}",
        f"Database: {db_path if db_path else '-'}",
    ]
    return redact("\n".join(lines)) + "\n"


class AboutDialog(QDialog):
    """Version, build date, data / log folders, third-party notices, Copy diagnostics."""

    def __init__(self, db_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.db_path = db_path
        self.setWindowTitle(self.tr("About LiveStudio"))
        self.resize(720, 600)

        title = QLabel(self.tr("<h2>LiveStudio {version}</h2>").format(version=__version__), self)
        tagline = QLabel(self.tr("Plan, check, run and review a live-selling show."), self)
        info = build_info()
        if info.built is not None:
            built = fmt.datetime_text(info.built, long=True)
            if info.commit:
                built = self.tr("{date} (commit {commit})").format(date=built, commit=info.commit)
        else:
            built = self.tr("not a built app: running from the source folder")
        self.build_label = QLabel(built, self)
        self.data_label = self._folder_label(paths.data_dir())
        self.log_label = self._folder_label(paths.log_dir())
        self.db_label = QLabel(str(db_path) if db_path else "—", self)
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.db_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Version:"), QLabel(__version__, self))
        form.addRow(self.tr("Built:"), self.build_label)
        form.addRow(self.tr("Data folder:"), self.data_label)
        form.addRow(self.tr("Log folder:"), self.log_label)
        form.addRow(self.tr("Database:"), self.db_label)

        notices_title = QLabel(self.tr("<b>Third-party software and licences</b>"), self)
        self.notices = QPlainTextEdit(self)
        self.notices.setObjectName("about_notices")
        self.notices.setReadOnly(True)
        self.notices.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.notices.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        text = notices_text()
        self.notices.setPlainText(
            text or self.tr("The third-party notices file is missing from this installation.")
        )

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy diagnostics"), self)
        self.copy_button.setObjectName("about_copy_diagnostics")
        self.copy_button.setToolTip(
            self.tr("Versions, system and folders for a support request; never a stream key")
        )
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        buttons.rejected.connect(self.reject)
        self.copied_label = QLabel(self)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(tagline)
        layout.addLayout(form)
        layout.addWidget(notices_title)
        layout.addWidget(self.notices, 1)
        layout.addWidget(self.copied_label)
        layout.addWidget(buttons)

    def _folder_label(self, folder: Path) -> QLabel:
        url = QUrl.fromLocalFile(str(folder)).toString()
        label = QLabel(f'<a href="{url}">{_html(str(folder))}</a>', self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setToolTip(self.tr("Open this folder"))
        label.setWordWrap(True)
        label.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))
        return label

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(diagnostics(self.db_path))
        self.copied_label.setText(
            self.tr("Diagnostics copied: paste them into your message to support.")
        )


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def show_about(db_path: Path | None, parent: QWidget | None = None) -> AboutDialog:
    """Open the About dialog (window-modal, not blocking) and return it."""
    dialog = AboutDialog(db_path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
