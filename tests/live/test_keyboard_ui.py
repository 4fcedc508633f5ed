"""Live by keyboard only: a whole rehearsal from Space to End show through the `?` sheet, the host
view, the mini clock and the message line; focus always comes back; no key collides with a menu."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import select

from livestudio import translations
from livestudio.core.live.timesource import FakeTimeSource
from livestudio.core.models import LiveEvent, Show
from livestudio.ui.live import keys
from tests.live.factory import MIN, make_show

TEN = [
    ("opening", "开场 Warm-up", 3, "Say hi"),
    ("showcase", "雪花秀精华 serum", 5, "Texture close-up"),
    ("lottery", "抽奖 Lottery", 2, "Comment 666"),
    ("flash_sale", "秒杀 lip tint", 4, "Stock on screen"),
    ("showcase", "Sunscreen 防晒", 5, "Water test"),
    ("qa", "Q&A 问答", 3, "Questions"),
    ("brand_story", "Brand story 品牌", 3, "Founder video"),
    ("showcase", "Bundle 套装", 4, "Bundle price"),
    ("interaction", "Games 游戏", 3, "Guess the price"),
    ("closing", "收尾 Closing", 2, "Thanks"),
]


@pytest.fixture
def live(main_window, qtbot):
    show_id = make_show(main_window.store, TEN, title="彩排 Rehearsal")
    main_window.ctx.shows_changed.emit()
    main_window.ctx.set_current_show(show_id)
    main_window.show_workspace("live")
    ws = main_window.workspace("live")
    ws.time_source = FakeTimeSource()
    ws.controller.timer.stop()  # the test moves the clock and ticks by hand
    ws.chime.count_only()  # no sound device needed: count the chimes
    main_window.activateWindow()
    qtbot.waitUntil(lambda: main_window.isActiveWindow())
    ws.setFocus()
    qtbot.waitUntil(lambda: ws.hasFocus())
    ws.show_id = show_id
    yield ws
    ws.close_workspace()


def press(qtbot, key, mod=Qt.KeyboardModifier.NoModifier, to: QWidget | None = None) -> None:
    """A key press where the keyboard focus is (or to a given window)."""
    target = to or QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, mod)


def typed(qtbot, text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, text)


def tick(ws, ms: int) -> None:
    ws.time_source.advance(ms)
    ws.controller.tick()


def _events(store, run_id):
    with store.session() as s:
        return list(
            s.execute(
                select(LiveEvent.kind, LiveEvent.payload_json)
                .where(LiveEvent.run_id == run_id)
                .order_by(LiveEvent.id)
            )
        )


def test_a_whole_rehearsal_by_keyboard_only(live, qtbot, main_window) -> None:
    ws = live
    store = main_window.store
    k = Qt.Key
    shift = Qt.KeyboardModifier.ShiftModifier
    press(qtbot, k.Key_Space)  # on air
    assert ws.controller.live and ws.clock.running
    tick(ws, MIN)
    assert ws.clock_panel.countdown_label.text() == "2:00"
    # the ? sheet lists the table's keys, and Esc gives the keyboard back
    press(qtbot, k.Key_Question, shift)
    assert ws.help.isVisible()
    assert ws.help.rows == keys.rows()
    press(qtbot, k.Key_Escape)
    assert not ws.help.isVisible()
    qtbot.waitUntil(ws.hasFocus)
    press(qtbot, k.Key_N)
    assert ws.clock_panel.title_label.text().startswith("雪花秀精华")
    # a sale of the segment's product, then choose another product for S
    press(qtbot, k.Key_S)
    press(qtbot, k.Key_S, shift)
    picker = ws.picker
    assert picker is not None and picker.isVisible()
    qtbot.waitUntil(picker.filter.hasFocus)
    typed(qtbot, "Lip")
    press(qtbot, k.Key_Return)
    assert not picker.isVisible()
    qtbot.waitUntil(ws.hasFocus)  # the keyboard is back on the Live screen
    press(qtbot, k.Key_S)
    assert "Lip tint 唇釉" in ws.sale_label.text()
    # the message line: typing there types; Esc leaves it and N advances again
    press(qtbot, k.Key_M)
    qtbot.waitUntil(ws.message_line.edit.hasFocus)
    typed(qtbot, "Stock low")
    press(qtbot, k.Key_Escape)
    press(qtbot, k.Key_N)
    assert ws.message_line.text() == "Stock low"
    assert ws.clock_panel.title_label.text().startswith("抽奖")
    # the host view: every key works there too
    press(qtbot, k.Key_H)
    hv = ws.host_view
    assert hv is not None and hv.isVisible()
    assert hv.message.text() == "Stock low"
    press(qtbot, k.Key_F, to=hv)  # next planned promotion
    press(qtbot, k.Key_V, to=hv)  # the viewer line opens in the main window
    qtbot.waitUntil(ws.entry.edit.hasFocus)  # the main window comes forward for typing
    typed(qtbot, "1,250")
    press(qtbot, k.Key_Return)
    qtbot.waitUntil(ws.hasFocus)
    press(qtbot, k.Key_N, to=hv)
    assert hv.segment.text().startswith("4/10")
    press(qtbot, k.Key_Escape, to=hv)
    assert ws.host_view is None
    qtbot.waitUntil(ws.hasFocus)
    # the mini clock: K opens it, keys work in it, Esc closes it
    press(qtbot, k.Key_K)
    mc = ws.mini_clock
    assert mc is not None and mc.isVisible()
    assert mc.remaining.text() == ws.clock_panel.countdown_label.text()
    press(qtbot, k.Key_Plus, to=mc)
    assert ws.clock_panel.countdown_label.text() == "5:00"
    press(qtbot, k.Key_X, to=mc)  # stop the running promotion
    press(qtbot, k.Key_Escape, to=mc)
    assert ws.mini_clock is None
    qtbot.waitUntil(ws.hasFocus)
    # an ad-hoc promotion, a comment with Enter, a cancelled incident with Esc
    press(qtbot, k.Key_F, shift)
    qtbot.waitUntil(ws.entry.edit.hasFocus)
    typed(qtbot, "Flash 2:00 30")
    press(qtbot, k.Key_Return)
    press(qtbot, k.Key_C)
    qtbot.waitUntil(ws.entry.edit.hasFocus)
    typed(qtbot, "Any samples? N S")
    press(qtbot, k.Key_Return)
    press(qtbot, k.Key_I)
    qtbot.waitUntil(ws.entry.edit.hasFocus)
    typed(qtbot, "mic crackle")
    press(qtbot, k.Key_Escape)
    qtbot.waitUntil(ws.hasFocus)
    # jump to segment 9 by typing its number
    press(qtbot, k.Key_9)
    assert ws.picker is not None and ws.picker.isVisible()
    assert ws.picker.filter.text() == "9"
    qtbot.waitUntil(ws.picker.filter.hasFocus)
    press(qtbot, k.Key_Return)
    qtbot.waitUntil(ws.hasFocus)
    assert ws.clock_panel.title_label.text().startswith("Games")
    press(qtbot, k.Key_Z, Qt.KeyboardModifier.ControlModifier)  # take the jump back
    assert ws.clock_panel.title_label.text().startswith("秒杀")
    press(qtbot, k.Key_Left)
    press(qtbot, k.Key_Right)
    for _ in range(6):
        press(qtbot, k.Key_N)
    assert ws.clock_panel.title_label.text().startswith("收尾")
    tick(ws, 3 * MIN)  # the last segment runs out: one chime
    assert ws.chime.played >= 1
    # End show: Ctrl+End asks (No is the default, a stray Enter keeps the show on), Y ends
    press(qtbot, k.Key_End, Qt.KeyboardModifier.ControlModifier)
    box = ws.end_question
    assert isinstance(box, QMessageBox) and box.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    press(qtbot, k.Key_Y)  # the message box's own key for Yes
    qtbot.waitUntil(lambda: ws.controller.ended)
    assert ws.summary_dialog is not None and ws.summary_dialog.isVisible()
    ws.summary_dialog.close()
    rows = _events(store, ws.clock.run_id)
    kinds = [kind for kind, _p in rows if kind != "cue"]
    assert kinds == [
        "start",
        "next",
        "sale",
        "sale",
        "next",
        "promo_start",
        "viewers",
        "next",
        "add_time",
        "promo_stop",
        "promo_start",
        "comment",
        "jump",
        "undo",
        "previous",
        "next",
        *["next"] * 6,
        "end",
    ]
    payloads = [p for kind, p in rows if kind in ("sale", "viewers", "comment", "promo_start")]
    assert '"units": 1' in payloads[0] and '"lineup_item_id": null' not in payloads[1]
    assert '"count": 1250' in payloads[2 + 1]
    assert "Flash" in payloads[4] and '"quantity_limit": 30' in payloads[4]
    assert "Any samples? N S" in payloads[5]
    with store.session() as s:
        assert s.get(Show, ws.show_id).status == "ended"
    log = ws.log_panel.lines()
    assert log[0].endswith("Show ended")
    assert any("Undone: Went to segment 9" in line for line in log)


def test_focus_on_the_tab_bar_left_arrow_stays_on_live(live, qtbot, main_window) -> None:
    ws = live
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_N)
    bar = main_window.tabs.tabBar()
    bar.setFocus()
    qtbot.waitUntil(bar.hasFocus)
    press(qtbot, Qt.Key.Key_Left)
    assert main_window.current_workspace_key() == "live"
    assert ws.clock_panel.title_label.text().startswith("开场")
    press(qtbot, Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_N)
    assert ws.clock_panel.title_label.text().startswith("雪花秀精华")


def test_a_picker_cancelled_changes_nothing_and_gives_the_keyboard_back(live, qtbot) -> None:
    ws = live
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_G)
    assert ws.picker.isVisible()
    qtbot.waitUntil(ws.picker.filter.hasFocus)
    typed(qtbot, "Bundle")
    assert ws.picker.visible_texts() == ["8.  Bundle 套装   4:00"]
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(ws.hasFocus)
    press(qtbot, Qt.Key.Key_T)  # tighten opens; Esc closes it and N still works
    assert ws.tighten_dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is ws.tighten_dialog)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(ws.hasFocus)
    press(qtbot, Qt.Key.Key_N)
    assert [e.kind for e in ws.clock.events] == ["start", "next"]


def _mnemonics(texts: list[str]) -> set[str]:
    out = set()
    for text in texts:
        m = re.search(r"&([^&\s])", text.replace("&&", ""))
        if m:
            out.add(m.group(1).upper())
    return out


@pytest.mark.parametrize("language", ["en_US", "zh_CN"])
def test_no_live_key_or_button_collides_with_a_menu_mnemonic(
    main_window, qtbot, qapp, language
) -> None:
    translations.install(qapp, QLocale(language))
    try:
        from livestudio.ui.main_window import MainWindow

        window = MainWindow(main_window.store, settings=main_window.settings)
        qtbot.addWidget(window)
        menus = _mnemonics([a.text() for a in window.menuBar().actions()])
        assert {"T", "H"} <= menus  # Tools and Help really are Alt+T / Alt+H
        from livestudio.ui.live.workspace import LiveWorkspace

        ws = LiveWorkspace(window.ctx, window)
        from PySide6.QtWidgets import QAbstractButton, QLabel

        texts = [b.text() for b in ws.findChildren(QAbstractButton)]
        texts += [lab.text() for lab in ws.findChildren(QLabel) if lab.buddy() is not None]
        for kind in ("viewers", "comment", "incident", "promo"):  # the entry line's labels
            ws.entry.ask_for(kind)
            texts.append(ws.entry.label.text())
        assert not (_mnemonics(texts) & menus), "a Live control steals a menu's Alt key"
        for entry in keys.KEYS:
            for key in entry.keys:
                assert "Alt" not in key and "Meta" not in key
        ws.close_workspace()
    finally:
        translations.install(qapp, QLocale("en_US"))


def test_the_sheet_lists_exactly_the_keys_that_exist(live, qtbot) -> None:
    ws = live
    actions = {k.action for k in keys.KEYS}
    for action in actions:
        assert callable(getattr(ws, action, None)), action
    assert len(ws.help.rows) == len(keys.KEYS)
    bound = keys.key_map()
    assert len(bound) == sum(len(k.keys) for k in keys.KEYS)  # no key bound twice
