"""The import and rule query modules on a real book: the bulk-load index swap puts back the very
same indexes, the page cache is restored even after a failure, dedupe and transfer lookups read
only what can match, presets are found whatever their case, and rule queries filter as asked."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Connection

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.rules import Condition
from permoney_desktop.services import accounts, imports, rules, tags, valuations
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import import_queries, named_queries, rule_queries

CSV = b"""Date,Description,Amount,Id
2024-03-01,Bean There,-4.50,A1
2024-03-05,FreshMart,-52.10,A2
2024-04-20,Acme Payroll,2860.00,A3
"""


def _book(ledger: Ledger) -> tuple[int, int]:
    """Two accounts, three transactions in the first, one in the second, a valuation."""
    first, _ = accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    second, _ = accounts.create_account(ledger, "Savings", AccountKind.SAVINGS, "USD")
    imports.run_import(ledger, imports.ImportRequest(CSV, "a.csv", account="Checking"))
    other = b"Date,Description,Amount,Id\n2024-03-02,Move,4.50,B1\n"
    imports.run_import(ledger, imports.ImportRequest(other, "b.csv", account="Savings"))
    valuations.set_valuation(ledger, first, date(2024, 3, 3), Decimal("100.00"))
    return int(first), int(second)


def _indexes(conn: Connection) -> list[tuple[str, str]]:
    return [
        (str(n), str(s))
        for n, s in conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index'"
            " AND tbl_name IN ('entries', 'entry_tags') AND sql IS NOT NULL ORDER BY name"
        )
    ]


def test_the_bulk_load_index_swap_puts_back_the_same_indexes(ledger: Ledger) -> None:
    with ledger.book.writing() as session, session.begin():
        conn = session.connection()
        before = _indexes(conn)
        recreate = import_queries.drop_entry_indexes(conn)
        assert before and _indexes(conn) == []
        assert sorted(recreate) == sorted(sql for _name, sql in before)
        import_queries.create_indexes(conn, recreate)
        assert _indexes(conn) == before


def test_the_page_cache_is_restored_even_when_the_block_fails(ledger: Ledger) -> None:
    with ledger.book.writing() as session, session.begin():
        conn = session.connection()
        before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        with pytest.raises(RuntimeError), import_queries.page_cache(conn, -4096):
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -4096
            raise RuntimeError("the import failed")
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == before


def test_dedupe_lookups_read_only_what_can_match(ledger: Ledger) -> None:
    first, second = _book(ledger)
    with ledger.book.reading() as session:
        conn = session.connection()
        assert import_queries.external_ids(conn, first) == {"A1", "A2", "A3"}
        assert import_queries.external_ids(conn, second) == {"B1"}
        march = import_queries.fingerprint_rows(
            conn, [first, first], date(2024, 3, 1), date(2024, 3, 31)
        )
        # The valuation of 3 March and the April row are no match for a March file.
        assert sorted((a, d, m, p) for a, d, m, p in march) == [
            (first, "2024-03-01", -450, "Bean There"),
            (first, "2024-03-05", -5210, "FreshMart"),
        ]
        pairs = import_queries.external_id_rows(conn, [second])
        assert [(a, x) for a, x in pairs] == [(second, "B1")]
        assert import_queries.max_entry_id(conn) >= 5


def test_transfer_candidates_leave_out_the_account_and_other_days(ledger: Ledger) -> None:
    first, second = _book(ledger)
    with ledger.book.reading() as session:
        conn = session.connection()
        found = import_queries.transfer_candidates(conn, date(2024, 3, 1), date(2024, 3, 31), first)
        assert [(a, d, m) for _i, a, d, m, _c in found] == [(second, "2024-03-02", 450)]
        every = import_queries.transfer_candidates(conn, date(2024, 3, 1), date(2024, 3, 31), None)
        assert sorted(m for _i, _a, _d, m, _c in every) == [-5210, -450, 450]
        since = import_queries.unlinked_transactions(conn, date(2024, 4, 1))
        assert [m for _i, _a, _d, m, _c in since] == [286000]
        assert import_queries.other_accounts_have_entries(conn, first)
        assert import_queries.rejected_pairs(conn) == set()
        names = {int(i): str(n) for i, n, _c in import_queries.accounts(conn)}
        assert names == {first: "Checking", second: "Savings"}


def test_presets_are_found_whatever_their_case(ledger: Ledger) -> None:
    with ledger.book.writing() as session, session.begin():
        conn = session.connection()
        import_queries.save_preset(conn, "Corner Bank", '{"v": 1}', "2024-01-01 00:00:00.000000")
        import_queries.save_preset(conn, "alpha", "{}", "2024-01-01 00:00:00.000000")
        import_queries.save_preset(conn, "Corner Bank", '{"v": 2}', "2024-01-02 00:00:00.000000")
        assert import_queries.preset_settings(conn, "corner bank") == '{"v": 2}'
        assert import_queries.preset_settings(conn, "other") is None
        assert import_queries.preset_names(conn) == ["alpha", "Corner Bank"]
        assert import_queries.delete_preset(conn, "CORNER BANK") == 1
        assert import_queries.delete_preset(conn, "Corner Bank") == 0


def test_named_rows_are_only_merchants_and_tags(ledger: Ledger) -> None:
    tag_id, _ = tags.create_tag(ledger, "Cafe")
    with ledger.book.reading() as session:
        conn = session.connection()
        assert [(i, n) for i, n in named_queries.id_names(conn, "tags")] == [(tag_id, "Cafe")]
        assert named_queries.id_names(conn, "merchants") == []
        with pytest.raises(ValueError, match="not a table of named rows"):
            named_queries.id_names(conn, "entries")


def test_rule_queries_filter_as_asked(ledger: Ledger) -> None:
    first, _second = _book(ledger)
    with ledger.book.reading() as session:
        assert rule_queries.next_position(session.connection()) == 1
    rule_id, _ = rules.add_rule(
        ledger, "Coffee", [Condition.parse("payee", "contains", "bean")], tags=["Cafe"]
    )
    rules.apply_rules(ledger)
    with ledger.book.reading() as session:
        conn = session.connection()
        assert rule_queries.next_position(conn) == 2
        assert rule_queries.rule_exists(conn, rule_id)
        assert not rule_queries.rule_exists(conn, rule_id + 1)
        assert [r[1] for r in rule_queries.rule_rows(conn)] == ["Coffee"]
        rows = rule_queries.transactions_to_apply(conn, [first], date(2024, 3, 2))
        assert sorted(int(r[3]) for r in rows) == [-5210, 286000]
        assert len(rule_queries.transactions_to_apply(conn, None, None)) == 4
        bean = next(
            int(r[0])
            for r in rule_queries.transactions_to_apply(conn, [first], None)
            if r[5] == "Bean There"
        )
        (tag_id,) = [int(i) for i, _n in named_queries.id_names(conn, "tags")]
        assert rule_queries.entry_tag_pairs(conn, [bean, bean + 100]) == {(bean, tag_id)}
