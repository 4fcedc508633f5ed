"""`livestudio check run`: the automatic pre-stream probes, headless. Exit 0 GO, 1 warnings, 2 NO-GO."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from livestudio.cli import EX_USAGE  # 64: a bad value on the command line


def register(subparsers: Any, add_db: Any) -> None:
    check = subparsers.add_parser("check", help="pre-stream checks")
    sub = check.add_subparsers(dest="check_command", metavar="ACTION")
    run = sub.add_parser("run", help="run the automatic probes and print the verdict")
    add_db(run)
    run.add_argument(
        "--show", type=int, metavar="ID", help="the show to check (its platform and length)"
    )
    run.add_argument(
        "--only",
        metavar="NAME,...",
        help="probes to run: camera, microphone, speakers, network, upload, disk, system, "
        "stream_key, obs, script (what the host will say, against the compliance word list)",
    )
    run.add_argument(
        "--obs",
        metavar="ws://HOST:PORT",
        help="OBS WebSocket address (default: Tools ▸ OBS); the password comes from the keyring "
        "or LIVESTUDIO_OBS_PASSWORD",
    )
    run.add_argument("--json", action="store_true", help="print JSON with values and thresholds")
    run.add_argument(
        "--ingest", metavar="URL", help="ingest URL, e.g. rtmp://live.example.com:1935/app"
    )
    run.add_argument(
        "--preset", metavar="NAME", help="stream preset: 720p30, 1080p30, 1080p60, custom"
    )
    run.add_argument(
        "--bitrate", type=int, metavar="KBPS", help="video bitrate for --preset custom"
    )
    run.add_argument(
        "--upload-endpoint",
        metavar="URL",
        help="upload test target: http(s)://host/path (POST) or tcp://host:port (sink)",
    )
    run.add_argument("--platform", metavar="NAME", help="platform whose stream key to look for")
    run.add_argument("--no-save", action="store_true", help="do not store the run in the history")
    run.set_defaults(handler=run_cli)
    check.set_defaults(handler=lambda _a: (check.print_help(), EX_USAGE)[1])


def run_cli(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from livestudio.cli import open_cli_store
    from livestudio.core.checks.config import config_for
    from livestudio.core.checks.history import save_run
    from livestudio.core.checks.presets import PRESET_NAMES
    from livestudio.core.checks.probes import PROBES, run_probe
    from livestudio.core.checks.results import decide, status_label
    from livestudio.core.models.base import utcnow

    app = QCoreApplication.instance() or QCoreApplication(["livestudio"])  # QtMultimedia needs one
    if args.preset and args.preset not in PRESET_NAMES:
        print(
            f"error: unknown preset {args.preset!r}; choose one of {', '.join(PRESET_NAMES)}",
            file=sys.stderr,
        )
        return EX_USAGE
    names = [n for n in PROBES if not PROBES[n].interactive]
    if args.only:
        names = [n.strip() for n in args.only.split(",") if n.strip()]
        unknown = [n for n in names if n not in PROBES]
        if unknown:
            print(
                f"error: unknown probe(s) {', '.join(unknown)}; choose from {', '.join(PROBES)}",
                file=sys.stderr,
            )
            return EX_USAGE
    store = open_cli_store(args.db)
    try:
        if args.show:
            from livestudio.core.checks.history import show_info

            if show_info(store, args.show) is None:
                print(f"error: there is no show with id {args.show}", file=sys.stderr)
                return 2
        from livestudio import settings as opts

        cfg = config_for(
            store,
            args.show,
            preset=args.preset,
            ingest=args.ingest,
            upload_endpoint=args.upload_endpoint or str(opts.get(opts.UPLOAD_ENDPOINT) or ""),
            recording_dir=str(opts.get(opts.RECORDING_DIR) or "") or None,
            platform=args.platform,
            default_preset=str(opts.get(opts.STREAM_PRESET) or "1080p30"),
            custom_kbps=args.bitrate,
            custom_default=opts.custom_stream_preset(),
            obs_url=args.obs,
        )
        started = utcnow()
        results = []
        for name in names:
            r = run_probe(name, cfg)
            results.append(r)
            if not args.json:
                line = f"[{status_label(r.status).upper():>8}] {r.title}: {r.value_text}"
                if r.threshold:
                    line += f"  (threshold: {r.threshold})"
                if r.note:
                    line += f"  — {r.note}"
                print(line, flush=True)
        summary = decide(results)
        run_id = None
        if not args.no_save:
            run_id = save_run(
                store,
                results,
                show_id=args.show,
                preset=cfg.preset.name,
                platform=cfg.platform,
                started_at=started,
                source="cli",
            )
        if args.json:
            print(
                json.dumps(
                    {
                        "verdict": summary.verdict.value,
                        "verdict_text": summary.text(),
                        "blockers": [r.key for r in summary.blockers],
                        "warnings": [r.key for r in summary.warnings],
                        "preset": {
                            "name": cfg.preset.name,
                            "kbps": cfg.preset.total_kbps,
                            "required_upload_kbps": cfg.preset.required_upload_kbps,
                        },
                        "run_id": run_id,
                        "results": [r.to_json() for r in results],
                    },
                    ensure_ascii=False,
                    indent=2,
                    default=str,
                )
            )
        else:
            print(summary.text())
        return summary.verdict.exit_code()
    finally:
        store.close()
        del app
