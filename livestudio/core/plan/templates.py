"""Show templates: built-in ones shipped as JSON (resources/templates/*.json), and shows saved as templates.

A template is a show payload (see `shows.show_payload`): overview, lineup, segments, promotions,
tasks and risks with relative references, so it can be turned into any number of new shows.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from livestudio.core.i18n import translate
from livestudio.core.models import Show, ShowTemplate
from livestudio.core.paths import resource
from livestudio.core.plan.shows import ShowError, create_from_payload, show_payload

log = logging.getLogger("livestudio.plan")
BUILTIN_ORDER = ("solo60", "guest120", "blitz30")


@dataclass(frozen=True)
class Template:
    key: str  # "solo60" for built-ins, "saved:<id>" for saved ones
    name: str
    language: str  # "en", "zh" or "" (any)
    builtin: bool
    description: str = ""
    payload: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    template_id: int | None = None

    @property
    def planned_duration_ms(self) -> int:
        return int((self.payload.get("show") or {}).get("planned_duration_ms") or 0)


def builtin_templates() -> list[Template]:
    """Every readable JSON under resources/templates, sorted by key then language."""
    out = []
    folder = resource("templates")
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            out.append(
                Template(
                    key=str(doc["key"]),
                    name=str(doc["name"]),
                    language=str(doc.get("language", "")),
                    builtin=True,
                    description=str(doc.get("description", "")),
                    payload=dict(doc["payload"]),
                )
            )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("skipping unreadable template %s: %s", path, exc)
    return out


def saved_templates(session: Session) -> list[Template]:
    out = []
    for row in session.scalars(select(ShowTemplate).order_by(ShowTemplate.name)):
        try:
            payload = json.loads(row.payload_json)
        except ValueError:
            log.warning("skipping unreadable saved template %s", row.id)
            continue
        out.append(
            Template(
                key=f"saved:{row.id}",
                name=row.name,
                language=row.language,
                builtin=False,
                payload=payload,
                template_id=row.id,
            )
        )
    return out


def list_templates(session: Session | None = None, language: str | None = None) -> list[Template]:
    """Built-ins (in `language` first when given) then the user's saved templates."""
    builtins = builtin_templates()
    builtins.sort(
        key=lambda t: (
            bool(language) and t.language != language,
            BUILTIN_ORDER.index(t.key) if t.key in BUILTIN_ORDER else len(BUILTIN_ORDER),
            t.key,
            t.language,
        )
    )
    return builtins + (saved_templates(session) if session is not None else [])


def find_template(
    session: Session | None, name_or_key: str, language: str | None = None
) -> Template:
    """By key ("solo60", "solo60.zh", "saved:3") or by name, case-insensitive."""
    wanted = name_or_key.strip().lower()
    candidates = list_templates(session, language)
    for t in candidates:
        keys = {t.key.lower(), f"{t.key}.{t.language}".lower(), t.name.lower()}
        if wanted in keys:
            return t
    raise ShowError(
        translate("Plan", "There is no template called '{name}'.").format(name=name_or_key)
    )


def create_from_template(
    session: Session,
    template: Template,
    *,
    title: str | None = None,
    scheduled_start: datetime | None = None,
) -> Show:
    return create_from_payload(
        session, template.payload, title=title, scheduled_start=scheduled_start
    )


def save_as_template(
    session: Session, show_id: int, name: str, language: str = "", *, replace: bool = False
) -> ShowTemplate:
    """Save everything in the show's plan as a named template (links to catalog products kept)."""
    name = name.strip()
    if not name:
        raise ShowError(translate("Plan", "A template needs a name."))
    payload = show_payload(session, show_id)
    text = json.dumps(payload, ensure_ascii=False)
    existing = session.scalar(select(ShowTemplate).where(ShowTemplate.name == name))
    if existing is not None:
        if not replace:
            raise ShowError(
                translate("Plan", "A template called '{name}' already exists.").format(name=name)
            )
        existing.payload_json = text
        existing.language = language
        session.flush()
        return existing
    row = ShowTemplate(name=name, language=language, payload_json=text)
    session.add(row)
    try:
        session.flush()
    except IntegrityError as exc:
        raise ShowError(
            translate("Plan", "A template called '{name}' already exists.").format(name=name)
        ) from exc
    return row


def delete_template(session: Session, template_id: int) -> None:
    row = session.get(ShowTemplate, template_id)
    if row is not None:
        session.delete(row)
        session.flush()
