"""Translation for strings produced by core (error messages, default task lists...).

Core must not import widgets, but QtCore's translator is fine: `translate("Context", "text")`
is what `pyside6-lupdate` extracts. Without a QCoreApplication the text comes back unchanged.

QtCore is loaded on first use rather than when this module is imported: a command-line job
imports core for its work and may load Qt later, or on another thread, while it reads a file.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate reads)
    """Marks `text` for extraction under `context` and returns it untranslated (Qt's own
    QT_TRANSLATE_NOOP is typed as returning object, which hides mistakes from mypy)."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return _qt_translate()(context, text, disambiguation, n)


@cache
def _qt_translate() -> Callable[[str, str, str | None, int], str]:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate


def ui_language() -> str:
    """'zh' or 'en': the language the UI was started in (drives default content: tasks, risks)."""
    from PySide6.QtCore import QLocale

    lang = QLocale().name()
    return "zh" if lang.lower().startswith("zh") else "en"
