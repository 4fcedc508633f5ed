"""Translation for strings produced by core (error messages, default task lists...).

Core must not import widgets, but QtCore's translator is fine: `translate("Context", "text")`
is what `pyside6-lupdate` extracts. Without a QCoreApplication the text comes back unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate reads)
    """Marks `text` for extraction under `context` and returns it untranslated (Qt's own
    QT_TRANSLATE_NOOP is typed as returning object, which hides mistakes from mypy)."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def ui_language() -> str:
    """'zh' or 'en': the language the UI was started in (drives default content: tasks, risks)."""
    lang = QLocale().name()
    return "zh" if lang.lower().startswith("zh") else "en"
