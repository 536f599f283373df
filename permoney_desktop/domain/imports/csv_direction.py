"""Direction columns: the column that says whether an unsigned amount is money in or out
(ING ``Af Bij``: Af/Bij, Knab ``CreditDebet``: C/D, Mint ``Transaction Type``: debit/credit,
German S/H), its values, and the check that refuses to import such a file unsigned."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from permoney_desktop.domain.imports.csv_mapping import CsvMapping, CsvOptions, norm_header
from permoney_desktop.domain.imports.csv_select import Rows, column_texts
from permoney_desktop.domain.imports.csv_table import CsvTable
from permoney_desktop.domain.imports.records import ImportFileError
from permoney_desktop.domain.messages import Message

# The usual values, case-folded. No value is in both sets, so one table serves every bank.
OUT_VALUES = frozenset(
    {"af", "d", "dr", "debit", "debet", "s", "soll", "-", "\u2212", "out", "uit", "withdrawal"}
)
IN_VALUES = frozenset({"bij", "c", "cr", "credit", "h", "haben", "+", "in", "deposit"})
# Header names (normalized) that say "direction" whatever the values are.
DIRECTION_HEADERS = frozenset(
    {
        "af bij",
        "creditdebet",
        "credit debet",
        "debet credit",
        "debit credit",
        "credit debit",
        "cr dr",
        "dr cr",
        "d c",
        "c d",
        "s h",
        "soll haben",
        "transaction type",
        "direction",
        "richting",
    }
)
# How a value is shown when the import asks: at most this many of each side.
_SHOWN = 3


class DirectionValueError(ValueError):
    """A direction cell that is neither an "out" nor an "in" value."""


@dataclass(frozen=True, slots=True)
class Directions:
    """Which direction values mean money out and which money in (case-folded)."""

    out: frozenset[str]
    into: frozenset[str]

    @classmethod
    def of(cls, out: Sequence[str], into: Sequence[str]) -> Directions:
        """The values as set by the user, or the usual ones when neither side is set."""
        if not out and not into:
            return cls(OUT_VALUES, IN_VALUES)
        return cls(
            frozenset(v.strip().casefold() for v in out),
            frozenset(v.strip().casefold() for v in into),
        )

    def sign(self, text: str) -> int:
        """-1 for money out, +1 for money in; ``DirectionValueError`` otherwise."""
        key = text.strip().casefold()
        if key in self.out:
            return -1
        if key in self.into:
            return 1
        if not key:
            raise DirectionValueError(Message("missing direction"))
        raise DirectionValueError(
            Message(
                "{value!r} is neither a money-out nor a money-in value of the "
                "direction column; set the direction values",
                value=text.strip()[:20],
            )
        )


class DirectionUnconfirmedError(ImportFileError):
    """The amounts have no sign and a column looks like it gives one: the import asks, or
    refuses, instead of reading every row as money in."""

    def __init__(self, file: str, line: int, column: str, out: list[str], into: list[str]):
        self.column = column
        self.out_values = out
        self.in_values = into
        seen = ", ".join(
            [f"{v} = money out" for v in out[:_SHOWN]] + [f"{v} = money in" for v in into[:_SHOWN]]
        )
        values = f" ({seen})" if seen else ""
        super().__init__(
            file,
            line,
            "direction",
            Message(
                "the amounts have no sign and column {column!r} looks like it says money in or "
                "out{values}; map the direction column, or say that the file has none",
                column=column,
                values=values,
            ),
        )


def is_signed(text: str) -> bool:
    """True when an amount text carries a sign: "-12.50", "12.50-", "(12.50)", "+3", "−4"."""
    s = text.strip()
    return bool(s) and (s[0] in "-+(\u2212" or s[-1] in "-+)" or "$-" in s or "-$" in s)


def suspect_direction(
    header: Sequence[str],
    columns: Iterable[tuple[int, set[str]]],
    mapping: CsvMapping,
) -> tuple[str, list[str], list[str]] | None:
    """A column (name, out values seen, in values seen) that looks like a direction, or None.

    ``columns``: (index, distinct cell values) of each column not otherwise mapped. A column
    looks like a direction by its header name, or when its values are the usual direction
    values with both money out and money in among them.
    """
    taken = {v.casefold() for v in mapping.mapped().values()}
    for idx, values in columns:
        name = header[idx] if idx < len(header) else str(idx + 1)
        if name.casefold() in taken:
            continue
        folded = {v.strip().casefold(): v.strip() for v in values if v.strip()}
        out = sorted(v for k, v in folded.items() if k in OUT_VALUES)
        into = sorted(v for k, v in folded.items() if k in IN_VALUES)
        by_values = bool(out) and bool(into) and len(out) + len(into) == len(folded)
        if by_values or norm_header(name) in DIRECTION_HEADERS:
            return name, out, into
    return None


def file_directions(
    table: CsvTable,
    rows: Rows,
    cols: dict[str, int],
    mapping: CsvMapping,
    options: CsvOptions,
    name: str,
) -> Directions | None:
    """How a mapped direction column reads; or the refusal to read unsigned amounts while a
    column looks like a direction (``DirectionUnconfirmedError``), unless the mapping says
    the file has none (``direction=""``)."""
    if "direction" in cols:
        if options.inflows_negative:
            raise ImportFileError(
                name,
                table.header_line,
                "direction",
                Message(
                    "the direction column gives the signs; 'money in is negative' cannot apply too"
                ),
            )
        return Directions.of(options.direction_out, options.direction_in)
    if mapping.direction is not None or "amount" not in cols:
        return None
    if any(map(is_signed, column_texts(rows, cols["amount"]))):
        return None
    used = set(cols.values())
    candidates = ((i, column_texts(rows, i)) for i in range(len(table.header)) if i not in used)
    found = suspect_direction(table.header, candidates, mapping)
    if found is not None:
        raise DirectionUnconfirmedError(name, table.header_line, *found)
    return None
