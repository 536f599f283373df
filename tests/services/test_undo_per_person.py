"""Who did what: each change records its author (the PostgreSQL role of a shared book, the
profile name on a file); undo is per person, and refuses — naming who — to undo a change that
someone else has changed since."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from psycopg import sql

from permoney_desktop.cli import main
from permoney_desktop.domain.entry_values import EntryPatch, NewEntry
from permoney_desktop.platform.profile import PROFILE_ENV
from permoney_desktop.services import accounts, entries, integrity, materialize, undo
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.undo import UndoBlockedError
from permoney_desktop.store.dialect import libpq_url
from tests.servers import Databases

pytestmark = pytest.mark.backends

DAY = date(2025, 3, 1)


def _role_url(url: str, role: str) -> str:
    scheme, rest = url.split("://", 1)
    return f"{scheme}://{role}@{rest.split('@', 1)[1]}"


@contextmanager
def _two_people(
    location: str | Path,
    backend: str,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> Iterator[tuple[Ledger, Ledger]]:
    """Anna and Ben on the book at ``location``: two server roles, or two profiles on one
    file."""
    opened: list[Ledger] = []
    try:
        for name in ("anna", "ben"):
            if backend == "postgresql":
                url = str(location)
                databases: Databases = request.getfixturevalue("pg_databases")
                with databases.admin() as admin:
                    known = admin.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,))
                    if known.fetchone() is None:
                        admin.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(name)))
                with psycopg.connect(libpq_url(url), autocommit=True) as owner:
                    for what in ("TABLES", "SEQUENCES"):
                        owner.execute(
                            sql.SQL("GRANT ALL ON ALL {} IN SCHEMA public TO {}").format(
                                sql.SQL(what), sql.Identifier(name)
                            )
                        )
                person = Ledger.open(_role_url(url, name))
            else:
                monkeypatch.setenv(PROFILE_ENV, name)
                person = Ledger.open(location)
            opened.append(person)
            assert person.author == name
        yield opened[0], opened[1]
    finally:
        for person in opened:
            person.close()


@pytest.fixture
def people(
    ledger: Ledger, backend: str, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Iterator[tuple[Ledger, Ledger]]:
    """Anna and Ben on one book: two server roles, or two profiles on one file."""
    location = ledger.book.url or ledger.paths.book
    with _two_people(location, backend, monkeypatch, request) as pair:
        yield pair


def test_each_change_records_who_made_it_and_undo_takes_ones_own(
    people: tuple[Ledger, Ledger],
) -> None:
    anna, ben = people
    acct, _ = accounts.create_account(anna, "Checking", "checking", "USD")
    mine, _ = entries.add_entry(anna, NewEntry(acct, DAY, Decimal("-4"), payee="Anna's"))
    entries.add_entry(ben, NewEntry(acct, DAY, Decimal("-6"), payee="Ben's"))
    assert [(s.who, s.label) for s in undo.history(anna)] == [
        ("ben", "Add entry"),
        ("anna", "Add entry"),
        ("anna", "Add account"),
    ]
    # Anna's undo takes her entry, not Ben's newer one.
    assert undo.undo_label(anna) == "Add entry" and undo.depth(anna) == (2, 0)
    undo.undo(anna)
    payees = sorted(e.payee for e in entries.list_entries(ben).rows)
    assert payees == ["Ben's"]
    assert undo.depth(anna) == (1, 1) and undo.depth(ben) == (1, 0)
    # Ben's new change leaves Anna's redo where it was (redo stacks are per person too).
    entries.add_entry(ben, NewEntry(acct, DAY, Decimal("-1"), payee="Ben again"))
    assert undo.redo_label(anna) == "Add entry"
    undo.redo(anna)
    assert entries.get_entry(anna, mine).payee == "Anna's"


def test_undo_refuses_naming_who_changed_the_same_entry_since(
    people: tuple[Ledger, Ledger],
) -> None:
    anna, ben = people
    acct, _ = accounts.create_account(anna, "Checking", "checking", "USD")
    entry_id, _ = entries.add_entry(anna, NewEntry(acct, DAY, Decimal("-4"), payee="Bakery"))
    entries.edit_entry(anna, entry_id, EntryPatch(amount=Decimal("-5")))
    entries.edit_entry(ben, entry_id, EntryPatch(payee="Corner bakery"))
    with pytest.raises(UndoBlockedError) as refused:
        undo.undo(anna)
    assert refused.value.by == "ben"
    assert str(refused.value).startswith(
        'cannot undo "Edit entry": ben changed the same entry since ("Edit entry", '
    )
    assert "Ask ben to undo theirs first" in str(refused.value)
    view = entries.get_entry(anna, entry_id)
    assert (view.amount.amount, view.payee) == (Decimal("-5"), "Corner bakery")  # untouched
    # Once Ben takes his change back, Anna's undo goes through.
    undo.undo(ben)
    undo.undo(anna)
    view = entries.get_entry(anna, entry_id)
    assert (view.amount.amount, view.payee) == (Decimal("-4"), "Bakery")


def test_a_change_of_other_rows_does_not_block_an_undo(people: tuple[Ledger, Ledger]) -> None:
    anna, ben = people
    acct, _ = accounts.create_account(anna, "Checking", "checking", "USD")
    a, _ = entries.add_entry(anna, NewEntry(acct, DAY, Decimal("-4"), payee="A"))
    b, _ = entries.add_entry(anna, NewEntry(acct, DAY, Decimal("-4"), payee="B"))
    entries.edit_entry(anna, a, EntryPatch(payee="A2"))
    entries.edit_entry(ben, b, EntryPatch(payee="B2"))
    undo.undo(anna)
    assert entries.get_entry(anna, a).payee == "A"


@pytest.mark.sqlite_only
def test_the_cli_refuses_in_one_line_naming_who(
    ledger: Ledger, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    book = str(ledger.paths.book)

    def run(profile: str, *args: str) -> tuple[int, str, str]:
        monkeypatch.setenv(PROFILE_ENV, profile)
        capsys.readouterr()
        code = main(["--book", book, *args])
        out, err = capsys.readouterr()
        return code, out.strip(), err.strip()

    run("anna", "accounts", "add", "Cash", "--type", "cash", "--currency", "USD")
    code, entry_id, _ = run("anna", "tx", "add", "--account", "Cash", "--date", "2025-03-01",
                            "--amount", "-3", "--payee", "Kiosk")  # fmt: skip
    run("ben", "tx", "edit", entry_id, "--payee", "Newsstand")
    code, _out, err = run("anna", "undo")
    assert code == 2
    assert err.startswith('permoney: cannot undo "Add entry": ben changed the same entry since')
    assert "\n" not in err
    code, out, _err = run("anna", "history")
    lines = out.splitlines()
    assert "who" in lines[0] and "ben" in lines[2] and "Edit entry" in lines[2]
    assert "anna" in lines[3] and "Add entry" in lines[3]
    code, out, _err = run("ben", "undo")
    assert (code, out) == (0, "Undo Edit entry")


def test_the_book_check_accepts_each_persons_own_linear_history(
    people: tuple[Ledger, Ledger],
) -> None:
    """One person's undone step below another's done one is how per-person undo works: the
    check finds nothing, on both backends. Two undone steps of one person below a done step
    of the same person would be a broken journal, and the check still says so."""
    anna, ben = people
    acct, _ = accounts.create_account(anna, "Checking", "checking", "USD")
    entries.add_entry(anna, NewEntry(acct, DAY, Decimal("-4"), payee="Anna's"))
    entries.add_entry(ben, NewEntry(acct, DAY, Decimal("-6"), payee="Ben's"))
    undo.undo(anna)  # Anna's step is now undone below Ben's done one
    materialize.sync_pending(ben)
    report = integrity.check(ben)
    assert report.ok, report.findings
    if ben.book.shared:  # a person's role may not run amcheck: a note, not a failure
        assert any("may not run amcheck" in f.message for f in report.findings)
    undo.redo(anna)
    undo.undo(ben)
    materialize.sync_pending(ben)
    assert integrity.check(anna).ok
    # Broken on purpose: Ben's own newest step undone is fine, but flip his older one.
    ben_steps = [s for s in undo.history(ben) if s.who == "ben"]
    assert len(ben_steps) == 1
    undo.redo(ben)
    entries.add_entry(ben, NewEntry(acct, DAY, Decimal("-1"), payee="Ben again"))
    with ben.book.write_transaction() as conn:
        conn.exec_driver_sql(
            "UPDATE undo_steps SET undone = 1 WHERE id = (SELECT MIN(id) FROM undo_steps"
            " WHERE author = 'ben')"
        )
    messages = [f.message for f in integrity.check(ben, record=False).errors]
    assert any("not linear" in m and "(ben)" in m for m in messages), messages


def test_a_new_row_never_takes_the_id_of_anothers_undone_row(
    people: tuple[Ledger, Ledger],
) -> None:
    """Anna undoes her new entry; Ben's next entry gets a fresh id, not hers, so her redo
    puts hers back beside his (it used to be refused, naming Ben, who had not touched it)."""
    anna, ben = people
    acct, _ = accounts.create_account(anna, "Checking", "checking", "USD")
    mine, _ = entries.add_entry(anna, NewEntry(acct, DAY, Decimal("-4"), payee="Anna's"))
    undo.undo(anna)
    his, _ = entries.add_entry(ben, NewEntry(acct, DAY, Decimal("-6"), payee="Ben's"))
    assert his != mine
    undo.redo(anna)
    assert entries.get_entry(ben, mine).payee == "Anna's"
    assert entries.get_entry(anna, his).payee == "Ben's"
    materialize.sync_pending(ben)
    assert integrity.check(ben, record=False).ok


@dataclass
class _Step:
    """One person's undo step in the model: who, what it did to which entry, and whether it
    is undone now."""

    who: int
    kind: str  # "add", "del", or "acct" (the account the entries go in: never undone here)
    entry: int
    undone: bool = False


@dataclass
class _Model:
    """What the book must hold after each step of the random history: the live entries, every
    id ever given, and each person's steps (oldest first)."""

    steps: list[_Step] = field(default_factory=list)
    live: set[int] = field(default_factory=set)
    given: set[int] = field(default_factory=set)

    def wrote(self, who: int, kind: str, entry: int) -> None:
        """A new write clears its author's redo stack (others keep theirs)."""
        self.steps = [s for s in self.steps if not (s.who == who and s.undone)]
        self.steps.append(_Step(who, kind, entry))

    def next_step(self, who: int, redo: bool) -> _Step | None:
        mine = [s for s in self.steps if s.who == who and s.undone == redo]
        if not mine:
            return None
        return mine[0] if redo else mine[-1]

    def touched_since(self, step: _Step) -> bool:
        """Someone else's later change (not undone) to the same entry: only then may an undo
        or redo of ``step`` be refused."""
        later = self.steps[self.steps.index(step) + 1 :]
        return any(o.who != step.who and not o.undone and o.entry == step.entry for o in later)

    def flip(self, step: _Step) -> None:
        step.undone = not step.undone
        if (step.kind == "add") != step.undone:
            self.live.add(step.entry)
        else:
            self.live.discard(step.entry)


def _act(
    model: _Model, pair: tuple[Ledger, Ledger], acct: int, action: tuple[str, int, int]
) -> None:
    verb, who, pick = action
    person = pair[who]
    if verb == "add":
        new, _ = entries.add_entry(person, NewEntry(acct, DAY, Decimal("-1"), payee=f"by {who}"))
        assert new not in model.given, f"id {new} was given before"
        model.given.add(new)
        model.live.add(new)
        model.wrote(who, "add", new)
    elif verb == "delete" and model.live:
        gone = sorted(model.live)[pick % len(model.live)]
        entries.delete_entries(person, [gone])
        model.live.discard(gone)
        model.wrote(who, "del", gone)
    elif verb in ("undo", "redo"):
        apply = undo.redo if verb == "redo" else undo.undo
        step = model.next_step(who, redo=verb == "redo")
        if step is None:
            assert apply(person) is None
        elif step.kind != "acct":
            if model.touched_since(step):
                with pytest.raises(UndoBlockedError):
                    apply(person)
                return
            assert apply(person) is not None  # an untouched row's step is never refused
            model.flip(step)


@contextmanager
def _fresh_people(
    backend: str,
    tmp_path: Path,
    new_book: Callable[[Path], Path],
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> Iterator[tuple[Ledger, Ledger]]:
    """Anna and Ben on a new book of their own (one per Hypothesis example)."""
    if backend == "postgresql":
        databases: Databases = request.getfixturevalue("pg_databases")
        name, url = databases.fresh()
        try:
            with _two_people(url, backend, monkeypatch, request) as pair:
                yield pair
        finally:
            databases.drop(name)
        return
    path = new_book(Path(tempfile.mkdtemp(dir=tmp_path)) / "book.permoney")
    with _two_people(path, backend, monkeypatch, request) as pair:
        yield pair


HISTORIES = st.lists(
    st.tuples(
        st.sampled_from(("add", "delete", "undo", "redo")),
        st.sampled_from((0, 1)),
        st.integers(0, 1000),
    ),
    min_size=1,
    max_size=24,
)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(history=HISTORIES)
def test_random_histories_of_two_people_never_give_an_id_twice(
    backend: str,
    tmp_path: Path,
    new_book: Callable[[Path], Path],
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
    history: list[tuple[str, int, int]],
) -> None:
    """Anna and Ben add, delete, undo and redo in any order: no id is ever given twice, an
    undo or redo of a step whose entry nobody else changed since always goes through (one
    that someone else did change is refused), and the book holds what the model says."""
    with _fresh_people(backend, tmp_path, new_book, monkeypatch, request) as pair:
        anna, _ben = pair
        acct, _ = accounts.create_account(anna, "Checking", "checking", "USD")
        model = _Model()
        model.wrote(0, "acct", 0)
        for action in history:
            _act(model, pair, acct, action)
            assert {e.id for e in entries.list_entries(anna, limit=1000).rows} == model.live
