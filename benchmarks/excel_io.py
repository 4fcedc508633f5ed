"""Excel speed: a 50,000-row product sheet through our import and export, against bare openpyxl.

    .venv/bin/python benchmarks/excel_io.py [--rows 50000] [--repeat 3]

Prints, from the same run: bare openpyxl read-only iteration (the floor), our full import into a
fresh store (read + preview + one-transaction write), our export (formatted .xlsx), a bare
openpyxl write-only dump of the same rows, each ratio, and the import's peak memory (measured in a
child process so the parent's own allocations do not count). Targets: import <= 2x the floor,
export <= 1.5x the bare dump, import peak < 300 MB.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HEADERS = ["商品编码", "商品名称", "类目", "售价", "成本价", "库存", "卖点", "备注"]
NOUNS = [
    "口红",
    "面霜",
    "保温杯",
    "蓝牙耳机",
    "精华液",
    "防晒霜",
    "电动牙刷",
    "羊毛围巾",
    "瑜伽垫",
    "咖啡豆",
    "Lipstick",
    "Face cream",
    "Tumbler",
    "Earbuds",
    "Serum",
]
CATEGORIES = ["彩妆", "护肤", "家居", "数码", "服饰", "运动", "食品"]


def make_rows(n: int) -> list[list[object]]:
    rng = random.Random(7)
    rows: list[list[object]] = []
    for i in range(n):
        price = rng.randint(990, 259900)
        rows.append(
            [
                f"SKU-{i:06d}",
                f"{rng.choice(NOUNS)} {rng.randint(1, 999)}号",
                rng.choice(CATEGORIES),
                price / 100,
                round(price * rng.uniform(0.2, 0.6)) / 100,
                rng.randint(0, 5000),
                "显白不拔干, 持久 8 小时" if i % 3 == 0 else "",
                None if i % 5 else "直播间专享",
            ]
        )
    return rows


def generate(path: Path, rows: list[list[object]]) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("商品")
    ws.append(["2026 双十一 商品清单"])
    ws.append([])
    ws.append(HEADERS)
    for r in rows:
        ws.append(r)
    wb.save(path)


def bare_read(path: Path) -> float:
    import openpyxl

    t = time.perf_counter()
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    n = 0
    for _row in wb.worksheets[0].iter_rows(values_only=True):
        n += 1
    wb.close()
    return time.perf_counter() - t


def bare_dump(path: Path, rows: list[list[object]]) -> float:
    from openpyxl import Workbook

    t = time.perf_counter()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Products")
    ws.append(HEADERS)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return time.perf_counter() - t


def our_import(path: Path, db: Path) -> tuple[float, str]:
    from livestudio.core.db import open_store
    from livestudio.core.excel import apply_import, prepare_import

    store = open_store(db)  # migrating a new file is not part of the import
    t = time.perf_counter()
    preview = prepare_import(store, path)
    summary = apply_import(store, preview)
    elapsed = time.perf_counter() - t
    store.close()
    return elapsed, summary.line()


def our_export(db: Path, out: Path) -> float:
    from livestudio.core.db import open_store
    from livestudio.core.excel import export_products

    store = open_store(db)
    t = time.perf_counter()
    export_products(store, out)
    elapsed = time.perf_counter() - t
    store.close()
    return elapsed


def peak_rss_kb() -> int:
    """This process's peak RSS. VmHWM on Linux: ru_maxrss survives exec, so a child started by a
    big parent would report the parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def child_import(path: str, db: str) -> None:
    """Run in a child: import once and report the process's peak RSS."""
    import tracemalloc

    from livestudio.core.db import open_store
    from livestudio.core.excel import apply_import, prepare_import

    store = open_store(Path(db))
    base = peak_rss_kb()
    preview = prepare_import(store, Path(path))
    apply_import(store, preview)
    peak = peak_rss_kb()
    store.close()
    del preview
    # a second pass under tracemalloc for the Python-object peak
    store = open_store(Path(db).with_name("tm.sqlite3"))
    tracemalloc.start()
    apply_import(store, prepare_import(store, Path(path)))
    _, tm_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    store.close()
    print(json.dumps({"rss_kb": peak, "rss_before_kb": base, "tracemalloc": tm_peak}))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=50_000)
    ap.add_argument("--repeat", type=int, default=2, help="best of N for each timing")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child_import(*args.child)
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        rows = make_rows(args.rows)
        src = d / "products.xlsx"
        generate(src, rows)
        print(
            f"sheet: {args.rows:,} rows x {len(HEADERS)} columns, {src.stat().st_size / 1e6:.1f} MB"
        )

        # interleaved, best of N: this machine may be busy, and both sides of a ratio should see
        # the same conditions
        floors, imports, dumps, exports = [], [], [], []
        for i in range(args.repeat):
            floors.append(bare_read(src))
            elapsed, line = our_import(src, d / f"import{i}.sqlite3")
            imports.append(elapsed)
        for _ in range(args.repeat):
            dumps.append(bare_dump(d / "dump.xlsx", rows))
            exports.append(our_export(d / "import0.sqlite3", d / "export.xlsx"))
        floor, imp, dump, exp = min(floors), min(imports), min(dumps), min(exports)

        out = subprocess.run(
            [sys.executable, __file__, "--child", str(src), str(d / "mem.sqlite3")],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        mem = json.loads(out.strip().splitlines()[-1])
        rss_mb = mem["rss_kb"] / 1024
        base_mb = mem["rss_before_kb"] / 1024
        tm_mb = mem["tracemalloc"] / 1e6

        print(f"import result: {line}")
        print(f"bare openpyxl read-only iteration (floor): {floor:6.2f} s")
        print(
            f"our import (read + preview + write):        {imp:6.2f} s   ratio {imp / floor:4.2f}x  (target <= 2.0x)"
        )
        print(f"bare openpyxl write-only dump:              {dump:6.2f} s")
        print(
            f"our export (formatted .xlsx):               {exp:6.2f} s   ratio {exp / dump:4.2f}x  (target <= 1.5x)"
        )
        print(
            f"import peak memory: whole process peak RSS {rss_mb:.0f} MB ({base_mb:.0f} MB before the "
            f"import: Python with Qt core, SQLAlchemy and openpyxl loaded); Python objects at the "
            f"peak {tm_mb:.0f} MB  (target < 300 MB)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
