"""Verdict rules, presets, disk and system rules, templates, history and exports."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from livestudio.core.checks import history, templates
from livestudio.core.checks.export import export_run_xlsx
from livestudio.core.checks.presets import PRESETS, get_preset
from livestudio.core.checks.probes import ProbeConfig, probe_disk, probe_system
from livestudio.core.checks.results import ProbeResult, Status, Verdict, decide
from livestudio.core.checks.system import SystemEnv
from livestudio.core.db import Store
from livestudio.core.models import Show
from livestudio.core.models.base import utcnow


def r(key: str, status: Status, required: bool = True, kind: str = "probe") -> ProbeResult:
    return ProbeResult(key, key.title(), status, "v", {}, "t", required=required, kind=kind)


def test_verdict_rules() -> None:
    assert decide([r("camera", Status.PASS), r("disk", Status.PASS)]).verdict == Verdict.GO
    s = decide([r("camera", Status.PASS), r("disk", Status.WARN)])
    assert s.verdict == Verdict.GO_WITH_WARNINGS and [w.key for w in s.warnings] == ["disk"]
    # a failed optional item is a warning, not a blocker
    assert (
        decide([r("water", Status.FAIL, required=False, kind="manual")]).verdict
        == Verdict.GO_WITH_WARNINGS
    )
    s = decide(
        [
            r("network", Status.FAIL),
            r("lighting", Status.FAIL, kind="manual"),
            r("disk", Status.WARN),
        ]
    )
    assert s.verdict == Verdict.NO_GO
    assert [b.key for b in s.blockers] == ["network", "lighting"]
    assert s.text() == "NO-GO — blocked by: Network, Lighting"
    assert decide([r("upload", Status.SKIPPED)]).verdict == Verdict.GO
    assert [
        Verdict.GO.exit_code(),
        Verdict.GO_WITH_WARNINGS.exit_code(),
        Verdict.NO_GO.exit_code(),
    ] == [0, 1, 2]


def test_presets_need_headroom() -> None:
    assert set(PRESETS) == {"720p30", "1080p30", "1080p60"}
    assert (
        PRESETS["720p30"].total_kbps < PRESETS["1080p30"].total_kbps < PRESETS["1080p60"].total_kbps
    )
    p = get_preset("1080p30")
    assert p.required_upload_kbps == pytest.approx(p.total_kbps * 1.5)
    assert get_preset("custom", 8000).video_kbps == 8000
    with pytest.raises(ValueError, match="unknown stream preset"):
        get_preset("4k120")


def test_disk_rule_warns_below_twice_the_planned_recording(tmp_path: Path) -> None:
    preset = get_preset("1080p30")
    need = preset.bytes_per_second() * 2 * 3600  # a two-hour show
    cfg = ProbeConfig(
        preset=preset,
        recording_dir=tmp_path / "not-yet-created",
        planned_duration_ms=2 * 3600 * 1000,
    )
    for free, status in (
        (need * 3, Status.PASS),
        (need * 1.5, Status.WARN),
        (need * 0.5, Status.FAIL),
    ):
        cfg.disk_free = lambda _p, _free=free: int(_free)  # type: ignore[misc]
        res = probe_disk(cfg)
        assert res.status == status, (free, res)
        assert res.values["needed_bytes"] == int(need)
    cfg.disk_free = None
    real = probe_disk(cfg)  # the nearest existing folder is measured
    assert (
        real.values["free_bytes"] > 0 and str(tmp_path / "not-yet-created") in real.values["folder"]
    )


@pytest.mark.parametrize(
    ("cpu", "mem", "battery", "status"),
    [
        (20.0, 8 * 1024**3, None, Status.PASS),
        (20.0, 8 * 1024**3, (80.0, True), Status.PASS),
        (20.0, 8 * 1024**3, (35.0, True), Status.WARN),
        (20.0, 8 * 1024**3, (35.0, False), Status.PASS),  # plugged in
        (95.0, 8 * 1024**3, None, Status.WARN),
        (20.0, 100 * 1024**2, None, Status.FAIL),
    ],
)
def test_system_rules(
    cpu: float, mem: int, battery: tuple[float, bool] | None, status: Status
) -> None:
    env = SystemEnv(
        cpu_percent=lambda: cpu, memory=lambda: (mem, 16 * 1024**3), battery=lambda: battery
    )
    res = probe_system(ProbeConfig(system_env=env))
    assert res.status == status, res
    if battery and battery[1] and battery[0] < 50:
        assert "battery" in res.note


def test_default_template_in_english_and_chinese_and_editing(store: Store) -> None:
    with store.transaction() as s:
        en = templates.default_template(s, "en")
        zh = templates.default_template(s, "zh_CN")
        en_id, zh_id = en.id, zh.id
        assert [i.title for i in zh.items][:3] == ["灯光", "背景布置", "样品到位"]
        assert "平台优惠券/秒杀已设置" in [i.title for i in zh.items]
        assert any(not i.required for i in en.items) and any(i.required for i in en.items)
        assert len(en.items) == 10
    with store.transaction() as s:  # created once, found again
        assert templates.default_template(s, "en").id == en_id
        specs = templates.item_specs(templates.default_template(s, "en"))
        specs = [x for x in specs if x.key != "water"]  # remove
        specs[0].required = False  # lighting optional
        specs.insert(1, templates.ItemSpec("Ring light charged", True))  # add
        specs.append(specs.pop(2))  # move
        templates.save_items(s, en_id, specs)
    with store.session() as s:
        from livestudio.core.models.check import ChecklistTemplate

        items = s.get(ChecklistTemplate, en_id).items
        titles = [i.title for i in items]
        assert "Water for the host" not in titles and titles[1] == "Ring light charged"
        assert items[0].required is False and items[1].key.startswith("item")
        assert [i.position for i in items] == list(range(len(items)))
        assert len(s.get(ChecklistTemplate, zh_id).items) == 10  # the other language untouched


def _seed_show(store: Store) -> int:
    with store.transaction() as s:
        show = Show(
            title="双十一美妆专场 Singles' Day beauty",
            platform="Douyin",
            planned_duration_ms=2 * 3600 * 1000,
        )
        s.add(show)
        s.flush()
        return show.id


def test_history_per_show_and_without_show(store: Store, tmp_path: Path) -> None:
    show_id = _seed_show(store)
    t0 = utcnow() - timedelta(hours=1)
    first = history.save_run(
        store,
        [r("camera", Status.FAIL)],
        show_id=show_id,
        preset="1080p30",
        platform="Douyin",
        started_at=t0,
    )
    second = history.save_run(
        store,
        [r("camera", Status.PASS), r("lighting", Status.PASS, kind="manual")],
        show_id=show_id,
        preset="720p30",
        platform="Douyin",
        started_at=utcnow(),
    )
    loose = history.save_run(
        store,
        [r("disk", Status.WARN)],
        show_id=None,
        preset="1080p30",
        platform="",
        started_at=utcnow(),
    )
    runs = history.list_runs(store, show_id)
    assert [x.id for x in runs] == [second, first]  # newest first
    assert [x.verdict for x in runs] == [Verdict.GO, Verdict.NO_GO]
    assert runs[0].show_title.startswith("双十一")
    assert [x.id for x in history.list_runs(store, None)] == [loose]
    rec = history.load_run(store, second)
    assert [(x.key, x.kind, x.status) for x in rec.results] == [
        ("camera", "probe", Status.PASS),
        ("lighting", "manual", Status.PASS),
    ]
    assert rec.results[0].measured_at.tzinfo is not None

    xlsx = export_run_xlsx(history.load_run(store, first), tmp_path / "check.xlsx")
    ws = load_workbook(xlsx).active
    cells = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    assert any("NO-GO" in c for c in cells) and "Camera" in cells and "fail" in cells


def test_run_pdf_report(store: Store, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from livestudio.reports.checkrun import export_run_pdf, run_html

    show_id = _seed_show(store)
    rid = history.save_run(
        store,
        [r("network", Status.FAIL), r("disk", Status.PASS)],
        show_id=show_id,
        preset="1080p30",
        platform="Douyin",
        started_at=utcnow(),
    )
    rec = history.load_run(store, rid)
    html = run_html(rec)
    assert "NO-GO" in html and "双十一" in html
    pdf = export_run_pdf(rec, tmp_path / "check.pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 1000
