"""Where LiveStudio keeps its files: data, logs, bundled resources (also inside a PyInstaller bundle)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from livestudio import APP_NAME, ORG_NAME

DB_ENV = "LIVESTUDIO_DB"
DB_FILENAME = "livestudio.sqlite3"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, ORG_NAME))


def default_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--db PATH` wins, then `LIVESTUDIO_DB`, then the user data dir."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return data_dir() / DB_FILENAME


def resource_root() -> Path:
    """The top-level `resources/` folder, in a source checkout or inside the bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    """The one way to find a bundled file: `resource("templates", "solo60.en.json")`."""
    return resource_root().joinpath(*parts)
