"""Draft from lineup on the sample store, through the Plan workspace: the dialog lists what the
sample's past shows taught, and the draft with those lessons differs from the draft without."""

from __future__ import annotations

from typing import Any

from livestudio.core import sample
from livestudio.core.plan import segments as seg_core
from livestudio.core.plan.shows import ShowService


def _durations(store: Any, show_id: int) -> dict[str, int]:
    with store.session() as s:
        return {seg.title: seg.planned_duration_ms for seg in seg_core.ordered_segments(s, show_id)}


def test_the_draft_uses_the_lessons_that_stay_ticked(
    main_window: Any, qtbot: Any, store: Any
) -> None:
    sample.add_sample(store, "en")
    upcoming = next(s for s in ShowService(store).picker() if s.status in ("draft", "ready"))
    main_window.show_workspace("plan")
    ws = main_window.workspace("plan")
    ws.reload_shows()
    ws.select_show(upcoming.id)
    dialog = ws.open_draft_dialog()
    assert dialog is not None and dialog.lesson_boxes, "the sample's past shows teach something"
    for box in dialog.lesson_boxes.values():
        box.setChecked(False)
    dialog.accept()
    plain = _durations(store, upcoming.id)
    ws.action_undo.trigger()
    dialog = ws.open_draft_dialog()
    assert dialog is not None
    dialog.accept()  # all lessons ticked (the default)
    taught = _durations(store, upcoming.id)
    assert sum(plain.values()) == sum(taught.values())  # still the show's length
    assert plain != taught
