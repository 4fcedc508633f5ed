"""Shared fixtures: every test gets a fresh store, fresh settings and fresh user dirs."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false;qt.qpa.*=false")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from livestudio import APP_NAME, ORG_NAME
from livestudio.core.db import Store, open_store

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """No test touches the developer's real data, settings or logs."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        (home / sub).mkdir()
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("LIVESTUDIO_DB", str(home / "data" / "livestudio.sqlite3"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "config"))
    return home


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["livestudio-tests"]


@pytest.fixture(scope="session", autouse=True)
def _app_names(qapp) -> None:  # type: ignore[no-untyped-def]
    """The QApplication exists before any test runs, so code that makes a bare
    QGuiApplication when none exists (PDF export from the CLI) never pre-empts the widget tests."""
    from PySide6.QtCore import QCoreApplication

    from livestudio.tasks import collect_garbage_on_main_thread

    collect_garbage_on_main_thread(qapp)  # as the app does: GC never frees Qt objects on a worker

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME + "-tests")


@pytest.fixture(autouse=True)
def _collect_garbage_between_tests() -> Iterator[None]:
    """Automatic GC is off (see livestudio.tasks.MainThreadGarbageCollector): free each test's
    cycles here, on the main thread, after its background tasks are done."""
    import gc

    yield
    from livestudio.tasks import wait_all

    wait_all(10000)
    gc.collect()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "store.sqlite3")
    yield s
    s.close()


@pytest.fixture
def settings() -> QSettings:
    s = QSettings()
    s.clear()
    return s


@pytest.fixture
def main_window(qtbot, store: Store, settings: QSettings):  # type: ignore[no-untyped-def]
    """The real main window on a fresh store; checks nothing leaked when the test ends."""
    from PySide6.QtWidgets import QApplication

    from livestudio.tasks import wait_all
    from livestudio.ui.main_window import MainWindow

    before = {id(w) for w in QApplication.topLevelWidgets()}
    window = MainWindow(store, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    assert wait_all(10000), "background tasks still running after the test"
    window.close()
    leaked = [
        w
        for w in QApplication.topLevelWidgets()
        if id(w) not in before and w is not window and w.isVisible()
    ]
    for w in leaked:
        w.close()
    assert not leaked, f"top-level widgets left open: {leaked}"
