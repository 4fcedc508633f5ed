"""Build a probe configuration from the show (platform, planned length) and the user's settings."""

from __future__ import annotations

from pathlib import Path

from livestudio.core.checks.history import find_platform, show_info
from livestudio.core.checks.presets import StreamPreset, get_preset
from livestudio.core.checks.probes import ProbeConfig
from livestudio.core.checks.system import default_recording_dir
from livestudio.core.db import Store


def config_for(
    store: Store,
    show_id: int | None,
    *,
    preset: str | None = None,
    ingest: str | None = None,
    upload_endpoint: str | None = None,
    recording_dir: str | None = None,
    platform: str | None = None,
    default_preset: str = "1080p30",
    custom_kbps: int | None = None,
    custom_default: tuple[int, int, int, int] | None = None,
) -> ProbeConfig:
    """Explicit arguments win; then the show's platform settings; then the defaults."""
    info = show_info(store, show_id)
    name = platform if platform is not None else (info.platform if info else "")
    row = find_platform(store, name)
    preset_name = preset or (row.default_preset if row else "") or default_preset
    kbps = custom_kbps or (row.custom_bitrate_kbps if row else None)
    preset_obj = get_preset(preset_name, kbps)
    if preset_name == "custom" and custom_default is not None:
        # the user's own preset from Settings (size, fps, bitrate); a platform bitrate wins
        w, h, fps, default_kbps = custom_default
        preset_obj = StreamPreset("custom", w, h, fps, kbps or default_kbps)
    cfg = ProbeConfig(
        preset=preset_obj,
        platform=row.name if row else name,  # the key is stored under the platform's own spelling
        ingest_url=ingest if ingest is not None else (row.ingest_url if row else ""),
        upload_endpoint=upload_endpoint or "",
        recording_dir=Path(recording_dir) if recording_dir else default_recording_dir(),
    )
    if info is not None:
        cfg.planned_duration_ms = info.planned_duration_ms
    return cfg
