"""What to change next time: deterministic rules, each finding with its evidence and a suggested action.

The rules (also listed in the app's help through `RULES`):
1. viewer_drop      the segment where online viewers fell most (start -> end of the segment).
2. interest_no_buy  products with click-through above the median but click-to-order below it.
3. low_sell_through promotions that sold under 50 % of their quantity limit.
4. overrun          segments that ran over their planned time by more than 1 minute and 20 %, worst first (top 3).
5. stream_problem   online viewers fell 15 % or more while OBS reported reconnecting / dropping.
6. giveaway_participation  lotteries and gifts with few more comments than the minutes before.
7. questions_most   a topic viewers asked about at least 3 times, with what to add to the plan.
8. negative_topic   topics with at least 3 negative comments (or 20 % of all negatives), most first.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from livestudio.core.durations import format_duration
from livestudio.core.i18n import QT_TRANSLATE_NOOP, translate
from livestudio.core.review.data import ReviewData
from livestudio.core.review.feedback import feedback_stats, topic_label
from livestudio.core.review.kpis import promo_results

SELL_THROUGH_LOW = 0.5
OVERRUN_MIN_MS = 60_000
OVERRUN_MIN_FRACTION = 0.2
NEGATIVE_MIN = 3
NEGATIVE_SHARE = 0.2


def _t(text: str) -> str:
    return translate("ReviewFindings", text)


def rules() -> list[tuple[str, str]]:
    return [
        (
            "viewer_drop",
            _t(
                "Largest viewer drop: the segment where online viewers fell most from its start to its end."
            ),
        ),
        (
            "interest_no_buy",
            _t(
                "Interest without purchase: click-through above the median of the show's products, "
                "click-to-order below it."
            ),
        ),
        (
            "low_sell_through",
            _t("Low promotion sell-through: under 50% of the quantity limit sold."),
        ),
        (
            "overrun",
            _t(
                "Overrunning segments: more than 1 minute and 20% over the planned time (worst three)."
            ),
        ),
        (
            "stream_problem",
            _t(
                "Viewers lost during a stream problem: online viewers fell by 15% or more while OBS "
                "reported the stream reconnecting or dropping frames."
            ),
        ),
        (
            "giveaway_participation",
            _t(
                "Lotteries and gifts are judged by participation: comments during the giveaway "
                "against the same minutes before it."
            ),
        ),
        (
            "questions_most",
            _t("Questions asked most: a topic viewers asked about at least 3 times."),
        ),
        (
            "negative_topic",
            _t(
                "Negative feedback cluster: a topic with at least 3 negative comments "
                "or 20% of all negative comments."
            ),
        ),
        _traffic_rule(),
    ]


def _traffic_rule() -> tuple[str, str]:
    from livestudio.core.review import traffic  # imports this module: only at call time

    return traffic.FINDING_RULE, traffic.rule_text()


def sort_findings(found: list[Finding]) -> list[Finding]:
    order = {r: i for i, (r, _) in enumerate(rules())}
    return sorted(found, key=lambda f: (-f.severity, order.get(f.rule, len(order)), f.title))


@dataclass
class Finding:
    rule: str
    title: str
    evidence: str
    action: str
    severity: int  # higher = more important; used for ordering
    at_ms: int | None = None


def find(d: ReviewData) -> list[Finding]:
    out: list[Finding] = []
    out += _viewer_drop(d)
    out += _interest_without_purchase(d)
    out += _low_sell_through(d)
    out += _overruns(d)
    out += _stream_problems(d)
    out += _giveaways(d)
    out += _questions_most(d)
    out += _negative_topics(d)
    return sort_findings(out)


def _viewer_drop(d: ReviewData) -> list[Finding]:
    worst = None
    for st in d.band_stats():
        ch = st.viewers_change
        if ch is not None and ch < 0 and (worst is None or ch < (worst.viewers_change or 0)):
            worst = st
    if worst is None:
        return []
    b = worst.band
    start, end = worst.viewers_start or 0, worst.viewers_end or 0
    pct = (start - end) / start * 100 if start else 0
    return [
        Finding(
            "viewer_drop",
            _t("Viewers left during “{segment}”").format(segment=b.title or b.kind),
            _t(
                "Online viewers fell from {start:,} to {end:,} ({pct:.0f}% lost) between {t0} and {t1}."
            ).format(
                start=start,
                end=end,
                pct=pct,
                t0=format_duration(b.start_ms),
                t1=format_duration(b.end_ms),
            ),
            _t(
                "Shorten this segment or open it with a hook (a giveaway, a price reveal, a question to the room)."
            ),
            severity=3 if pct >= 20 else 2,
            at_ms=b.start_ms,
        )
    ]


def _interest_without_purchase(d: ReviewData) -> list[Finding]:
    rows = []
    for p in d.products:
        if p.impressions and p.clicks and p.orders is not None:
            rows.append((p, p.clicks / p.impressions, p.orders / p.clicks))
    if len(rows) < 3:
        return []
    ctr_med = statistics.median(r[1] for r in rows)
    c2o_med = statistics.median(r[2] for r in rows)
    out = []
    for p, ctr, c2o in sorted(rows, key=lambda r: (r[2] - c2o_med, -(r[1]), r[0].name)):
        if ctr > ctr_med and c2o < c2o_med:
            name = p.name or p.sku
            out.append(
                Finding(
                    "interest_no_buy",
                    _t("Interest without purchase: {product}").format(product=name),
                    _t(
                        "Click-through {ctr:.1f}% (median {ctr_med:.1f}%), but click-to-order {c2o:.1f}% "
                        "(median {c2o_med:.1f}%): {clicks:,} clicks, {orders:,} orders."
                    ).format(
                        ctr=ctr * 100,
                        ctr_med=ctr_med * 100,
                        c2o=c2o * 100,
                        c2o_med=c2o_med * 100,
                        clicks=p.clicks or 0,
                        orders=p.orders or 0,
                    ),
                    _t(
                        "Check the price or the demonstration: show it in use, answer the size/quality questions, "
                        "compare with the shop price."
                    ),
                    severity=2,
                )
            )
    return out


def _low_sell_through(d: ReviewData) -> list[Finding]:
    out = []
    for p in promo_results(d):
        w = p["window"]
        if w.is_giveaway:  # nothing is sold: see _giveaways
            continue
        if p["sell_through"] is None or p["sell_through"] >= SELL_THROUGH_LOW:
            continue
        out.append(
            Finding(
                "low_sell_through",
                _t("Promotion sold slowly: {promo}").format(promo=w.title),
                _t("{units} of {limit} sold ({pct:.0f}%) between {t0} and {t1}.").format(
                    units=p["units"],
                    limit=w.quantity_limit,
                    pct=p["sell_through"] * 100,
                    t0=format_duration(w.start_ms),
                    t1=format_duration(w.end_ms),
                ),
                _t(
                    "Warm it up earlier (announce it a segment before), lower the quantity, or pick a stronger product."
                ),
                severity=2,
                at_ms=w.start_ms,
            )
        )
    return out


def _overruns(d: ReviewData) -> list[Finding]:
    over = []
    for b in d.bands():
        if not b.actual:
            continue
        extra = b.duration_ms - b.planned_ms
        if (
            extra > OVERRUN_MIN_MS
            and b.planned_ms > 0
            and extra > OVERRUN_MIN_FRACTION * b.planned_ms
        ):
            over.append((extra, b))
    over.sort(key=lambda x: (-x[0], x[1].position))
    return [
        Finding(
            "overrun",
            _t("“{segment}” overran").format(segment=b.title or b.kind),
            _t("Planned {planned}, ran {actual} (+{extra}, +{pct:.0f}%).").format(
                planned=format_duration(b.planned_ms),
                actual=format_duration(b.duration_ms),
                extra=format_duration(extra),
                pct=extra / b.planned_ms * 100,
            ),
            _t("Plan more time for it next show, or trim the script and set a cue to move on."),
            severity=1,
            at_ms=b.start_ms,
        )
        for extra, b in over[:3]
    ]


def _negative_topics(d: ReviewData) -> list[Finding]:
    stats = feedback_stats(d.comments)
    total_neg = stats.by_sentiment.get("negative", 0)
    if total_neg == 0:
        return []
    actions = {
        "quality": _t(
            "Show the material close up and answer quality questions on camera; check the batch."
        ),
        "design": _t("Show more colours / sizes on a model and give a size guide."),
        "price": _t(
            "Explain the value (compare with the shop price, bundle, coupon) before revealing the price."
        ),
        "host": _t("Fix the audio / pace; rehearse the explanation; answer questions by name."),
        "purchase": _t("Say the link number on screen and pin it; restock or say when it returns."),
        "size": _t("Put a size chart in the Lineup talking points and try the sizes on camera."),
        "logistics": _t(
            "State shipping times and the return policy on screen; brief customer service."
        ),
        "other": _t("Read these comments and decide whether they need a reply or a change."),
    }
    out = []
    items = sorted(stats.negative_by_topic.items(), key=lambda kv: (-kv[1], kv[0]))
    for topic, n in items:
        if n >= NEGATIVE_MIN or (n > 0 and n / total_neg >= NEGATIVE_SHARE and n >= 2):
            examples = [
                c.text for c in d.comments if c.topic == topic and c.sentiment == "negative"
            ][:3]
            out.append(
                Finding(
                    "negative_topic",
                    _t("Negative feedback about {topic}").format(topic=topic_label(topic).lower()),
                    _t("{n} negative comments ({pct:.0f}% of negatives), e.g. {examples}").format(
                        n=n,
                        pct=n / total_neg * 100,
                        examples=" / ".join(f"“{e}”" for e in examples),
                    ),
                    actions[topic],
                    severity=2 if n >= 5 else 1,
                )
            )
    return out


STREAM_DROP_SHARE = 0.15
GIVEAWAY_UPLIFT_LOW = 1.2
QUESTIONS_MIN = 3

QUESTION_ACTIONS = {
    "size": QT_TRANSLATE_NOOP("ReviewFindings", "add a size chart to the Lineup talking points"),
    "purchase": QT_TRANSLATE_NOOP(
        "ReviewFindings", "say the link number on screen and pin the product when you show it"
    ),
    "price": QT_TRANSLATE_NOOP(
        "ReviewFindings", "show the price, coupon and bundle on a card before viewers ask"
    ),
    "logistics": QT_TRANSLATE_NOOP(
        "ReviewFindings", "put shipping times and the return policy on screen"
    ),
    "quality": QT_TRANSLATE_NOOP(
        "ReviewFindings", "show the material close up and say what it is made of"
    ),
    "design": QT_TRANSLATE_NOOP(
        "ReviewFindings", "show every colour on camera and say which are in stock"
    ),
    "host": QT_TRANSLATE_NOOP("ReviewFindings", "answer questions by name every few minutes"),
    "other": QT_TRANSLATE_NOOP("ReviewFindings", "read these questions and answer the common ones"),
}


def _problem_spans(d: ReviewData) -> list[tuple[int, int, str]]:
    """(start, end, what) of the stretches OBS reported trouble in, from the health track."""
    spans: list[tuple[int, int, str]] = []
    start: int | None = None
    what = ""
    for h in d.health:
        bad = h.reconnecting or (h.dropped_pct is not None and h.dropped_pct > 5)
        if bad and start is None:
            start = h.offset_ms
            what = "reconnecting" if h.reconnecting else "dropping"
        elif bad and h.reconnecting:
            what = "reconnecting"
        elif not bad and start is not None:
            spans.append((start, h.offset_ms, what))
            start = None
    if start is not None and d.health:
        spans.append((start, d.health[-1].offset_ms, what))
    return spans


def _online_at(d: ReviewData, at_ms: int) -> int | None:
    points = d.online_points()
    before = [v for t, v in points if t <= at_ms]
    return before[-1] if before else None


def _stream_problems(d: ReviewData) -> list[Finding]:
    out = []
    points = d.online_points()
    for start, end, what in _problem_spans(d):
        before = _online_at(d, start - 60_000)  # the minute before (a minute trend lags)
        after = [v for t, v in points if start <= t <= end + 120_000]
        if not before or not after:
            continue
        low = min(after)
        drop = (before - low) / before
        if drop < STREAM_DROP_SHARE:
            continue
        text = (
            _t("viewers fell {pct:.0f}% while the stream reconnected for {took} at {at}")
            if what == "reconnecting"
            else _t("viewers fell {pct:.0f}% while OBS dropped frames for {took} at {at}")
        )
        out.append(
            Finding(
                "stream_problem",
                _t("Viewers lost during a stream problem"),
                text.format(
                    pct=drop * 100, took=format_duration(end - start), at=format_duration(start)
                )
                + " "
                + _t("({before:,} → {low:,} online)").format(before=before, low=low),
                _t(
                    "Run the Check's OBS and upload tests before the show, use a cable instead "
                    "of Wi-Fi, and lower the bitrate if the upload is tight."
                ),
                severity=3,
                at_ms=start,
            )
        )
    return out


def _comments_between(d: ReviewData, t0: int, t1: int) -> int | None:
    if d.trend_has("comments"):
        return sum(p.comments or 0 for p in d.trend if t0 <= p.offset_ms < t1)
    timed = [c for c in d.comments if c.offset_ms is not None]
    if timed:
        return sum(1 for c in timed if t0 <= (c.offset_ms or 0) < t1)
    return None


def _giveaways(d: ReviewData) -> list[Finding]:
    out = []
    for w in d.promo_windows():
        if not w.is_giveaway:
            continue
        length = w.end_ms - w.start_ms
        during = _comments_between(d, w.start_ms, w.end_ms)
        before = _comments_between(d, w.start_ms - length, w.start_ms)
        if during is None or before is None:
            continue
        ratio = during / before if before else None
        if ratio is not None and ratio >= GIVEAWAY_UPLIFT_LOW:
            continue
        out.append(
            Finding(
                "giveaway_participation",
                _t("Few joined the giveaway: {promo}").format(promo=w.title),
                _t(
                    "{during} comments during it against {before} in the same minutes before "
                    "({t0}–{t1})."
                ).format(
                    during=during,
                    before=before,
                    t0=format_duration(w.start_ms),
                    t1=format_duration(w.end_ms),
                ),
                _t(
                    "Announce the prize and how to join (comment a word, follow, share) a segment "
                    "before, and show the countdown on screen."
                ),
                severity=1,
                at_ms=w.start_ms,
            )
        )
    return out


def _questions_most(d: ReviewData) -> list[Finding]:
    asked: dict[str, list[str]] = {}
    for c in d.comments:
        if getattr(c, "question", False):
            asked.setdefault(c.topic, []).append(c.text)
    out = []
    for topic, texts in sorted(asked.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        if len(texts) < QUESTIONS_MIN:
            continue
        action = translate("ReviewFindings", QUESTION_ACTIONS.get(topic, QUESTION_ACTIONS["other"]))
        out.append(
            Finding(
                "questions_most",
                _t("{topic} asked {n} times").format(topic=topic_label(topic), n=len(texts)),
                _t("e.g. {examples}").format(examples=" / ".join(f"“{t}”" for t in texts[:3])),
                _t("{topic} asked {n} times → {action}").format(
                    topic=topic_label(topic), n=len(texts), action=action
                ),
                severity=2 if len(texts) >= 10 else 1,
            )
        )
    return out
