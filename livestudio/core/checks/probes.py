"""The automatic probes: each is `fn(config, cancelled) -> ProbeResult`, runnable alone or all together.

A probe never raises for an environment problem (no camera, cable pulled): it returns a result
that says what is wrong. `run_probe` turns anything unexpected into a failed result too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from livestudio.core.checks import network as net
from livestudio.core.checks import secrets
from livestudio.core.checks.audio import (
    CLIP_PEAK_DBFS,
    QUIET_RMS_DBFS,
    SILENT_PEAK_DBFS,
    AudioBackend,
    AudioError,
    QtAudioBackend,
    mic_status,
)
from livestudio.core.checks.camera import (
    MIN_FPS,
    MIN_HEIGHT,
    MIN_WIDTH,
    CameraBackend,
    CameraError,
    QtCameraBackend,
    camera_status,
)
from livestudio.core.checks.presets import HEADROOM, StreamPreset, get_preset
from livestudio.core.checks.results import ProbeResult, Status
from livestudio.core.checks.system import (
    BATTERY_WARN_PCT,
    CPU_WARN_PCT,
    DISK_WARN_FACTOR,
    MEM_FAIL_BYTES,
    MEM_WARN_BYTES,
    SystemEnv,
    default_recording_dir,
    human_bytes,
    measure_disk,
    measure_system,
)
from livestudio.core.compliance import Hit, script_check_title, script_result
from livestudio.core.i18n import translate
from livestudio.core.obs.probe import ObsProbeConfig, probe_obs

log = logging.getLogger("livestudio.check")

LATENCY_WARN_MS = 150.0
JITTER_WARN_MS = 30.0


def _t(text: str) -> str:
    return translate("Check", text)


def _ms(value: float) -> str:
    """Milliseconds readable at any scale: 0.06, 4.2, 38."""
    return f"{value:.2f}" if value < 1 else f"{value:.1f}" if value < 100 else f"{value:.0f}"


@dataclass
class ProbeConfig:
    preset: StreamPreset = field(default_factory=lambda: get_preset("1080p30"))
    platform: str = ""
    ingest_url: str = ""
    upload_endpoint: str = ""
    upload_bytes: int = 4 * 1024 * 1024
    recording_dir: Path = field(default_factory=default_recording_dir)
    planned_duration_ms: int = 60 * 60 * 1000
    camera_id: str | None = None
    mic_id: str | None = None
    speaker_id: str | None = None
    capture_seconds: float = 3.0
    tone_seconds: float = 1.0
    net_timeout: float = 3.0
    connect_count: int = 10
    net_env: net.NetworkEnv = field(default_factory=net.NetworkEnv)
    system_env: SystemEnv = field(default_factory=SystemEnv)
    disk_free: Callable[[Path], int] | None = None  # None = the real disk
    camera: CameraBackend = field(default_factory=QtCameraBackend)
    audio: AudioBackend = field(default_factory=QtAudioBackend)
    key_present: Callable[[str], bool] | None = None  # None = ask the keyring
    probe_timeout_s: float | None = None  # None = each probe's own limit (ProbeSpec.timeout_s)
    obs: ObsProbeConfig = field(default_factory=ObsProbeConfig)  # OBS address, run-of-show scenes
    show_id: int | None = None  # the show checked (its script for the compliance item)
    script_hits: Callable[[], Sequence[Hit]] | None = None  # None = no show: skipped


Cancelled = Callable[[], bool] | None


def probe_camera(cfg: ProbeConfig, cancelled: Cancelled = None) -> ProbeResult:
    title = _t("Camera")
    threshold = _t("≥ {w}x{h} at ≥ {fps:.0f} fps").format(w=MIN_WIDTH, h=MIN_HEIGHT, fps=MIN_FPS)
    try:
        cams = cfg.camera.cameras()
        if not cams:
            return ProbeResult(
                "camera",
                title,
                Status.FAIL,
                _t("no camera found"),
                {"cameras": 0},
                threshold,
                _t("Connect a camera (or a phone as webcam) and run again."),
            )
        rep = cfg.camera.measure(cfg.camera_id, cfg.capture_seconds, cancelled)
    except CameraError as exc:
        return ProbeResult("camera", title, Status.FAIL, str(exc), {}, threshold)
    status, reason = camera_status(rep)
    text = _t("{name}: {w}x{h} at {fps:.1f} fps").format(
        name=rep.device, w=rep.width, h=rep.height, fps=rep.fps
    )
    values = {
        "width": rep.width,
        "height": rep.height,
        "fps": round(rep.fps, 2),
        "frames": rep.frames,
        "cameras": len(cams),
    }
    return ProbeResult("camera", title, Status(status), text, values, threshold, reason)


def probe_microphone(cfg: ProbeConfig, cancelled: Cancelled = None) -> ProbeResult:
    title = _t("Microphone")
    threshold = _t("peak ≥ {silent:.0f} and < {clip:.0f} dBFS, RMS ≥ {quiet:.0f} dBFS").format(
        silent=SILENT_PEAK_DBFS, clip=CLIP_PEAK_DBFS, quiet=QUIET_RMS_DBFS
    )
    try:
        if not cfg.audio.inputs():
            return ProbeResult(
                "microphone", title, Status.FAIL, _t("no microphone found"), {}, threshold
            )
        rep = cfg.audio.measure(cfg.mic_id, cfg.capture_seconds, cancelled)
    except AudioError as exc:
        return ProbeResult("microphone", title, Status.FAIL, str(exc), {}, threshold)
    status, reason = mic_status(rep)
    text = _t("{name}: peak {peak:.1f} dBFS, RMS {rms:.1f} dBFS").format(
        name=rep.device, peak=rep.peak_dbfs, rms=rep.rms_dbfs
    )
    values = {
        "peak_dbfs": round(rep.peak_dbfs, 2),
        "rms_dbfs": round(rep.rms_dbfs, 2),
        "seconds": round(rep.seconds, 2),
    }
    return ProbeResult("microphone", title, Status(status), text, values, threshold, reason)


def probe_speakers(cfg: ProbeConfig, cancelled: Cancelled = None) -> ProbeResult:
    """Plays the tone; the result stays a warning until the host confirms hearing it."""
    title = _t("Speakers / headphones")
    threshold = _t("the host hears the test tone")
    try:
        outs = cfg.audio.outputs()
        if not outs:
            return ProbeResult(
                "speakers", title, Status.FAIL, _t("no speakers found"), {}, threshold
            )
        cfg.audio.play_tone(cfg.speaker_id, cfg.tone_seconds)
    except AudioError as exc:
        return ProbeResult("speakers", title, Status.FAIL, str(exc), {}, threshold)
    name = next((o.name for o in outs if o.id == cfg.speaker_id), None) or next(
        (o.name for o in outs if o.is_default), outs[0].name
    )
    return ProbeResult(
        "speakers",
        title,
        Status.WARN,
        _t("test tone played on {name} — not confirmed yet").format(name=name),
        {"outputs": len(outs)},
        threshold,
        _t("Did you hear it?"),
    )


def probe_network(cfg: ProbeConfig, cancelled: Cancelled = None) -> ProbeResult:
    title = _t("Network")
    threshold = _t("{n} connects: median ≤ {lat:.0f} ms, jitter ≤ {jit:.0f} ms, no losses").format(
        n=cfg.connect_count, lat=LATENCY_WARN_MS, jit=JITTER_WARN_MS
    )
    if not cfg.ingest_url:
        ifaces = cfg.net_env.interfaces()
        if not ifaces:
            return ProbeResult(
                "network",
                title,
                Status.FAIL,
                net.Offline.NO_INTERFACE.label(),
                {"offline": net.Offline.NO_INTERFACE.value},
                threshold,
            )
        if not cfg.net_env.default_route():
            return ProbeResult(
                "network",
                title,
                Status.FAIL,
                net.Offline.NO_ROUTE.label(),
                {"offline": net.Offline.NO_ROUTE.value},
                threshold,
            )
        return ProbeResult(
            "network",
            title,
            Status.WARN,
            _t("online via {names}; no ingest URL set").format(
                names=", ".join(n for n, _ in ifaces)
            ),
            {"interfaces": [n for n, _ in ifaces]},
            threshold,
            _t(
                "Set the platform's ingest URL (Tools ▸ Platforms and stream keys…) to test the real route."
            ),
        )
    try:
        ep = net.parse_endpoint(cfg.ingest_url)
    except ValueError as exc:
        return ProbeResult("network", title, Status.FAIL, str(exc), {}, threshold)
    rep = net.measure_latency(ep, cfg.connect_count, cfg.net_timeout, cfg.net_env, cancelled)
    target = f"{ep.host}:{ep.port}"
    values: dict[str, object] = {
        "host": ep.host,
        "port": ep.port,
        "interfaces": rep.interfaces,
        "addresses": rep.addresses,
        "dns_ms": None if rep.dns_ms is None else round(rep.dns_ms, 2),
        "median_ms": None if rep.median_ms is None else round(rep.median_ms, 2),
        "jitter_ms": None if rep.jitter_ms is None else round(rep.jitter_ms, 2),
        "losses": rep.losses,
        "attempts": rep.attempts,
        "offline": None if rep.offline is None else rep.offline.value,
    }
    if rep.offline is not None:
        return ProbeResult(
            "network",
            title,
            Status.FAIL,
            f"{rep.offline.label()} ({target})",
            values,
            threshold,
            rep.detail,
        )
    assert rep.median_ms is not None and rep.jitter_ms is not None
    text = _t("{target}: median {median} ms, jitter {jitter} ms, {lost}/{n} lost").format(
        target=target,
        median=_ms(rep.median_ms),
        jitter=_ms(rep.jitter_ms),
        lost=rep.losses,
        n=rep.attempts,
    )
    status, note = Status.PASS, ""
    if rep.losses * 2 >= rep.attempts:
        status, note = Status.FAIL, _t("half or more of the connections failed")
    elif rep.losses or rep.median_ms > LATENCY_WARN_MS or rep.jitter_ms > JITTER_WARN_MS:
        status, note = Status.WARN, _t("unsteady connection — prefer a cable over Wi-Fi")
    return ProbeResult("network", title, status, text, values, threshold, note)


def probe_upload(cfg: ProbeConfig, cancelled: Cancelled = None) -> ProbeResult:
    title = _t("Upload speed")
    need = cfg.preset.required_upload_kbps
    threshold = _t("≥ {need:,.0f} kbps ({preset} {kbps:,} kbps x {h})").format(
        need=need, preset=cfg.preset.name, kbps=cfg.preset.total_kbps, h=HEADROOM
    )
    if not cfg.upload_endpoint:
        return ProbeResult(
            "upload",
            title,
            Status.SKIPPED,
            _t("no upload test endpoint set"),
            {},
            threshold,
            _t("Set one in Tools ▸ Platforms and stream keys…"),
            required=False,
        )
    rep = net.measure_upload(
        cfg.upload_endpoint, cfg.upload_bytes, max(cfg.net_timeout, 10.0), cfg.net_env, cancelled
    )
    values: dict[str, object] = {
        "kbps": None if rep.kbps is None else round(rep.kbps, 1),
        "required_kbps": need,
        "bytes": rep.bytes_sent,
        "seconds": round(rep.seconds, 3),
        "offline": None if rep.offline is None else rep.offline.value,
    }
    if rep.offline is not None or rep.kbps is None:
        reason = rep.offline.label() if rep.offline else _t("no measurement")
        return ProbeResult("upload", title, Status.FAIL, reason, values, threshold, rep.detail)
    text = _t("{kbps:,.0f} kbps ({mb:.1f} MB in {took})").format(
        kbps=rep.kbps,
        mb=rep.bytes_sent / 1e6,
        took=f"{rep.seconds:.2f} s" if rep.seconds >= 1 else f"{rep.seconds * 1000:.0f} ms",
    )
    if rep.kbps < cfg.preset.total_kbps:
        return ProbeResult(
            "upload",
            title,
            Status.FAIL,
            text,
            values,
            threshold,
            _t("too slow for {preset}; choose a lower preset").format(preset=cfg.preset.name),
        )
    if rep.kbps < need:
        return ProbeResult(
            "upload",
            title,
            Status.WARN,
            text,
            values,
            threshold,
            _t("little headroom; the stream may stutter"),
        )
    return ProbeResult("upload", title, Status.PASS, text, values, threshold)


def probe_disk(cfg: ProbeConfig, cancelled: Cancelled = None) -> ProbeResult:
    title = _t("Disk space")
    rep = measure_disk(
        cfg.recording_dir, cfg.planned_duration_ms, cfg.preset.bytes_per_second(), cfg.disk_free
    )
    threshold = _t("≥ {x:.0f}x the planned recording ({need})").format(
        x=DISK_WARN_FACTOR, need=human_bytes(rep.needed_bytes)
    )
    text = _t("{free} free in {folder}").format(free=human_bytes(rep.free_bytes), folder=rep.folder)
    values = {
        "free_bytes": rep.free_bytes,
        "needed_bytes": rep.needed_bytes,
        "factor": round(rep.factor, 2),
        "folder": str(rep.folder),
    }
    if rep.factor < 1:
        return ProbeResult(
            "disk",
            title,
            Status.FAIL,
            text,
            values,
            threshold,
            _t("not enough room to record the whole show"),
        )
    if rep.factor < DISK_WARN_FACTOR:
        return ProbeResult(
            "disk",
            title,
            Status.WARN,
            text,
            values,
            threshold,
            _t("less than twice what the recording needs"),
        )
    return ProbeResult("disk", title, Status.PASS, text, values, threshold)


def probe_system(cfg: ProbeConfig, cancelled: Cancelled = None) -> ProbeResult:
    title = _t("Computer")
    threshold = _t(
        "CPU < {cpu:.0f}%, ≥ {mem} free memory, battery ≥ {bat:.0f}% when unplugged"
    ).format(cpu=CPU_WARN_PCT, mem=human_bytes(MEM_WARN_BYTES), bat=BATTERY_WARN_PCT)
    rep = measure_system(cfg.system_env)
    parts = [
        _t("CPU {cpu:.0f}%").format(cpu=rep.cpu_pct),
        _t("{mem} memory free").format(mem=human_bytes(rep.mem_available)),
    ]
    if rep.battery_pct is None:
        parts.append(_t("no battery"))
    elif rep.on_battery:
        parts.append(_t("on battery {pct:.0f}%").format(pct=rep.battery_pct))
    else:
        parts.append(_t("plugged in, battery {pct:.0f}%").format(pct=rep.battery_pct))
    values = {
        "cpu_pct": rep.cpu_pct,
        "mem_available": rep.mem_available,
        "mem_total": rep.mem_total,
        "battery_pct": rep.battery_pct,
        "on_battery": rep.on_battery,
    }
    status, notes = Status.PASS, []
    if rep.mem_available < MEM_FAIL_BYTES:
        status = Status.FAIL
        notes.append(_t("almost no free memory: close other programs"))
    elif rep.mem_available < MEM_WARN_BYTES:
        status = Status.WARN
        notes.append(_t("little free memory"))
    if rep.cpu_pct >= CPU_WARN_PCT:
        status = Status.FAIL if status == Status.FAIL else Status.WARN
        notes.append(_t("the processor is busy: close other programs"))
    if rep.on_battery and rep.battery_pct is not None and rep.battery_pct < BATTERY_WARN_PCT:
        status = Status.FAIL if status == Status.FAIL else Status.WARN
        notes.append(_t("on battery below 50%: plug in the charger"))
    return ProbeResult(
        "system", title, status, ", ".join(parts), values, threshold, "; ".join(notes)
    )


def probe_stream_key(cfg: ProbeConfig, cancelled: Cancelled = None) -> ProbeResult:
    title = _t("Stream key")
    threshold = _t("a stream key is stored for the platform")
    if not cfg.platform:
        return ProbeResult(
            "stream_key",
            title,
            Status.WARN,
            _t("no platform chosen for this show"),
            {},
            threshold,
            _t("Choose the platform in Plan, or add one in Tools ▸ Platforms and stream keys…"),
        )
    status = secrets.keyring_status() if cfg.key_present is None else None
    if status is not None and not status.secure:
        # not a blocker: with no secure key store the key belongs in the streaming software
        return ProbeResult(
            "stream_key",
            title,
            Status.PASS,
            _t("not stored here — keep it in your streaming software"),
            {"stored": False, "keyring": status.backend},
            threshold,
            secrets.refusal_text(status),
        )
    present = cfg.key_present(cfg.platform) if cfg.key_present else secrets.has_key(cfg.platform)
    if present:
        return ProbeResult(
            "stream_key",
            title,
            Status.PASS,
            _t("stored for {platform}").format(platform=cfg.platform),
            {"stored": True},
            threshold,
        )
    return ProbeResult(
        "stream_key",
        title,
        Status.FAIL,
        _t("no stream key stored for {platform}").format(platform=cfg.platform),
        {"stored": False},
        threshold,
    )


def probe_obs_step(cfg: ProbeConfig, cancelled: Cancelled = None) -> ProbeResult:
    return probe_obs(cfg.obs, cfg.preset, cancelled)


def probe_script(cfg: ProbeConfig, cancelled: Cancelled = None) -> ProbeResult:
    """What the host will say, against the compliance word list (core/compliance.py)."""
    return script_result(cfg.script_hits() if cfg.script_hits is not None else None)


@dataclass(frozen=True)
class ProbeSpec:
    name: str
    title: Callable[[], str]
    fn: Callable[[ProbeConfig, Cancelled], ProbeResult]
    interactive: bool = False  # needs the host (speaker test): not in a headless run by default

    def timeout_s(self, cfg: ProbeConfig) -> float:
        """How long the UI waits before calling the probe hung."""
        if cfg.probe_timeout_s:
            return cfg.probe_timeout_s
        if self.name in ("camera", "microphone"):
            return cfg.capture_seconds + 12
        if self.name == "speakers":
            return cfg.tone_seconds + 10
        if self.name == "network":
            return cfg.net_timeout * (cfg.connect_count + 2) + 5
        if self.name == "upload":
            return max(cfg.net_timeout, 10.0) * 2 + 5
        if self.name == "obs":
            return cfg.obs.sample_s + cfg.obs.timeout_s * 3 + 5
        return 20.0


PROBES: dict[str, ProbeSpec] = {
    s.name: s
    for s in (
        ProbeSpec("camera", lambda: _t("Camera"), probe_camera),
        ProbeSpec("microphone", lambda: _t("Microphone"), probe_microphone),
        ProbeSpec(
            "speakers", lambda: _t("Speakers / headphones"), probe_speakers, interactive=True
        ),
        ProbeSpec("network", lambda: _t("Network"), probe_network),
        ProbeSpec("upload", lambda: _t("Upload speed"), probe_upload),
        ProbeSpec("disk", lambda: _t("Disk space"), probe_disk),
        ProbeSpec("system", lambda: _t("Computer"), probe_system),
        ProbeSpec("stream_key", lambda: _t("Stream key"), probe_stream_key),
        ProbeSpec("obs", lambda: translate("Obs", "OBS Studio"), probe_obs_step),
        ProbeSpec("script", script_check_title, probe_script),
    )
}


def run_probe(name: str, cfg: ProbeConfig, cancelled: Cancelled = None) -> ProbeResult:
    """Run one probe; an unexpected error becomes a failed result naming it, never a crash."""
    spec = PROBES[name]
    try:
        return spec.fn(cfg, cancelled)
    except Exception as exc:
        log.exception("probe %s failed", name)
        return ProbeResult(
            name,
            spec.title(),
            Status.FAIL,
            _t("the check itself failed: {error}").format(error=exc),
            {},
            "",
        )
