"""Loading the UI translation: compiled .qm when it is current, else the .ts source itself.

The .qm files are build products (`packaging/update_translations.py`, run by the bundle build);
a source checkout may not have them, or have stale ones. Rather than shelling out to
`pyside6-lrelease` at every start, a small QTranslator reads the .ts XML directly (a few ms),
so `pip install -e . && livestudio` shows Chinese without any build step.

`LIVESTUDIO_PSEUDO_I18N=1` doubles every string (Vorta's idea) to find layouts that clip.
QtCore only: usable from tests and the CLI.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from livestudio.core import paths

log = logging.getLogger("livestudio.i18n")

PSEUDO_ENV = "LIVESTUDIO_PSEUDO_I18N"
APP_CATALOG = "livestudio"
# language choices offered in Settings: value -> name shown in that language (not translated)
LANGUAGES = {"en": "English", "zh_CN": "简体中文"}


def i18n_dir() -> Path:
    return paths.resource("i18n")


def ts_path(code: str) -> Path:
    return i18n_dir() / f"{APP_CATALOG}_{code}.ts"


def qm_path(code: str) -> Path:
    return i18n_dir() / f"{APP_CATALOG}_{code}.qm"


def available_codes() -> list[str]:
    """Language codes we have a catalogue for (from .ts or .qm files)."""
    codes = set()
    for p in i18n_dir().glob(f"{APP_CATALOG}_*.*"):
        if p.suffix in (".ts", ".qm"):
            codes.add(p.stem[len(APP_CATALOG) + 1 :])
    return sorted(codes)


def locale_for(choice: str) -> QLocale:
    """The QLocale for a Settings value: 'system', 'en' or a catalogue code like 'zh_CN'."""
    system = QLocale.system()
    if not choice or choice == "system":
        return system
    if choice == "en":
        if system.language() == QLocale.Language.English:
            return system
        return QLocale("en_US")
    return QLocale(choice)


def catalogue_code(locale: QLocale) -> str | None:
    """Which of our catalogues serves `locale` (None = English source text)."""
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return None
    have = set(available_codes())
    if locale.language() == QLocale.Language.Chinese:
        traditional = locale.script() == QLocale.Script.TraditionalHanScript or (
            locale.territory()
            in (QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macao)
            and locale.script() != QLocale.Script.SimplifiedHanScript
        )
        for code in (["zh_TW", "zh_HK"] if traditional else []) + ["zh_CN"]:
            if code in have:
                return code
        return None
    name = locale.name()  # e.g. "de_DE"
    for code in (name, name.split("_")[0]):
        if code in have:
            return code
    return None


class TsTranslator(QTranslator):
    """Serves finished translations straight from a Qt Linguist .ts file."""

    def __init__(self, path: Path, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.messages: dict[tuple[str, str, str], str] = {}
        root = ElementTree.parse(path).getroot()
        self.catalogue_language = root.get("language", "")
        for ctx in root.iter("context"):
            cname = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                source = msg.findtext("source")
                tr = msg.find("translation")
                if source is None or tr is None:
                    continue
                if tr.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                forms = [f.text or "" for f in tr.iter("numerusform")]
                text = forms[0] if forms else (tr.text or "")
                if text:
                    self.messages[(cname, source, msg.findtext("comment") or "")] = text

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        found = self.messages.get((context, source, disambiguation or ""))
        if found is None and disambiguation:
            found = self.messages.get((context, source, ""))
        return found  # type: ignore[return-value]  # None -> null QString: "not here"

    def isEmpty(self) -> bool:
        return not self.messages

    def __len__(self) -> int:
        return len(self.messages)


_SHORTCUT = re.compile(r"^(Ctrl|Alt|Shift|Meta|F\d{1,2})([+\w]*)$")


def stretch(text: str) -> str:
    """Pseudo-translation: the text twice (shortcut strings are left alone)."""
    if not text or _SHORTCUT.match(text):
        return text
    return text + text


class PseudoTranslator(QTranslator):
    """Wraps the real translators and doubles whatever they (or the source) say."""

    def __init__(self, inner: list[QTranslator], parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self.inner = inner

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        for t in self.inner:
            found = t.translate(context, source, disambiguation, n)
            if found:
                return stretch(found)
        return stretch(source)

    def isEmpty(self) -> bool:
        return False


def pseudo_enabled() -> bool:
    return os.environ.get(PSEUDO_ENV, "") not in ("", "0", "false", "no")


def load_app_translator(code: str, parent: QCoreApplication | None = None) -> QTranslator | None:
    """Our catalogue for `code`: the .qm if it is at least as new as the .ts, else the .ts."""
    qm, ts = qm_path(code), ts_path(code)
    if qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime):
        t = QTranslator(parent)
        if t.load(str(qm)):
            return t
        log.warning("could not load %s; falling back to the .ts source", qm)
    if ts.is_file():
        try:
            return TsTranslator(ts, parent)
        except (ElementTree.ParseError, OSError) as exc:
            log.error("could not read %s: %s", ts, exc)
    return None


_installed: list[QTranslator] = []


def install(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Replace the installed translators with those for `locale` (+ Qt's own for dialogs)."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    QLocale.setDefault(locale)
    found: list[QTranslator] = []
    code = catalogue_code(locale)
    if code:
        ours = load_app_translator(code, app)
        if ours is not None:
            found.append(ours)
        else:
            log.warning("no LiveStudio translation for %s", locale.name())
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(locale, "qtbase", "_", qt_dir):
            found.append(qt)
    chain: list[QTranslator] = [PseudoTranslator(found, app)] if pseudo_enabled() else found
    for t in chain:
        app.installTranslator(t)
        _installed.append(t)
    return chain
