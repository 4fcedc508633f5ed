"""The mark a table cell gets when its text holds a phrase to say differently: a warning icon and
a tooltip that lists each phrase with its reason. Item models call `cell_data` for their own rows."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QStyle, QWidget

from livestudio.core.compliance import Claim, Rules

ROLES = (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole)


def _t(text: str) -> str:
    return QCoreApplication.translate("Compliance", text)


def warning_icon() -> QIcon:
    style = QApplication.style()
    return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning) if style else QIcon()


def claims_text(claims: Sequence[Claim]) -> str:
    """'Say differently:\n• “最好” — Absolute claim …' (one line per phrase, repeats once)."""
    lines = [_t("Say differently:")]
    seen: set[tuple[str, str]] = set()
    for c in claims:
        key = (c.phrase, c.category)
        if key in seen:
            continue
        seen.add(key)
        lines.append(
            _t("• “{phrase}” — {category}: {why}").format(
                phrase=c.phrase, category=c.label, why=c.why
            )
        )
    return "\n".join(lines)


def cell_data(role: int, text: str, claims: Sequence[Claim]) -> Any:
    """DecorationRole: the warning icon; ToolTipRole: the cell's text, then the phrases."""
    if not claims:
        return None
    if role == Qt.ItemDataRole.DecorationRole:
        return warning_icon()
    if role == Qt.ItemDataRole.ToolTipRole:
        return (text + "\n\n" if text else "") + claims_text(claims)
    return None


class CachedScanner:
    """`rules.scan` remembered per text, for item models that ask on every repaint."""

    LIMIT = 5000

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        self._seen: dict[str, tuple[Claim, ...]] = {}

    def __call__(self, text: str) -> tuple[Claim, ...]:
        found = self._seen.get(text)
        if found is None:
            if len(self._seen) >= self.LIMIT:
                self._seen.clear()
            found = self._seen[text] = self.rules.scan(text)
        return found


class WordsNotifier(QObject):
    """Tells every mark that the word list was edited (Tools ▸ Compliance words…)."""

    words_changed = Signal()


_NOTIFIER: WordsNotifier | None = None


def notifier() -> WordsNotifier:
    global _NOTIFIER
    if _NOTIFIER is None:
        _NOTIFIER = WordsNotifier(QCoreApplication.instance())
    return _NOTIFIER


def claims_label(parent: QWidget) -> QLabel:
    """A line under a text box naming the phrases to say differently (hidden when none)."""
    label = QLabel(parent)
    label.setObjectName("complianceClaims")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.hide()
    return label


def show_claims(label: QLabel, claims: Sequence[Claim]) -> None:
    if not claims:
        label.clear()
        label.setToolTip("")
        label.hide()
        return
    phrases = list(dict.fromkeys((c.phrase, c.label) for c in claims))
    items = ", ".join(
        _t("“{phrase}” ({category})").format(phrase=html.escape(p), category=html.escape(k))
        for p, k in phrases
    )
    label.setText(_t("⚠ <b>Say differently:</b> {phrases}").format(phrases=items))
    label.setToolTip(claims_text(claims))
    label.show()
