"""A check run as a one-page PDF: verdict, what blocks, and every result with value and threshold."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from livestudio.core import fmt
from livestudio.core.checks.history import RunRecord
from livestudio.core.checks.results import Verdict, decide, status_label
from livestudio.core.i18n import translate
from livestudio.reports.pdf import esc, html_to_pdf


def _t(text: str) -> str:
    return translate("CheckReport", text)


STATUS_CLASS = {"pass": "good", "warn": "warn", "fail": "bad", "skipped": "muted"}
VERDICT_CLASS = {Verdict.GO: "good", Verdict.GO_WITH_WARNINGS: "warn", Verdict.NO_GO: "bad"}


def run_html(run: RunRecord) -> str:
    summary = decide(run.results)
    rows = []
    for r in run.results:
        rows.append(
            "<tr>"
            f"<td>{esc(r.title)}{'' if r.required else ' <span class=muted>(' + esc(_t('optional')) + ')</span>'}</td>"
            f"<td class='{STATUS_CLASS.get(r.status, '')}'>{esc(status_label(r.status))}</td>"
            f"<td>{esc(r.value_text)}</td><td>{esc(r.threshold)}</td><td>{esc(r.note)}</td>"
            f"<td class=muted>{esc(fmt.clock_time(r.measured_at, seconds=True))}</td>"
            "</tr>"
        )
    head = "".join(
        f"<th>{esc(h)}</th>"
        for h in (_t("Item"), _t("Status"), _t("Measured"), _t("Threshold"), _t("Note"), _t("Time"))
    )
    show = run.show_title or _t("(no show)")
    return (
        f"<h1>{esc(_t('Pre-stream check'))}</h1>"
        f"<p class=muted>{esc(show)} · {esc(fmt.datetime_text(run.started_at))}"
        f" · {esc(_t('preset'))} {esc(run.preset)}"
        f"{' · ' + esc(run.platform) if run.platform else ''}</p>"
        f"<h2 class='{VERDICT_CLASS[summary.verdict]}'>{esc(summary.text())}</h2>"
        f"<table width='100%' cellpadding='4' cellspacing='0' border='1'><tr>{head}</tr>{''.join(rows)}</table>"
    )


def export_run_pdf(run: RunRecord, path: Path, page: str = "A4") -> Path:
    return html_to_pdf(
        run_html(run), Path(path), page=page, title=_t("Pre-stream check"), landscape=True
    )


# Strings used inside f-strings, where lupdate cannot see them: declared here so they
# are extracted and translated (tests/ship/test_translations.py checks none is missed).
_IN_F_STRINGS = (
    QT_TRANSLATE_NOOP("CheckReport", "Pre-stream check"),
    QT_TRANSLATE_NOOP("CheckReport", "preset"),
    QT_TRANSLATE_NOOP("CheckReport", "optional"),
)
