"""Hand over to the GUI composition root (imported lazily so headless commands stay Qt-free)."""

from __future__ import annotations

import argparse


def open_gui(args: argparse.Namespace) -> int:
    if args.self_test:
        from permoney_desktop.selftest import run_self_test

        return run_self_test()
    from permoney_desktop.app import run_app

    return run_app(book=args.book, screenshot=args.screenshot, page=args.page)
