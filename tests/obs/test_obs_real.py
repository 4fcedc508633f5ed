"""Against a real OBS Studio (see conftest.py): connection states, the Check probe, scenes that
follow the run-of-show, and a stream that drops and recovers while the app watches."""

from __future__ import annotations

import json
import subprocess
import sys
import time

from livestudio.core.checks.presets import get_preset
from livestudio.core.checks.results import Status
from livestudio.core.obs.client import ObsState, call_sync
from livestudio.core.obs.health import IncidentKind
from livestudio.core.obs.link import ObsLink
from livestudio.core.obs.probe import ObsProbeConfig, probe_obs

from .conftest import SCENES, RealObs


def test_connection_states(real_obs: RealObs, qapp) -> None:  # type: ignore[no-untyped-def]
    ok, replies = call_sync(real_obs.url, real_obs.password, [("GetVersion", None)])
    assert ok.state is ObsState.CONNECTED and ok.obs_version.split(".")[0] >= "28"
    assert replies[0].ok
    wrong, _ = call_sync(real_obs.url, "not-the-password", [])
    assert wrong.state is ObsState.WRONG_PASSWORD
    none, _ = call_sync(real_obs.url, None, [])
    assert none.state is ObsState.NEEDS_PASSWORD
    from .conftest import free_port

    refused, _ = call_sync(f"ws://127.0.0.1:{free_port()}", None, [], timeout_s=3)
    assert refused.state is ObsState.REFUSED and refused.detail


def test_probe_passes_then_names_a_missing_scene(real_obs: RealObs, qapp) -> None:  # type: ignore[no-untyped-def]
    cfg = ObsProbeConfig(real_obs.url, real_obs.password, ["Opening", "Showcase"], sample_s=2)
    good = probe_obs(cfg, get_preset("720p30"))
    assert good.status is Status.PASS, (good.value_text, good.note)
    assert good.values["width"] == 1280 and good.values["video_kbps"] == 2500
    assert good.values["server"] == real_obs.rtmp_url()
    assert "test-key" not in json.dumps(good.to_json(), default=str)
    cfg.scenes.append("Lucky draw 抽奖")
    bad = probe_obs(cfg, get_preset("720p30"))
    assert bad.status is Status.FAIL and "Lucky draw 抽奖" in bad.note
    big = probe_obs(
        ObsProbeConfig(real_obs.url, real_obs.password, sample_s=1), get_preset("1080p60")
    )
    assert big.status is Status.WARN and "1280x720" in big.note


def test_cli_obs_probe_json(real_obs: RealObs, tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = {"LIVESTUDIO_OBS_PASSWORD": real_obs.password, "QT_QPA_PLATFORM": "offscreen"}
    import os

    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "livestudio",
            "--db",
            str(tmp_path / "s.sqlite3"),
            "check",
            "run",
            "--only",
            "obs",
            "--obs",
            real_obs.url,
            "--preset",
            "720p30",
            "--json",
            "--no-save",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env},
    )
    report = json.loads(done.stdout)
    assert done.returncode == 0, done.stdout + done.stderr
    assert report["results"][0]["key"] == "obs" and report["verdict"] == "go"
    assert real_obs.password not in done.stdout + done.stderr


def test_scenes_switch_and_the_stream_drops_and_recovers(real_obs: RealObs, ingest, qtbot) -> None:  # type: ignore[no-untyped-def]
    link = ObsLink(poll_ms=500)
    incidents = []
    link.incident_happened.connect(incidents.append)
    link.start(real_obs.url, real_obs.password)
    qtbot.waitUntil(lambda: link.connected and set(SCENES) <= set(link.scenes), timeout=10_000)
    for name in ("Showcase", "Opening"):
        started = time.monotonic()
        link.set_scene(name)
        qtbot.waitUntil(lambda n=name: link.current_scene == n, timeout=2000)
        assert time.monotonic() - started < 0.5
    try:
        replies = []
        link.start_stream(on_done=replies.append)
        qtbot.waitUntil(
            lambda: link.health.live and (link.health.bitrate_kbps or 0) > 100, timeout=15_000
        )
        ingest.kill()  # the platform's ingest goes away
        qtbot.waitUntil(
            lambda: any(i.kind is IncidentKind.RECONNECTING for i in incidents), timeout=10_000
        )
        ingest.start()
        qtbot.waitUntil(
            lambda: any(i.kind is IncidentKind.RECOVERED for i in incidents), timeout=40_000
        )
        recovered = next(i for i in incidents if i.kind is IncidentKind.RECOVERED)
        assert recovered.duration_ms > 0
    finally:
        link.stop_stream()
        qtbot.waitUntil(lambda: not link.health.live, timeout=15_000)
        link.stop()
    assert not any(i.kind is IncidentKind.STREAM_DROPPED for i in incidents)
