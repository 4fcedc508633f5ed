"""The Check workspace's one door to the store: the shows a check can belong to, check runs
(save, list, read back), the checklist template and the platform settings — as dataclasses.

Modelled on `core/products.py`'s ProductService: a plain class over the `Store`; screens never
see a Session or an ORM row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from livestudio.core.checks import history, templates
from livestudio.core.checks.config import config_for
from livestudio.core.checks.history import RunRecord, ShowInfo
from livestudio.core.checks.probes import ProbeConfig
from livestudio.core.checks.results import ProbeResult
from livestudio.core.db import Store
from livestudio.core.models.check import ChecklistTemplate, Platform
from livestudio.core.plan.shows import ShowService, ShowSummary

__all__ = [
    "ChecklistData",
    "CheckRunService",
    "ItemSpec",
    "PlatformData",
    "RunRecord",
    "ShowSummary",
    "ShowInfo",
]

ItemSpec = templates.ItemSpec


@dataclass(frozen=True)
class ChecklistData:
    """The checklist template with its manual items, in order."""

    id: int
    name: str
    language: str
    items: tuple[ItemSpec, ...]


@dataclass(frozen=True)
class PlatformData:
    id: int
    name: str
    ingest_url: str
    default_preset: str
    custom_bitrate_kbps: int | None


def _platform(row: Platform) -> PlatformData:
    return PlatformData(
        row.id, row.name, row.ingest_url or "", row.default_preset, row.custom_bitrate_kbps
    )


def _checklist(tpl: ChecklistTemplate) -> ChecklistData:
    return ChecklistData(tpl.id, tpl.name, tpl.language, tuple(templates.item_specs(tpl)))


class CheckRunService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # ---- shows ----------------------------------------------------------------------------
    def shows(self) -> list[ShowSummary]:
        """Every show, in the one order every show picker uses (core/plan/shows.py)."""
        return ShowService(self.store).picker()

    def show(self, show_id: int | None) -> ShowInfo | None:
        return history.show_info(self.store, show_id)

    def default_preset(self, platform: str) -> str | None:
        """The stream preset the platform settings name for `platform` (None when unknown)."""
        row = history.find_platform(self.store, platform)
        return row.default_preset if row is not None else None

    def probe_config(
        self,
        show_id: int | None,
        preset: str,
        custom_default: tuple[int, int, int, int] | None = None,
    ) -> ProbeConfig:
        """What the probes need from the store: preset, platform, ingest URL, show length."""
        return config_for(self.store, show_id, preset=preset, custom_default=custom_default)

    # ---- runs -----------------------------------------------------------------------------
    def save_run(
        self,
        results: Sequence[ProbeResult],
        *,
        show_id: int | None,
        preset: str,
        platform: str,
        started_at: datetime,
        run_id: int | None = None,
    ) -> int:
        """Store a run (or replace the results of `run_id`) in one transaction; its id."""
        return history.save_run(
            self.store,
            results,
            show_id=show_id,
            preset=preset,
            platform=platform,
            started_at=started_at,
            run_id=run_id,
        )

    def runs(self, show_id: int | None) -> list[RunRecord]:
        """The show's runs, newest first (without their results); None: runs without a show."""
        return history.list_runs(self.store, show_id)

    def run(self, run_id: int) -> RunRecord:
        """One run with its results; LookupError when it is gone."""
        return history.load_run(self.store, run_id)

    # ---- checklist ------------------------------------------------------------------------
    def checklist(self, language: str) -> ChecklistData:
        """The default checklist in `language` ('en' / 'zh…'), created on first use."""
        with self.store.transaction() as s:
            return _checklist(templates.default_template(s, language))

    def template(self, template_id: int) -> ChecklistData:
        with self.store.session() as s:
            tpl = s.get(ChecklistTemplate, template_id)
            if tpl is None:
                raise LookupError(f"checklist template {template_id} does not exist")
            return _checklist(tpl)

    def save_checklist(self, template_id: int, items: Sequence[ItemSpec]) -> ChecklistData:
        """Replace the template's items (titles, required, order) in one transaction."""
        with self.store.transaction() as s:
            templates.save_items(s, template_id, list(items))
            tpl = s.get(ChecklistTemplate, template_id)
            assert tpl is not None
            return _checklist(tpl)

    # ---- platforms ------------------------------------------------------------------------
    def platforms(self) -> list[PlatformData]:
        return [_platform(p) for p in history.list_platforms(self.store)]

    def platform(self, name: str) -> PlatformData | None:
        row = history.find_platform(self.store, name)
        return _platform(row) if row is not None else None

    def save_platform(
        self,
        name: str,
        ingest_url: str,
        default_preset: str,
        custom_bitrate_kbps: int | None,
        platform_id: int | None = None,
    ) -> int:
        return history.save_platform(
            self.store, name, ingest_url, default_preset, custom_bitrate_kbps, platform_id
        )

    def delete_platform(self, platform_id: int) -> None:
        history.delete_platform(self.store, platform_id)
