"""Outputs for streaming software and the studio: text files for OBS "text from file" sources, and
the state that the view server (`server.py`) shows as OBS overlay views and the phone host page.
The overlay only ever listens on 127.0.0.1.
"""

from __future__ import annotations

import errno
import logging
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from livestudio.core.i18n import translate
from livestudio.core.live.engine import LiveView, format_clock, format_over
from livestudio.core.live.server import LOOPBACK, Limits, ViewServer

log = logging.getLogger("livestudio.live")

__all__ = [
    "LOOPBACK",
    "OutputTexts",
    "OverlayServer",
    "TextFileWriter",
    "host_page_labels",
    "texts_for",
    "view_state",
    "write_atomically",
]


@dataclass(frozen=True)
class OutputTexts:
    segment: str
    remaining: str
    promo: str
    next: str

    def as_dict(self) -> dict[str, str]:
        return {
            "segment": self.segment,
            "remaining": self.remaining,
            "promo": self.promo,
            "next": self.next,
        }


def texts_for(view: LiveView) -> OutputTexts:
    if view.ended or not view.started:
        remaining = ""
    elif view.seg_remaining_ms < 0:
        remaining = "+" + format_clock(-view.seg_remaining_ms, ceil=False)
    else:
        remaining = format_clock(view.seg_remaining_ms)
    promo = "\n".join(
        (
            translate("Live", "{title} {time} — {left} left").format(
                title=p.title, time=format_clock(p.remaining_ms), left=p.units_left
            )
            if p.units_left is not None
            else translate("Live", "{title} {time}").format(
                title=p.title, time=format_clock(p.remaining_ms)
            )
        )
        for p in view.promos
    )
    nxt = ""
    if view.next_index is not None and not view.ended:
        nxt = translate("Live", "Next: {title}").format(title=view.next_title)
    return OutputTexts(view.title if view.started else "", remaining, promo, nxt)


LOW_UNITS = 10  # a promotion with this many units left or fewer shows them in red on the phone


def view_state(
    view: LiveView | None,
    *,
    show_title: str = "",
    message: str = "",
    blink: bool = False,
    talking_points: str = "",
) -> dict[str, Any]:
    """Everything the overlay views and the phone host page show, as JSON-ready values: the four
    OBS texts (`segment`, `remaining`, `promo`, `next`) and `level` as before, plus the show
    position, show remaining, ahead/behind, cue text, product and its talking points, the host
    message, and each running promotion with its countdown and units left."""
    if view is None:
        return {"show": show_title, "started": False, "running": False, "ended": False}
    texts = texts_for(view)
    live = view.started and not view.ended
    promos = []
    for p in view.promos:
        left_text = ""
        if p.units_left is not None:
            left_text = translate("Live", "{n} left").format(n=p.units_left)
        promos.append(
            {
                "title": p.title,
                "time": format_clock(p.remaining_ms),
                "remaining_ms": p.remaining_ms,
                "left": p.units_left,
                "limit": p.quantity_limit,
                "sold": p.units_sold,
                "left_text": left_text,
                "low": p.units_left is not None and p.units_left <= LOW_UNITS,
            }
        )
    total = len(view.rows)
    next_in = ""
    if view.next_index is not None and live and view.next_in_ms > 0:
        next_in = translate("Live", "in {time}").format(time=format_clock(view.next_in_ms))
    show_rem = ""
    if view.started:
        show_rem = (
            format_clock(view.show_remaining_ms)
            if view.show_remaining_ms >= 0
            else "+" + format_clock(-view.show_remaining_ms, ceil=False)
        )
    return {
        **texts.as_dict(),
        "level": view.level,
        "show": show_title,
        "started": view.started,
        "running": view.running,
        "ended": view.ended,
        "position": (
            translate("Live", "{n} / {total}").format(n=view.index + 1, total=total)
            if live and total
            else ""
        ),
        "seg_remaining_ms": view.seg_remaining_ms,
        "show_remaining": show_rem,
        "over": format_over(view.over_ms) if view.started else "",
        "over_ms": view.over_ms if view.started else 0,
        "product": view.product_name if live else "",
        "cue": view.script if live else "",
        "points": talking_points if live else "",
        "next_title": view.next_title if view.next_index is not None and not view.ended else "",
        "next_in": next_in,
        "message": message,
        "blink": bool(blink and message),
        "promos": promos,
    }


def host_page_labels() -> dict[str, str]:
    """The phone page's own words, in the app's language."""
    t = translate
    return {
        "show_remaining": t("StudioNetwork", "Show remaining"),
        "schedule": t("StudioNetwork", "Schedule"),
        "promotions": t("StudioNetwork", "Promotions"),
        "cue": t("StudioNetwork", "Cue"),
        "next": t("StudioNetwork", "Next"),
        "paused": t("StudioNetwork", "Paused"),
        "not_started": t("StudioNetwork", "Not started"),
        "ended": t("StudioNetwork", "Ended"),
        "reconnecting": t("StudioNetwork", "Connection lost — reconnecting…"),
        "revoked": t(
            "StudioNetwork",
            "This link is not valid any more. Scan the code in LiveStudio again.",
        ),
    }


def write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename over it: OBS never reads half a file."""
    fd, tmp = tempfile.mkstemp(prefix="." + path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _briefly_locked(exc: OSError) -> bool:
    """Windows refuses to replace a file another program has open (OBS reading it): a sharing
    violation surfaces as PermissionError and clears within milliseconds."""
    return isinstance(exc, PermissionError) or exc.errno in (errno.EBUSY, errno.EAGAIN)


class TextFileWriter:
    """segment.txt, remaining.txt, promo.txt, next.txt; a file is rewritten only when it changes.

    A write never switches the outputs off: a file that is briefly locked is retried at once a
    couple of times, and any file that still could not be written is tried again on every later
    call until it succeeds. The first failure of an outage is reported once through `on_problem`
    (a translated sentence), and the recovery once through `on_recovered`; `problem` holds the
    current outage's sentence, None while all is well. Without `on_problem`, that first failure
    is raised instead, once, as the OSError it was (for callers that say it themselves); later
    calls go on retrying without raising until the files are written again."""

    NAMES = ("segment", "remaining", "promo", "next")

    def __init__(
        self,
        folder: Path,
        *,
        on_problem: Callable[[str], None] | None = None,
        on_recovered: Callable[[str], None] | None = None,
        retries: int = 2,
        retry_delay_s: float = 0.01,
        sleep: Callable[[float], None] = time.sleep,
        replace: Callable[[Path, str], None] = write_atomically,
    ) -> None:
        self.folder = Path(folder)
        self.on_problem = on_problem
        self.on_recovered = on_recovered
        self.problem: str | None = None
        self.failures = 0  # failed attempts in this writer's life (diagnostics)
        self._retries = retries
        self._delay = retry_delay_s
        self._sleep = sleep
        self._replace = replace
        self._last: dict[str, str] = {}

    def write(self, texts: OutputTexts) -> list[str]:
        """Write what changed (and anything that failed before); returns the names written."""
        changed: list[str] = []
        error: OSError | None = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            error = exc
        if error is None:
            for name, text in texts.as_dict().items():
                if self._last.get(name) == text:
                    continue
                failed = self._write_one(self.folder / f"{name}.txt", text)
                if failed is None:
                    self._last[name] = text
                    changed.append(name)
                else:
                    error = failed
                    self._last.pop(name, None)  # written again next time even if unchanged
        if error is not None:
            if self._report(error) and self.on_problem is None:
                raise error
        elif self.problem is not None:
            self.problem = None
            log.info("OBS text files written again in %s", self.folder)
            if self.on_recovered is not None:
                self.on_recovered(
                    translate("Live", "OBS text files are written again in {folder}.").format(
                        folder=self.folder
                    )
                )
        return changed

    def _write_one(self, path: Path, text: str) -> OSError | None:
        # During an outage, one attempt per call: a missing folder or a full disk must not cost
        # the clock's second edge several sleeps.
        attempts = 1 + (self._retries if self.problem is None else 0)
        for attempt in range(attempts):
            try:
                self._replace(path, text)
                return None
            except OSError as exc:
                self.failures += 1
                if attempt + 1 >= attempts or not _briefly_locked(exc):
                    return exc
                self._sleep(self._delay * (attempt + 1))
        return None  # pragma: no cover (the loop always returns)

    def _report(self, exc: OSError) -> bool:
        """True for the first failure of an outage (reported now), False while it goes on."""
        if self.problem is not None:
            return False
        self.problem = translate(
            "Live",
            "Could not write the OBS text files in {folder}: {reason}. LiveStudio keeps trying.",
        ).format(folder=self.folder, reason=exc.strerror or exc)
        log.warning("OBS text files: %s", exc)
        if self.on_problem is not None:
            self.on_problem(self.problem)
        return True


class OverlayServer(ViewServer):
    """The OBS overlay on 127.0.0.1 (the `ViewServer` with its loopback listener), kept with the
    API the Live screen has always used: `start()`, `url`, `publish()`, `state()`, `stop()`. The
    same object can also serve the studio network (`start_studio`)."""

    def __init__(self, port: int, host: str = LOOPBACK, limits: Limits | None = None) -> None:
        if host != LOOPBACK:
            raise ValueError(
                translate(
                    "Live",
                    "The overlay server only listens on 127.0.0.1 (this computer); "
                    "refusing to start on {host}.",
                ).format(host=host)
            )
        if not 0 <= int(port) <= 65535:
            raise ValueError(
                translate("Live", "{port} is not a valid port (0-65535).").format(port=port)
            )
        super().__init__(limits)
        self.host = host
        self.port = int(port)

    def start(self, port: int | None = None) -> int:
        """Bind and serve (on `port` when given, else the one from the constructor); returns the
        port (useful with port 0). Raises OSError when it is taken. `stop_overlay()` closes only
        this listener, `stop()` everything."""
        if port is not None:
            if not 0 <= int(port) <= 65535:
                raise ValueError(
                    translate("Live", "{port} is not a valid port (0-65535).").format(port=port)
                )
            self.port = int(port)
        self.port = self.start_overlay(self.port)
        return self.port

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/"
