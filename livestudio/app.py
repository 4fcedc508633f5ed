"""QApplication set-up: logging, crash handler, translations, theme, one instance per store,
daily backup, the main window — and `--smoke`, the self-test CI and the bundle run."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QMessageLogContext,
    QObject,
    QProcess,
    QSettings,
    Qt,
    QTimer,
    QtMsgType,
    Slot,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from livestudio import APP_NAME, ORG_NAME, __version__, settings, translations
from livestudio.core import paths
from livestudio.core.redact import RedactingFilter, redact

log = logging.getLogger("livestudio")
_fault_file: Any = None
SMOKE_TIMEOUT_S = float(os.environ.get("LIVESTUDIO_SMOKE_TIMEOUT", "300"))
FIRST_CONTENT_TIMEOUT_MS = 3000  # start-up offers go on even if the workspace never paints
# the desktop entry's file name (packaging/linux/) and AppStream id, also the Wayland app id
DESKTOP_ID = "app.livestudio.LiveStudio"


def log_file_path() -> Path:
    return paths.log_dir() / "livestudio.log"


def setup_logging(level: int = logging.INFO) -> Path:
    global _fault_file
    path = log_file_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger("livestudio")
    for h in list(root.handlers):  # a handler for another log folder (set up before) goes
        if isinstance(h, logging.handlers.RotatingFileHandler) and h.baseFilename != str(path):
            root.removeHandler(h)
            h.close()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
        )
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
        root.setLevel(level)
    if _fault_file is None:
        _fault_file = (path.parent / "faulthandler.log").open("a", encoding="utf-8")
        faulthandler.enable(_fault_file)
    return path


def _show_crash_dialog(text: str) -> None:
    app = QApplication.instance()
    if app is None or threading.current_thread() is not threading.main_thread():
        return
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("Crash", "LiveStudio hit a problem"))
    box.setText(
        QApplication.translate(
            "Crash",
            "Something went wrong inside LiveStudio. Your data is safe: every change was saved "
            "as it was made.\n\nDetails were written to:\n{path}",
        ).format(path=log_file_path())
    )
    box.setDetailedText(redact(text))
    box.exec()


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    log.critical("uncaught exception\n%s", text)
    _show_crash_dialog(text)


def thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None:
        return
    text = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
    log.critical("uncaught exception in thread %s\n%s", args.thread, text)


def install_excepthooks() -> None:
    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook


# ---- language and theme ----------------------------------------------------------------


def chosen_locale(qsettings: QSettings | None = None) -> QLocale:
    return translations.locale_for(str(settings.get(settings.LANGUAGE, qsettings)))


def install_translators(app: QApplication, locale: QLocale | None = None) -> QLocale:
    """Our catalogue (and Qt's own, for standard dialogs) for the chosen language."""
    locale = locale or chosen_locale()
    translations.install(app, locale)
    return locale


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        p = paths.resource("icons", f"livestudio-{size}.png")
        if p.is_file():
            icon.addFile(str(p))
    return icon


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(DESKTOP_ID)  # Wayland app id: matches the .desktop file
    app = QApplication(argv or [sys.argv[0]])
    app.setWindowIcon(app_icon())
    install_translators(app)
    from livestudio.ui import theme

    theme.apply_theme(app, str(settings.get(settings.THEME)))
    from livestudio.tasks import collect_garbage_on_main_thread

    collect_garbage_on_main_thread(app)
    return app


# ---- restart (after a restore or a language change) ------------------------------------

_restart_requested = False


def request_restart() -> None:
    """Ask for a fresh start once the event loop has ended and the store is closed."""
    global _restart_requested
    _restart_requested = True


def restart_command(db_path: Path) -> tuple[str, list[str]]:
    """How to start this same app again on the same store (bundle or source checkout)."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--db", str(db_path)]
    return sys.executable, ["-m", "livestudio", "--db", str(db_path)]


def _relaunch(db_path: Path) -> None:
    program, args = restart_command(db_path)
    ok, _pid = QProcess.startDetached(program, args)
    if not ok:
        log.error("could not restart LiveStudio (%s %s)", program, args)


def daily_backup_dir() -> Path:
    return settings.daily_backup_dir()


def _start_daily_backup(db_path: Path) -> None:
    """Today's backup on a worker (the online backup API is safe while the app writes)."""
    from livestudio.core import backup
    from livestudio.tasks import run_task

    def failed(exc: BaseException) -> None:
        log.warning("daily backup failed: %s", exc)

    run_task(
        backup.daily_backup,
        db_path,
        daily_backup_dir(),
        int(settings.get(settings.BACKUPS_KEPT)),
        on_error=failed,
    )


# ---- the app ---------------------------------------------------------------------------


@dataclass
class Launched:
    app: QApplication
    window: Any  # MainWindow (imported lazily to keep start-up imports small)
    instance: Any  # SingleInstance

    @property
    def store(self) -> Any:
        """The open Store once the window has attached it (None before, or on failure)."""
        return self.window.store


class _PaintWatch(QObject):
    """Calls `then` once, soon after `target` (or a widget inside it) has painted."""

    def __init__(self, target: QWidget, then: Callable[[], None]) -> None:
        super().__init__(target)
        self._target, self._then, self._done = target, then, False
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
        QTimer.singleShot(FIRST_CONTENT_TIMEOUT_MS, self, self._fire)  # never painted: go on

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            not self._done
            and event.type() == QEvent.Type.Paint
            and isinstance(obj, QWidget)
            and (obj is self._target or self._target.isAncestorOf(obj))
        ):
            QTimer.singleShot(0, self, self._fire)  # after this paint has reached the screen
        return False

    @Slot()
    def _fire(self) -> None:
        if self._done:
            return
        self._done = True
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._then()


def when_workspace_painted(window: Any, then: Callable[[], None]) -> None:
    """Run `then` once the first workspace the window builds has painted."""

    def built(key: str) -> None:
        window.workspace_built.disconnect(built)
        _PaintWatch(window.workspace(key), then)

    window.workspace_built.connect(built)


def launch(db_path: Path) -> Launched | int:
    """Everything up to the main window on screen; an int is an exit code (another instance
    has the store). Shared by run_gui and benchmarks/startup.py.

    The window paints first (tab bar and menus), then the store opens — SQLAlchemy, the
    models and any migration load after the user already sees LiveStudio. A store that
    cannot be opened closes the window and ends the event loop with exit code 3.
    """
    setup_logging()
    install_excepthooks()
    app = make_application()
    from livestudio.single_instance import SingleInstance

    instance = SingleInstance(db_path)
    if instance.notify_running():
        log.info("LiveStudio is already open on %s; brought it to the front", db_path)
        return 0
    instance.listen()

    from livestudio.ui.main_window import MainWindow

    window = MainWindow(None, settings=QSettings())
    instance.activation_requested.connect(window.bring_to_front)
    window.restart_requested.connect(lambda: request_restart())

    def open_store_after_paint() -> None:
        from livestudio.ui.startup import open_store_interactively

        try:
            store = open_store_interactively(db_path)
        except OSError as exc:  # unreadable folder, disk full, permissions: not a bug
            log.error("cannot open %s: %s", db_path, exc)
            QMessageBox.critical(
                window,
                QApplication.translate("Startup", "Cannot open the database"),
                QApplication.translate("Startup", "{path} could not be opened: {reason}").format(
                    path=db_path, reason=exc.strerror or exc
                ),
            )
            store = None
        if store is None:
            window.close()
            app.exit(3)
            return
        # start-up offers (crash recovery, the sample show) and their imports wait until the
        # open workspace has painted its content: the user sees their work first
        when_workspace_painted(window, window.after_show)
        window.attach_store(store)
        QTimer.singleShot(1500, window, lambda: _start_daily_backup(store.path))

    window.first_painted.connect(open_store_after_paint, Qt.ConnectionType.QueuedConnection)
    window.show()
    return Launched(app, window, instance)


def run_gui(db_path: Path, smoke: bool = False) -> int:
    """Open the store (with the dialogs a bad file needs) and run the main window."""
    if smoke:
        return run_smoke(db_path)
    global _restart_requested
    _restart_requested = False
    launched = launch(db_path)
    if isinstance(launched, int):
        return launched
    code = launched.app.exec()
    from livestudio.tasks import wait_all

    wait_all(10000)
    store = launched.store
    if store is not None:
        store.close()
    launched.instance.close()
    if _restart_requested and store is not None:
        _relaunch(store.path)
    return code


# ---- smoke test ------------------------------------------------------------------------


class SmokeFailure(Exception):
    pass


def run_smoke(db_path: Path) -> int:
    """Open every workspace on a store and exit: 0 when all is well, 1 with the reason on stderr.

    The default user store is never used: without `--db`/LIVESTUDIO_DB a fresh temporary store
    is created. Settings go to a temporary folder too, so a smoke run changes nothing of the
    user's. No dialog is ever shown: errors go to stderr.
    """
    errors: list[str] = []
    started = time.perf_counter()

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        errors.append(text)
        print(text, file=sys.stderr, flush=True)

    def qt_messages(kind: QtMsgType, _ctx: QMessageLogContext, message: str) -> None:
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            errors.append(f"Qt: {message}")
            print(f"Qt critical: {message}", file=sys.stderr, flush=True)
        elif os.environ.get("LIVESTUDIO_SMOKE_VERBOSE"):
            print(f"Qt: {message}", file=sys.stderr, flush=True)

    def watchdog() -> None:
        print(
            f"smoke: FAILED — still running after {SMOKE_TIMEOUT_S:.0f} s (a modal dialog?)",
            file=sys.stderr,
            flush=True,
        )
        if sys.stderr is not None:  # None in a windowed bundle without redirection
            faulthandler.dump_traceback(file=sys.stderr)
        os._exit(1)

    timer = threading.Timer(SMOKE_TIMEOUT_S, watchdog)
    timer.daemon = True
    timer.start()
    previous_hooks = (sys.excepthook, threading.excepthook)
    sys.excepthook = hook
    threading.excepthook = lambda a: hook(a.exc_type, a.exc_value or Exception(), a.exc_traceback)
    previous_handler = qInstallMessageHandler(qt_messages)
    tmp = tempfile.TemporaryDirectory(prefix="livestudio-smoke-")
    try:
        scratch = Path(tmp.name)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))
        if Path(db_path) == paths.data_dir() / paths.DB_FILENAME:
            db_path = scratch / "smoke.sqlite3"
        code = _smoke_run(db_path, errors)
    except Exception:  # noqa: BLE001 (everything must end up on stderr with exit 1)
        exc_type, exc, tb = sys.exc_info()
        if exc_type is not None and exc is not None:
            hook(exc_type, exc, tb)
        code = 1
    finally:
        timer.cancel()
        qInstallMessageHandler(previous_handler)
        sys.excepthook, threading.excepthook = previous_hooks
        try:
            tmp.cleanup()
        except OSError:
            pass
    if code == 0 and errors:
        code = 1
    took = time.perf_counter() - started
    if code == 0:
        print(f"smoke: OK in {took:.1f} s", flush=True)
    else:
        print(
            f"smoke: FAILED ({len(errors)} error(s)) after {took:.1f} s",
            file=sys.stderr,
            flush=True,
        )
    return code


def _smoke_run(db_path: Path, errors: list[str]) -> int:
    from livestudio.core.db import StoreError, head_revision, open_store

    app = make_application()
    try:
        store = open_store(db_path)
    except StoreError as exc:
        print(f"smoke: cannot open {db_path}: {exc}", file=sys.stderr)
        return 1
    print(f"smoke: store {db_path} at schema {head_revision()}", flush=True)
    locale = chosen_locale()
    lang = translations.catalogue_code(locale) or "en"
    shown = QApplication.translate("MainWindow", "&Help").replace("&", "")
    print(f"smoke: language {lang} (Help menu: {shown})", flush=True)
    from livestudio.ui import theme
    from livestudio.ui.main_window import MainWindow

    qsettings = QSettings()
    window = MainWindow(None, settings=qsettings)  # the same order as a real start:
    try:
        window.show()  # the shell paints first,
        app.processEvents()
        window.attach_store(store)  # then the store arrives
        app.processEvents()
        code = window.smoke_test()
        # the Settings dialog and both themes must build too
        dialog = window.open_settings(modal=False)
        app.processEvents()
        dialog.close()
        for name in ("dark", "light", "system"):
            theme.apply_theme(app, name)
            app.processEvents()
        print(f"smoke: {len(window.workspace_keys())} workspaces opened", flush=True)
    finally:
        window.save_state()
        window.close()
        window.deleteLater()
        app.processEvents()
        from livestudio.tasks import wait_all

        wait_all(10000)
        store.close()
    return 1 if errors else code
