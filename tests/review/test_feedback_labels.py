"""Comment labels a seller can act on: sentiment with negation and degree, a question flag apart
from sentiment, topics, and the seller's own corrections remembered by phrase."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from livestudio.core.review.comment_nlp import CommentLabel, label_comment, normalise

DATA = Path(__file__).parents[1] / "data" / "feedback"


@pytest.mark.parametrize(
    ("text", "sentiment"),
    [
        ("not bad", "positive"),
        ("not bad at all", "positive"),
        ("不太好", "negative"),
        ("这个不是很好用", "negative"),
        ("不贵很划算", "positive"),
        ("质量不差", "positive"),
        ("差不多", "neutral"),
        ("能用信用卡吗", "neutral"),
        ("有卡通图案的吗", "neutral"),
        ("贵州发货吗", "neutral"),
        ("绝了", "positive"),
        ("踩雷了", "negative"),
        ("别被骗了", "negative"),
        ("hardly works", "negative"),
        ("never buying this again", "negative"),
    ],
)
def test_negation_degree_and_words_that_only_look_alike(text: str, sentiment: str) -> None:
    assert label_comment(text).sentiment == sentiment


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("链接在哪", "purchase"),
        ("几号链接", "purchase"),
        ("有没有大码", "size"),
        ("会不会掉色", "quality"),
        ("包邮吗", "logistics"),
        ("do you have it in XL?", "size"),
        ("how much is it?", "price"),
    ],
)
def test_questions_are_flagged_apart_from_sentiment(text: str, topic: str) -> None:
    label = label_comment(text)
    assert label.question and label.sentiment == "neutral" and label.topic == topic


def test_a_correction_applies_to_the_same_phrase_next_time() -> None:
    text = "这个颜色有点特别"
    before = label_comment(text)
    learned = {normalise(text): CommentLabel("negative", False, "design")}
    assert label_comment("这个颜色有点特别 ", learned).sentiment == "negative"
    assert label_comment("这个颜色有点特别", learned) != before or before.sentiment == "negative"


def test_the_labelled_set_meets_the_floor() -> None:
    with (DATA / "comments.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    assert len(rows) >= 300
    labels = [label_comment(r["text"]) for r in rows]
    right = sum(1 for r, lab in zip(rows, labels, strict=True) if r["sentiment"] == lab.sentiment)
    questions = [lab.question for r, lab in zip(rows, labels, strict=True) if r["question"] == "1"]
    assert right / len(rows) >= 0.85
    assert sum(questions) / len(questions) >= 0.90
