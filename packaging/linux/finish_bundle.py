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

from bundle_diet import dropped

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


# Checks whether each library can still be loaded: dlopen in a child with the bundle's
# library folders on the path (a crash or a loader error counts as "does not load").
_DLOPEN_CHILD = r"""
import ctypes, json, sys
BROKEN = ("ELF", "page-aligned", "invalid", "too short", "wrong", "corrupt")
ok = {}
for path in json.loads(sys.stdin.read()):
    try:
        ctypes.CDLL(path, mode=1)  # RTLD_LAZY
        ok[path] = True
    except OSError as exc:  # a missing dependency is not this file's fault; a bad ELF is
        ok[path] = not any(word in str(exc) for word in BROKEN)
print(json.dumps(ok))
"""


def loads(internal: Path, paths: list[Path]) -> dict[str, bool]:
    """{path: True if the dynamic loader accepts it} — only the ELF itself is judged: a
    library whose own dependencies are missing here (a system one) still counts as loading."""
    import json

    lib_dirs = {str(internal), str(internal / "PySide6" / "Qt" / "lib")}
    env = dict(os.environ, LD_LIBRARY_PATH=":".join(sorted(lib_dirs)))
    r = subprocess.run(
        [sys.executable, "-c", _DLOPEN_CHILD],
        input=json.dumps([str(p) for p in paths]),
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    try:
        result = json.loads(r.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        return {str(p): False for p in paths}
    return {str(k): bool(v) for k, v in result.items()}


def strip_wheel_symbols(internal: Path) -> tuple[int, int, list[str]]:
    """Symbol tables out of the wheels' libraries (`strip --strip-unneeded` keeps the dynamic
    symbols everything links against). Each library must still load afterwards, or its
    original comes back: auditwheel-patched libraries (numpy.libs/, *.libs/) break when
    stripped, so they are never touched. Returns (stripped, bytes saved, restored)."""
    import shutil

    candidates = [
        p
        for p in elf_files(internal)
        if from_wheel(internal, p) and not p.relative_to(internal).parts[0].endswith(".libs")
    ]
    before = loads(internal, candidates)
    saved, stripped, backups = 0, [], {}
    for path in candidates:
        backup = path.with_name(path.name + ".unstripped")
        shutil.copy2(path, backup)
        size = path.stat().st_size
        if subprocess.run(["strip", "--strip-unneeded", "--preserve-dates", str(path)]).returncode:
            shutil.move(backup, path)
            continue
        backups[path] = (backup, size)
        stripped.append(path)
    after = loads(internal, stripped)
    restored = []
    for path in stripped:
        backup, size = backups[path]
        if before.get(str(path)) and not after.get(str(path)):
            shutil.move(backup, path)
            restored.append(str(path.relative_to(internal)))
        else:
            backup.unlink()
            saved += size - path.stat().st_size
    return len(stripped) - len(restored), saved, restored


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
    print(f"stripped debug symbols from {count} non-wheel libraries: -{saved / 2**20:.1f} MiB")
    if os.environ.get("LIVESTUDIO_STRIP_WHEELS", "1") != "0":
        count, saved, restored = strip_wheel_symbols(internal)
        print(
            f"stripped symbol tables from {count} wheel libraries (dynamic symbols kept; each "
            f"still loads): -{saved / 2**20:.1f} MiB"
            + (f"; left as shipped, would not load stripped: {restored}" if restored else "")
        )
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
