"""Garbage collection happens on the main thread only (a Qt object freed on a worker deadlocks)."""

from __future__ import annotations

import gc
import weakref


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cyclic collector frees it


def test_cycles_are_collected_on_the_main_thread_only(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QObject

    from livestudio.tasks import MainThreadGarbageCollector, collect_garbage_on_main_thread

    installed = collect_garbage_on_main_thread(qapp)
    assert collect_garbage_on_main_thread(qapp) is installed  # installed once per application
    owner = QObject()
    collector = MainThreadGarbageCollector(owner, interval_ms=20)
    assert not gc.isenabled()  # no collection can start on a worker thread
    node = _Node()
    gone = weakref.ref(node)
    del node
    for _ in range(collector.threshold[0] + 10):  # enough allocations to pass the threshold
        _Node()
    assert gone() is not None
    assert collector.timer.isActive()
    collector.collect()  # what the timer does on the main thread
    assert gone() is None
