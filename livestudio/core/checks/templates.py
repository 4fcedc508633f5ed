"""Checklist templates: the default pre-stream checklist (English / Chinese) and editing it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from livestudio.core.models.check import ChecklistItem, ChecklistTemplate

# (key, English, Chinese, required)
DEFAULT_ITEMS: list[tuple[str, str, str, bool]] = [
    ("lighting", "Lighting on and checked on camera", "灯光", True),
    ("background", "Background and set tidy", "背景布置", True),
    ("products", "Products and samples at hand", "样品到位", True),
    ("price_cards", "Price cards ready", "价格牌", False),
    (
        "coupons",
        "Coupons and flash sales configured on the platform",
        "平台优惠券/秒杀已设置",
        True,
    ),
    ("stock", "Stock confirmed", "库存确认", True),
    ("backup", "Backup phone / battery / hotspot ready", "备用手机/充电宝/热点", False),
    ("notifications", "Notifications silenced", "手机免打扰", True),
    ("water", "Water for the host", "主播饮用水", False),
    ("script", "Script rehearsed", "脚本已演练", False),
]
DEFAULT_NAMES = {"en": "Pre-stream checklist", "zh": "开播前检查清单"}


@dataclass
class ItemSpec:
    title: str
    required: bool = True
    key: str = ""
    id: int | None = None


def default_template(session: Session, language: str) -> ChecklistTemplate:
    """The default template in `language` ('en' / 'zh'), created on first use."""
    language = "zh" if language.startswith("zh") else "en"
    tpl = session.scalars(
        select(ChecklistTemplate).where(
            ChecklistTemplate.is_default.is_(True), ChecklistTemplate.language == language
        )
    ).first()
    if tpl is not None:
        return tpl
    tpl = ChecklistTemplate(name=DEFAULT_NAMES[language], language=language, is_default=True)
    for pos, (key, en, zh, required) in enumerate(DEFAULT_ITEMS):
        tpl.items.append(
            ChecklistItem(
                key=key,
                title=zh if language == "zh" else en,
                required=required,
                position=pos,
                language=language,
            )
        )
    session.add(tpl)
    session.flush()
    return tpl


def item_specs(tpl: ChecklistTemplate) -> list[ItemSpec]:
    return [ItemSpec(i.title, i.required, i.key, i.id) for i in tpl.items]


def save_items(session: Session, template_id: int, items: list[ItemSpec]) -> None:
    """Replace the template's items with `items` in order (caller's transaction)."""
    tpl = session.get(ChecklistTemplate, template_id)
    if tpl is None:
        raise LookupError(f"checklist template {template_id} does not exist")
    cleaned = [i for i in items if i.title.strip()]
    existing = {i.id: i for i in tpl.items}
    keep: list[ChecklistItem] = []
    used_keys = {i.key for i in cleaned if i.key}
    for pos, spec in enumerate(cleaned):
        row = existing.get(spec.id) if spec.id is not None else None
        if row is None:
            key = spec.key
            if not key:
                n = 1
                while f"item{n}" in used_keys:
                    n += 1
                key = f"item{n}"
                used_keys.add(key)
            row = ChecklistItem(key=key, language=tpl.language)
        row.title = spec.title.strip()
        row.required = spec.required
        row.position = pos
        keep.append(row)
    tpl.items[:] = keep
    session.flush()
