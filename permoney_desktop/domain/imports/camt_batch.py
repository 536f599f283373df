"""The transactions inside one camt entry: a batch booking (``Ntry`` whose ``NtryDtls`` hold
several ``TxDtls``) split into one row per transaction.

German banks book a collective transfer, a direct-debit run or a day's card payments as one
entry with the transactions listed under it. Each becomes a row with its own amount (the
account-currency one: ``TxDtls/Amt`` from .001.04 on, else ``AmtDtls/TxAmt`` or
``AmtDtls/CntrValAmt``; an ``InstdAmt`` in another currency is never taken), its own sign
(``TxDtls/CdtDbtInd``, else the entry's), counterparty and remittance information, and an
external id built from the entry's reference and the transaction's (or its position), so a
re-download matches. The amounts must add up to the entry's exactly, in minor units, or the
file is refused. When the details are incomplete (no amount per transaction, fewer ``TxDtls``
than the batch's ``NbOfTxs``) the entry is imported whole, as booked, and a note says so.
"""

from __future__ import annotations

import re
from decimal import Decimal

from permoney_desktop.domain.currency import Currency, exponent
from permoney_desktop.domain.imports.ofx_tree import Element
from permoney_desktop.domain.imports.records import ImportFileError, ParsedRow

# A camt amount (ISO ActiveOrHistoricCurrencyAndAmount: up to 18 digits, 5 decimals).
AMOUNT = re.compile(r"\d{1,18}(?:\.\d{1,5})?")
SIGNS = {"CRDT": 1, "DBIT": -1}
# Where a transaction's account-currency amount may be, in order of preference.
AMOUNT_PATHS = ("Amt", "AmtDtls/TxAmt/Amt", "AmtDtls/CntrValAmt/Amt")
_NOT_A_REF = {"", "NOTPROVIDED", "NONREF"}


def transactions(entry: Element) -> list[Element]:
    """The entry's ``TxDtls``, across all its ``NtryDtls``, in file order."""
    return [tx for d in entry.findall("NtryDtls") for tx in d.findall("TxDtls")]


def declared_count(entry: Element) -> int:
    """How many transactions the entry's batch blocks say it holds (0: none say)."""
    total = 0
    for details in entry.findall("NtryDtls"):
        text = details.text_at("Btch/NbOfTxs")
        if text.isdigit() and len(text) <= 15:  # the ISO type is Max15NumericText
            total += int(text)
    return total


def counterparty(tx: Element, money_in: bool) -> str:
    """Who paid (money in) or was paid (money out); versions .08 on nest the name in Pty."""
    party = "Dbtr" if money_in else "Cdtr"
    for role in (party, f"Ultmt{party}"):
        name = tx.text_at(f"RltdPties/{role}/Nm") or tx.text_at(f"RltdPties/{role}/Pty/Nm")
        if name:
            return " ".join(name.split())
    return ""


def remittance(tx: Element) -> str:
    """The transaction's remittance information (unstructured lines, else the creditor's
    structured reference, else the bank's additional text)."""
    info = tx.find("RmtInf")
    unstructured = " ".join(u.text for u in info.findall("Ustrd")) if info is not None else ""
    text = unstructured or tx.text_at("RmtInf/Strd/CdtrRefInf/Ref") or tx.text_at("AddtlTxInf")
    return " ".join(text.split())


def _tx_amount(name: str, tx: Element, cur: Currency, sign: int) -> Decimal | None:
    """The transaction's signed amount in the entry's currency, or None when it states none."""
    for path in AMOUNT_PATHS:
        el = tx.at(path)
        if el is None or el.attrs.get("Ccy", cur).strip().upper() != cur:
            continue
        if AMOUNT.fullmatch(el.text) is None:
            reason = "missing amount" if not el.text else "the amount is not a number"
            raise ImportFileError(name, el.line, f"TxDtls/{path}", reason)
        indicator = tx.text_at("CdtDbtInd").upper()
        if indicator and indicator not in SIGNS:
            at = tx.at("CdtDbtInd")
            raise ImportFileError(
                name,
                at.line if at is not None else tx.line,
                "TxDtls/CdtDbtInd",
                "the credit/debit indicator is not CRDT or DBIT",
            )
        return Decimal(el.text) * SIGNS.get(indicator, sign)
    return None


def _tx_ref(tx: Element) -> str:
    for path in ("Refs/AcctSvcrRef", "Refs/TxId", "Refs/EndToEndId", "Refs/InstrId"):
        text = tx.text_at(path)
        if text.upper() not in _NOT_A_REF:
            return text
    return ""


def _ids(entry_ref: str, txs: list[Element]) -> list[str | None]:
    """One external id per transaction: the entry's reference with the transaction's own
    (when unique within the entry) or its position; without an entry reference, the bank's
    reference of the transaction alone (a payer's end-to-end id may repeat across months)."""
    if not entry_ref:
        return [tx.text_at("Refs/AcctSvcrRef") or None for tx in txs]
    refs = [_tx_ref(tx) for tx in txs]
    unique = len(set(refs)) == len(refs) and all(refs)
    return [f"{entry_ref}/{ref if unique else i}" for i, ref in enumerate(refs, 1)]


def _minor(amount: Decimal, cur: Currency) -> Decimal:
    """``amount`` in minor units (exact: camt amounts have at most five decimals)."""
    return amount.scaleb(exponent(cur))


def split_entry(
    name: str, entry: Element, whole: ParsedRow, cur: Currency, sign: int
) -> tuple[list[ParsedRow], str | None]:
    """The rows of one booked entry (``whole``: the entry as one row), and a note when a batch
    is imported as one entry because its details are incomplete."""
    txs = transactions(entry)
    declared = declared_count(entry)
    if len(txs) <= 1:
        row = whole if not txs else _single(whole, txs[0])
        if declared > 1:
            return [row], _whole_note(name, entry, declared, "lists none of them")
        return [row], None
    amounts = [_tx_amount(name, tx, cur, sign) for tx in txs]
    count = max(declared, len(txs))
    if declared > len(txs):
        return [whole], _whole_note(name, entry, count, f"lists only {len(txs)} of them")
    if any(a is None for a in amounts):
        return [whole], _whole_note(name, entry, count, f"states no {cur} amount for each")
    signed = [a for a in amounts if a is not None]
    if sum(map(lambda a: _minor(a, cur), signed)) != _minor(whole.amount, cur):
        raise ImportFileError(
            name,
            txs[0].line,
            "TxDtls/Amt",
            f"the {len(txs)} transactions of the entry on line {entry.line} do not add up "
            "to the entry's amount",
        )
    ids = _ids(whole.external_id or "", txs)
    rows = []
    for tx, amount, ext in zip(txs, signed, ids, strict=True):
        rows.append(
            whole._replace(
                line=tx.line,
                amount=amount,
                payee=counterparty(tx, amount > 0),
                memo=remittance(tx) or whole.memo,
                external_id=ext,
            )
        )
    return rows, None


def _single(whole: ParsedRow, tx: Element) -> ParsedRow:
    """An entry with one transaction: the entry's amount (the booked one, whatever currency
    the transaction was instructed in), the transaction's counterparty and text."""
    return whole._replace(
        payee=counterparty(tx, whole.amount > 0),
        memo=remittance(tx) or whole.memo,
        external_id=whole.external_id or tx.text_at("Refs/AcctSvcrRef") or None,
    )


def _whole_note(name: str, entry: Element, count: int, why: str) -> str:
    return (
        f"{name}, line {entry.line}: a batch of {count} transactions {why}; "
        "imported as one entry with the batch's total"
    )
