"""Child process for the durability tests: drives a live run on a store, as the app would.

child.py start DB [MODE]          make a show, go live, log a sale; print RUN <id> <offset>
child.py resume DB RUN            open the run again; print NOW <offset> <index> GAP <ms> <source>
child.py log DB RUN N             log N sales; print COMMITTED <n>
child.py hold DB                  hold BEGIN IMMEDIATE until a line arrives on stdin
child.py drive DB RUN             drive the run (lease + heartbeat) until stdin closes; then
                                  try one more sale and print AFTER <ok|refused>
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> int:
    cmd, db = sys.argv[1], Path(sys.argv[2])
    if cmd == "hold":
        con = sqlite3.connect(db, isolation_level=None)
        con.execute("BEGIN IMMEDIATE")
        con.execute("INSERT INTO platform (name) SELECT 'lock-holder' WHERE 0")
        print("HOLDING", flush=True)
        sys.stdin.readline()
        con.execute("COMMIT")
        con.close()
        return 0
    from livestudio.core.db import open_store
    from livestudio.core.live.clock import LiveError, ShowClock

    store = open_store(db)
    if cmd == "start":
        from tests.live.factory import make_show

        mode = sys.argv[3] if len(sys.argv) > 3 else "manual"
        clock = ShowClock.start_new(store, make_show(store), mode=mode)
        clock.log_sale(1)
        print("RUN", clock.run_id, clock.now_ms(), flush=True)
        clock.close()
    elif cmd == "resume":
        clock = ShowClock(store, int(sys.argv[3]))
        clock.tick()
        v = clock.view()
        d = clock.downtime
        kinds = ",".join(e.kind for e in clock.events)
        print("NOW", v.now_ms, v.index, "GAP", d.ms, d.source, "KINDS", kinds, flush=True)
        clock.close()
    elif cmd == "log":
        clock = ShowClock(store, int(sys.argv[3]))
        for _ in range(int(sys.argv[4])):
            clock.log_sale(1)
        st = clock.close()
        print("COMMITTED", int(sys.argv[4]) - st.pending, flush=True)
    elif cmd == "drive":
        clock = ShowClock(store, int(sys.argv[3]))
        print("DRIVING", flush=True)
        for line in sys.stdin:
            if line.strip() == "beat":
                clock.writer.heartbeat(force=True)
                print("BEAT", flush=True)
            else:
                break
        clock.writer.heartbeat(force=True)
        try:
            clock.log_sale(1)
            print("AFTER ok", flush=True)
        except LiveError:
            print("AFTER refused", flush=True)
        clock.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
