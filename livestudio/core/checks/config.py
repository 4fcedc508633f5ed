"""Build a probe configuration from the show (platform, planned length) and the user's settings."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from sqlalchemy import select

from livestudio.core.checks.history import find_platform, show_info
from livestudio.core.checks.presets import StreamPreset, get_preset
from livestudio.core.checks.probes import ProbeConfig
from livestudio.core.checks.system import default_recording_dir
from livestudio.core.compliance import ComplianceService
from livestudio.core.db import Store
from livestudio.core.models import Segment
from livestudio.core.obs import credentials
from livestudio.core.obs.probe import ObsProbeConfig


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
    obs_url: str | None = None,
    obs_password: str | None = None,
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
    if obs_url is None:  # the address set in Tools ▸ OBS
        from livestudio import settings

        obs_url = str(settings.get(settings.OBS_URL))
    if obs_url and obs_password is None:
        obs_password = credentials.get_password()
    cfg.obs = ObsProbeConfig(obs_url, obs_password, show_scenes(store, show_id))
    if info is not None and show_id:
        # read when the item runs, so a cue edited after the configuration was cached counts
        cfg.show_id = show_id
        cfg.script_hits = partial(ComplianceService(store).scan_show, show_id)
    return cfg


def show_scenes(store: Store, show_id: int | None) -> list[str]:
    """The OBS scenes the show's run-of-show names, in running order."""
    if not show_id:
        return []
    with store.session() as s:
        names = s.scalars(
            select(Segment.obs_scene)
            .where(Segment.show_id == show_id, Segment.obs_scene != "")
            .order_by(Segment.position)
        ).all()
    return list(dict.fromkeys(names))
