"""A long show makes hundreds of thousands of Qt calls; none of them may bring the app down."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_many_void_qt_calls_do_not_exhaust_none(qapp) -> None:
    import livestudio.ui.live.workspace  # noqa: F401  (applies the guard on import)

    label = QLabel("0:00")
    before = sys.getrefcount(None)
    for i in range(60_000):  # more than None's whole reference count on an unguarded 3.11
        label.setText("9:59" if i % 2 else "9:58")
    assert sys.getrefcount(None) > 0
    assert before > 60_000 or sys.version_info >= (3, 12)
