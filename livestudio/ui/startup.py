"""Opening the store from the GUI: a newer file is refused, a damaged one offers its newest backup."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from livestudio import settings
from livestudio.core.db import (
    CorruptDatabaseError,
    NewerDatabaseError,
    Store,
    StoreError,
    open_store,
    restore_from_backup,
)

log = logging.getLogger("livestudio.store")


def _tr(text: str) -> str:
    return QApplication.translate("Startup", text)


def backup_dirs() -> list[Path]:
    d = settings.get(settings.BACKUP_DIR)
    from livestudio.core import paths

    return [Path(d)] if d else [paths.data_dir() / "backups"]


def open_store_interactively(db_path: Path) -> Store | None:
    try:
        return open_store(db_path, backup_dirs())
    except NewerDatabaseError as exc:
        log.error("refused newer database: %s", exc)
        QMessageBox.critical(None, _tr("Database from a newer LiveStudio"), str(exc))
        return None
    except CorruptDatabaseError as exc:
        log.error("damaged database: %s", exc)
        return _offer_backup(db_path, exc)
    except StoreError as exc:
        QMessageBox.critical(None, _tr("Cannot open the database"), str(exc))
        return None


def _offer_backup(db_path: Path, exc: CorruptDatabaseError) -> Store | None:
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(_tr("Cannot open the database"))
    if not exc.backups:
        box.setText(
            str(exc) + "\n\n" + _tr("No backup was found. The file was left exactly as it is.")
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return None
    newest = exc.backups[0]
    box.setText(
        str(exc)
        + "\n\n"
        + _tr(
            "The newest backup is {name}. Restore it? The damaged file is kept beside it, renamed."
        ).format(name=newest.name)
    )
    restore = box.addButton(_tr("Restore newest backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not restore:
        return None
    moved = restore_from_backup(db_path, newest)
    log.warning("restored %s from %s; damaged file kept as %s", db_path, newest, moved)
    return open_store(db_path, backup_dirs())
