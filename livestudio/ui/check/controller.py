"""The state of one check over time, without widgets: the probe queue (media probes one at a
time, the others started one per event-loop turn), a watchdog per probe, the results, and the
coalesced saves of the run. Panels draw what its signals report."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from livestudio.core.checks.probes import PROBES, ProbeConfig, run_probe
from livestudio.core.checks.results import ProbeResult, Status, Verdict, VerdictSummary, decide
from livestudio.core.checks.service import CheckRunService, RunRecord
from livestudio.tasks import Task, run_task

log = logging.getLogger("livestudio.check")

MEDIA_LANE = ("camera", "microphone", "speakers")  # one at a time: they share devices
WAITING, RUNNING = "waiting", "running"


def utcnow() -> datetime:
    return datetime.now(UTC)


class CheckController(QObject):
    probe_queued = Signal(str, str)  # probe name, WAITING or RUNNING
    result_recorded = Signal(object)  # ProbeResult (a probe or a manual item)
    run_reset = Signal()  # a new run started: results of probes are gone
    busy_changed = Signal(bool)
    verdict_changed = Signal()  # coalesced: results arrive in bursts
    run_finished = Signal()  # the last probe of a batch answered
    run_saved = Signal(int)  # run id, once the store has the latest results
    save_failed = Signal(str)

    def __init__(self, service: CheckRunService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.show_id: int | None = None
        self.cfg: ProbeConfig | None = None  # the configuration of the probes on screen
        self.run_id: int | None = None
        self.started_at = utcnow()
        self._results: dict[str, ProbeResult] = {}
        self._manual_keys: list[str] = []
        self._running: dict[str, Task] = {}
        self._watchdogs: dict[str, QTimer] = {}
        self._queue: list[str] = []  # media probes waiting for their lane
        self._pending: list[str] = []  # other probes about to start
        self._media_busy = False
        self._generation = 0  # bumped by a new run, so a late save of the old one is not mixed in
        self._saving = False
        self._save_pending = False
        self._save_timer = QTimer(self)  # store once a burst of results settles
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(250)
        self._save_timer.timeout.connect(self.save_now)
        self._verdict_timer = QTimer(self)
        self._verdict_timer.setSingleShot(True)
        self._verdict_timer.setInterval(0)
        self._verdict_timer.timeout.connect(self.verdict_changed)

    # ---- reading --------------------------------------------------------------------------
    def results(self) -> list[ProbeResult]:
        """Probes in checklist order, then the manual items in template order."""
        probes = [self._results[n] for n in PROBES if n in self._results]
        manual = [self._results[k] for k in self._manual_keys if k in self._results]
        return probes + manual

    def result(self, key: str) -> ProbeResult | None:
        return self._results.get(key)

    def has_probe_results(self) -> bool:
        return any(n in self._results for n in PROBES)

    def summary(self) -> VerdictSummary:
        return decide(self.results())

    def verdict(self) -> Verdict | None:
        """None until a probe has answered: ticks alone are not a check."""
        return self.summary().verdict if self.has_probe_results() else None

    def missing_probes(self) -> list[str]:
        return [n for n in PROBES if n not in self._results]

    def is_busy(self) -> bool:
        return bool(self._running or self._queue or self._pending)

    def is_running(self, name: str) -> bool:
        return name in self._running or name in self._queue or name in self._pending

    def is_saved(self) -> bool:
        return not self._saving and not self._save_pending and not self._save_timer.isActive()

    def current_run(self, show_title: str = "") -> RunRecord:
        """What is on screen, as a run record (exports write exactly this)."""
        cfg = self.cfg or ProbeConfig()
        return RunRecord(
            self.run_id or 0,
            self.show_id,
            show_title,
            self.started_at,
            utcnow(),
            self.summary().verdict,
            cfg.preset.name,
            cfg.platform,
            self.results(),
        )

    # ---- manual items ---------------------------------------------------------------------
    def set_manual_keys(self, keys: list[str]) -> None:
        """The checklist's items ("manual:<key>"), in order; results of removed ones go."""
        for old in set(self._manual_keys) - set(keys):
            self._results.pop(old, None)
        self._manual_keys = list(keys)

    def set_manual(self, result: ProbeResult, save: bool = True) -> None:
        self._results[result.key] = result
        self.result_recorded.emit(result)
        if save:
            self._save_timer.start()
            self._verdict_timer.start()

    # ---- probes ---------------------------------------------------------------------------
    def run_all(self, cfg: ProbeConfig) -> None:
        if self.is_busy():
            return
        self.new_run(keep_manual=True)
        self.run_probes(list(PROBES), cfg)

    def run_probes(self, names: list[str], cfg: ProbeConfig) -> None:
        self.cfg = cfg
        for name in names:
            if self.is_running(name):
                continue
            self.probe_queued.emit(name, WAITING)
            (self._queue if name in MEDIA_LANE else self._pending).append(name)
        self._next_media()
        self._start_next_pending()
        self.busy_changed.emit(self.is_busy())

    def _start_next_pending(self) -> None:
        """Start one probe per event-loop turn, so a burst of starts never blocks a repaint."""
        if self._pending:
            self._start(self._pending.pop(0))
        if self._pending:
            QTimer.singleShot(0, self._start_next_pending)

    def _next_media(self) -> None:
        if self._media_busy or not self._queue:
            return
        self._media_busy = True
        self._start(self._queue.pop(0))

    def _start(self, name: str) -> None:
        assert self.cfg is not None
        self.probe_queued.emit(name, RUNNING)
        task = run_task(
            run_probe,
            name,
            self.cfg,
            on_result=partial(self._on_probe_done, name),
            on_error=partial(self._on_probe_error, name),
        )
        self._running[name] = task
        dog = QTimer(self)
        dog.setSingleShot(True)
        timeout = PROBES[name].timeout_s(self.cfg)
        dog.timeout.connect(lambda n=name, t=timeout: self._on_probe_timed_out(n, t))
        dog.start(int(timeout * 1000))
        self._watchdogs[name] = dog

    def _finish(self, name: str) -> bool:
        """False when the probe was already given up on (a late answer is ignored)."""
        task = self._running.pop(name, None)
        dog = self._watchdogs.pop(name, None)
        if dog is not None:
            dog.stop()
            dog.deleteLater()
        if name in MEDIA_LANE and task is not None:
            self._media_busy = False
            QTimer.singleShot(0, self._next_media)
        return task is not None

    def _on_probe_done(self, name: str, result: ProbeResult) -> None:
        if self._finish(name):
            self._record(result)

    def _on_probe_error(self, name: str, exc: BaseException) -> None:
        if self._finish(name):
            text = self.tr("the check itself failed: {error}").format(error=exc)
            self._record(ProbeResult(name, PROBES[name].title(), Status.FAIL, text))

    def _on_probe_timed_out(self, name: str, seconds: float) -> None:
        task = self._running.get(name)
        if task is not None:
            task.cancel()
        if self._finish(name):
            text = self.tr("no answer within {s} s").format(s=f"{seconds:.0f}")
            self._record(ProbeResult(name, PROBES[name].title(), Status.FAIL, text))

    def _record(self, result: ProbeResult) -> None:
        self._results[result.key] = result
        self.result_recorded.emit(result)
        self.busy_changed.emit(self.is_busy())
        if self.is_busy():
            self._save_timer.start()
            self._verdict_timer.start()
            return
        self._verdict_timer.stop()
        self._save_timer.stop()
        self.verdict_changed.emit()
        self.save_now()
        self.run_finished.emit()

    def confirm_heard(self, heard: bool) -> None:
        """The host's answer to the test tone turns the speaker result into pass or fail."""
        prev = self._results.get("speakers")
        if prev is None:
            return
        text = (
            self.tr("the host heard the test tone") if heard else self.tr("the host heard nothing")
        )
        note = "" if heard else self.tr("check the output device and volume")
        self._record(
            replace(
                prev,
                status=Status.PASS if heard else Status.FAIL,
                value_text=text,
                note=note,
                measured_at=utcnow(),
            )
        )

    # ---- runs -----------------------------------------------------------------------------
    def new_run(self, keep_manual: bool) -> None:
        """Forget the probe results (and the ticks unless `keep_manual`); the next save is a
        new run in the history."""
        if self._save_timer.isActive():  # the old run's last change is stored first
            self._save_timer.stop()
            self.save_now()
        self.run_id = None
        self._generation += 1
        self.started_at = utcnow()
        for name in PROBES:
            self._results.pop(name, None)
        if not keep_manual:
            for key in self._manual_keys:
                self._results.pop(key, None)
        self.run_reset.emit()
        self.verdict_changed.emit()

    def save_now(self) -> None:
        """Store the run off the UI thread; saves are serialised and coalesced."""
        self._save_timer.stop()
        if not self.has_probe_results():
            return  # ticks alone are not a check run yet
        if self._saving:
            self._save_pending = True
            return
        self._saving, self._save_pending = True, False
        cfg = self.cfg or ProbeConfig()
        generation = self._generation
        run_task(
            self.service.save_run,
            self.results(),
            show_id=self.show_id or None,
            preset=cfg.preset.name,
            platform=cfg.platform,
            started_at=self.started_at,
            run_id=self.run_id,
            on_result=partial(self._on_run_saved, generation),
            on_error=self._on_run_save_failed,
        )

    def _on_run_saved(self, generation: int, run_id: int) -> None:
        if not isValid(self):  # the save finished after the window closed: nothing to tell
            return
        self._saving = False
        if generation == self._generation:
            self.run_id = run_id
        if self._save_pending:
            self.save_now()
        else:
            self.run_saved.emit(run_id)

    def _on_run_save_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            log.warning("could not store the check run: %s", exc)
            return
        self._saving = False
        log.warning("could not store the check run: %s", exc)
        self.save_failed.emit(str(exc))
        if self._save_pending:
            self.save_now()

    def shutdown(self) -> None:
        """Cancel what runs and forget what waits (the app is closing)."""
        for task in self._running.values():
            task.cancel()
        self._queue.clear()
        self._pending.clear()
