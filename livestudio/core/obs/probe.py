"""The Check workspace's OBS probe: is OBS there, does it send what the show's preset expects,
is a stream server set, does every scene the run-of-show names exist, and does OBS keep up
(skipped render and encoder frames over a short sample)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from livestudio.core.checks.presets import StreamPreset
from livestudio.core.checks.results import ProbeResult, Status
from livestudio.core.i18n import translate
from livestudio.core.obs.client import ObsState, SyncSession

SKIP_WARN_PCT = 1.0  # skipped frames above this during the sample is a warning
SKIP_FAIL_PCT = 10.0  # and above this OBS cannot keep up: a blocker
BITRATE_LOW_FACTOR = 0.5  # a bitrate under half the preset's is a warning (blurry picture)


def _t(text: str) -> str:
    return translate("Obs", text)


@dataclass
class ObsProbeConfig:
    url: str = ""
    password: str | None = None
    scenes: list[str] = field(default_factory=list)  # scenes the run-of-show names
    sample_s: float = 10.0
    timeout_s: float = 6.0


def _bitrate(session: SyncSession) -> tuple[str, int | None]:
    """(encoder, video kbps) of the current profile; kbps None when OBS keeps it elsewhere."""
    mode = session.ask(
        "GetProfileParameter", {"parameterCategory": "Output", "parameterName": "Mode"}
    )
    advanced = str(mode.data.get("parameterValue") or "") == "Advanced"
    if advanced:
        enc = session.ask(
            "GetProfileParameter", {"parameterCategory": "AdvOut", "parameterName": "Encoder"}
        )
        return str(
            enc.data.get("parameterValue") or enc.data.get("defaultParameterValue") or ""
        ), None
    enc = session.ask(
        "GetProfileParameter",
        {"parameterCategory": "SimpleOutput", "parameterName": "StreamEncoder"},
    )
    rate = session.ask(
        "GetProfileParameter", {"parameterCategory": "SimpleOutput", "parameterName": "VBitrate"}
    )
    encoder = str(enc.data.get("parameterValue") or enc.data.get("defaultParameterValue") or "")
    value = rate.data.get("parameterValue") or rate.data.get("defaultParameterValue")
    try:
        return encoder, int(str(value))
    except (TypeError, ValueError):
        return encoder, None


def probe_obs(
    cfg: ObsProbeConfig, preset: StreamPreset, cancelled: Callable[[], bool] | None = None
) -> ProbeResult:
    title = _t("OBS Studio")
    threshold = _t("{w}x{h} at {fps} fps, ≤ {kbps} kbps; scenes of the run-of-show").format(
        w=preset.width, h=preset.height, fps=preset.fps, kbps=preset.video_kbps
    )
    if not cfg.url:
        return ProbeResult(
            "obs",
            title,
            Status.SKIPPED,
            _t("not set up"),
            {},
            threshold,
            _t("Set OBS's address in Tools ▸ OBS to check it here."),
            required=False,
        )
    with SyncSession(cfg.url, cfg.password, cfg.timeout_s) as session:
        st = session.status
        if not st.connected:
            note = {
                ObsState.WRONG_PASSWORD: _t(
                    "Check the password in Tools ▸ OBS (OBS ▸ Tools ▸ WebSocket Server Settings)."
                ),
                ObsState.NEEDS_PASSWORD: _t("OBS asks for a password: enter it in Tools ▸ OBS."),
            }.get(
                st.state,
                _t(
                    "Start OBS and enable its WebSocket server (OBS ▸ Tools ▸ WebSocket Server Settings)."
                ),
            )
            return ProbeResult(
                "obs", title, Status.FAIL, st.text(), {"state": str(st.state)}, threshold, note
            )
        values: dict[str, Any] = {
            "obs_version": st.obs_version,
            "websocket_version": st.websocket_version,
        }
        problems: list[tuple[Status, str]] = []
        video = session.ask("GetVideoSettings").data
        w, h = int(video.get("outputWidth") or 0), int(video.get("outputHeight") or 0)
        num, den = int(video.get("fpsNumerator") or 0), int(video.get("fpsDenominator") or 1)
        fps = num / den if den else 0.0
        values.update(width=w, height=h, fps=round(fps, 2))
        if (w, h) != (preset.width, preset.height):
            problems.append(
                (
                    Status.WARN,
                    _t("OBS sends {w}x{h}, the preset is {pw}x{ph}").format(
                        w=w, h=h, pw=preset.width, ph=preset.height
                    ),
                )
            )
        if abs(fps - preset.fps) > 0.5:
            problems.append(
                (
                    Status.WARN,
                    _t("OBS runs at {fps:.0f} fps, the preset at {pfps} fps").format(
                        fps=fps, pfps=preset.fps
                    ),
                )
            )
        encoder, kbps = _bitrate(session)
        values.update(encoder=encoder, video_kbps=kbps)
        if kbps is not None and kbps > preset.video_kbps:
            problems.append(
                (
                    Status.WARN,
                    _t(
                        "video bitrate {kbps} kbps is above the preset's {pk} kbps (the upload test assumed {pk})"
                    ).format(kbps=kbps, pk=preset.video_kbps),
                )
            )
        elif kbps is not None and kbps < preset.video_kbps * BITRATE_LOW_FACTOR:
            problems.append(
                (
                    Status.WARN,
                    _t(
                        "video bitrate {kbps} kbps is under half the preset's {pk} kbps: the picture will be soft"
                    ).format(kbps=kbps, pk=preset.video_kbps),
                )
            )
        service = session.ask("GetStreamServiceSettings").data
        server = str((service.get("streamServiceSettings") or {}).get("server") or "")
        values.update(
            server=server,
            service=str(service.get("streamServiceType") or ""),
            key_set=bool(service.get("keySet")),
        )
        if not server:
            problems.append((Status.FAIL, _t("no stream server set in OBS (Settings ▸ Stream)")))
        elif not service.get("keySet"):
            problems.append((Status.WARN, _t("OBS has no stream key (Settings ▸ Stream)")))
        listed = session.ask("GetSceneList").data.get("scenes", [])
        have = {str(s.get("sceneName", "")) for s in listed}
        missing = [name for name in dict.fromkeys(cfg.scenes) if name and name not in have]
        values.update(scenes=len(have), missing_scenes=missing)
        if missing:
            problems.append(
                (Status.FAIL, _t("scenes missing in OBS: {names}").format(names=", ".join(missing)))
            )
        before = session.ask("GetStats").data
        if not session.pause(cfg.sample_s, cancelled):
            return ProbeResult("obs", title, Status.SKIPPED, _t("cancelled"), values, threshold)
        after = session.ask("GetStats").data
        render = int(after.get("renderTotalFrames") or 0) - int(
            before.get("renderTotalFrames") or 0
        )
        render_skipped = int(after.get("renderSkippedFrames") or 0) - int(
            before.get("renderSkippedFrames") or 0
        )
        out = int(after.get("outputTotalFrames") or 0) - int(before.get("outputTotalFrames") or 0)
        out_skipped = int(after.get("outputSkippedFrames") or 0) - int(
            before.get("outputSkippedFrames") or 0
        )
        pct = max(
            100.0 * render_skipped / render if render > 0 else 0.0,
            100.0 * out_skipped / out if out > 0 else 0.0,
        )
        values.update(
            render_frames=render,
            render_skipped=render_skipped,
            output_frames=out,
            output_skipped=out_skipped,
            skipped_pct=round(pct, 2),
        )
        if pct > SKIP_FAIL_PCT:
            problems.append(
                (
                    Status.FAIL,
                    _t(
                        "OBS skipped {pct:.1f} % of frames in {s:.0f} s: close other programs or lower the preset"
                    ).format(pct=pct, s=cfg.sample_s),
                )
            )
        elif pct > SKIP_WARN_PCT:
            problems.append(
                (
                    Status.WARN,
                    _t("OBS skipped {pct:.1f} % of frames in {s:.0f} s").format(
                        pct=pct, s=cfg.sample_s
                    ),
                )
            )
    summary = _t("OBS {version}: {w}x{h} {fps:.0f} fps, {encoder} {kbps}").format(
        version=st.obs_version,
        w=w,
        h=h,
        fps=fps,
        encoder=encoder or "?",
        kbps=_t("{kbps} kbps").format(kbps=kbps)
        if kbps is not None
        else _t("bitrate in encoder settings"),
    )
    status = Status.PASS
    if any(s is Status.FAIL for s, _ in problems):
        status = Status.FAIL
    elif problems:
        status = Status.WARN
    note = "; ".join(text for _, text in problems)
    if server and status is Status.PASS:
        note = _t("stream server {server} (key not shown)").format(server=server)
    return ProbeResult("obs", title, status, summary, values, threshold, note)
