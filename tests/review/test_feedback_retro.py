"""Feedback labelling and corrections; retrospective notes and action items sent to the next show."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from livestudio.core.db import Store
from livestudio.core.models.plan import PrepTask, Show
from livestudio.core.models.review import ReviewComment
from livestudio.core.review import feedback, retro

START = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "sentiment", "topic"),
    [
        ("口红颜色太好看了！", "positive", "design"),
        ("价格有点贵", "negative", "price"),
        ("主播声音听不清", "negative", "host"),
        ("质量怎么样，会不会掉色", "neutral", "quality"),  # a question, flagged apart
        ("上次的快递还没到", "negative", "logistics"),
        ("不好看", "negative", "design"),
        ("Love this shade, great quality!", "positive", "quality"),
        ("shipping was late and the box was broken", "negative", "logistics"),
        ("not good", "negative", "other"),
        ("what time is the next show", "neutral", "other"),
        ("这个不值这个价格", "negative", "price"),
    ],
)
def test_labels_in_english_and_chinese(text: str, sentiment: str, topic: str) -> None:
    assert feedback.Labeller(dict(feedback.DEFAULT_KEYWORDS)).label(text) == (sentiment, topic)


@pytest.fixture
def show_id(store: Store) -> int:
    with store.transaction() as s:
        show = Show(title="Live", scheduled_start=START)
        s.add(show)
        s.flush()
        return show.id


def test_pasted_comments_corrections_are_kept_when_relabelling(store: Store, show_id: int) -> None:
    with store.transaction() as s:
        n = feedback.add_pasted(
            s, show_id, "12:30 太贵了\n\n01:02:03\tlinda\tthe scarf is scratchy\n发货快吗"
        )
    assert n == 3
    with store.session() as s:
        rows = s.scalars(select(ReviewComment).order_by(ReviewComment.id)).all()
    assert [r.offset_ms for r in rows] == [750_000, 3_723_000, None]
    assert rows[1].author == "linda" and rows[1].text == "the scarf is scratchy"
    assert rows[2].question and rows[2].sentiment == "neutral"  # 发货快吗 asks
    itchy = rows[1]
    assert itchy.sentiment == "neutral"  # "scratchy" is not in the built-in lexicon
    with store.transaction() as s:
        feedback.correct(s, itchy.id, sentiment="negative", topic="quality")
    # the user teaches the list a new word; relabelling changes others but never a corrected one
    with store.transaction() as s:
        words = feedback.load_keywords(s)
        feedback.save_keywords(
            s,
            {
                **words,
                "sentiment:negative": (*words["sentiment:negative"], "scratchy"),
            },
        )
        s.add(
            ReviewComment(show_id=show_id, text="so scratchy", sentiment="neutral", topic="other")
        )
    with store.transaction() as s:
        changed = feedback.relabel(s, show_id)
    with store.session() as s:
        by_text = {r.text: r for r in s.scalars(select(ReviewComment))}
    assert changed >= 1
    assert (by_text["so scratchy"].sentiment, by_text["the scarf is scratchy"].topic) == (
        "negative",
        "quality",
    )
    assert by_text["the scarf is scratchy"].corrected
    # the correction is learnt: the same phrase in a later paste gets the seller's label
    with store.transaction() as s:
        feedback.add_pasted(s, show_id, "The scarf is  scratchy")
    with store.session() as s:
        again = s.scalars(select(ReviewComment).order_by(ReviewComment.id.desc())).first()
    assert again is not None and (again.sentiment, again.topic) == ("negative", "quality")
    with pytest.raises(ValueError), store.transaction() as s:
        feedback.correct(s, itchy.id, sentiment="angry")


def test_feedback_counts_with_examples(store: Store, show_id: int) -> None:
    with store.transaction() as s:
        feedback.add_pasted(s, show_id, "太贵了\n太贵了吧\n好看\n快递慢")
        stats = feedback.feedback_stats(list(s.scalars(select(ReviewComment))))
    assert stats.total == 4 and stats.by_sentiment == {"positive": 1, "negative": 3, "neutral": 0}
    assert stats.negative_by_topic["price"] == 2 and stats.examples["price"][0] == "太贵了"


def test_retro_notes_and_action_items_sent_to_the_next_show(store: Store, show_id: int) -> None:
    with store.transaction() as s:
        nxt = Show(title="Next week", scheduled_start=START + timedelta(days=7))
        later = Show(title="In two weeks", scheduled_start=START + timedelta(days=14))
        s.add_all([nxt, later])
        s.flush()
        s.add(PrepTask(show_id=nxt.id, position=0, title="Book the studio"))
        retro.save_notes(
            s,
            show_id,
            {
                "keep": ["Opening giveaway"],
                "problem": ["Lipstick overran 6 min", " "],
                "try": ["Scarf: fabric close-up first"],
            },
        )
        a = retro.add_action(s, show_id, "Film a fabric close-up", "Ya", START + timedelta(days=5))
        retro.add_action(s, show_id, "Brief customer service on returns", "Ming")
        next_id, action_id = nxt.id, a.id
    with store.transaction() as s:
        assert retro.notes(s, show_id) == {
            "keep": ["Opening giveaway"],
            "problem": ["Lipstick overran 6 min"],
            "try": ["Scarf: fabric close-up first"],
        }
        target = retro.next_show(s, show_id)
        assert target is not None and target.id == next_id
        made = retro.send_actions(s, show_id, target.id, [action_id])
    assert len(made) == 1
    with store.transaction() as s:
        again = retro.send_actions(s, show_id, next_id)  # the first is not sent twice
        tasks = s.scalars(
            select(PrepTask).where(PrepTask.show_id == next_id).order_by(PrepTask.position)
        ).all()
    assert len(again) == 1
    assert [(t.title, t.source, t.owner) for t in tasks] == [
        ("Book the studio", "", ""),
        ("Film a fabric close-up", f"review:{show_id}", "Ya"),
        ("Brief customer service on returns", f"review:{show_id}", "Ming"),
    ]
    assert tasks[1].due_at == START + timedelta(days=5) and tasks[1].phase == "before"
    with pytest.raises(ValueError), store.transaction() as s:
        retro.add_action(s, show_id, "  ")
