"""A CSV row's split lines, read from the entries export's ``split`` column: the syntax of
``tx split --split`` ("TARGET=AMOUNT" joined by "; "; the target a category path, "[Account]"
for a transfer line, empty for a line without a category), checked to sum exactly to the row."""

from __future__ import annotations

from decimal import Decimal

from permoney_desktop.domain.imports.amounts import AmountFormatError, parse_amount
from permoney_desktop.domain.imports.records import ParsedSplit
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.splits import MAX_LINES, line_text
from permoney_desktop.domain.spreadsheet_cells import FORMULA_STARTS


class SplitCellError(ValueError):
    """A split cell that cannot be the row's lines; the text says why, without the values."""


def parse_split_cell(
    text: str, amount: Decimal, line: int, *, comma: bool = False, negate: bool = False
) -> tuple[ParsedSplit, ...]:
    """The lines of one cell (none for an empty cell). ``amount`` is the row's amount in the
    entry sign; ``negate`` flips the lines as the file's amounts are flipped
    (``inflows_negative``). Lines that do not sum exactly to ``amount`` are refused: an entry
    whose lines and total disagree would change a figure that the file does not state."""
    text = text.strip()
    if not text:
        return ()
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        text = text[1:]  # the export's guard against a spreadsheet formula ("'=-0.04; Food=…")
    parts = [p.strip() for p in text.split(";")]
    if len(parts) < 2:
        raise SplitCellError(
            Message("a split needs at least two lines (TARGET=AMOUNT; TARGET=AMOUNT)")
        )
    if len(parts) > MAX_LINES:
        raise SplitCellError(
            Message(
                "a split has at most {most} lines, not {count}", most=MAX_LINES, count=len(parts)
            )
        )
    out: list[ParsedSplit] = []
    for i, part in enumerate(parts, 1):
        read = line_text(part)
        if read is None:
            raise SplitCellError(Message("split line {line} is not TARGET=AMOUNT", line=i))
        account, category, amount_text = read
        try:
            value = parse_amount(amount_text, comma)
        except AmountFormatError:
            raise SplitCellError(Message("split line {line} has no valid amount", line=i)) from None
        if negate:
            value = -value
        if account is not None:
            out.append(ParsedSplit(line, value, account=account))
        else:
            out.append(ParsedSplit(line, value, category=category))
    total = sum((s.amount for s in out), Decimal(0))
    if total != amount:
        raise SplitCellError(Message("the split lines do not sum exactly to the row's amount"))
    return tuple(out)
