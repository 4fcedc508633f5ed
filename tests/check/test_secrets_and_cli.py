"""Stream keys live in the keyring only; the CLI runs probes headless with exit codes by verdict."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from livestudio.cli import main as cli_main
from livestudio.core.checks import history, secrets
from livestudio.core.checks.export import export_run_xlsx
from livestudio.core.checks.probes import ProbeConfig, probe_stream_key
from livestudio.core.checks.results import Status
from livestudio.core.db import Store
from livestudio.core.models import Show
from livestudio.core.models.base import utcnow

from .conftest import KEY, MemoryKeyring
from .servers import closed_port, listening_server


def test_store_get_mask_delete(memory_keyring: MemoryKeyring) -> None:
    assert secrets.keyring_available()
    secrets.store_key("Douyin", KEY)
    assert memory_keyring.store[(secrets.SERVICE, "Douyin")] == KEY
    assert secrets.get_key("Douyin") == KEY and secrets.has_key("Douyin")
    assert secrets.mask(KEY) == "••••abcd"
    assert probe_stream_key(ProbeConfig(platform="Douyin")).status == Status.PASS
    missing = probe_stream_key(ProbeConfig(platform="TikTok Shop"))
    assert missing.status == Status.FAIL and "TikTok Shop" in missing.value_text
    assert secrets.delete_key("Douyin") and not secrets.has_key("Douyin")


def test_no_keyring_backend_is_refused_plainly(no_keyring: None, tmp_path: Path) -> None:
    assert not secrets.keyring_available()
    with pytest.raises(secrets.NoKeyringError, match="never stores keys in plain text"):
        secrets.store_key("Douyin", KEY)
    assert secrets.get_key("Douyin") is None
    r = probe_stream_key(ProbeConfig(platform="Douyin"))
    assert r.status == Status.PASS and "keep it in your streaming software" in r.value_text


def test_empty_chainer_counts_as_no_keyring() -> None:
    from keyring.backends import chainer

    class Empty(chainer.ChainerBackend):
        @property
        def backends(self):  # type: ignore[no-untyped-def, override]
            return []

    assert not secrets._usable(Empty())


def test_stored_key_never_reaches_database_log_or_exports(
    memory_keyring: MemoryKeyring,
    store: Store,
    tmp_path: Path,
    qapp,  # type: ignore[no-untyped-def]
) -> None:
    from livestudio.app import log_file_path, setup_logging
    from livestudio.reports.checkrun import export_run_pdf

    setup_logging()
    secrets.store_key("Douyin", KEY)
    with store.transaction() as s:
        s.add(Show(title="618 零食专场", platform="Douyin"))
    history.save_platform(store, "Douyin", "rtmp://push.douyin.example/live", "1080p30", None)
    results = [probe_stream_key(ProbeConfig(platform="Douyin"))]
    # even a careless log line or a note with the key in it is masked
    logging.getLogger("livestudio.check").warning("pushing with key %s", secrets.get_key("Douyin"))
    results[0].note = f"copied {secrets.mask(secrets.get_key('Douyin'))}"
    rid = history.save_run(
        store, results, show_id=1, preset="1080p30", platform="Douyin", started_at=utcnow()
    )
    rec = history.load_run(store, rid)
    xlsx = export_run_xlsx(rec, tmp_path / "run.xlsx")
    pdf = export_run_pdf(rec, tmp_path / "run.pdf")
    for h in logging.getLogger("livestudio").handlers:
        h.flush()
    store.close()
    needle = KEY.encode()
    files = [
        store.path,
        log_file_path(),
        xlsx,
        pdf,
        *store.path.parent.glob(store.path.name + "-*"),
    ]
    for f in files:
        if f.exists():
            assert needle not in f.read_bytes(), f"stream key found in {f}"
    assert log_file_path().exists() and b"pushing with key ***" in log_file_path().read_bytes()
    import zipfile

    with zipfile.ZipFile(xlsx) as z:  # xlsx is zipped: look inside too
        for name in z.namelist():
            assert needle not in z.read(name)


def test_cli_go_warn_nogo_and_json(tmp_path: Path, capsys, qapp) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "cli.sqlite3")
    with listening_server() as port:
        code = cli_main(
            [
                "check",
                "run",
                "--db",
                db,
                "--only",
                "network,disk",
                "--ingest",
                f"rtmp://127.0.0.1:{port}/live",
                "--preset",
                "720p30",
                "--json",
            ]
        )
    out = json.loads(capsys.readouterr().out)
    assert code in (0, 1)  # disk depends on this machine; the network part must pass
    net = next(x for x in out["results"] if x["key"] == "network")
    assert net["status"] == "pass" and net["values"]["median_ms"] is not None and net["threshold"]
    assert out["preset"]["name"] == "720p30" and out["run_id"] == 1

    code = cli_main(
        [
            "check",
            "run",
            "--db",
            db,
            "--only",
            "network",
            "--ingest",
            f"rtmp://127.0.0.1:{closed_port()}/live",
        ]
    )
    text = capsys.readouterr().out
    assert code == 2
    assert "offline: connection refused" in text and "NO-GO — blocked by: Network" in text

    code = cli_main(["check", "run", "--db", db, "--only", "network"])  # no ingest set: warns
    assert code in (1, 2)
    assert (
        cli_main(["check", "run", "--db", db, "--only", "bogus"]) == 64
    )  # a usage error, not NO-GO
    assert "unknown probe" in capsys.readouterr().err
    from livestudio.core.db import open_store

    st = open_store(Path(db))
    assert len(history.list_runs(st, None)) == 3  # every run is kept, bad arguments store nothing
    st.close()


def test_cli_uses_the_show_platform(tmp_path: Path, capsys, qapp, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    from livestudio.core.db import open_store

    db = tmp_path / "show.sqlite3"
    st = open_store(db)
    with st.transaction() as s:
        s.add(
            Show(
                title="Whatnot card breaks", platform="whatnot", planned_duration_ms=90 * 60 * 1000
            )
        )
    with listening_server() as port:
        history.save_platform(st, "Whatnot", f"rtmp://127.0.0.1:{port}/live", "1080p60", None)
        st.close()
        secrets.store_key("Whatnot", KEY)
        code = cli_main(
            [
                "check",
                "run",
                "--db",
                str(db),
                "--show",
                "1",
                "--only",
                "network,stream_key",
                "--json",
            ]
        )
    out = json.loads(capsys.readouterr().out)
    assert code == 0, out
    assert out["preset"]["name"] == "1080p60"
    assert [x["status"] for x in out["results"]] == ["pass", "pass"]
    assert KEY not in json.dumps(out)
    assert cli_main(["check", "run", "--db", str(db), "--show", "99"]) == 2
