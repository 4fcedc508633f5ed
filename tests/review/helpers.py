"""Small helpers shared by the review tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from livestudio.core.db import Store


def import_file(store: Store, show_id: int, path: Path, **kw: Any) -> Any:
    from livestudio.core.review import importer

    with store.transaction() as s:
        preview = importer.prepare_import(s, show_id, path, **kw)
        importer.apply_import(s, preview)
    return preview
