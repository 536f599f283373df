"""QIF split lines (S/E/$, [Account] transfers) parse to the cent, or the file is refused."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from permoney_desktop.domain.imports.qif import read_qif
from permoney_desktop.domain.imports.records import ImportFileError

CATS = ["Food:Groceries", "Household", "Gifts", "[Savings]", ""]


def _qif(total: Decimal, lines: list[tuple[str, Decimal, str]]) -> bytes:
    out = ["!Type:Bank", "D03/25/2024", f"T{total:,.2f}", "PCorner Market", "LFood"]
    for cat, amount, memo in lines:
        out.append(f"S{cat}")
        if memo:
            out.append(f"E{memo}")
        out.append(f"${amount:.2f}")
    out.append("^")
    return ("\n".join(out) + "\n").encode()


@given(
    st.lists(
        st.tuples(
            st.sampled_from(CATS),
            st.integers(min_value=-(10**9), max_value=10**9).map(lambda c: Decimal(c).scaleb(-2)),
            st.sampled_from(["", "milk", "a gift, wrapped"]),
        ),
        min_size=2,
        max_size=12,
    )
)
def test_split_lines_parse_to_the_cent(lines: list[tuple[str, Decimal, str]]) -> None:
    total = sum((a for _c, a, _m in lines), Decimal(0))
    (row,) = read_qif(_qif(total, lines), "s.qif").rows
    assert row.amount == total and row.category == ""
    assert [s.amount for s in row.splits] == [a for _c, a, _m in lines]
    assert sum((s.amount for s in row.splits), Decimal(0)) == row.amount
    for split, (cat, _a, memo) in zip(row.splits, lines, strict=True):
        assert split.memo == memo
        if cat.startswith("["):
            assert (split.account, split.category) == (cat[1:-1], "")
        else:
            assert (split.account, split.category) == (None, cat)


def test_lines_that_do_not_sum_refuse_the_file_at_the_record() -> None:
    data = _qif(Decimal("-10.00"), [("Gifts", Decimal("-4"), ""), ("Household", Decimal("-5"), "")])
    with pytest.raises(ImportFileError) as err:
        read_qif(data, "bad.qif")
    assert (err.value.line, err.value.field) == (6, "$")
    assert "sum to -9.00, not the transaction's -10.00" in str(err.value)


def test_a_split_line_without_an_amount_is_refused() -> None:
    data = b"!Type:Bank\nD03/25/2024\nT-3\nSGifts\nEwrap\nSHousehold\n$-3\n^\n"
    with pytest.raises(ImportFileError) as err:
        read_qif(data, "x.qif")
    assert (err.value.line, err.value.field) == (4, "$")


def test_one_split_line_is_the_category_and_class_suffixes_go() -> None:
    data = b"!Type:Bank\nD03/25/2024\nT-3\nSGifts/Family\n$-3\n^\n"
    (row,) = read_qif(data, "x.qif").rows
    assert (row.category, row.splits) == ("Gifts", ())
