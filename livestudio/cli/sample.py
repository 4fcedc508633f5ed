"""`livestudio sample [--db PATH] [--language en|zh] [--remove]`: the sample show, headless."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any, add_db: Any) -> None:
    p = sub.add_parser("sample", help="add (or remove) the sample show to explore every workspace")
    add_db(p)
    p.add_argument(
        "--language",
        choices=("en", "zh"),
        default=None,
        help="language of the sample's content (default: the system language)",
    )
    p.add_argument("--remove", action="store_true", help="remove the sample shows and products")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from livestudio.cli import open_cli_store
    from livestudio.core import sample
    from livestudio.core.i18n import ui_language

    store = open_cli_store(args.db)
    try:
        if args.remove:
            shows, products = sample.remove_sample(store)
            print(f"removed {shows} sample shows and {products} sample products")
            return 0
        show_id = sample.add_sample(store, args.language or ui_language())
        print(f"sample show added: id {show_id} (remove it with: livestudio sample --remove)")
        return 0
    finally:
        store.close()
