"""Stream keys with a real plain-text keyring backend installed (keyrings.alt, a test
dependency): LiveStudio names the backend, refuses it, stores nothing, and Check still says GO."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyrings.alt.file import PlaintextKeyring

from livestudio.core.checks import secrets
from livestudio.core.checks.probes import ProbeConfig, probe_stream_key
from livestudio.core.checks.results import Status, Verdict, decide

ROOT = Path(__file__).resolve().parents[2]
KEY = "live_8f3kQ9zXc2Lw7TbA-wxyz"


@pytest.fixture
def plaintext_keyring(tmp_path: Path) -> Iterator[PlaintextKeyring]:
    before = keyring.get_keyring()
    kr = PlaintextKeyring()
    kr.file_path = str(tmp_path / "keyring_pass.cfg")  # type: ignore[misc]
    keyring.set_keyring(kr)
    yield kr
    keyring.set_keyring(before)


def test_the_plaintext_backend_is_named_and_refused(plaintext_keyring: PlaintextKeyring) -> None:
    status = secrets.keyring_status()
    assert not status.secure
    assert status.backend == "keyrings.alt.file.PlaintextKeyring"
    assert "plain text" in status.reason
    assert not secrets.keyring_available()
    text = secrets.refusal_text()
    assert "PlaintextKeyring" in text and "plain text" in text


def test_no_key_is_written_to_the_plaintext_file(plaintext_keyring: PlaintextKeyring) -> None:
    with pytest.raises(secrets.NoKeyringError):
        secrets.store_key("Douyin", KEY)
    assert not Path(plaintext_keyring.file_path).exists(), "nothing was written"
    # a key someone put there by other means is not read back either
    plaintext_keyring.set_password(secrets.SERVICE, "Douyin", KEY)
    assert plaintext_keyring.get_password(secrets.SERVICE, "Douyin") == KEY
    assert secrets.get_key("Douyin") is None and not secrets.has_key("Douyin")


def test_stream_key_item_passes_with_a_note_instead_of_blocking(
    plaintext_keyring: PlaintextKeyring,
) -> None:
    r = probe_stream_key(ProbeConfig(platform="Douyin"))
    assert r.status == Status.PASS
    assert r.value_text == "not stored here — keep it in your streaming software"
    assert "PlaintextKeyring" in r.note
    assert decide([r]).verdict == Verdict.GO


def test_null_and_fail_backends_are_refused() -> None:
    from keyring.backends import fail, null

    for backend, word in ((null.Keyring(), "placeholder"), (fail.Keyring(), "")):
        st = secrets.keyring_status(backend)
        assert not st.secure, st
        assert word in st.reason


def test_a_chain_with_a_plaintext_link_is_refused_and_names_that_link() -> None:
    from keyring.backends import chainer

    class Secure(KeyringBackend):
        priority = 5  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            pass

        def delete_password(self, service: str, username: str) -> None:
            pass

    class Chain(chainer.ChainerBackend):
        def __init__(self, links: list[KeyringBackend]) -> None:
            self._links = links

        @property
        def backends(self):  # type: ignore[no-untyped-def, override]
            return self._links

    assert secrets.keyring_status(Chain([Secure()])).secure
    refused = secrets.keyring_status(Chain([Secure(), PlaintextKeyring()]))
    assert not refused.secure and refused.backend.endswith("PlaintextKeyring")


def test_platforms_dialog_says_keep_it_in_the_streaming_software(
    main_window,  # type: ignore[no-untyped-def]
    plaintext_keyring: PlaintextKeyring,
) -> None:
    from livestudio.ui.check.platforms_dialog import PlatformsDialog

    dlg = PlatformsDialog(main_window.ctx.store, main_window.ctx.settings, main_window)
    note = dlg.keyring_note.text()
    assert "keep them in your streaming software" in note
    assert "PlaintextKeyring" in note and "plain text" in note
    assert "system's key store (" not in note  # it is never presented as the system's store
    assert not dlg.key_edit.isEnabled() and not dlg.store_key_button.isEnabled()
    dlg.close()


@pytest.mark.subprocess
def test_cli_check_chosen_through_keyring_config_says_go(tmp_path: Path) -> None:
    """keyring's own configuration (PYTHON_KEYRING_BACKEND) picks the plain-text backend."""
    env = dict(
        os.environ,
        PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    result = subprocess.run(
        [sys.executable, "-m", "livestudio", "--db", str(tmp_path / "k.sqlite3"), "check", "run",
         "--only", "stream_key", "--platform", "Douyin", "--no-save"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "keep it in your streaming software" in result.stdout
