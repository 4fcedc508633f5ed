"""Child process for the real crash test: the real main window on a given store.

`start DB`: make a show, go live on the Live tab, log events, print "COMMITTED <n>" after each,
then "READY <run_id> <n>" and keep running until killed.
`resume DB`: start again, accept the crash-recovery offer, print what the Live tab rebuilt.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from livestudio.core.db import open_store


def main() -> int:
    mode, db = sys.argv[1], Path(sys.argv[2])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(db.parent / "cfg"))
    app = QApplication([sys.argv[0]])
    store = open_store(db)
    from livestudio.ui.main_window import MainWindow

    if mode == "start":
        from tests.live.factory import make_show

        make_show(store)
    window = MainWindow(store, settings=QSettings())
    window.show()
    app.processEvents()
    if mode == "start":
        window.ctx.shows_changed.emit()
        window.show_workspace("live")
        ws = window.workspace("live")
        steps = [
            ws.toggle,  # start
            ws.log_sale,
            lambda: ws.clock.log_viewers(1520),
            ws.next_segment,
            lambda: ws.clock.log_text("comment", "有没有小样?"),
            ws.start_next_promotion,
            ws.log_sale,
            lambda: ws.add_minute(1),
            lambda: ws.clock.log_text("incident", "stream froze 20 s"),
        ]
        for step in steps:
            step()
            print("COMMITTED", len(ws.clock.events), flush=True)
        print("READY", ws.clock.run_id, len(ws.clock.events), flush=True)
        return app.exec()
    from livestudio.ui.live import integration

    integration.choose_resume = lambda _w, run: ("resume", run.gap_ms)  # "Resume", gap as measured
    window.after_show()
    ws = window.workspace("live")
    v = ws.clock.view()
    print(
        "RESUMED",
        ws.clock.run_id,
        len(ws.clock.events),
        v.now_ms,
        v.index,
        window.current_workspace_key(),
        flush=True,
    )
    QTimer.singleShot(0, app.quit)
    app.exec()
    ws.close_workspace()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
