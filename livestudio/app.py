"""QApplication set-up: logging, crash handler, translations, opening the store, the main window."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from livestudio import APP_NAME, ORG_NAME, __version__, settings
from livestudio.core import paths
from livestudio.core.redact import RedactingFilter, redact

log = logging.getLogger("livestudio")
_fault_file: Any = None


def log_file_path() -> Path:
    return paths.log_dir() / "livestudio.log"


def setup_logging(level: int = logging.INFO) -> Path:
    global _fault_file
    path = log_file_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger("livestudio")
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


def excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
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


def chosen_locale() -> QLocale:
    lang = settings.get(settings.LANGUAGE)
    if lang and lang != "system":
        return QLocale(lang)
    return QLocale.system()


_translators: list[QTranslator] = []


def install_translators(app: QApplication, locale: QLocale | None = None) -> QLocale:
    """Load our .qm and Qt's own (for standard dialogs) for the locale; English needs none."""
    for t in _translators:
        app.removeTranslator(t)
    _translators.clear()
    locale = locale or chosen_locale()
    QLocale.setDefault(locale)
    if locale.language() == QLocale.Language.English:
        return locale
    ours = QTranslator(app)
    if ours.load(locale, "livestudio", "_", str(paths.resource("i18n"))):
        app.installTranslator(ours)
        _translators.append(ours)
    else:
        log.warning("no LiveStudio translation for %s", locale.name())
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _translators.append(qt)
    return locale


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    app = QApplication(argv or [sys.argv[0]])
    install_translators(app)
    return app


def run_gui(db_path: Path, smoke: bool = False) -> int:
    """Open the store (with the dialogs a bad file needs) and run the main window."""
    setup_logging()
    install_excepthooks()
    app = make_application()
    from livestudio.ui.startup import open_store_interactively
    from livestudio.ui.main_window import MainWindow

    store = open_store_interactively(db_path)
    if store is None:
        return 3
    window = MainWindow(store, settings=QSettings())
    window.show()
    if smoke:
        return window.smoke_test()
    window.after_show()
    code = app.exec()
    store.close()
    return code
