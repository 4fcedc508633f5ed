"""Refresh the translation sources from the code, then compile them.

    .venv/bin/python packaging/update_translations.py            # lupdate + lrelease
    .venv/bin/python packaging/update_translations.py --release  # only .ts -> .qm (the build)
    .venv/bin/python packaging/update_translations.py --stats    # what is left to translate

`pyside6-lupdate` reads every livestudio/**/*.py and merges new strings into
resources/i18n/livestudio_<lang>.ts (kept in git; translate them in Qt Linguist:
`pyside6-linguist resources/i18n/livestudio_zh_CN.ts`). `pyside6-lrelease` writes the .qm
files next to them; those are build products (gitignored). The app reads a .ts directly when
its .qm is missing or older, so a source checkout needs no build step.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ["zh_CN"]  # add "zh_TW" here to start a Traditional Chinese catalogue
CATALOG = "livestudio"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from this interpreter's environment, else PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / (name + ".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found:
        return found
    try:  # the binaries PySide6 ships inside its package
        import PySide6

        base = Path(PySide6.__file__).parent
        short = name.replace("pyside6-", "")
        for candidate in (base / short, base / (short + ".exe"), base / "Qt" / "libexec" / short):
            if candidate.exists():
                return str(candidate)
    except ImportError:
        pass
    raise SystemExit(f"{name} not found: install PySide6 into this environment")


def sources(root: Path = ROOT) -> list[Path]:
    return sorted(
        p
        for p in (root / "livestudio").rglob("*.py")
        if "__pycache__" not in p.parts and "migrations" not in p.parts
    )


def translate_wrappers(tree: ast.Module) -> dict[str, str]:
    """Module-level one-line wrappers such as `def _t(text): return translate("Ctx", text)`:
    {function name: context}. lupdate only knows tr()/translate() calls, so calls through a
    wrapper are rewritten for it (see `rewrite_for_lupdate`)."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        param = node.args.args[0].arg
        for sub in ast.walk(node):
            if (
                isinstance(sub, ast.Call)
                and (
                    (isinstance(sub.func, ast.Name) and sub.func.id == "translate")
                    or (isinstance(sub.func, ast.Attribute) and sub.func.attr == "translate")
                )
                and len(sub.args) >= 2
                and isinstance(sub.args[0], ast.Constant)
                and isinstance(sub.args[0].value, str)
                and isinstance(sub.args[1], ast.Name)
                and sub.args[1].id == param
            ):
                found[node.name] = sub.args[0].value
                break
    return found


def rewrite_for_lupdate(text: str) -> str:
    """`_t("x")` -> `QCoreApplication.translate("Ctx", "x")` for this file's wrappers, on the
    same lines, so lupdate extracts them with the context the wrapper uses at run time."""
    try:
        wrappers = translate_wrappers(ast.parse(text))
    except SyntaxError:
        return text
    for name, context in wrappers.items():
        pattern = re.compile(r"(?<![\w.])" + re.escape(name) + r"\(")
        text = pattern.sub(f'QCoreApplication.translate("{context}", ', text)
    return text


def run_lupdate(ts: Path, language: str, root: Path = ROOT) -> str:
    """Merge the strings in the code into `ts` (created if missing); returns lupdate's report.

    lupdate runs over a mirror of the tree in which calls through translate wrappers are
    spelled out, so locations in the .ts still read ../../livestudio/<file>:<line>.
    """
    with tempfile.TemporaryDirectory(prefix="livestudio-lupdate-") as tmp:
        mirror = Path(tmp)
        files = []
        for src in sources(root):
            rel = src.relative_to(root)
            dest = mirror / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_text(rewrite_for_lupdate(src.read_text(encoding="utf-8")), encoding="utf-8")
            files.append(str(rel))
        ts_rel = (
            ts.resolve().relative_to(root.resolve())
            if ts.resolve().is_relative_to(root.resolve())
            else Path("resources") / "i18n" / ts.name
        )
        mirror_ts = mirror / ts_rel
        mirror_ts.parent.mkdir(parents=True, exist_ok=True)
        if ts.exists():
            shutil.copy2(ts, mirror_ts)
        cmd = [
            tool("pyside6-lupdate"),
            *files,
            "-no-obsolete",
            "-locations",
            "relative",
            "-target-language",
            language,
            "-ts",
            str(ts_rel),
        ]
        result = subprocess.run(cmd, cwd=mirror, capture_output=True, text=True, timeout=600)
        if result.returncode != 0:
            raise SystemExit(f"lupdate failed:\n{result.stdout}\n{result.stderr}")
        ts.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(mirror_ts, ts)
    return result.stdout + result.stderr


def run_lrelease(ts: Path, qm: Path) -> str:
    result = subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if result.returncode != 0:
        raise SystemExit(f"lrelease failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout + result.stderr


def stats(ts: Path) -> tuple[int, int]:
    """(finished, total) messages in a .ts file."""
    root = ElementTree.parse(ts).getroot()
    total = finished = 0
    for msg in root.iter("message"):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") in ("obsolete", "vanished"):
            continue
        total += 1
        forms = [f.text for f in tr.iter("numerusform")] if tr is not None else []
        text = (forms[0] if forms else tr.text) if tr is not None else None
        if tr is not None and tr.get("type") != "unfinished" and text:
            finished += 1
    return finished, total


def fill_from_tsv(ts: Path, tables: list[Path]) -> int:
    """Fill unfinished messages from `context<TAB>source<TAB>translation` lines (a literal \\n
    stands for a newline; context `*` matches any). Returns how many were filled."""
    wanted: dict[tuple[str, str], str] = {}
    for table in tables:
        for line in table.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            context, source, translation = (
                part.replace("\\n", "\n") for part in line.split("\t")[:3]
            )
            wanted[(context, source)] = translation
    tree = ElementTree.parse(ts)
    filled = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or (tr.get("type") != "unfinished" and tr.text):
                continue
            source = msg.findtext("source") or ""
            text = wanted.get((name, source), wanted.get(("*", source)))
            if text:
                tr.text = text
                tr.attrib.pop("type", None)
                filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--release", action="store_true", help="only compile .ts -> .qm")
    parser.add_argument("--stats", action="store_true", help="only print what is translated")
    parser.add_argument(
        "--fill",
        nargs="*",
        type=Path,
        default=[],
        help="after lupdate, fill unfinished strings from these context/source/translation TSVs",
    )
    args = parser.parse_args(argv)
    I18N.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = I18N / f"{CATALOG}_{lang}.ts"
        if not args.release and not args.stats:
            print(run_lupdate(ts, lang).strip())
            if args.fill:
                print(f"filled {fill_from_tsv(ts, args.fill)} strings from {len(args.fill)} tables")
        if not ts.exists():
            print(f"{ts} does not exist yet: run without --release first", file=sys.stderr)
            return 1
        if not args.stats:
            print(run_lrelease(ts, ts.with_suffix(".qm")).strip())
        done, total = stats(ts)
        print(f"{ts.name}: {done} of {total} strings translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
