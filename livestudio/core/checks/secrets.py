"""Stream keys in the OS keyring — and only there.

Never written to SQLite, settings, logs or exports: every key that passes through here is
registered with `redact` so log lines mask it. Only a secure backend (the system's key store:
Secret Service, KWallet, macOS Keychain, Windows Credential Locker) is accepted; a plain-text
or password-file backend (keyrings.alt) and the null / fail backends are refused with the
reason (`keyring_status()`), and the functions then raise `NoKeyringError` or return nothing.
There is deliberately no plain-text fallback.
"""

from __future__ import annotations

from dataclasses import dataclass

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from livestudio.core.i18n import translate
from livestudio.core.redact import register_secret

SERVICE = "LiveStudio stream key"
MASK_CHAR = "•"

# Backends that "work" but are not a secure key store. Matched by module and class name so
# that the optional packages need not be importable here.
_PLAINTEXT = ("keyrings.alt.file.PlaintextKeyring",)
# keyrings.alt / keyrings.cryptfile file backends keep keys in a file under the home folder,
# protected only by a password asked for on a terminal (a GUI app would hang on it).
_PASSWORD_FILE_MODULES = ("keyrings.alt.file", "keyrings.cryptfile")
_NULL_MODULES = ("keyring.backends.null", "keyring.backends.fail")


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


@dataclass(frozen=True)
class KeyringStatus:
    """Which keyring backend was found, and whether LiveStudio accepts it (and why not)."""

    secure: bool
    backend: str  # "keyrings.alt.file.PlaintextKeyring"
    reason: str = ""  # why it is refused; empty when secure


def _qualname(backend: object) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _refusal(backend: KeyringBackend) -> str:
    """Why this one backend is not a secure key store ("" when it is)."""
    name = _qualname(backend)
    module = type(backend).__module__
    if name in _PLAINTEXT or "plaintext" in type(backend).__name__.lower():
        return translate(
            "Check", "it writes keys unencrypted into a file on this computer (plain text)"
        )
    if any(module == m or module.startswith(m + ".") for m in _PASSWORD_FILE_MODULES):
        return translate(
            "Check",
            "it keeps keys in a file guarded by a password typed in a terminal, "
            "not in the system's key store",
        )
    if any(module == m or module.startswith(m + ".") for m in _NULL_MODULES):
        return translate("Check", "it is a placeholder that cannot store anything")
    try:
        priority = float(backend.priority)
    except Exception:  # noqa: BLE001 - a backend whose priority raises is not usable
        return translate("Check", "it reports that it cannot work on this computer")
    if priority <= 0:
        return translate("Check", "it reports that it cannot work on this computer")
    return ""


def keyring_status(backend: KeyringBackend | None = None) -> KeyringStatus:
    """The backend keyring would use, judged. A chain is secure only if every link is."""
    from keyring.backends import chainer

    b = keyring.get_keyring() if backend is None else backend
    if isinstance(b, chainer.ChainerBackend):
        links = list(b.backends)
        if not links:
            return KeyringStatus(
                False,
                _qualname(b),
                translate("Check", "no key store is installed or running on this computer"),
            )
        for link in links:
            reason = _refusal(link)
            if reason:
                return KeyringStatus(False, _qualname(link), reason)
        return KeyringStatus(True, " + ".join(_qualname(x) for x in links))
    reason = _refusal(b)
    return KeyringStatus(not reason, _qualname(b), reason)


def _usable(backend: KeyringBackend) -> bool:
    return keyring_status(backend).secure


def keyring_available() -> bool:
    """True only with a secure backend (see `keyring_status` for which and why not)."""
    return keyring_status().secure


def backend_name() -> str:
    return keyring_status().backend


def refusal_text(status: KeyringStatus | None = None) -> str:
    """One sentence for the user: which backend was found and why it is not used."""
    st = status or keyring_status()
    return translate("Check", "Found keyring backend {backend}, not used: {reason}.").format(
        backend=st.backend, reason=st.reason
    )


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
