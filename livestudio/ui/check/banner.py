"""The verdict banner: GO / GO WITH WARNINGS / NO-GO in its colour, and what blocks or warns."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from livestudio.core.checks.results import Verdict, VerdictSummary

STYLE = {
    Verdict.GO: "background:#2e7d32;color:white;",
    Verdict.GO_WITH_WARNINGS: "background:#f9a825;color:#1a1a1a;",
    Verdict.NO_GO: "background:#c62828;color:white;",
    None: "background:#546e7a;color:white;",
}


class VerdictBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBanner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        # A fixed height: a verdict that grows by a line must not re-lay out the whole window
        # while results stream in (that repaint is what would make the window stutter).
        head, line = QFont(self.font()), QFont(self.font())
        head.setPointSizeF(18)
        head.setBold(True)
        line.setPointSizeF(10)
        self.setFixedHeight(
            QFontMetrics(head).lineSpacing()
            + self.LINES * QFontMetrics(line).lineSpacing()
            + 24  # the 8 px padding above and below, and the label's margins
        )
        self._verdict: object = "unset"
        self._head = ""
        self._lines: list[str] = []
        self.verdict: Verdict | None = None
        self.show_summary(None, [])

    def show_summary(self, summary: VerdictSummary | None, missing: list[str]) -> None:
        """`summary` None: nothing checked yet. `missing`: titles of the probes not run."""
        if summary is None:
            verdict = None
            head = self.tr("Not checked yet — press Run all")
            lines: list[str] = []
        else:
            verdict = summary.verdict
            head = summary.verdict.label()
            lines = []
            if summary.blockers:
                names = ", ".join(r.title for r in summary.blockers)
                lines.append(self.tr("Blocking: {names}").format(names=names))
            if summary.warnings:
                names = ", ".join(r.title for r in summary.warnings)
                lines.append(self.tr("Warnings: {names}").format(names=names))
            if missing:
                lines.append(self.tr("Not run yet: {names}").format(names=", ".join(missing)))
        self.verdict = verdict
        if verdict != self._verdict:  # restyling is the costly part; only on a change
            self._verdict = verdict
            self.setStyleSheet(
                f"QLabel#verdictBanner {{ {STYLE[verdict]} padding:8px; border-radius:6px; }}"
            )
        self._head, self._lines = head, lines
        self._render()
        self.setAccessibleName(head)
        self.setToolTip("\n".join(lines))

    LINES = 3  # what the fixed height holds under the verdict

    def _render(self) -> None:
        """Each line elided to fit, so the verdict and every line stay in the fixed height; a
        long first line (what blocks) may take the lines the others leave. Full text: tooltip."""
        font = QFont(self.font())
        font.setPointSizeF(10)
        metrics = QFontMetrics(font)
        width = max(50, self.contentsRect().width() - 20)
        spare = max(0, self.LINES - len(self._lines))
        shown = []
        for i, line in enumerate(self._lines[: self.LINES]):
            room = width * (1 + spare) * 0.95 if i == 0 else width
            shown.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(room)))
        html = f"<span style='font-size:18pt;font-weight:bold'>{escape(self._head)}</span>"
        if shown:
            detail = "<br>".join(escape(line) for line in shown)
            html += f"<br><span style='font-size:10pt'>{detail}</span>"
        self.setText(html)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._render()

    def detail_lines(self) -> list[str]:
        """The lines under the verdict, in full."""
        return list(self._lines)
