"""Keep secrets out of logs and crash reports: every secret the app handles is registered here,
and the log filter replaces it wherever it appears."""

from __future__ import annotations

import logging
import threading

_lock = threading.Lock()
_secrets: set[str] = set()
MASK = "***"


def register_secret(value: str | None) -> None:
    if value and len(value) >= 4:
        with _lock:
            _secrets.add(value)


def redact(text: str) -> str:
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for s in secrets:
        text = text.replace(s, MASK)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        clean = redact(msg)
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        if clean != msg or record.args:
            record.msg, record.args = clean, None
        return True
