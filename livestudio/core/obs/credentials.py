"""Where OBS's address and password come from: the address from Settings (or --obs), the
password from the OS keyring only (or LIVESTUDIO_OBS_PASSWORD for headless runs). The
password is registered with the log redactor the moment it is read."""

from __future__ import annotations

import os

import keyring
import keyring.errors

from livestudio.core.checks.secrets import NoKeyringError, keyring_available
from livestudio.core.redact import register_secret

SERVICE = "LiveStudio OBS websocket"
ENV_PASSWORD = "LIVESTUDIO_OBS_PASSWORD"
_ACCOUNT = "obs-websocket"  # one OBS per computer: the password does not depend on the port


def get_password() -> str | None:
    env = os.environ.get(ENV_PASSWORD)
    if env:
        register_secret(env)
        return env
    if not keyring_available():
        return None
    try:
        value = keyring.get_password(SERVICE, _ACCOUNT)
    except keyring.errors.KeyringError:
        return None
    if value:
        register_secret(value)
    return value or None


def set_password(password: str) -> None:
    """Keep the password in the keyring; an empty one removes it."""
    if not keyring_available():
        raise NoKeyringError()
    if not password:
        try:
            keyring.delete_password(SERVICE, _ACCOUNT)
        except keyring.errors.PasswordDeleteError:
            pass
        return
    register_secret(password)
    try:
        keyring.set_password(SERVICE, _ACCOUNT, password)
    except keyring.errors.KeyringError as exc:
        raise NoKeyringError() from exc


def has_password() -> bool:
    return bool(get_password())
