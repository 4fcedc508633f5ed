"""After every export: say where the file went and offer to open it or show its folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


def show_folder(path: Path) -> bool:
    """Open the file manager on the folder that holds `path`."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def announce_export(parent: QWidget, path: str | Path, title: str = "") -> QMessageBox:
    """A non-blocking 'Saved <file>' box with Open / Show in folder / Close. Returned so tests
    (and callers) can read it and press its buttons."""
    path = Path(path)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title or QCoreApplication.translate("Export", "Exported"))
    box.setText(QCoreApplication.translate("Export", "Saved {name}").format(name=path.name))
    box.setInformativeText(str(path.parent))
    open_button = box.addButton(
        QCoreApplication.translate("Export", "Open"), QMessageBox.ButtonRole.AcceptRole
    )
    folder_button = box.addButton(
        QCoreApplication.translate("Export", "Show in folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    open_button.setObjectName("export_open")
    folder_button.setObjectName("export_show_in_folder")

    def clicked(button: QPushButton) -> None:
        if button is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif button is folder_button:
            show_folder(path)

    box.buttonClicked.connect(clicked)
    box.setModal(False)
    box.open()
    return box
