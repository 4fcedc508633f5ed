"""After PyInstaller on Linux: strip debug symbols from the libraries that did not come from a
wheel, check that nothing left in the bundle needs a library the diet dropped, and print the
unpacked size against the target.

    .venv/bin/python packaging/linux/finish_bundle.py dist/livestudio [--target-mb 230]

Exit 1 if a kept library needs a dropped one (the app would fail to load it at run time).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bundle_diet import dropped  # noqa: E402

TARGET_MIB = 230  # the figures (313 today) are `du -sh` sizes, i.e. MiB


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == b"\x7fELF"
    except OSError:
        return False


def elf_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p)]


def from_wheel(internal: Path, path: Path) -> bool:
    """Wheels' libraries sit inside their package folder (PySide6/, numpy.libs/ ...); the
    Python runtime and the system libraries PyInstaller collected sit at the top or in
    python3.x/lib-dynload."""
    rel = path.relative_to(internal)
    return len(rel.parts) > 1 and not rel.parts[0].startswith("python3")


def has_debug_info(path: Path) -> bool:
    out = subprocess.run(["readelf", "-S", "-W", str(path)], capture_output=True, text=True)
    return " .debug_" in out.stdout


def strip_non_wheel(internal: Path) -> tuple[int, int]:
    """(files stripped, bytes saved). --strip-debug keeps the dynamic symbols: safe for .so."""
    count = saved = 0
    for path in elf_files(internal):
        if from_wheel(internal, path) or not has_debug_info(path):
            continue
        before = path.stat().st_size
        subprocess.run(["strip", "--strip-debug", "--preserve-dates", str(path)], check=True)
        count += 1
        saved += before - path.stat().st_size
    return count, saved


def needed(path: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", "-W", str(path)], capture_output=True, text=True)
    return [
        line.split("[", 1)[1].rstrip("]").strip()
        for line in out.stdout.splitlines()
        if "(NEEDED)" in line and "[" in line
    ]


def missing_dropped(internal: Path) -> list[str]:
    """Kept ELF files that need a library the diet removed from the bundle."""
    present = {p.name for p in internal.rglob("*")}
    problems = []
    for path in elf_files(internal):
        for lib in needed(path):
            if lib not in present and dropped(lib):
                problems.append(f"{path.relative_to(internal)} needs dropped {lib}")
    return problems


def size_bytes(root: Path) -> int:
    total = 0
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            p = Path(dirpath, name)
            if not p.is_symlink():
                total += p.stat().st_size
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--target-mib", type=float, default=TARGET_MIB)
    args = parser.parse_args()
    internal = args.bundle / "_internal"
    before = size_bytes(args.bundle)
    count, saved = strip_non_wheel(internal)
    print(f"stripped debug symbols from {count} non-wheel libraries: -{saved / 1e6:.1f} MB")
    problems = missing_dropped(internal)
    for line in problems:
        print(f"bundle diet: {line}", file=sys.stderr)
    after = size_bytes(args.bundle)
    ok = after / 2**20 <= args.target_mib
    print(
        f"unpacked bundle: {after / 2**20:.1f} MiB as du -sh counts ({after / 1e6:.1f} MB; "
        f"{before / 2**20:.1f} MiB before stripping); target <= {args.target_mib:.0f} MiB: "
        f"{'OK' if ok else 'OVER TARGET'}"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
