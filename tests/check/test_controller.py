"""CheckController without widgets: the media lane runs one device probe at a time, results are
stored as one run while they stream in, and a new run forgets the old results."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from livestudio.core.checks.camera import CameraReport
from livestudio.core.checks.probes import ProbeConfig
from livestudio.core.checks.results import ProbeResult, Status, Verdict
from livestudio.ui.check.controller import RUNNING, CheckController

from .test_media import CAM
from .test_ui import FAST_SYSTEM, GoodAudio, TimedCamera


class FakeService:
    def __init__(self) -> None:
        self.saved: list[dict[str, Any]] = []

    def save_run(self, results: list[ProbeResult], **kw: Any) -> int:
        self.saved.append({"results": list(results), **kw})
        return kw.get("run_id") or len(self.saved)


def _config(tmp_path) -> ProbeConfig:  # type: ignore[no-untyped-def]
    return replace(
        ProbeConfig(),
        camera=TimedCamera([CAM], CameraReport("Logitech C920", 1920, 1080, 30.0, 90, 3.0)),
        audio=GoodAudio(),
        system_env=FAST_SYSTEM,
        disk_free=lambda p: 500 * 1024**3,
        recording_dir=tmp_path,
    )


def test_media_probes_take_turns_and_results_are_stored_as_one_run(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    service = FakeService()
    c = CheckController(service)  # type: ignore[arg-type]
    c.show_id = 7
    started: list[str] = []
    finished: list[str] = []
    overlaps: list[tuple[str, str]] = []
    media = ("camera", "microphone")

    def on_queued(name: str, state: str) -> None:
        if state != RUNNING:
            return
        if name in media:
            busy = [other for other in started if other in media and other not in finished]
            overlaps.extend((name, other) for other in busy)
        started.append(name)

    c.probe_queued.connect(on_queued)
    c.result_recorded.connect(lambda r: finished.append(r.key))
    with qtbot.waitSignal(c.run_finished, timeout=20000):
        c.run_probes(["camera", "microphone", "disk", "system"], _config(tmp_path))
        assert c.is_busy()
    assert overlaps == [], "two probes held the devices at once"
    assert sorted(finished) == ["camera", "disk", "microphone", "system"]
    qtbot.waitUntil(c.is_saved)
    # saved as results stream in, always as the same run, and last with every result
    assert service.saved[0]["run_id"] is None
    assert all(s["run_id"] == 1 and s["show_id"] == 7 for s in service.saved[1:])
    assert len(service.saved[-1]["results"]) == 4
    assert c.run_id == 1 and c.verdict() == Verdict.GO
    saves = len(service.saved)
    # a tick changes the same run; a new run forgets the probes and is stored as another run
    c.set_manual_keys(["manual:stock"])
    c.set_manual(ProbeResult("manual:stock", "Stock", Status.FAIL, "", kind="manual"))
    qtbot.waitUntil(lambda: len(service.saved) == saves + 1 and c.is_saved())
    assert service.saved[-1]["run_id"] == 1 and c.verdict() == Verdict.NO_GO
    c.new_run(keep_manual=True)
    assert c.verdict() is None and c.result("manual:stock") is not None and c.run_id is None
