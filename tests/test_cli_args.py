"""Command-line arguments that decide which store a command touches."""

from __future__ import annotations

from pathlib import Path

from livestudio.cli import build_parser


def test_db_given_before_the_subcommand_is_kept(tmp_path: Path) -> None:
    db = str(tmp_path / "mine.sqlite3")
    for argv in (["--db", db, "shows", "list"], ["shows", "list", "--db", db]):
        args = build_parser().parse_args(argv)
        assert args.db == db, argv


def test_no_db_means_the_default_store() -> None:
    assert build_parser().parse_args(["shows", "list"]).db is None
