"""Stream keys in the OS keyring — and only there.

Never written to SQLite, settings, logs or exports: every key that passes through here is
registered with `redact` so log lines mask it. With no usable keyring backend the functions
refuse (`NoKeyringError`); there is deliberately no plain-text fallback.
"""

from __future__ import annotations

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from livestudio.core.i18n import translate
from livestudio.core.redact import register_secret

SERVICE = "LiveStudio stream key"
MASK_CHAR = "•"


class NoKeyringError(Exception):
    """No secure store on this machine; str() says so plainly."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "Check",
                "No secure key store (keyring) is available on this computer, so the stream key "
                "cannot be saved. LiveStudio never stores keys in plain text; paste the key into "
                "your streaming software directly instead.",
            )
        )


def _usable(backend: KeyringBackend) -> bool:
    from keyring.backends import chainer, fail

    if isinstance(backend, fail.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return bool(backend.backends)
    try:
        return float(backend.priority) > 0
    except Exception:  # noqa: BLE001 - a backend whose priority raises is not usable
        return False


def keyring_available() -> bool:
    return _usable(keyring.get_keyring())


def backend_name() -> str:
    b = keyring.get_keyring()
    return f"{type(b).__module__}.{type(b).__name__}"


def _require() -> None:
    if not keyring_available():
        raise NoKeyringError()


def store_key(platform: str, key: str) -> None:
    key = key.strip()
    if not platform or not key:
        raise ValueError(translate("Check", "Both the platform and the stream key are needed."))
    register_secret(key)
    _require()
    try:
        keyring.set_password(SERVICE, platform, key)
    except keyring.errors.KeyringError as exc:
        raise NoKeyringError() from exc


def get_key(platform: str) -> str | None:
    if not platform or not keyring_available():
        return None
    try:
        key = keyring.get_password(SERVICE, platform)
    except keyring.errors.KeyringError:
        return None
    register_secret(key)
    return key


def has_key(platform: str) -> bool:
    return bool(get_key(platform))


def delete_key(platform: str) -> bool:
    if not keyring_available():
        return False
    try:
        keyring.delete_password(SERVICE, platform)
        return True
    except keyring.errors.PasswordDeleteError:
        return False


def mask(key: str | None) -> str:
    """'••••abcd': only the last four characters ever appear on screen."""
    if not key:
        return ""
    register_secret(key)
    return MASK_CHAR * 4 + key[-4:] if len(key) > 4 else MASK_CHAR * 4
