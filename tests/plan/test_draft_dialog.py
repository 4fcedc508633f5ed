"""The Draft dialog lists what past shows taught, each lesson with its evidence and a checkbox."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QGroupBox, QLabel

from livestudio.core.db import Store
from livestudio.core.models import Show
from livestudio.core.plan import draft, lessons
from livestudio.ui.plan.dialogs import DraftDialog
from tests.plan.test_lessons import SH, Past, _next_show, _past

MIN = 60_000


def _store_with_history(store: Store) -> int:
    with store.transaction() as s:
        for day, hour, viewers in ((1, 14, 500), (2, 14, 600), (3, 20, 1200), (4, 20, 1300)):
            _past(s, Past(day, hour=hour, avg_viewers=viewers))
        return _next_show(s, skus=("A", "B"), hour=14)


def _dialog(qtbot: Any, found: list[lessons.Lesson]) -> DraftDialog:
    dialog = DraftDialog(draft.rules_text(), 0, 60 * MIN, 2, None, lessons=found)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_each_lesson_shows_its_evidence_and_can_be_unticked(qtbot: Any, store: Store) -> None:
    sid = _store_with_history(store)
    found = lessons.draft_lessons(store, sid, SH)
    dialog = _dialog(qtbot, found)
    box = dialog.findChild(QGroupBox)
    assert box is not None and box.title() == "What past shows taught"
    checks = box.findChildren(QCheckBox)
    assert [c.text() for c in checks] == [
        "Showcase segments: more time",
        "Best sellers per minute first",
        "Start at 20:00",
    ]
    assert all(c.isChecked() for c in checks)
    texts = [label.text() for label in box.findChildren(QLabel)]
    assert any(
        t.startswith("Showcase segments ran 18 % over in 4 past Douyin shows: ") for t in texts
    )
    assert any("Start 14:00 → 20:00" in t for t in texts)
    assert dialog.chosen_lessons() == ["overrun:showcase", "order", "start"]

    # untick the start time: its evidence greys out, and the draft leaves the start alone
    start_box = checks[2]
    qtbot.mouseClick(
        start_box, Qt.MouseButton.LeftButton, pos=QPoint(8, start_box.height() // 2)
    )  # on the box itself
    assert not start_box.isChecked()
    evidence = [lb for lb in box.findChildren(QLabel) if "Start 14:00" in lb.text()][0]
    assert not evidence.isEnabled()
    assert dialog.chosen_lessons() == ["overrun:showcase", "order"]

    with qtbot.waitSignal(dialog.accepted):
        buttons = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(
            buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    with store.transaction() as s:
        before = s.get(Show, sid).scheduled_start  # type: ignore[union-attr]
        draft.apply_draft(s, sid, dialog.chosen_lessons())
    with store.session() as s:
        show = s.get(Show, sid)
        assert show is not None and show.scheduled_start == before
        names = {li.id: li.sku for li in show.lineup}
        assert [names[x.lineup_item_id] for x in show.segments if x.kind == "showcase"] == [
            "B",
            "A",
        ]


def test_without_history_the_dialog_is_as_before(qtbot: Any, store: Store) -> None:
    with store.transaction() as s:
        sid = _next_show(s)
    found = lessons.draft_lessons(store, sid, SH)
    dialog = _dialog(qtbot, found)
    assert found == []
    assert dialog.findChild(QGroupBox) is None
    assert dialog.chosen_lessons() == []
