"""Crash safety: SIGKILL a child at random points while it writes, imports, materializes or
migrates, then reopen the book and prove nothing committed was lost and nothing is half done.

CI runs ``PERMONEY_CRASH_POINTS`` (default 2) kill points per scenario. The full run is
``PERMONEY_CRASH_POINTS=50 pytest tests/safety/test_crash.py -s``. Every point prints its seed;
replay one with ``PERMONEY_CRASH_SEED=<seed> PERMONEY_CRASH_POINTS=1``.
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from random import Random

import pytest

from permoney_desktop.services import integrity, materialize
from permoney_desktop.services.demo import fill_demo
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import migrate

REPO = Path(__file__).resolve().parents[2]
POINTS = int(os.environ.get("PERMONEY_CRASH_POINTS", "2"))
BASE_SEED = int(os.environ.get("PERMONEY_CRASH_SEED", str(int(time.time()) % 1_000_000)))
IMPORT_FILES = 6
IMPORT_ROWS = 1500
# Big enough that the migration's table copy takes a good part of a second.
LARGE_ENTRIES = int(os.environ.get("PERMONEY_CRASH_LARGE", "6000"))

# One revision past the app's head, as a future release would ship it.
PROBE_REVISION = "9000"
MIGRATION_PROBE = f'''"""Crash-test migration: rebuild the entries table (batch mode copies it)."""
import sqlalchemy as sa
from alembic import op

revision = "{PROBE_REVISION}"
down_revision = "{migrate.SCHEMA_HEAD}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("entries", recreate="always") as batch:
        batch.add_column(sa.Column("crash_probe", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("entries", recreate="always") as batch:
        batch.drop_column("crash_probe")
'''


@dataclass(frozen=True)
class Run:
    seed: int
    delay: float
    killed: bool
    log: list[str]
    worked_s: float = 0.0  # from "ready" to exit or kill


def _template(root: Path, name: str, transactions: int) -> Path:
    book = root / f"{name}.permoney"
    with Ledger.open(book, create=True) as ledger:
        fill_demo(ledger, transactions=transactions, years=2, seed=7, end=date(2024, 6, 30))
        materialize.sync_all(ledger, full=True)
    assert not Path(f"{book}-wal").exists()
    return book


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    root = tmp_path_factory.mktemp("crash-templates")
    previous = os.environ.get("PERMONEY_HOME")
    os.environ["PERMONEY_HOME"] = str(root / "home")
    try:
        yield {
            "small": _template(root, "small", 600),
            "large": _template(root, "large", LARGE_ENTRIES),
        }
    finally:
        if previous is None:
            os.environ.pop("PERMONEY_HOME", None)
        else:
            os.environ["PERMONEY_HOME"] = previous


def _scripts(root: Path) -> Path:
    scripts = root / "migrations"
    shutil.copytree(migrate.migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9000_crash_probe.py").write_text(MIGRATION_PROBE)
    return scripts


def _import_files(root: Path) -> Path:
    folder = root / "files"
    folder.mkdir()
    for k in range(IMPORT_FILES):
        lines = ["Date,Description,Amount,Category"]
        for i in range(IMPORT_ROWS):
            day = date(2024, 1 + i % 6, 1 + i % 28)
            lines.append(f"{day},F{k:02d} shop {i},-{1 + i % 97}.{i % 100:02d},Groceries")
        (folder / f"f{k:02d}.csv").write_text("\n".join(lines) + "\n")
    return folder


def _run_child(
    scenario: str, book: Path, home: Path, seed: int, window: float | None, extra: Path | None
) -> Run:
    """Start the child, wait for it to be ready, kill it after a seeded random delay.

    With ``window`` None the child runs to its end (a calibration run).
    """
    log = book.with_suffix(".log")
    rng = Random(seed)
    delay = 300.0 if window is None else rng.uniform(0.0, window)
    args = [sys.executable, "-m", "tests.safety.crash_child", scenario, str(book), str(log)]
    args += [str(seed)] + ([str(extra)] if extra else [])
    env = {**os.environ, "PERMONEY_HOME": str(home), "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        args, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert child.stdout is not None
    try:
        ready, _, _ = select.select([child.stdout], [], [], 60)
        line = child.stdout.readline() if ready else b""
        assert line.strip() == b"ready", (line, child.stderr.read() if child.stderr else b"")
        ready_at = time.perf_counter()
        if window is None:
            child.wait(delay)
        else:
            time.sleep(delay)
        killed = child.poll() is None
        if killed:
            child.send_signal(signal.SIGKILL)
        child.wait(30)
        worked = time.perf_counter() - ready_at
        if not killed:
            err = child.stderr.read().decode() if child.stderr else ""
            assert child.returncode == 0, f"seed {seed}: child failed on its own:\n{err}"
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    lines = log.read_text().splitlines() if log.exists() else []
    return Run(seed, delay, killed, lines, worked)


def _after_crash(book: Path, run: Run) -> Ledger:
    """Reopen like the app does after a crash: recover interrupted syncs, then sync."""
    ledger = Ledger.open(book)
    materialize.recover_interrupted(ledger)
    materialize.sync_pending(ledger)
    return ledger


def _assert_sound(ledger: Ledger, run: Run) -> None:
    where = f"seed {run.seed} (delay {run.delay:.3f} s)"
    with ledger.book.reading() as s:
        conn = s.connection()
        stuck = conn.exec_driver_sql(
            "SELECT count(*) FROM syncs WHERE status IN ('pending', 'syncing')"
        ).scalar_one()
    assert stuck == 0, f"{where}: {stuck} sync(s) still pending or syncing"
    report = integrity.check(ledger, record=False)
    assert report.findings == (), f"{where}: {report.findings}"
    # Balances equal a full rebuild: the check compared every account with a recomputation;
    # a forced rebuild must then change nothing.
    before = _balances(ledger)
    materialize.sync_all(ledger, full=True)
    assert _balances(ledger) == before, f"{where}: a full rebuild changed the balances"


def _balances(ledger: Ledger) -> list[tuple[object, ...]]:
    with ledger.book.reading() as s:
        return [
            tuple(r)
            for r in s.connection().exec_driver_sql(
                'SELECT account_id, date, start, inflows, outflows, adjustment, "end", partial '
                "FROM balances ORDER BY account_id, date"
            )
        ]


def _entry_ids(ledger: Ledger) -> set[int]:
    with ledger.book.reading() as s:
        return {int(i) for (i,) in s.connection().exec_driver_sql("SELECT id FROM entries")}


def _assert_writes_kept(ledger: Ledger, run: Run) -> None:
    """Replay the child's log in order: the last word on each id is what must hold now.

    Ids can be reused after a delete, so "add 602" after "del 602" means present again.
    """
    expect: dict[int, str] = {}
    for line in run.log:
        verb, _, arg = line.partition(" ")
        if verb == "add":
            expect[int(arg)] = "present"
        elif verb == "try-del":
            expect[int(arg)] = "either"  # killed inside the delete: it may or may not be done
        elif verb == "del":
            expect[int(arg)] = "absent"
    transfers = {int(x.split()[1]) for x in run.log if x.startswith("transfer ")}
    present = _entry_ids(ledger)
    lost = sorted(i for i, state in expect.items() if state == "present" and i not in present)
    assert not lost, f"seed {run.seed}: committed entries lost: {lost[:10]}"
    back = sorted(i for i, state in expect.items() if state == "absent" and i in present)
    assert not back, f"seed {run.seed}: deleted entries back: {back[:10]}"
    with ledger.book.reading() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT transfer_id, count(*) FROM entries WHERE transfer_id IS NOT NULL "
            "GROUP BY transfer_id"
        )
        sides = {int(t): int(n) for t, n in rows}
    assert all(sides.get(t) == 2 for t in transfers), f"seed {run.seed}: a transfer lost a side"


def _point_seeds(scenario: str) -> list[int]:
    offset = {"writes": 0, "materialize": 1000, "import": 2000, "migrate": 3000}[scenario]
    return [BASE_SEED + offset + i for i in range(POINTS)]


def _fresh(template: Path, tmp: Path, i: int) -> tuple[Path, Path]:
    point = tmp / f"p{i}"
    point.mkdir()
    book = point / "book.permoney"
    shutil.copyfile(template, book)
    return book, point / "home"


@pytest.mark.slow
@pytest.mark.parametrize("scenario", ["writes", "materialize"])
def test_kill_while_writing(
    scenario: str, templates: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kills = 0
    for i, seed in enumerate(_point_seeds(scenario)):
        book, home = _fresh(templates["small"], tmp_path, i)
        monkeypatch.setenv("PERMONEY_HOME", str(home))
        run = _run_child(scenario, book, home, seed, 1.5, None)
        print(f"crash {scenario} seed={seed} delay={run.delay:.3f}s killed={run.killed}")
        kills += run.killed
        with _after_crash(book, run) as ledger:
            _assert_writes_kept(ledger, run)
            _assert_sound(ledger, run)
    assert kills == POINTS  # the writers loop forever: every point is a real kill


@pytest.mark.slow
def test_kill_while_importing(
    templates: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _import_files(tmp_path)
    book, home = _fresh(templates["small"], tmp_path, 999)
    calibration = _run_child("import", book, home, 0, None, files)
    assert calibration.log[-1] == "all-imported"
    window = calibration.worked_s * 0.95
    for i, seed in enumerate(_point_seeds("import")):
        book, home = _fresh(templates["small"], tmp_path, i)
        monkeypatch.setenv("PERMONEY_HOME", str(home))
        run = _run_child("import", book, home, seed, window, files)
        print(f"crash import seed={seed} delay={run.delay:.3f}s killed={run.killed}")
        done = {x.split()[1] for x in run.log if x.startswith("imported ")}
        with _after_crash(book, run) as ledger:
            with ledger.book.reading() as s:
                conn = s.connection()
                for k in range(IMPORT_FILES):
                    stem = f"f{k:02d}"
                    n = conn.exec_driver_sql(
                        "SELECT count(*) FROM entries WHERE payee LIKE ?", (f"F{k:02d} shop %",)
                    ).scalar_one()
                    batches = conn.exec_driver_sql(
                        "SELECT count(*) FROM import_batches WHERE file_name = ?", (f"{stem}.csv",)
                    ).scalar_one()
                    assert n in (0, IMPORT_ROWS), f"seed {seed}: {stem} partly imported ({n})"
                    assert batches == (1 if n else 0), f"seed {seed}: {stem} batch record {batches}"
                    if stem in done:
                        assert n == IMPORT_ROWS, f"seed {seed}: finished import {stem} lost"
            _assert_sound(ledger, run)


@pytest.mark.slow
def test_kill_while_migrating(
    templates: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scripts = _scripts(tmp_path)
    with sqlite3.connect(templates["large"]) as conn:
        expected = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
    # Calibrate the kill window on one uninterrupted migration.
    book, home = _fresh(templates["large"], tmp_path, 999)
    calibration = _run_child("migrate", book, home, 0, None, scripts)
    assert calibration.log == ["migrated"]
    window = calibration.worked_s * 0.95
    monkeypatch.setattr(migrate, "migrations_dir", lambda: scripts)
    head = migrate.SCHEMA_HEAD
    monkeypatch.setattr(migrate, "head_revision", lambda: PROBE_REVISION)
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", PROBE_REVISION)
    for i, seed in enumerate(_point_seeds("migrate")):
        book, home = _fresh(templates["large"], tmp_path, i)
        monkeypatch.setenv("PERMONEY_HOME", str(home))
        run = _run_child("migrate", book, home, seed, window, scripts)
        print(f"crash migrate seed={seed} delay={run.delay:.3f}s killed={run.killed}")
        revision = migrate.current_revision(book)
        assert revision in (head, PROBE_REVISION), f"seed {seed}: revision {revision}"
        for bak in book.parent.glob("*.bak"):
            with sqlite3.connect(bak) as conn:
                assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == expected
        assert not list(book.parent.glob(".*.partial")) or run.killed
        with _after_crash(book, run) as ledger:  # finishes the migration when it was cut
            assert migrate.current_revision(book) == PROBE_REVISION
            assert len(_entry_ids(ledger)) == expected, f"seed {seed}: entries lost"
            _assert_sound(ledger, run)
