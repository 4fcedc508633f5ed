"""Comment labelling: sentiment and topic from an editable keyword list (English and Chinese).

The built-in list is used until the user edits it (then `ReviewKeyword` holds the whole list).
A label the user corrected is kept: relabelling skips corrected comments.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from livestudio.core.i18n import translate
from livestudio.core.models.review import (
    SENTIMENTS,
    TOPICS,
    ReviewComment,
    ReviewKeyword,
    ReviewLearnedLabel,
)
from livestudio.core.money import normalise_text
from livestudio.core.review.comment_nlp import CommentLabel, label_comment, normalise

DEFAULT_KEYWORDS: dict[str, tuple[str, ...]] = {
    "sentiment:positive": (
        "love",
        "great",
        "good",
        "nice",
        "beautiful",
        "amazing",
        "perfect",
        "recommend",
        "worth it",
        "thank",
        "thanks",
        "awesome",
        "cute",
        "soft",
        "comfortable",
        "bought",
        "got it",
        "好看",
        "喜欢",
        "爱了",
        "不错",
        "好用",
        "质量好",
        "划算",
        "值",
        "推荐",
        "漂亮",
        "舒服",
        "已拍",
        "已下单",
        "太美",
        "绝了",
        "好评",
        "便宜",
        "谢谢",
        "支持",
    ),
    "sentiment:negative": (
        "bad",
        "broken",
        "fake",
        "expensive",
        "too expensive",
        "slow",
        "late",
        "never arrived",
        "refund",
        "return",
        "disappointed",
        "poor",
        "cheap quality",
        "doesn't work",
        "not worth",
        "scam",
        "boring",
        "rude",
        "lag",
        "can't hear",
        "out of stock",
        "sold out",
        "太贵",
        "贵",
        "不好",
        "差",
        "质量差",
        "假货",
        "退货",
        "退款",
        "慢",
        "没发货",
        "还没到",
        "失望",
        "坑",
        "不值",
        "难看",
        "卡",
        "听不清",
        "没货",
        "抢不到",
        "骗",
        "无聊",
        "色差",
        "起球",
        "掉色",
    ),
    "topic:quality": (
        "quality",
        "broken",
        "fake",
        "material",
        "fabric",
        "durable",
        "poor",
        "cheap quality",
        "pilling",
        "fade",
        "质量",
        "材质",
        "面料",
        "做工",
        "假货",
        "起球",
        "掉色",
        "正品",
        "耐用",
    ),
    "topic:design": (
        "design",
        "color",
        "colour",
        "style",
        "size",
        "fit",
        "looks",
        "beautiful",
        "cute",
        "pretty",
        "款式",
        "色号",
        "颜色",
        "色差",
        "尺码",
        "设计",
        "好看",
        "难看",
        "漂亮",
        "版型",
        "大小",
    ),
    "topic:price": (
        "price",
        "expensive",
        "cheap",
        "discount",
        "coupon",
        "deal",
        "worth",
        "cost",
        "$",
        "¥",
        "价格",
        "贵",
        "便宜",
        "优惠",
        "优惠券",
        "折扣",
        "划算",
        "值",
        "多少钱",
        "秒杀",
        "福利",
    ),
    "topic:host": (
        "host",
        "you",
        "voice",
        "explain",
        "talk",
        "rude",
        "boring",
        "lag",
        "can't hear",
        "sound",
        "主播",
        "讲解",
        "声音",
        "听不清",
        "卡",
        "无聊",
        "小姐姐",
        "介绍",
        "语速",
    ),
    "topic:logistics": (
        "shipping",
        "delivery",
        "arrive",
        "arrived",
        "late",
        "refund",
        "return",
        "package",
        "courier",
        "after-sales",
        "customer service",
        "out of stock",
        "sold out",
        "发货",
        "快递",
        "物流",
        "退货",
        "退款",
        "售后",
        "客服",
        "包邮",
        "到货",
        "没货",
        "抢不到",
        "没发货",
    ),
}


def _t(text: str) -> str:
    return translate("ReviewFeedback", text)


def sentiment_label(key: str) -> str:
    return {"positive": _t("Positive"), "negative": _t("Negative"), "neutral": _t("Neutral")}.get(
        key, key
    )


def topic_label(key: str) -> str:
    return {
        "quality": _t("Product quality"),
        "design": _t("Design"),
        "price": _t("Price"),
        "host": _t("Host / stream"),
        "logistics": _t("Logistics / after-sales"),
        "purchase": _t("Buying / link"),
        "size": _t("Size / fit"),
        "other": _t("Other"),
    }.get(key, key)


@dataclass
class Labeller:
    """Labels comments with core/review/comment_nlp.py. The user's edited keyword list still
    counts: its sentiment words join the lexicon, its topic words win their topic. Phrases the
    seller corrected (`learned`) get their corrected labels."""

    keywords: dict[str, tuple[str, ...]]
    learned: dict[str, CommentLabel] = field(default_factory=dict)

    @classmethod
    def from_session(cls, session: Session) -> Labeller:
        learned = {
            r.text_norm: CommentLabel(r.sentiment, r.question, r.topic)
            for r in session.scalars(select(ReviewLearnedLabel))
        }
        return cls(load_keywords(session), learned)

    def _user_words(self, group: str) -> tuple[str, ...]:
        if self.keywords == DEFAULT_KEYWORDS:
            return ()
        return tuple(w.lower() for w in self.keywords.get(group, ()) if w)

    def label_full(self, raw: str) -> CommentLabel:
        found = label_comment(raw, self.learned)
        if normalise(raw) in self.learned or self.keywords == DEFAULT_KEYWORDS:
            return found
        text = normalise(raw)
        sentiment, topic = found.sentiment, found.topic
        pos = sum(1 for w in self._user_words("sentiment:positive") if w in text)
        neg = sum(1 for w in self._user_words("sentiment:negative") if w in text)
        if neg > pos and sentiment != "negative":
            sentiment = "negative"
        elif pos > neg and sentiment == "neutral":
            sentiment = "positive"
        for t in TOPICS:
            if any(w in text for w in self._user_words(f"topic:{t}")):
                topic = t
                break
        return CommentLabel(sentiment, found.question, topic, found.score)

    def label(self, raw: str) -> tuple[str, str]:
        found = self.label_full(raw)
        return found.sentiment, found.topic


def load_keywords(session: Session) -> dict[str, tuple[str, ...]]:
    rows = session.scalars(select(ReviewKeyword).order_by(ReviewKeyword.id)).all()
    if not rows:
        return dict(DEFAULT_KEYWORDS)
    out: dict[str, list[str]] = {g: [] for g in DEFAULT_KEYWORDS}
    for r in rows:
        out.setdefault(r.group, []).append(r.word)
    return {g: tuple(ws) for g, ws in out.items()}


def save_keywords(session: Session, keywords: dict[str, Iterable[str]]) -> None:
    """Replace the whole list (the user's edits)."""
    session.execute(delete(ReviewKeyword))
    for group, words in keywords.items():
        if group not in DEFAULT_KEYWORDS:
            raise KeyError(group)
        seen: set[str] = set()
        for w in words:
            w = normalise_text(w)
            if w and w.lower() not in seen:
                seen.add(w.lower())
                session.add(ReviewKeyword(group=group, word=w))


def relabel(session: Session, show_id: int) -> int:
    """Label every comment again with the current list; corrected ones are left alone. Returns changes."""
    labeller = Labeller.from_session(session)
    changed = 0
    for c in session.scalars(select(ReviewComment).where(ReviewComment.show_id == show_id)):
        if c.corrected:
            continue
        found = labeller.label_full(c.text)
        if (found.sentiment, found.topic, found.question) != (c.sentiment, c.topic, c.question):
            c.sentiment, c.topic, c.question = found.sentiment, found.topic, found.question
            changed += 1
    return changed


def correct(
    session: Session,
    comment_id: int,
    sentiment: str | None = None,
    topic: str | None = None,
    question: bool | None = None,
) -> None:
    """The seller's label for a comment; the same phrase gets it next time (in any show)."""
    c = session.get(ReviewComment, comment_id)
    if c is None:
        raise KeyError(comment_id)
    if question is not None:
        c.question = question
    if sentiment is not None:
        if sentiment not in SENTIMENTS:
            raise ValueError(sentiment)
        c.sentiment = sentiment
    if topic is not None:
        if topic not in TOPICS:
            raise ValueError(topic)
        c.topic = topic
    c.corrected = True
    key = normalise(c.text)[:500]
    row = session.scalar(select(ReviewLearnedLabel).where(ReviewLearnedLabel.text_norm == key))
    if row is None:
        row = ReviewLearnedLabel(text_norm=key, sentiment=c.sentiment, topic=c.topic)
        session.add(row)
    row.sentiment, row.topic, row.question = c.sentiment, c.topic, bool(c.question)


def add_pasted(session: Session, show_id: int, text: str) -> int:
    """Comments pasted as lines: 'text', 'mm:ss text', 'h:mm:ss text', 'user: text' or tab-separated."""
    from livestudio.core.durations import DurationError, parse_duration

    labeller = Labeller.from_session(session)
    added = 0
    for line in text.splitlines():
        line = normalise_text(line)
        if not line:
            continue
        offset = None
        author = ""
        m = re.match(r"^(\d{1,2}:\d{2}(?::\d{2})?)\s+(.*)$", line)
        if m:
            try:
                offset = parse_duration(m.group(1))
                line = m.group(2)
            except DurationError:
                pass
        if "\t" in line:
            author, _, line = line.partition("\t")
        found = labeller.label_full(line)
        session.add(
            ReviewComment(
                show_id=show_id,
                offset_ms=offset,
                author=author.strip(),
                text=line.strip(),
                sentiment=found.sentiment,
                topic=found.topic,
                question=found.question,
                source="paste",
            )
        )
        added += 1
    return added


def import_live_comments(session: Session, show_id: int) -> int:
    """Copy the comments logged during the live run (with their times) into the feedback list, once."""
    from livestudio.core.live.summary import run_summary as load_run

    run = load_run(session, show_id)
    if run is None:
        return 0
    existing = {
        (c.offset_ms, c.text)
        for c in session.scalars(select(ReviewComment).where(ReviewComment.show_id == show_id))
    }
    labeller = Labeller.from_session(session)
    added = 0
    for e in run.entries:
        if e.kind != "comment" or not e.text.strip() or (e.offset_ms, e.text.strip()) in existing:
            continue
        found = labeller.label_full(e.text)
        session.add(
            ReviewComment(
                show_id=show_id,
                offset_ms=e.offset_ms,
                text=e.text.strip(),
                sentiment=found.sentiment,
                topic=found.topic,
                question=found.question,
                source="live",
            )
        )
        existing.add((e.offset_ms, e.text.strip()))
        added += 1
    return added


@dataclass
class FeedbackStats:
    total: int
    by_sentiment: dict[str, int]
    by_topic: dict[str, int]
    negative_by_topic: dict[str, int]
    examples: dict[str, list[str]]  # topic -> a few negative examples (then any)


def feedback_stats(comments: list[ReviewComment]) -> FeedbackStats:
    by_s = Counter(c.sentiment for c in comments)
    by_t = Counter(c.topic for c in comments)
    neg_t = Counter(c.topic for c in comments if c.sentiment == "negative")
    examples: dict[str, list[str]] = {}
    for topic in TOPICS:
        neg = [c.text for c in comments if c.topic == topic and c.sentiment == "negative"]
        rest = [c.text for c in comments if c.topic == topic and c.sentiment != "negative"]
        examples[topic] = (neg + rest)[:3]
    return FeedbackStats(
        total=len(comments),
        by_sentiment={s: by_s.get(s, 0) for s in SENTIMENTS},
        by_topic={t: by_t.get(t, 0) for t in TOPICS},
        negative_by_topic={t: neg_t.get(t, 0) for t in TOPICS},
        examples=examples,
    )
