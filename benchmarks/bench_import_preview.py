"""Import wizard preview benchmark: the mapping page's live preview on a 100k-row bank CSV.

Run: ``.venv/bin/python benchmarks/bench_import_preview.py [--rows 100000] [--repeat 5]``

Prints a table (median of ``--repeat`` runs, milliseconds): the head-only preview
(``services.import_preview.preview_head``) for the first look at a file (mapping guessed) and
for a mapping change, next to the whole-file preview it replaces (``services.imports.preview``);
then, in the real wizard offscreen, a mapping change until the new preview is shown (this
includes the wizard's 120 ms debounce); and, for context, the whole-file work the later pages do
once (the accounts page parses only a file with an account column; the summary page plans).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_import import make_csv

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.imports.csv_format import CsvMapping, CsvOptions
from permoney_desktop.services import accounts, import_preview, imports
from permoney_desktop.services.imports import ImportRequest
from permoney_desktop.services.ledger import Ledger


def _median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def _wizard_change_ms(ledger: Ledger, path: Path, repeat: int) -> float:
    """A mapping change in the real wizard until its preview is shown (debounce included)."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from permoney_desktop.ui.dialogs.import_wizard import ImportWizard

    app = QApplication.instance() or QApplication([])

    def wait(cond: Callable[[], bool]) -> None:
        deadline = time.monotonic() + 60
        while not cond():
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            if time.monotonic() > deadline:
                raise SystemExit("the wizard's preview did not finish within 60 s")

    wizard = ImportWizard(ledger, lambda _c: None)
    wizard.show()
    wizard.open_file(path)
    wizard.next()
    page = wizard.mapping_page
    wait(page.isComplete)
    times = []
    for n in range(repeat):
        t = time.perf_counter()
        page.inflows_negative.setChecked(n % 2 == 0)
        wait(page.isComplete)
        times.append((time.perf_counter() - t) * 1000)
    wizard.reject()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PERMONEY_HOME"] = tmp
        path = Path(tmp) / "bank.csv"
        make_csv(path, args.rows)
        with Ledger.open(Path(tmp) / "bench.permoney", create=True) as ledger:
            accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
            first = ImportRequest.from_path(path)
            guessed = import_preview.preview_head(ledger, first)
            assert guessed.ok, guessed.file_error or guessed.errors
            mapped = ImportRequest.from_path(
                path,
                account="Checking",
                mapping=guessed.mapping or CsvMapping(),
                options=CsvOptions(inflows_negative=True),
            )
            rows = [
                (
                    "preview_head, first look (mapping guessed)",
                    _median_ms(lambda: import_preview.preview_head(ledger, first), args.repeat),
                ),
                (
                    "preview_head, mapping change",
                    _median_ms(lambda: import_preview.preview_head(ledger, mapped), args.repeat),
                ),
                (
                    "imports.preview (whole file, before), mapping change",
                    _median_ms(lambda: imports.preview(ledger, mapped), args.repeat),
                ),
                (
                    "wizard: mapping change → preview shown (incl. 120 ms debounce)",
                    _wizard_change_ms(ledger, path, args.repeat),
                ),
                (
                    "accounts page, once, only with an account column: parse all",
                    _median_ms(lambda: imports.parse_file(mapped), 1),
                ),
                (
                    "summary page, once: plan the whole file",
                    _median_ms(lambda: imports.plan_import(ledger, mapped), 1),
                ),
            ]
    print(f"import preview, {args.rows:,}-row CSV, median of {args.repeat} (ms)")
    width = max(len(name) for name, _ in rows)
    print(f"{'step':<{width}}  {'ms':>8}")
    for name, ms in rows:
        print(f"{name:<{width}}  {ms:>8.1f}")
    print(f"(head: {import_preview.DATE_SAMPLE:,} lines sampled for the date format, ", end="")
    print(f"{import_preview.PREVIEW_ROWS} rows parsed and shown)")


if __name__ == "__main__":
    main()
