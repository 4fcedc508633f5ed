"""Plan: a segment names the OBS scene Live switches to — picked from OBS's list when OBS is
linked, typed otherwise — and the edit is undoable like any other."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox

from livestudio import settings as opts
from livestudio.core.plan import segments as seg_core
from livestudio.ui.plan.models import SegmentsModel


def test_scene_column_offers_obs_scenes_and_is_undoable(
    main_window: Any, qtbot: Any, store: Any
) -> None:
    from livestudio.core.plan.shows import create_show

    opts.put(opts.OBS_URL, "ws://127.0.0.1:9", main_window.settings)  # nothing listens: offline
    link = main_window.ctx.obs_link()
    link.scenes = ["Opening", "Close-up 特写", "Q&A"]
    with store.transaction() as s:
        sid = create_show(s, "Scenes", with_defaults=False).id
        seg_core.insert_segment(s, sid, title="Opening")
    main_window.show_workspace("plan")
    ws = main_window.workspace("plan")
    qtbot.waitUntil(ws.isVisible)
    ws.reload_shows()
    ws.select_show(sid)
    ws.tabs.setCurrentWidget(ws.run_of_show)
    view = ws.run_of_show.view
    index = view.model().index(0, SegmentsModel.COLUMNS.index("scene"))
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert isinstance(editor, QComboBox) and editor.isEditable()
    assert [editor.itemText(i) for i in range(editor.count())] == ["", *link.scenes]
    editor.setCurrentText("Close-up 特写")
    view.commitData(editor)
    with store.session() as s:
        assert seg_core.ordered_segments(s, sid)[0].obs_scene == "Close-up 特写"
    assert index.data() == "Close-up 特写"
    from livestudio.ui.clipcheck import clipped_columns

    main_window.resize(1280, 800)
    qtbot.wait(50)
    assert not view.isColumnHidden(SegmentsModel.COLUMNS.index("scene"))
    assert clipped_columns(ws.run_of_show) == []  # the cue column stays in sight beside it
    ws.action_undo.trigger()
    with store.session() as s:
        assert seg_core.ordered_segments(s, sid)[0].obs_scene == ""
    link.stop()
