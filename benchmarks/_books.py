"""Demo books of a given size for the benchmarks, built once with ``permoney demo`` and cached.

Books live in ``benchmarks/.books/`` (gitignored). Benchmarks copy a cached book before
changing it, so every run starts from the same file.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
BOOKS = HERE / ".books"
YEARS = 10
END = "2025-12-31"
SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000}


def permoney(*args: str, book: Path) -> subprocess.CompletedProcess[str]:
    """Run the CLI as a user would (a fresh process), failing loudly."""
    cmd = [sys.executable, "-m", "permoney_desktop", "--book", str(book), *args]
    return subprocess.run(cmd, check=True, capture_output=True, text=True)


def cached_book(size: str) -> Path:
    """The cached demo book of ``size`` entries over ten years, built on first use."""
    BOOKS.mkdir(exist_ok=True)
    path = BOOKS / f"demo-{size}.permoney"
    if not path.exists():
        tmp = path.with_suffix(".building")
        for leftover in BOOKS.glob(f"{tmp.name}*"):
            leftover.unlink()
        print(f"building the {size} demo book (once)…", file=sys.stderr)
        permoney(
            "demo",
            "--transactions",
            str(SIZES[size]),
            "--years",
            str(YEARS),
            "--end",
            END,
            book=tmp,
        )
        _checkpoint(tmp)
        tmp.rename(path)
    return path


def cached_materialized(size: str, materialize: Callable[[Path], None]) -> Path:
    """The cached book of ``size`` with every account's balances materialized, made once
    (``materialize``: the caller's, so this module imports nothing of the app)."""
    path = BOOKS / f"demo-{size}.synced.permoney"
    source = cached_book(size)
    if not path.exists() or path.stat().st_mtime_ns < source.stat().st_mtime_ns:
        tmp = path.with_suffix(".building")
        for leftover in BOOKS.glob(f"{tmp.name}*"):
            leftover.unlink()
        shutil.copyfile(source, tmp)
        materialize(tmp)
        _checkpoint(tmp)
        tmp.rename(path)
    return path


def fresh_copy(size: str, dest_dir: Path, src: Path | None = None) -> Path:
    """A private copy of the cached book (or of ``src``) that a benchmark may change."""
    src = cached_book(size) if src is None else src
    dest = dest_dir / src.name
    shutil.copyfile(src, dest)
    return dest


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the main file so a plain file copy is the whole book."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
