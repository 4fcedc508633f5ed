"""Every user preference declared once: key, type, default, translatable label.

User preferences live under "prefs/", window state under "state/" so that resetting one never
touches the other. QSettings is QtCore only, so core code may read these too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings

from livestudio.core import paths
from livestudio.core.checks.presets import PRESETS as _CHECK_PRESETS
from livestudio.core.i18n import QT_TRANSLATE_NOOP


def _t(text: str) -> str:
    return QCoreApplication.translate("Settings", text)


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    label: str  # English source (marked for lupdate with QT_TRANSLATE_NOOP); see label_tr()

    def label_tr(self) -> str:
        return _t(self.label)


OPTIONS: dict[str, Option] = {}


def _declare(key: str, typ: type, default: Any, label: str) -> Option:
    opt = Option(key, typ, default, label)
    OPTIONS[key] = opt
    return opt


LANGUAGE = _declare(
    "prefs/language", str, "system", QT_TRANSLATE_NOOP("Settings", "Language")
)  # system / en / zh_CN
CURRENCY = _declare("prefs/currency", str, "CNY", QT_TRANSLATE_NOOP("Settings", "Currency"))
THEME = _declare(
    "prefs/theme", str, "system", QT_TRANSLATE_NOOP("Settings", "Theme")
)  # system / light / dark
STREAM_PRESET = _declare(
    "prefs/stream_preset", str, "1080p30", QT_TRANSLATE_NOOP("Settings", "Default stream preset")
)  # 720p30 / 1080p30 / 1080p60 / custom
STREAM_CUSTOM = _declare(  # used when STREAM_PRESET is "custom": WIDTHxHEIGHT@FPS:KBPS
    "prefs/stream_custom", str, "1920x1080@30:4500", QT_TRANSLATE_NOOP("Settings", "Custom preset")
)
CHIME_ENABLED = _declare(
    "prefs/chime_enabled",
    bool,
    True,
    QT_TRANSLATE_NOOP("Settings", "Chime at the end of a segment"),
)
CHIME_VOLUME = _declare(
    "prefs/chime_volume", int, 70, QT_TRANSLATE_NOOP("Settings", "Chime volume")
)
RECORDING_DIR = _declare(
    "prefs/recording_dir", str, "", QT_TRANSLATE_NOOP("Settings", "Recording folder")
)
BACKUP_DIR = _declare("prefs/backup_dir", str, "", QT_TRANSLATE_NOOP("Settings", "Backup folder"))
BACKUPS_KEPT = _declare(
    "prefs/backups_kept", int, 7, QT_TRANSLATE_NOOP("Settings", "Backups to keep")
)
UPLOAD_ENDPOINT = _declare(
    "prefs/upload_endpoint", str, "", QT_TRANSLATE_NOOP("Settings", "Upload test endpoint")
)
OBS_TEXT_DIR = _declare(
    "prefs/obs_text_dir", str, "", QT_TRANSLATE_NOOP("Settings", "Folder for OBS text files")
)
OVERLAY_ENABLED = _declare(
    "prefs/overlay_enabled", bool, False, QT_TRANSLATE_NOOP("Settings", "Overlay server for OBS")
)
OVERLAY_PORT = _declare(
    "prefs/overlay_port", int, 8765, QT_TRANSLATE_NOOP("Settings", "Overlay server port")
)
# The studio network itself is never remembered as on: each session turns it on anew.
STUDIO_NETWORK_ADDRESS = _declare(  # the interface address last chosen; "" = the default route's
    "prefs/studio_network_address",
    str,
    "",
    QT_TRANSLATE_NOOP("Settings", "Studio network interface"),
)
STUDIO_NETWORK_PORT = _declare(
    "prefs/studio_network_port", int, 8766, QT_TRANSLATE_NOOP("Settings", "Studio network port")
)

OBS_URL = _declare(  # obs-websocket address; empty = LiveStudio does not talk to OBS
    "prefs/obs_url", str, "", QT_TRANSLATE_NOOP("Settings", "OBS WebSocket address")
)

# System-wide hotkeys while another app has focus (ui/live/global_keys.py): off by default. The
# combinations are QKeySequence portable texts; Ctrl+Alt with a letter or "=" is unused by the
# common apps a host keeps open (browsers, OBS, chat apps; Ctrl+Alt+T/Del/arrows are avoided).
# Windows reports AltGr as Ctrl+Alt: where AltGr+S types a letter (Polish ś), pick another key.
LIVE_GLOBAL_HOTKEYS = _declare(
    "prefs/live_global_hotkeys",
    bool,
    False,
    QT_TRANSLATE_NOOP("Settings", "Use global hotkeys"),
)
LIVE_GLOBAL_KEY_NEXT = _declare(
    "prefs/live_global_key_next", str, "Ctrl+Alt+N", QT_TRANSLATE_NOOP("Settings", "Next segment")
)
LIVE_GLOBAL_KEY_SALE = _declare(
    "prefs/live_global_key_sale", str, "Ctrl+Alt+S", QT_TRANSLATE_NOOP("Settings", "Log a sale")
)
LIVE_GLOBAL_KEY_MINUTE = _declare(
    "prefs/live_global_key_minute", str, "Ctrl+Alt+=", QT_TRANSLATE_NOOP("Settings", "+1 minute")
)

# window state (not preferences)
STATE_GEOMETRY = "state/geometry"
STATE_WINDOW = "state/window_state"
STATE_TAB = "state/last_tab"
STATE_LAST_DAILY_BACKUP = "state/last_daily_backup"


def get(opt: Option, settings: QSettings | None = None) -> Any:
    s = settings or QSettings()
    value = s.value(opt.key, opt.default)
    if value is None:
        return opt.default
    if opt.type is bool:
        if isinstance(value, str):
            return value.lower() in ("1", "true", "yes")
        return bool(value)
    try:
        return opt.type(value)
    except (TypeError, ValueError):
        return opt.default


def put(opt: Option, value: Any, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue(opt.key, value)


# ---- stream presets --------------------------------------------------------------------


@dataclass(frozen=True)
class StreamPreset:
    """What the stream should carry: the Check workspace compares the studio against it."""

    name: str  # "720p30", "1080p30", "1080p60" or "custom"
    width: int
    height: int
    fps: int
    bitrate_kbps: int  # video bitrate to plan the upload test for

    def value(self) -> str:
        """What STREAM_PRESET holds: the preset name ("custom" for your own)."""
        return self.name

    def custom_value(self) -> str:
        """What STREAM_CUSTOM holds: 'WIDTHxHEIGHT@FPS:KBPS'."""
        return f"{self.width}x{self.height}@{self.fps}:{self.bitrate_kbps}"


# The named presets are the Check workspace's (core/checks/presets.py): one table of bitrates.
STREAM_PRESETS: dict[str, StreamPreset] = {
    key: StreamPreset(key, p.width, p.height, p.fps, p.video_kbps)
    for key, p in _CHECK_PRESETS.items()
}


def parse_stream_preset(value: str, custom: str = "") -> StreamPreset:
    """'1080p30' -> that preset; 'custom' with '1280x720@25:2500' -> your own (also accepted in
    one string, 'custom:1280x720@25:2500'); anything unknown -> 1080p30."""
    value = (value or "").strip()
    if value in STREAM_PRESETS:
        return STREAM_PRESETS[value]
    if value == "custom" and custom:
        value = "custom:" + custom.strip()
    if value.startswith("custom:"):
        try:
            size, _, rest = value[len("custom:") :].partition("@")
            w, _, h = size.partition("x")
            fps, _, kbps = rest.partition(":")
            preset = StreamPreset("custom", int(w), int(h), int(fps), int(kbps or 4500))
            if (
                preset.width > 0
                and preset.height > 0
                and preset.fps > 0
                and preset.bitrate_kbps > 0
            ):
                return preset
        except ValueError:
            pass
    return STREAM_PRESETS[str(STREAM_PRESET.default)]


def custom_stream_preset(settings: QSettings | None = None) -> tuple[int, int, int, int] | None:
    """The user's own preset from Settings as (width, height, fps, kbps), None when not set."""
    p = parse_stream_preset("custom", str(get(STREAM_CUSTOM, settings)))
    return (p.width, p.height, p.fps, p.bitrate_kbps) if p.name == "custom" else None


def stream_preset(settings: QSettings | None = None) -> StreamPreset:
    """The default stream preset chosen in Settings, custom size/fps/bitrate included."""
    return parse_stream_preset(str(get(STREAM_PRESET, settings)), str(get(STREAM_CUSTOM, settings)))


def daily_backup_dir(settings: QSettings | None = None) -> Path:
    """Where the daily backups go: the folder set in Settings, else <data>/backups."""
    folder = str(get(BACKUP_DIR, settings))
    return Path(folder) if folder else paths.data_dir() / "backups"
