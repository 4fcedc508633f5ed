"""In the Chinese UI, no English reaches the Live screen: log lines, status, undo messages, the
state line, what's next, promotions, the host view and the mini clock are all translated."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from livestudio import translations
from livestudio.core.live.timesource import FakeTimeSource
from livestudio.core.models import LineupItem, Promotion, Segment, Show

ROOT = Path(__file__).resolve().parents[2]
# Words that are the same in both languages (key names, the app's name).
ALLOWED = {"Space", "Shift", "Ctrl", "End", "Esc", "Enter", "Delete", "LiveStudio", "OBS"}  # names
ENGLISH = re.compile(r"[A-Za-z]{2,}")


class PendingTranslator(QTranslator):
    """Strings whose Chinese is still in resources/i18n/pending/*.tsv (merged into the .ts by the
    lead); the catalogue answers for everything else."""

    def __init__(self) -> None:
        super().__init__()
        self.table: dict[tuple[str, str], str] = {}
        for path in sorted((ROOT / "resources" / "i18n" / "pending").glob("*.tsv")):
            for line in path.read_text(encoding="utf-8").splitlines():
                parts = line.split("\t")
                if len(parts) >= 3 and not line.startswith("#"):
                    self.table[(parts[0], parts[1].replace("\\n", "\n"))] = parts[2].replace(
                        "\\n", "\n"
                    )

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
        return self.table.get((context, source))  # None: "not here"

    def isEmpty(self) -> bool:
        return not self.table


@pytest.fixture
def chinese(qapp):
    translations.install(qapp, QLocale("zh_CN"))
    pending = PendingTranslator()
    qapp.installTranslator(pending)
    yield
    qapp.removeTranslator(pending)
    translations.install(qapp, QLocale("en_US"))


def _show(store) -> int:
    with store.transaction() as s:
        show = Show(title="双十一美妆专场", planned_duration_ms=20 * 60_000)
        s.add(show)
        s.flush()
        serum = LineupItem(show_id=show.id, position=0, sku="", name="雪花秀精华")
        s.add(serum)
        s.flush()
        for pos, (kind, title, item) in enumerate(
            [
                ("opening", "开场暖场", None),
                ("showcase", "精华讲解", serum.id),
                ("closing", "收尾", None),
            ]
        ):
            s.add(
                Segment(
                    show_id=show.id,
                    position=pos,
                    kind=kind,
                    title=title,
                    planned_duration_ms=5 * 60_000,
                    script="介绍质地",
                    lineup_item_id=item,
                )
            )
        s.add(
            Promotion(
                show_id=show.id,
                kind="flash_sale",
                title="精华秒杀",
                lineup_item_id=serum.id,
                quantity_limit=50,
                start_offset_ms=6 * 60_000,
                duration_ms=3 * 60_000,
            )
        )
        return show.id


def _english(texts: list[str]) -> list[str]:
    found = []
    for text in texts:
        words = [w for w in ENGLISH.findall(text) if w not in ALLOWED]
        if words:
            found.append(text)
    return found


def test_no_english_on_the_live_screen_in_chinese(chinese, qtbot, store, settings) -> None:
    from livestudio.ui.main_window import MainWindow

    show_id = _show(store)
    window = MainWindow(store, settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.ctx.set_current_show(show_id)
    window.show_workspace("live")
    ws = window.workspace("live")
    ws.time_source = FakeTimeSource()
    ws.controller.timer.stop()
    ws.chime.count_only()  # no sound device needed: count the chimes
    window.activateWindow()
    ws.setFocus()
    qtbot.waitUntil(ws.hasFocus)
    k = Qt.Key

    def press(key, mod=Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
        qtbot.keyClick(QApplication.focusWidget() or ws, key, mod)

    press(k.Key_Space)
    press(k.Key_S)
    press(k.Key_N)
    press(k.Key_Plus)
    press(k.Key_S)
    press(k.Key_F)  # the planned flash sale
    press(k.Key_V)
    qtbot.keyClicks(ws.entry.edit, "1250")
    press(k.Key_Return)
    press(k.Key_C)
    ws.entry.edit.insert("有没有小样")
    press(k.Key_Return)
    press(k.Key_Z, Qt.KeyboardModifier.ControlModifier)  # "Undone: ..." must read in Chinese
    statuses = [ws.status_text()]
    press(k.Key_X)
    press(k.Key_Space)  # paused
    press(k.Key_Space)
    press(k.Key_A)  # automatic advance
    ws.time_source.advance(6 * 60_000)  # past zero: the cue and an automatic next
    ws.controller.tick()
    statuses.append(ws.status_text())
    press(k.Key_H)
    press(k.Key_K)
    hv, mc = ws.host_view, ws.mini_clock
    assert hv is not None and mc is not None
    panel = ws.clock_panel
    on_screen = [
        *ws.log_panel.lines(),
        *statuses,
        panel.position_label.text(),
        panel.next_label.text(),
        panel.over_value.text(),
        ws.sale_label.text(),
        ws.start_button.text(),
        ws.end_button.text(),
        *ws.promotions.running_titles(),
        hv.segment.text(),
        hv.next.text(),
        hv.promos.text(),
        *mc.texts().values(),
        *[text for row in ws.help.rows for text in row],
    ]
    assert len(ws.log_panel.lines()) >= 10
    assert any(line.endswith("已撤销：评论：有没有小样") for line in ws.log_panel.lines())
    assert _english(on_screen) == []
    ws.close_workspace()
    window.close()
