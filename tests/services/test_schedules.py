"""Scheduled transactions through the services: add, catch-up, remind, post-now, skip,
"this and later", delete, and undo of each."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.entry_values import EntryFilter
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.recurrence import Frequency, Recurrence, Weekend
from permoney_desktop.domain.schedules import ScheduleMode, Template
from permoney_desktop.services import accounts, categories, entries, schedules, undo
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.schedule_posting import (
    post_occurrence,
    run_due,
    skip_occurrence,
)
from tests.services.book_state import connect

# Dialect differences in these reads and writes must not hide: both backends.
pytestmark = pytest.mark.backends

D = date


@pytest.fixture
def book(ledger: Ledger) -> Ledger:
    accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    accounts.create_account(ledger, "Savings", AccountKind.SAVINGS, "USD")
    categories.create_category(ledger, "Utilities", "expense")
    return ledger


def acc(ledger: Ledger, name: str) -> int:
    return int(accounts.find_account(ledger, name).id)


def all_entries(ledger: Ledger) -> list[tuple[date, str, Decimal, str]]:
    page = entries.list_entries(ledger, EntryFilter(), limit=10_000, newest_first=False)
    return [(e.date, e.account_name, e.amount.amount, e.payee) for e in page.rows]


def power(ledger: Ledger, **rule: object) -> int:
    cat = categories.find_category(ledger, "Utilities").id
    t = Template(acc(ledger, "Checking"), Decimal("-80.00"), "Power", cat, tags=("home",))
    r = Recurrence(**{"frequency": Frequency.MONTHLY, "start": D(2024, 1, 31), **rule})  # type: ignore[arg-type]
    sid, _ = schedules.add_schedule(ledger, "", t, r)
    return int(sid)


def test_catch_up_posts_each_due_occurrence_once(book: Ledger) -> None:
    power(book)
    result = run_due(book, D(2024, 5, 15))
    assert [p.occurrence.nominal for p in result.posted] == [
        D(2024, 1, 31),
        D(2024, 2, 29),
        D(2024, 3, 31),
        D(2024, 4, 30),
    ]
    got = all_entries(book)
    assert [g[0] for g in got] == [D(2024, 1, 31), D(2024, 2, 29), D(2024, 3, 31), D(2024, 4, 30)]
    assert {(g[1], g[2], g[3]) for g in got} == {("Checking", Decimal("-80.00"), "Power")}
    view = entries.get_entry(book, int(result.posted[0].entry_id))
    assert view.category == "Utilities" and view.tags == ("home",)
    assert run_due(book, D(2024, 5, 15)).posted == []
    assert len(run_due(book, D(2024, 5, 31)).posted) == 1
    assert len(all_entries(book)) == 5


def test_a_run_is_one_undo_step_and_undone_occurrences_are_not_posted_again(
    book: Ledger,
) -> None:
    sid = power(book)
    run_due(book, D(2024, 3, 31))
    assert len(all_entries(book)) == 3
    label = undo.undo(book)
    assert "Post 3 scheduled transactions" in str(label)
    assert all_entries(book) == []
    # The undo said "not these": the next run does not bring them back, nor lists them.
    assert run_due(book, D(2024, 3, 31)).posted == []
    assert [p.occurrence.nominal for p in schedules.upcoming(book, D(2024, 3, 31))] == [
        D(2024, 4, 30)
    ]
    undo.redo(book)
    assert len(all_entries(book)) == 3
    assert run_due(book, D(2024, 4, 30)).posted[0].schedule.id == sid


def test_weekend_shift_dates_the_entry(book: Ledger) -> None:
    power(book, start=D(2024, 3, 31), weekend=Weekend.BEFORE)
    # 31 March 2024 is a Sunday: posted on Friday the 29th, and due on the 29th already.
    posted = run_due(book, D(2024, 3, 29)).posted
    assert [(p.occurrence.nominal, p.occurrence.due) for p in posted] == [
        (D(2024, 3, 31), D(2024, 3, 29))
    ]
    assert all_entries(book)[0][0] == D(2024, 3, 29)
    assert run_due(book, D(2024, 4, 2)).posted == []


def test_transfer_schedule_posts_both_sides(book: Ledger) -> None:
    t = Template(acc(book, "Checking"), Decimal("200"), to_account_id=acc(book, "Savings"))
    sid, _ = schedules.add_schedule(
        book, "", t, Recurrence(Frequency.WEEKLY, D(2024, 1, 5), count=2)
    )
    assert schedules.get_schedule(book, sid).name == "Transfer to Savings"
    run_due(book, D(2024, 2, 1))
    got = sorted((g[0], g[1], g[2]) for g in all_entries(book))
    assert got == [
        (D(2024, 1, 5), "Checking", Decimal("-200")),
        (D(2024, 1, 5), "Savings", Decimal("200")),
        (D(2024, 1, 12), "Checking", Decimal("-200")),
        (D(2024, 1, 12), "Savings", Decimal("200")),
    ]


def test_bad_templates_are_refused(book: Ledger) -> None:
    r = Recurrence(Frequency.MONTHLY, D(2024, 1, 1))
    checking = acc(book, "Checking")
    with pytest.raises(DomainError, match="positive"):
        schedules.add_schedule(
            book, "x", Template(checking, Decimal(-5), to_account_id=acc(book, "Savings")), r
        )  # type: ignore[arg-type]
    with pytest.raises(DomainError, match="two different"):
        schedules.add_schedule(book, "x", Template(checking, Decimal(5), to_account_id=checking), r)  # type: ignore[arg-type]
    with pytest.raises(DomainError, match="non-zero"):
        schedules.add_schedule(book, "x", Template(checking, Decimal(0)), r)  # type: ignore[arg-type]
    with pytest.raises(DomainError, match="decimals"):
        schedules.add_schedule(book, "x", Template(checking, Decimal("1.234")), r)  # type: ignore[arg-type]
    assert schedules.list_schedules(book) == []


def test_reminders_are_never_posted_by_the_run(book: Ledger) -> None:
    cat = categories.find_category(book, "Utilities").id
    t = Template(acc(book, "Checking"), Decimal("-1200"), "Rent", cat)  # type: ignore[arg-type]
    r = Recurrence(Frequency.MONTHLY, D(2024, 1, 1))
    sid, _ = schedules.add_schedule(book, "Rent", t, r, ScheduleMode.REMIND)
    assert run_due(book, D(2024, 3, 15)).posted == []
    due = [p.occurrence.nominal for p in schedules.upcoming(book, D(2024, 3, 15), days=20)]
    assert due == [D(2024, 1, 1), D(2024, 2, 1), D(2024, 3, 1), D(2024, 4, 1)]
    occ, entry_id, _ = post_occurrence(book, sid, D(2024, 3, 15))
    assert occ.nominal == D(2024, 1, 1)
    assert entries.get_entry(book, entry_id).date == D(2024, 1, 1)
    skip_occurrence(book, sid, D(2024, 3, 15), D(2024, 2, 1))
    occ, entry_id, _ = post_occurrence(book, sid, D(2024, 3, 15), D(2024, 3, 1), on=D(2024, 3, 4))
    assert entries.get_entry(book, entry_id).date == D(2024, 3, 4)
    due = [p.occurrence.nominal for p in schedules.upcoming(book, D(2024, 3, 15), days=20)]
    assert due == [D(2024, 4, 1)]
    with pytest.raises(DomainError, match="already posted"):
        post_occurrence(book, sid, D(2024, 3, 15), D(2024, 3, 1))
    with pytest.raises(DomainError, match="already skipped"):
        post_occurrence(book, sid, D(2024, 3, 15), D(2024, 2, 1))
    with pytest.raises(DomainError, match="no occurrence on"):
        skip_occurrence(book, sid, D(2024, 3, 15), D(2024, 2, 2))
    # Undo the skip: the February occurrence is pending again.
    undo.undo(book)
    undo.undo(book)
    due = [p.occurrence.nominal for p in schedules.upcoming(book, D(2024, 3, 15), days=20)]
    assert due == [D(2024, 2, 1), D(2024, 3, 1), D(2024, 4, 1)]


def test_post_now_ahead_of_time_is_not_posted_again_by_the_run(book: Ledger) -> None:
    sid = power(book, start=D(2024, 6, 30))
    occ, _, _ = post_occurrence(book, sid, D(2024, 6, 20))
    assert occ.nominal == D(2024, 6, 30)
    # Started on the 30th: monthly on the 30th.
    assert run_due(book, D(2024, 7, 31)).posted[0].occurrence.nominal == D(2024, 7, 30)
    assert len(all_entries(book)) == 2


def test_edit_this_and_later(book: Ledger) -> None:
    sid = power(book, count=6)
    run_due(book, D(2024, 2, 29))
    new_id, _ = schedules.split_schedule(book, sid, D(2024, 4, 30), amount=Decimal("-95"))
    old = schedules.get_schedule(book, sid)
    new = schedules.get_schedule(book, new_id)
    assert old.recurrence.count == 3 and old.template.amount == Decimal("-80")
    assert new.recurrence.start == D(2024, 4, 30) and new.recurrence.count == 3
    # Still "on the 31st": May is the 31st, not the 30th of the split date.
    assert new.recurrence.day == 31
    run_due(book, D(2024, 12, 31))
    got = [(g[0], g[2]) for g in all_entries(book)]
    assert got == [
        (D(2024, 1, 31), Decimal("-80")),
        (D(2024, 2, 29), Decimal("-80")),
        (D(2024, 3, 31), Decimal("-80")),
        (D(2024, 4, 30), Decimal("-95")),
        (D(2024, 5, 31), Decimal("-95")),
        (D(2024, 6, 30), Decimal("-95")),
    ]


def test_split_moves_handled_occurrences_and_undoes_as_one_step(book: Ledger) -> None:
    sid = power(book)
    skip_occurrence(book, sid, D(2024, 1, 1), D(2024, 5, 31))
    new_id, _ = schedules.split_schedule(book, sid, D(2024, 3, 31), amount=Decimal("-90"))
    run_due(book, D(2024, 6, 1))
    got = [(g[0], g[2]) for g in all_entries(book)]
    assert got == [
        (D(2024, 1, 31), Decimal("-80")),
        (D(2024, 2, 29), Decimal("-80")),
        (D(2024, 3, 31), Decimal("-90")),
        (D(2024, 4, 30), Decimal("-90")),
    ]
    undo.undo(book)  # the run
    undo.undo(book)  # the split
    assert [s.id for s in schedules.list_schedules(book)] == [sid]
    assert schedules.get_schedule(book, sid).recurrence.end is None
    assert D(2024, 5, 31) not in [
        p.occurrence.nominal for p in schedules.upcoming(book, D(2024, 5, 1))
    ]
    del new_id


def test_changing_the_rule_applies_from_today(book: Ledger) -> None:
    sid = power(book, start=D(2024, 1, 1), day=1)
    run_due(book, D(2024, 3, 10))
    schedules.edit_schedule(
        book, sid, D(2024, 3, 10), recurrence=Recurrence(Frequency.MONTHLY, D(2024, 1, 1), day=5)
    )
    # January to March on the 5th are history from before the change: never posted.
    assert [p.occurrence.nominal for p in run_due(book, D(2024, 4, 30)).posted] == [D(2024, 4, 5)]


def test_delete_and_undo_keeps_postings(book: Ledger) -> None:
    sid = power(book)
    run_due(book, D(2024, 2, 29))
    schedules.delete_schedule(book, sid)
    assert schedules.list_schedules(book) == []
    assert len(all_entries(book)) == 2  # posted entries stay
    undo.undo(book)
    assert run_due(book, D(2024, 2, 29)).posted == []
    assert len(all_entries(book)) == 2


def test_a_deleted_schedules_mark_never_reaches_a_new_one(book: Ledger) -> None:
    """The catch-up mark stays outside the undo journal (an undone delete finds it again), but
    a schedule made after the delete gets a fresh id (ids are never given twice,
    ``store.id_floors``), so the old mark never holds back the new one's occurrences."""
    sid = power(book)
    run_due(book, D(2024, 6, 30))
    schedules.delete_schedule(book, sid)
    again = power(book, start=D(2024, 1, 15))
    assert again != sid
    assert len(run_due(book, D(2024, 2, 20)).posted) == 2


def test_a_reused_id_in_a_book_from_before_id_floors_starts_with_no_mark(book: Ledger) -> None:
    """A book upgraded from before id floors has none: a schedule deleted there can have its
    id given again, and the new schedule must still not inherit the old one's mark."""
    sid = power(book)
    run_due(book, D(2024, 6, 30))
    schedules.delete_schedule(book, sid)
    with connect(book) as conn:
        conn.execute("DELETE FROM id_floors")  # as the upgrade left the book: no floors yet
    again = power(book, start=D(2024, 1, 15))
    assert again == sid
    assert len(run_due(book, D(2024, 2, 20)).posted) == 2


def test_the_unique_key_refuses_a_second_posting(book: Ledger) -> None:
    from permoney_desktop.services import gate
    from permoney_desktop.services.schedule_posting import POSTING_COLUMNS

    sid = power(book)
    run_due(book, D(2024, 1, 31))
    with pytest.raises(Exception, match=r"(?i)unique"), gate.write(book, "dup") as w:
        w.journal.insert(
            "schedule_postings",
            [(99, sid, "2024-01-31", "posted", None, w.stamp)],
            POSTING_COLUMNS,
        )
    assert len(all_entries(book)) == 1


def test_catch_up_covers_ten_years_in_one_run(book: Ledger) -> None:
    power(book, start=D(2014, 1, 31))
    posted = run_due(book, D(2023, 12, 31)).posted
    assert len(posted) == 120
    assert posted[-1].occurrence.nominal == D(2023, 12, 31)
    assert D(2020, 2, 29) in {p.occurrence.nominal for p in posted}
    assert all_entries(book)[-1][0] == D(2023, 12, 31)
    assert sum(1 for p in posted if p.occurrence.nominal.month == 2) == 10


def test_book_zip_round_trip_keeps_schedules(book: Ledger, tmp_path: Path) -> None:
    from permoney_desktop.services import exports

    sid = power(book)
    run_due(book, D(2024, 3, 31))
    skip_occurrence(book, sid, D(2024, 4, 1), D(2024, 4, 30))
    zpath = tmp_path / "book.zip"
    counts = exports.export_book(book, zpath)
    assert counts["schedules.csv"] == 1 and counts["schedule_postings.csv"] == 4
    with Ledger.open(tmp_path / "copy.permoney", create=True) as copy:
        exports.import_book(copy, zpath)
        assert schedules.list_schedules(copy) == schedules.list_schedules(book)
        # The copy knows what was posted and skipped: its catch-up posts only May on.
        assert [p.occurrence.nominal for p in run_due(copy, D(2024, 5, 31)).posted] == [
            D(2024, 5, 31)
        ]


def test_a_new_schedule_can_count_from_today(book: Ledger) -> None:
    t = Template(acc(book, "Checking"), Decimal("-50"), "Gym")
    rule = Recurrence(Frequency.MONTHLY, D(2024, 1, 10))
    assert schedules.past_occurrences(rule, D(2024, 4, 10)) == 3  # the 10th itself is due
    schedules.add_schedule(book, "", t, rule, active_from=D(2024, 4, 10))
    assert [p.occurrence.nominal for p in run_due(book, D(2024, 4, 10)).posted] == [D(2024, 4, 10)]
