"""Compliance check of what the host will say: cues, talking points, selling points and product
notes scanned for the absolute, medical, guarantee and price claims that China's Advertising Law
and the live-selling platforms ban, in Chinese and English.

    rules = ComplianceService(store).rules("Douyin")
    rules.scan("全网最低价，最近很火")      # -> (Claim('全网最低价', 'price', 0, 5),)  最近 is allowed
    ComplianceService(store).scan_show(show_id)  # -> [Hit(claim, place), ...] in running order

The defaults live here (with a source note per category); the seller's edits — phrases added,
defaults switched off, allowed exceptions — are rows of `compliance_word` in the store, for every
platform ('') or one platform. The store rather than a JSON file in the data folder: the list
belongs to the seller whose shows are in that file, so it travels with `--db`, the daily backups
and a restore, and needs no second file kept in step.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from livestudio.core.checks.results import ProbeResult, Status
from livestudio.core.db import Store
from livestudio.core.i18n import QT_TRANSLATE_NOOP, translate
from livestudio.core.models import Product, Show
from livestudio.core.models.compliance import ComplianceWord

# ---- categories ---------------------------------------------------------------------------------
CATEGORIES: dict[str, tuple[str, str]] = {
    # key: (label, why — the source, shown with every hit)
    "absolute": (
        QT_TRANSLATE_NOOP("Compliance", "Absolute claim"),
        QT_TRANSLATE_NOOP(
            "Compliance",
            "Advertising Law Art. 9(3) bans 国家级/最高级/最佳 and other absolute terms; Douyin "
            "and TikTok Shop live rules ban superlatives (极限词) such as 最/第一/唯一/#1.",
        ),
    ),
    "medical": (
        QT_TRANSLATE_NOOP("Compliance", "Medical or efficacy claim"),
        QT_TRANSLATE_NOOP(
            "Compliance",
            "Advertising Law Art. 16–18: goods that are not medicines or medical devices may not "
            "claim to treat or cure disease or use medical terms; TikTok Shop bans unproven "
            "health claims.",
        ),
    ),
    "guarantee": (
        QT_TRANSLATE_NOOP("Compliance", "Guaranteed result"),
        QT_TRANSLATE_NOOP(
            "Compliance",
            "Advertising Law Art. 16 and 18 ban assurances of effect or safety; Art. 28 treats "
            "promises the goods cannot keep as false advertising.",
        ),
    ),
    "price": (
        QT_TRANSLATE_NOOP("Compliance", "Price or urgency claim"),
        QT_TRANSLATE_NOOP(
            "Compliance",
            "Advertising Law Art. 28 and the Rules on Price Fraud (2022): 'lowest ever' and "
            "'lowest on the web' need proof, or they are false advertising.",
        ),
    ),
    "off_platform": (
        QT_TRANSLATE_NOOP("Compliance", "Off-platform deal"),
        QT_TRANSLATE_NOOP(
            "Compliance",
            "Douyin and TikTok Shop rules ban sending buyers to pay or order outside the "
            "platform (WeChat, transfers, DMs).",
        ),
    ),
    "other_platform": (
        QT_TRANSLATE_NOOP("Compliance", "Names another platform"),
        QT_TRANSLATE_NOOP(
            "Compliance",
            "The platform's live rules ban naming or sending viewers to rival platforms.",
        ),
    ),
    "custom": (
        QT_TRANSLATE_NOOP("Compliance", "Your own list"),
        QT_TRANSLATE_NOOP("Compliance", "A phrase you added to the list."),
    ),
}
EXCEPTIONS_NOTE = QT_TRANSLATE_NOOP(
    "Compliance",
    "SAMR's guide on absolute terms (2023): words that only give an order in time or space "
    "(最近, 最后一件, 第一次), link numbers (link #1) and true material contents (100%棉) "
    "are not absolute claims.",
)


def _t(text: str) -> str:
    return translate("Compliance", text)


def category_label(category: str) -> str:
    label = CATEGORIES.get(category, CATEGORIES["custom"])[0]
    return translate("Compliance", label)


def category_note(category: str) -> str:
    note = CATEGORIES.get(category, CATEGORIES["custom"])[1]
    return translate("Compliance", note)


# ---- the default list ---------------------------------------------------------------------------
# (category, platform key or '' for every platform, phrases)
DEFAULT_AVOID: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "absolute",
        "",
        (
            "最",
            "最好",
            "最佳",
            "最强",
            "最高",
            "最高级",
            "最大",
            "最优",
            "最便宜",
            "最低",
            "第一",
            "全网第一",
            "销量第一",
            "排名第一",
            "第一品牌",
            "NO.1",
            "No 1",
            "TOP1",
            "唯一",
            "独一无二",
            "顶级",
            "极品",
            "极致",
            "国家级",
            "世界级",
            "全球级",
            "宇宙级",
            "100%",
            "百分百",
            "百分之百",
            "绝对",
            "永久",
            "万能",
            "王牌",
            "冠军",
            "巅峰",
            "终极",
            "史无前例",
            "前无古人",
            "全国首家",
            "首选",
            "#1",
            "number one",
            "No. 1",
            "best ever",
            "best in the world",
            "world's best",
            "the best in",
            "world-class",
            "world class",
            "unbeatable",
            "the only one",
            "100 percent",
            "permanent",
            "forever",
        ),
    ),
    (
        "medical",
        "",
        (
            "根治",
            "治疗",
            "治愈",
            "特效",
            "疗效",
            "药到病除",
            "包治百病",
            "抗癌",
            "防癌",
            "消炎",
            "降血压",
            "降血糖",
            "降血脂",
            "减肥神器",
            "无副作用",
            "零副作用",
            "排毒",
            "医用级",
            "处方级",
            "祛斑",
            "生发",
            "cure",
            "cures cancer",
            "heals",
            "miracle",
            "no side effects",
            "zero side effects",
            "anti-cancer",
            "detox",
            "medical grade",
            "clinically proven",
            "FDA approved",
            "doctor recommended",
            "lose weight fast",
        ),
    ),
    (
        "guarantee",
        "",
        (
            "保证",
            "包好",
            "包过",
            "零风险",
            "无效退款",
            "无效果退款",
            "立竿见影",
            "一次见效",
            "永不反弹",
            "百分百有效",
            "100%有效",
            "100%安全",
            "100% safe",
            "guaranteed results",
            "guaranteed to work",
            "results guaranteed",
            "risk-free",
            "risk free",
            "zero risk",
            "instant results",
            "100% effective",
            "works every time",
        ),
    ),
    (
        "price",
        "",
        (
            "史上最低",
            "史上最低价",
            "全网最低",
            "全网最低价",
            "最低价",
            "全网最便宜",
            "错过再等一年",
            "秒杀全网",
            "lowest price ever",
            "cheapest anywhere",
            "lowest price anywhere",
            "never this cheap again",
            "cheapest on the internet",
        ),
    ),
    (
        "off_platform",
        "",
        (
            "加微信",
            "加v",
            "加vx",
            "加我微信",
            "微信转账",
            "私下交易",
            "私聊下单",
            "dm me to order",
            "pay outside",
            "off-platform",
            "whatsapp me",
            "venmo me",
            "paypal me",
        ),
    ),
    ("other_platform", "douyin", ("淘宝", "拼多多", "京东", "快手")),
    ("other_platform", "tiktok shop", ("amazon", "temu", "shein")),
)
MATERIALS_ZH = ("棉", "纯棉", "羊毛", "羊绒", "蚕丝", "桑蚕丝", "真丝", "亚麻", "牛皮", "涤纶")
MATERIALS_EN = ("cotton", "wool", "cashmere", "silk", "linen", "leather", "polyester", "merino")
DEFAULT_ALLOW: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "",
        (
            "最近",
            "最后",
            "最后一件",
            "最后一天",
            "最后一波",
            "最初",
            "最终",
            "最少",
            "最多",
            "最早",
            "最晚",
            "最迟",
            "最新款",
            "第一次",
            "第一步",
            "第一天",
            "第一个",
            "第一件",
            "第一批",
            "第一眼",
            "第一季度",
            "第一波",
            "第一轮",
            "第一款",
            "绝对值",
            "保证金",
            "治疗仪",
            "first time",
            "first step",
            "link #1",
            "item #1",
            "product #1",
            *(f"100%{m}" for m in MATERIALS_ZH),
            *(f"100% {m}" for m in MATERIALS_EN),
        ),
    ),
)

# what the platform field may say -> the key the defaults use
_PLATFORM_ALIASES = {
    "抖音": "douyin",
    "抖音直播": "douyin",
    "tiktok": "tiktok shop",
    "tiktok live": "tiktok shop",
    "淘宝直播": "taobao live",
    "快手": "kuaishou",
    "小红书": "xiaohongshu",
}


def platform_key(name: str) -> str:
    """'Douyin', ' douyin ', '抖音' -> 'douyin'; '' stays '' (every platform)."""
    key = " ".join(normalise(name).split())
    return _PLATFORM_ALIASES.get(key, key)


def normalise(text: str) -> str:
    """Full-width to ASCII (NFKC) and case-folded: how phrases are compared and stored."""
    return unicodedata.normalize("NFKC", text).casefold().strip()


def _normalised_with_map(text: str) -> tuple[str, list[int]]:
    """The normalised text and, for each of its characters, the index in `text` it came from."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        n = unicodedata.normalize("NFKC", ch).casefold()
        out.append(n)
        where.extend([i] * len(n))
    return "".join(out), where


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _pattern(phrase: str) -> str:
    """A phrase as a regex: spaces match any run of spaces; an English word matches whole words
    (cure, cures, cured — never secure or curious); Chinese matches where it stands."""
    parts = [re.escape(p) for p in phrase.split()]
    body = r"\s*".join(parts)
    if _is_word_char(phrase[0]):
        body = r"(?<![a-z0-9])" + body
    if _is_word_char(phrase[-1]):
        suffix = r"(?:s|es|d|ed)?" if phrase[-1].isalpha() else ""
        body = body + suffix + r"(?![a-z0-9])"
    return body


@dataclass(frozen=True)
class Claim:
    """One listed phrase found in one text; start/end index the original text."""

    phrase: str  # as written in the text
    listed: str  # the list entry it matched
    category: str
    start: int
    end: int

    @property
    def label(self) -> str:
        return category_label(self.category)

    @property
    def why(self) -> str:
        return category_note(self.category)


@dataclass(frozen=True)
class Rules:
    """The effective list for one platform: phrases to avoid (phrase -> category) and exceptions."""

    avoid: dict[str, str]
    allow: tuple[str, ...]

    @cached_property
    def _avoid_re(self) -> re.Pattern[str] | None:
        if not self.avoid:
            return None
        order = sorted(self.avoid, key=lambda p: (-len(p), p))  # longest first at a position
        return re.compile("|".join(f"(?P<a{i}>{_pattern(p)})" for i, p in enumerate(order)))

    @cached_property
    def _order(self) -> list[str]:
        return sorted(self.avoid, key=lambda p: (-len(p), p))

    @cached_property
    def _allow_re(self) -> re.Pattern[str] | None:
        if not self.allow:
            return None
        order = sorted(set(self.allow), key=lambda p: (-len(p), p))
        return re.compile("|".join(_pattern(p) for p in order))

    def scan(self, text: str) -> tuple[Claim, ...]:
        """Every listed phrase in `text`, left to right, minus those inside an allowed exception."""
        if not text or self._avoid_re is None:
            return ()
        norm, where = _normalised_with_map(text)
        allowed: list[tuple[int, int]] = []
        if self._allow_re is not None:
            # overlapping exceptions too: scan from every start so 最后一件 and 第一次 both count
            pos = 0
            while pos < len(norm):
                m = self._allow_re.search(norm, pos)
                if m is None:
                    break
                allowed.append(m.span())
                pos = m.start() + 1
        claims: list[Claim] = []
        for m in self._avoid_re.finditer(norm):
            a, b = m.span()
            # inside a longer exception (最 in 最近); a phrase the seller lists as it is stays a hit
            if a == b or any(x <= a and b <= y and y - x > b - a for x, y in allowed):
                continue
            listed = self._order[int(str(m.lastgroup)[1:])]
            start, end = where[a], where[b - 1] + 1
            claims.append(Claim(text[start:end], listed, self.avoid[listed], start, end))
        return tuple(claims)


def default_rules(platform: str = "") -> Rules:
    return Rules(*_effective(platform_key(platform), []))


# ---- where a hit stands -------------------------------------------------------------------------
@dataclass(frozen=True)
class Place:
    """Where a text is written: a segment's cue, a lineup item's talking points, a product's
    selling points or notes."""

    kind: str  # segment / lineup / product
    field: str  # script / talking_points / selling_points / notes
    row_id: int  # segment, lineup item or product id
    number: int  # 1-based position in the run-of-show or lineup; 0 for a product
    name: str  # segment title, product name
    sku: str = ""

    def text(self) -> str:
        if self.kind == "segment":
            return _t("segment {n} “{title}” cue").format(n=self.number, title=self.name)
        if self.kind == "lineup":
            return _t("lineup item {n} “{name}” talking points").format(
                n=self.number, name=self.name
            )
        if self.field == "notes":
            return _t("product {sku} “{name}” notes").format(sku=self.sku, name=self.name)
        return _t("product {sku} “{name}” selling points").format(sku=self.sku, name=self.name)


@dataclass(frozen=True)
class Hit:
    claim: Claim
    place: Place

    def text(self) -> str:
        """'“最好” (Absolute claim) — segment 2 “Try-on” cue'"""
        return translate("Compliance", "“{phrase}” ({category}) — {where}").format(
            phrase=self.claim.phrase, category=self.claim.label, where=self.place.text()
        )


# ---- the seller's edits -------------------------------------------------------------------------
@dataclass(frozen=True)
class WordEntry:
    """One line of the list as the editing dialog shows it for a scope ('' or a platform)."""

    phrase: str
    kind: str  # avoid / allow
    category: str  # '' for an exception
    platform: str  # the scope it belongs to ('' = every platform)
    default: bool  # one of the built-in phrases
    removed: bool  # switched off (a default) in this scope or for every platform


def _defaults(key: str) -> tuple[dict[str, str], dict[str, str], list[str], list[str]]:
    """(avoid for all, avoid for `key`, allow for all, allow for `key`) from the built-in list."""
    avoid_all: dict[str, str] = {}
    avoid_own: dict[str, str] = {}
    for category, platform, phrases in DEFAULT_AVOID:
        target = avoid_all if not platform else avoid_own if platform == key else None
        if target is not None:
            for p in phrases:
                target.setdefault(normalise(p), category)
    allow_all = [normalise(p) for plat, ps in DEFAULT_ALLOW if not plat for p in ps]
    allow_own = [normalise(p) for plat, ps in DEFAULT_ALLOW if plat and plat == key for p in ps]
    return avoid_all, avoid_own, allow_all, allow_own


def _effective(key: str, rows: Sequence[ComplianceWord]) -> tuple[dict[str, str], tuple[str, ...]]:
    avoid_all, avoid_own, allow_all, allow_own = _defaults(key)
    avoid = {**avoid_all, **avoid_own}
    allow = dict.fromkeys(allow_all + allow_own)
    scoped = [r for r in rows if r.platform in ("", key)]
    # every-platform rows first, so a platform's own edit wins over them
    for r in sorted(scoped, key=lambda r: r.platform != ""):
        if r.kind == "avoid":
            if r.removed:
                avoid.pop(r.phrase, None)
            else:
                avoid[r.phrase] = r.category or "custom"
        elif r.removed:
            allow.pop(r.phrase, None)
        else:
            allow[r.phrase] = None
    return avoid, tuple(allow)


def rules_in(session: Session, platform: str) -> Rules:
    """The effective list for a show on `platform` ('' = only what applies to every platform)."""
    key = platform_key(platform)
    rows = session.scalars(
        select(ComplianceWord).where(ComplianceWord.platform.in_(["", key]))
    ).all()
    return Rules(*_effective(key, rows))


def scan_show_in(session: Session, show: Show, rules: Rules | None = None) -> list[Hit]:
    """Every hit in the show: cues in running order, then talking points, then the lineup's
    products' selling points and notes."""
    rules = rules or rules_in(session, show.platform or "")
    hits: list[Hit] = []
    segs = sorted(show.segments, key=lambda s: (s.position, s.id))
    for n, seg in enumerate(segs, start=1):
        place = Place("segment", "script", seg.id, n, seg.title or "")
        hits += [Hit(c, place) for c in rules.scan(seg.script or "")]
    items = sorted(show.lineup, key=lambda li: (li.position, li.id))
    for n, li in enumerate(items, start=1):
        place = Place("lineup", "talking_points", li.id, n, li.name or li.sku, li.sku)
        hits += [Hit(c, place) for c in rules.scan(li.talking_points or "")]
    ids = list(dict.fromkeys(li.product_id for li in items if li.product_id is not None))
    products = {p.id: p for p in session.scalars(select(Product).where(Product.id.in_(ids)))}
    for pid in ids:
        if pid in products:
            hits += _product_hits(rules, products[pid])
    return hits


def _product_hits(rules: Rules, p: Product) -> list[Hit]:
    out: list[Hit] = []
    for field in ("selling_points", "notes"):
        place = Place("product", field, p.id, 0, p.name or "", p.sku)
        out += [Hit(c, place) for c in rules.scan(getattr(p, field) or "")]
    return out


class ComplianceService:
    """The word list (defaults plus the seller's edits) and scans over a Store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def rules(self, platform: str = "") -> Rules:
        with self.store.session() as s:
            return rules_in(s, platform)

    def scan_show(self, show_id: int) -> list[Hit]:
        with self.store.session() as s:
            show = s.get(Show, show_id)
            return scan_show_in(s, show) if show is not None else []

    def scan_products(self, product_ids: Iterable[int] | None = None) -> list[Hit]:
        """Catalog products against what applies to every platform."""
        with self.store.session() as s:
            rules = rules_in(s, "")
            q = select(Product).order_by(Product.sku)
            if product_ids is not None:
                q = q.where(Product.id.in_(list(product_ids)))
            return [h for p in s.scalars(q) for h in _product_hits(rules, p)]

    # ---- editing ------------------------------------------------------------------------------
    def entries(self, platform: str = "") -> list[WordEntry]:
        """The list for one scope: defaults (marked when switched off) and the seller's phrases,
        phrases to avoid first (by category), then exceptions."""
        key = platform_key(platform)
        with self.store.session() as s:
            rows = s.scalars(
                select(ComplianceWord).where(ComplianceWord.platform.in_(["", key]))
            ).all()
        avoid_all, avoid_own, allow_all, allow_own = _defaults(key)
        removed = {(r.kind, r.phrase) for r in rows if r.removed}
        out: list[WordEntry] = []
        for phrase, cat in {**avoid_all, **avoid_own}.items():
            scope = key if phrase in avoid_own and phrase not in avoid_all else ""
            out.append(WordEntry(phrase, "avoid", cat, scope, True, ("avoid", phrase) in removed))
        for phrase in dict.fromkeys(allow_all + allow_own):
            scope = key if phrase in allow_own and phrase not in allow_all else ""
            out.append(WordEntry(phrase, "allow", "", scope, True, ("allow", phrase) in removed))
        known = {(e.kind, e.phrase) for e in out}
        for r in rows:
            if not r.removed and (r.kind, r.phrase) not in known:
                out.append(WordEntry(r.phrase, r.kind, r.category, r.platform, False, False))
                known.add((r.kind, r.phrase))
        cats = list(CATEGORIES)
        out.sort(
            key=lambda e: (
                e.kind != "avoid",
                cats.index(e.category) if e.category in cats else len(cats),
                e.removed,
            )
        )
        return out

    def add(self, platform: str, phrase: str, kind: str = "avoid", category: str = "custom") -> str:
        """Add a phrase to avoid (or an exception) for `platform` ('' = every platform); a default
        switched off there comes back. Returns the stored (normalised) phrase."""
        norm = normalise(phrase)
        if not norm:
            raise ValueError(translate("Compliance", "Type a phrase first."))
        if len(norm) > 200:
            raise ValueError(translate("Compliance", "A phrase is at most 200 characters."))
        if kind not in ("avoid", "allow"):
            raise ValueError(f"unknown kind {kind!r}")
        key = platform_key(platform)
        with self.store.transaction() as s:
            row = self._row(s, key, kind, norm)
            if row is None:
                row = ComplianceWord(platform=key, kind=kind, phrase=norm)
                s.add(row)
            row.removed = False
            row.category = category if kind == "avoid" else ""
        return norm

    def remove(self, platform: str, phrase: str, kind: str = "avoid") -> None:
        """Take a phrase off the list for `platform`: the seller's own is deleted, a default is
        switched off (Reset brings it back)."""
        norm = normalise(phrase)
        key = platform_key(platform)
        avoid_all, avoid_own, allow_all, allow_own = _defaults(key)
        default = norm in (
            {**avoid_all, **avoid_own} if kind == "avoid" else set(allow_all + allow_own)
        )
        with self.store.transaction() as s:
            row = self._row(s, key, kind, norm)
            if default or (key and self._row(s, "", kind, norm) is not None):
                if row is None:
                    row = ComplianceWord(platform=key, kind=kind, phrase=norm, category="")
                    s.add(row)
                row.removed = True
            elif row is not None:
                s.delete(row)

    def reset(self, platform: str | None = "") -> int:
        """Back to the defaults for `platform` ('' = the every-platform edits, None = all edits).
        Returns how many edits were dropped."""
        with self.store.transaction() as s:
            q = delete(ComplianceWord)
            if platform is not None:
                q = q.where(ComplianceWord.platform == platform_key(platform))
            return int(s.execute(q).rowcount or 0)  # type: ignore[attr-defined]

    def edited_platforms(self) -> list[str]:
        """Platforms with their own edits (for the dialog's platform list)."""
        with self.store.session() as s:
            names = s.scalars(
                select(ComplianceWord.platform).where(ComplianceWord.platform != "").distinct()
            ).all()
        return sorted(names)

    @staticmethod
    def _row(s: Session, key: str, kind: str, phrase: str) -> ComplianceWord | None:
        return s.scalars(
            select(ComplianceWord).where(
                ComplianceWord.platform == key,
                ComplianceWord.kind == kind,
                ComplianceWord.phrase == phrase,
            )
        ).first()


# ---- the Check item -----------------------------------------------------------------------------
def script_check_title() -> str:
    return translate("Compliance", "Script compliance")


def script_result(hits: Sequence[Hit] | None) -> ProbeResult:
    """The Check item 'Script compliance': warns (never blocks) with each phrase and where it
    stands; skipped when the check belongs to no show."""
    title = script_check_title()
    threshold = _t("no absolute, medical, guarantee or price claims in what the host will say")
    if hits is None:
        return ProbeResult(
            "script",
            title,
            Status.SKIPPED,
            _t("no show chosen"),
            {},
            threshold,
            _t("Choose the show to check its cues, talking points and selling points."),
            required=False,
        )
    values: dict[str, object] = {
        "hits": [
            {
                "phrase": h.claim.phrase,
                "category": h.claim.category,
                "where": h.place.text(),
                "kind": h.place.kind,
                "field": h.place.field,
                "id": h.place.row_id,
                "start": h.claim.start,
                "end": h.claim.end,
            }
            for h in hits
        ]
    }
    if not hits:
        return ProbeResult(
            "script",
            title,
            Status.PASS,
            _t("no banned claims found"),
            values,
            threshold,
            required=False,
        )
    return ProbeResult(
        "script",
        title,
        Status.WARN,
        _t("{n} phrase(s) to say differently").format(n=len(hits)),
        values,
        threshold,
        "; ".join(h.text() for h in hits),
        required=False,
    )
