"""Every user preference declared once: key, type, default, translatable label.

User preferences live under "prefs/", window state under "state/" so that resetting one never
touches the other. QSettings is QtCore only, so core code may read these too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings


def _t(text: str) -> str:
    return QCoreApplication.translate("Settings", text)


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    label: str  # English source; translate with label_tr()

    def label_tr(self) -> str:
        return _t(self.label)


OPTIONS: dict[str, Option] = {}


def _declare(key: str, typ: type, default: Any, label: str) -> Option:
    opt = Option(key, typ, default, label)
    OPTIONS[key] = opt
    return opt


LANGUAGE = _declare("prefs/language", str, "system", "Language")  # system / en / zh_CN
CURRENCY = _declare("prefs/currency", str, "CNY", "Currency")
THEME = _declare("prefs/theme", str, "system", "Theme")  # system / light / dark
STREAM_PRESET = _declare("prefs/stream_preset", str, "1080p30", "Default stream preset")
CHIME_ENABLED = _declare("prefs/chime_enabled", bool, True, "Chime at the end of a segment")
CHIME_VOLUME = _declare("prefs/chime_volume", int, 70, "Chime volume")
RECORDING_DIR = _declare("prefs/recording_dir", str, "", "Recording folder")
BACKUP_DIR = _declare("prefs/backup_dir", str, "", "Backup folder")
BACKUPS_KEPT = _declare("prefs/backups_kept", int, 7, "Backups to keep")
UPLOAD_ENDPOINT = _declare("prefs/upload_endpoint", str, "", "Upload test endpoint")
OBS_TEXT_DIR = _declare("prefs/obs_text_dir", str, "", "Folder for OBS text files")
OVERLAY_ENABLED = _declare("prefs/overlay_enabled", bool, False, "Overlay server for OBS")
OVERLAY_PORT = _declare("prefs/overlay_port", int, 8765, "Overlay server port")

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
