"""Stream presets (resolution, frame rate, bitrate) and the upload bandwidth each one needs."""

from __future__ import annotations

from dataclasses import dataclass

HEADROOM = 1.5  # upload must carry the stream bitrate 1.5x over, for bursts and retransmits


@dataclass(frozen=True)
class StreamPreset:
    name: str
    width: int
    height: int
    fps: int
    video_kbps: int
    audio_kbps: int = 160

    @property
    def total_kbps(self) -> int:
        return self.video_kbps + self.audio_kbps

    @property
    def required_upload_kbps(self) -> float:
        return self.total_kbps * HEADROOM

    def bytes_per_second(self) -> float:
        return self.total_kbps * 1000 / 8


# Bitrates follow the platforms' published recommendations for H.264 (mid-range of each band).
PRESETS: dict[str, StreamPreset] = {
    "720p30": StreamPreset("720p30", 1280, 720, 30, 3000),
    "1080p30": StreamPreset("1080p30", 1920, 1080, 30, 4500),
    "1080p60": StreamPreset("1080p60", 1920, 1080, 60, 6000),
}
PRESET_NAMES = [*PRESETS, "custom"]


def get_preset(name: str, custom_kbps: int | None = None) -> StreamPreset:
    """A named preset, or `custom` with the given video bitrate (default 1080p30's)."""
    if name in PRESETS:
        return PRESETS[name]
    if name == "custom":
        return StreamPreset(
            "custom", 1920, 1080, 30, int(custom_kbps or PRESETS["1080p30"].video_kbps)
        )
    raise ValueError(f"unknown stream preset {name!r}; choose one of {', '.join(PRESET_NAMES)}")
