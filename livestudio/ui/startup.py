"""Opening the store from the GUI: the store's state (core/db.py) decides the message and the
choices — restore the newest good backup for an empty or damaged file, try again for a locked
one or a full disk, quit for a file that is not ours or is from a newer LiveStudio."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from livestudio import settings
from livestudio.core import backup
from livestudio.core.db import (
    RestoreError,
    Store,
    StoreError,
    StoreState,
    newest_good_backup,
    open_store,
)

log = logging.getLogger("livestudio.store")


def _tr(text: str) -> str:
    return QApplication.translate("Startup", text)


def backup_dirs() -> list[Path]:
    d = settings.get(settings.BACKUP_DIR)
    from livestudio.core import paths

    return [Path(d)] if d else [paths.data_dir() / "backups"]


@dataclass(frozen=True)
class Choice:
    key: str  # restore / new / retry / quit
    label: str


@dataclass(frozen=True)
class Question:
    title: str
    text: str
    choices: list[Choice]
    backup: Path | None = None  # the backup "restore" puts in place


# A title per state; the store's own message comes first in the text.
_TITLES: dict[StoreState, object] = {
    StoreState.EMPTY: QT_TRANSLATE_NOOP("Startup", "The database is empty"),
    StoreState.DAMAGED: QT_TRANSLATE_NOOP("Startup", "The database is damaged"),
    StoreState.FOREIGN: QT_TRANSLATE_NOOP("Startup", "Not a LiveStudio database"),
    StoreState.NEWER: QT_TRANSLATE_NOOP("Startup", "Database from a newer LiveStudio"),
    StoreState.LOCKED: QT_TRANSLATE_NOOP("Startup", "The database is in use"),
    StoreState.READ_ONLY: QT_TRANSLATE_NOOP("Startup", "The database cannot be written"),
    StoreState.DISK_FULL: QT_TRANSLATE_NOOP("Startup", "The disk is full"),
    StoreState.UNREADABLE: QT_TRANSLATE_NOOP("Startup", "Cannot open the database"),
}


def question_for(exc: StoreError) -> Question:
    """What to tell the user about a store that did not open, and what they can do."""
    state = exc.state
    title = _tr(str(_TITLES.get(state, _TITLES[StoreState.UNREADABLE])))
    quit_ = Choice("quit", _tr("Quit"))
    text = str(exc)
    if state in (StoreState.EMPTY, StoreState.DAMAGED):
        good = newest_good_backup(exc.backups)
        choices: list[Choice] = []
        if good is not None:
            text += "\n\n" + _tr(
                "The newest good backup is {name}. Restore it? The current file is kept beside "
                "it, renamed, so nothing is lost."
            ).format(name=good.name)
            choices.append(Choice("restore", _tr("Restore newest good backup")))
        else:
            text += "\n\n" + _tr("No good backup was found. The file was left exactly as it is.")
        if state is StoreState.EMPTY:
            choices.append(Choice("new", _tr("Start with an empty store")))
        return Question(title, text, [*choices, quit_], good)
    if state is StoreState.LOCKED:
        return Question(title, text, [Choice("retry", _tr("Try again")), quit_])
    if state is StoreState.DISK_FULL:
        text += "\n\n" + _tr("LiveStudio needs some free space even to read the store.")
        return Question(title, text, [Choice("retry", _tr("Try again")), quit_])
    if state in (StoreState.READ_ONLY, StoreState.UNREADABLE):
        return Question(title, text, [Choice("retry", _tr("Try again")), quit_])
    if state is StoreState.FOREIGN:
        text += "\n\n" + _tr(
            "Start LiveStudio with another file (--db PATH), or move this file away first."
        )
    return Question(title, text, [quit_])


Asker = Callable[[Question], str]


def ask_with_dialog(q: Question, parent: QWidget | None = None) -> str:
    """Show the question as a message box; returns the chosen key ("quit" when closed)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(q.title)
    box.setText(q.text)
    buttons: dict[object, str] = {}
    for c in q.choices:
        role = (
            QMessageBox.ButtonRole.RejectRole
            if c.key == "quit"
            else QMessageBox.ButtonRole.AcceptRole
        )
        buttons[box.addButton(c.label, role)] = c.key
    box.exec()
    return buttons.get(box.clickedButton(), "quit")


def open_store_interactively(db_path: Path, ask: Asker | None = None) -> Store | None:
    """Open the store, asking the user what to do while it cannot be opened; None = quit."""
    asker: Asker = ask or ask_with_dialog
    allow_empty = False
    for _attempt in range(50):  # each round is a user's answer
        try:
            return open_store(db_path, backup_dirs(), allow_empty=allow_empty)
        except StoreError as exc:
            log.error("store %s not opened (%s): %s", db_path, exc.state.value, exc)
            q = question_for(exc)
        answer = asker(q)
        if answer == "restore" and q.backup is not None:
            try:
                result = backup.restore(db_path, q.backup, backup_dirs()[0])
                log.warning(
                    "restored %s from %s; previous file kept as %s",
                    db_path,
                    q.backup,
                    result.replaced,
                )
            except (RestoreError, OSError) as exc:
                log.error("restore of %s failed: %s", db_path, exc)
                asker(
                    Question(
                        _tr("Restore failed"),
                        _tr("The backup could not be restored: {reason}").format(reason=exc),
                        [Choice("quit", _tr("OK"))],
                    )
                )
        elif answer == "new":
            allow_empty = True
        elif answer != "retry":
            return None
    return None
