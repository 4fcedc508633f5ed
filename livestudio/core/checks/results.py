"""What a probe or a manual tick produces, and the verdict rules over a set of them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from livestudio.core.i18n import translate
from livestudio.core.models.base import utcnow


class Status(StrEnum):
    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"
    SKIPPED = "skipped"


class Verdict(StrEnum):
    GO = "go"
    GO_WITH_WARNINGS = "go_with_warnings"
    NO_GO = "no_go"

    def label(self) -> str:
        return {
            Verdict.GO: translate("Check", "GO"),
            Verdict.GO_WITH_WARNINGS: translate("Check", "GO WITH WARNINGS"),
            Verdict.NO_GO: translate("Check", "NO-GO"),
        }[self]

    def exit_code(self) -> int:
        return {Verdict.GO: 0, Verdict.GO_WITH_WARNINGS: 1, Verdict.NO_GO: 2}[self]


def status_label(status: str) -> str:
    return {
        "pass": translate("Check", "pass"),
        "warn": translate("Check", "warning"),
        "fail": translate("Check", "fail"),
        "skipped": translate("Check", "skipped"),
    }.get(status, status)


@dataclass
class ProbeResult:
    """One line of a check run. `values` holds the numbers (JSON-able) behind `value_text`."""

    key: str
    title: str
    status: Status
    value_text: str = ""
    values: dict[str, Any] = field(default_factory=dict)
    threshold: str = ""
    note: str = ""
    required: bool = True
    kind: str = "probe"  # probe / manual
    measured_at: datetime = field(default_factory=utcnow)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["status"] = str(self.status)
        d["measured_at"] = self.measured_at.isoformat()
        return d


@dataclass(frozen=True)
class VerdictSummary:
    verdict: Verdict
    blockers: list[ProbeResult]
    warnings: list[ProbeResult]

    def text(self) -> str:
        """One line for the banner / CLI: the verdict and what blocks (or warns)."""
        head = self.verdict.label()
        if self.blockers:
            names = ", ".join(r.title for r in self.blockers)
            return translate("Check", "{verdict} — blocked by: {names}").format(
                verdict=head, names=names
            )
        if self.warnings:
            names = ", ".join(r.title for r in self.warnings)
            return translate("Check", "{verdict} — check: {names}").format(
                verdict=head, names=names
            )
        return head


def decide(results: Iterable[ProbeResult]) -> VerdictSummary:
    """NO-GO when a required item failed (an unticked required manual item counts as failed);
    GO WITH WARNINGS when anything warns or an optional item failed; otherwise GO."""
    blockers: list[ProbeResult] = []
    warnings: list[ProbeResult] = []
    for r in results:
        if r.status == Status.FAIL:
            (blockers if r.required else warnings).append(r)
        elif r.status == Status.WARN:
            warnings.append(r)
    if blockers:
        return VerdictSummary(Verdict.NO_GO, blockers, warnings)
    if warnings:
        return VerdictSummary(Verdict.GO_WITH_WARNINGS, blockers, warnings)
    return VerdictSummary(Verdict.GO, blockers, warnings)
