"""Translatable text inside f-strings: lupdate cannot see it there, so each such string must be
declared elsewhere (QT_TRANSLATE_NOOP) and translated, or the Chinese report shows English."""

from __future__ import annotations

import ast
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "livestudio_zh_CN.ts"


def _wrappers(tree: ast.Module) -> dict[str, str]:
    """Module-level `def _t(text): return translate("Context", text)` -> {"_t": "Context"}."""
    out: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            for sub in ast.walk(node):
                if (
                    isinstance(sub, ast.Call)
                    and getattr(sub.func, "id", getattr(sub.func, "attr", "")) == "translate"
                    and len(sub.args) >= 2
                    and isinstance(sub.args[0], ast.Constant)
                ):
                    out[node.name] = str(sub.args[0].value)
    return out


def strings_inside_f_strings(path: Path) -> list[tuple[str, str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrappers = _wrappers(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.JoinedStr):
            continue
        for sub in ast.walk(node):
            if (
                isinstance(sub, ast.Call)
                and isinstance(sub.func, ast.Name)
                and sub.func.id in wrappers
                and sub.args
                and isinstance(sub.args[0], ast.Constant)
            ):
                found.append((wrappers[sub.func.id], str(sub.args[0].value), sub.lineno))
    return found


def _translated() -> set[tuple[str, str]]:
    done = set()
    for ctx in ElementTree.parse(TS).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") is None and (tr.text or list(tr)):
                done.add((name, msg.findtext("source") or ""))
    return done


def test_every_string_inside_an_f_string_is_translated() -> None:
    done = _translated()
    missing = [
        f"{path.relative_to(ROOT)}:{line} [{ctx}] {text!r}"
        for path in sorted((ROOT / "livestudio").rglob("*.py"))
        for ctx, text, line in strings_inside_f_strings(path)
        if (ctx, text) not in done
    ]
    assert not missing, "declare with QT_TRANSLATE_NOOP and translate:\n" + "\n".join(missing)


def test_the_detector_sees_a_call_inside_an_f_string(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        'def _t(text):\n    return translate("Ctx", text)\n\nx = f"<h2>{_t(\'Hello\')}</h2>"\n'
    )
    assert strings_inside_f_strings(module) == [("Ctx", "Hello", 4)]
