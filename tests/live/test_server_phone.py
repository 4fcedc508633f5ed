"""The phone host page as a phone's browser shows it: headless Chromium against the studio listener
on 127.0.0.1, checked by its pixels and by its DOM."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from livestudio.core.live.outputs import host_page_labels
from livestudio.core.live.server import ViewServer

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="needs headless Chromium (apt-get install -y chromium)"
)

STATE = {
    "show": "双11美妆专场 Beauty night",
    "position": "2 / 10",
    "segment": "雪花秀精华 Sulwhasoo serum",
    "remaining": "1:42",
    "level": "warning",
    "started": True,
    "running": True,
    "ended": False,
    "show_remaining": "2:14:05",
    "over": "+2:10 behind",
    "over_ms": 130_000,
    "message": "Stock low - go to the bundle",
    "promos": [
        {"title": "Lip tint ¥59 秒杀", "time": "2:31", "left_text": "8 left", "low": True},
    ],
    "product": "雪花秀精华 Sulwhasoo serum",
    "cue": "Texture close-up, 3 selling points",
    "points": "1. Light, not sticky",
    "next_title": "抽奖 Lottery",
    "next_in": "in 1:42",
}


def _chromium(tmp_path: Path, url: str, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--window-size=390,844",
            "--hide-scrollbars",
            "--timeout=3000",
            *args,
            url,
        ],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )


def _count(img: QImage, colour: str, top: int, bottom: int, tolerance: int = 24) -> int:
    want = QColor(colour)
    n = 0
    for y in range(top, min(bottom, img.height()), 2):
        for x in range(0, img.width(), 2):
            c = img.pixelColor(x, y)
            if (
                abs(c.red() - want.red()) <= tolerance
                and abs(c.green() - want.green()) <= tolerance
                and abs(c.blue() - want.blue()) <= tolerance
            ):
                n += 1
    return n


def _glyphs(img: QImage, colour: str, top: int, bottom: int, tolerance: int = 24) -> int:
    """How many separate runs of columns hold `colour` between `top` and `bottom`: one per
    character of a line of big text."""
    want = QColor(colour)

    def inked(x: int) -> bool:
        for y in range(top, min(bottom, img.height())):
            c = img.pixelColor(x, y)
            if (
                abs(c.red() - want.red()) <= tolerance
                and abs(c.green() - want.green()) <= tolerance
                and abs(c.blue() - want.blue()) <= tolerance
            ):
                return True
        return False

    runs, before = 0, False
    for x in range(img.width()):
        now = inked(x)
        runs += now and not before
        before = now
    return runs


@pytest.fixture
def studio() -> Iterator[ViewServer]:
    server = ViewServer()
    server.start_studio("127.0.0.1", 0, labels=host_page_labels())
    yield server
    server.stop()


def test_phone_page_shows_the_countdown_in_its_colour_and_the_cards(
    studio: ViewServer, tmp_path: Path, qapp
) -> None:
    token = studio.tokens.issue()
    url = studio.studio_url(token)
    assert url is not None
    studio.publish(STATE)
    shot = tmp_path / "phone.png"
    run = _chromium(tmp_path, url, f"--screenshot={shot}")
    assert shot.exists(), run.stderr[-2000:]
    img = QImage(str(shot))
    assert (img.width(), img.height()) == (390, 844)
    # The big countdown is amber in its warning minutes (pixels of #ffc83d near the top), and the
    # message line is a yellow band below it.
    assert _count(img, "#ffc83d", 60, 230) > 1500
    assert _count(img, "#ff4d4d", 60, 230) == 0

    studio.publish({**STATE, "remaining": "+0:12", "level": "overtime"})
    run = _chromium(tmp_path, url, f"--screenshot={shot}")
    over = QImage(str(shot))
    assert _count(over, "#ff4d4d", 60, 230) > 1000  # red in overtime

    # A long overtime still fits on the screen, whole.
    studio.publish({**STATE, "remaining": "+1:05:12", "level": "overtime"})
    _chromium(tmp_path, url, f"--screenshot={shot}")
    long = QImage(str(shot))
    assert _glyphs(long, "#ff4d4d", 60, 300) == len("+1:05:12")  # every character on screen

    studio.publish({**STATE, "remaining": "+0:12", "level": "overtime"})
    dom = _chromium(tmp_path, url, "--dump-dom").stdout
    for text in ("+0:12", "Lip tint ¥59 秒杀", "8 left", "Stock low - go to the bundle", "in 1:42"):
        assert text in dom, text


def test_a_revoked_link_shows_no_state(studio: ViewServer, tmp_path: Path) -> None:
    token = studio.tokens.issue()
    url = studio.studio_url(token)
    assert url is not None
    studio.publish(STATE)
    studio.revoke(token)
    dom = _chromium(tmp_path, url, "--dump-dom").stdout
    assert "1:42" not in dom and "Stock low" not in dom
    assert "not valid" in dom


@pytest.mark.parametrize(
    ("view", "shown", "hidden"),
    [
        ("clock", ["remaining"], ["segment", "promo", "next"]),
        ("segment", ["segment"], ["remaining", "promo", "next"]),
        ("next", ["next"], ["segment", "remaining", "promo"]),
        ("promo", ["promo"], ["segment", "remaining", "next"]),
    ],
)
def test_each_overlay_view_shows_its_own_element(tmp_path: Path, view, shown, hidden) -> None:
    server = ViewServer()
    port = server.start_overlay(0)
    server.publish({**STATE, "next": "Next: 抽奖 Lottery"})
    try:
        dom = _chromium(
            tmp_path, f"http://127.0.0.1:{port}/overlay?view={view}&style=plain", "--dump-dom"
        ).stdout
    finally:
        server.stop()
    assert f'class="style-plain view-{view} levels"' in dom
    for part in shown:
        assert f'id="{part}" class="part on' in dom, part
    for part in hidden:
        assert f'id="{part}" class="part on' not in dom, part
    if view == "promo":  # each running promotion with its countdown and units left
        assert '<span class="t">2:31</span><span class="left">8 left</span>' in dom
