"""Guard against a PySide6 6.12.0 reference-count bug on Python 3.11.

With shiboken6 6.12.0 on Python < 3.12, every call of a Qt method that returns nothing
(`QLabel.setText`, `QTimer.start`, ...) drops one reference to `None` without taking one.
Python 3.12+ made `None` immortal (PEP 683), so there it is harmless; on 3.11 the count reaches
zero after some thousands of calls and the process aborts with "Fatal Python error:
none_dealloc". A live show refreshes its clock many times a second for hours, so Live would
crash mid-show. We give `None` the same effectively-infinite count Python 3.12 gives it.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger("livestudio.live")

_BOOST = 1 << 40  # PEP 683 uses a count of this order for immortal objects
_done = False


def void_call_leaks_none() -> bool:
    """True when a void Qt call takes a reference to None it never gave back (the bug)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(100):
        probe.setObjectName("probe")
    return sys.getrefcount(None) - before <= -50


def guard_none_refcount() -> bool:
    """Make None effectively immortal on Python < 3.12 when the bug is present. Idempotent."""
    global _done
    if _done or sys.version_info >= (3, 12):
        return False
    if not void_call_leaks_none():
        _done = True
        return False
    cell = ctypes.c_ssize_t.from_address(id(None))
    cell.value += _BOOST
    _done = True
    log.info("PySide6 drops references to None on this Python; applied the None guard")
    return True
