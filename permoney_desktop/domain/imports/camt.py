"""ISO 20022 camt bank-to-customer messages: camt.053 statements (versions .001.02 to .001.08,
and later), camt.052 account reports and camt.054 debit/credit notifications.

Our own reader: the PyPI camt libraries either convert to a CSV layout, are unmaintained, or
drag in a schema validator; the subset an import needs is small. The three messages hold the
same account and entry blocks (``Stmt``, ``Rpt``, ``Ntfctn``) and are read by one entry reader.
Booked entries only (pending and information entries are counted in a note); the amount
signed by its credit/debit indicator; the booking date as the bank wrote it; the counterparty
(the debtor of money in, the creditor of money out) as payee and the remittance information as
memo; the account servicer reference, else the entry reference, as the external id. An entry
holding several transactions (a batch booking) is split by ``camt_batch``. Opening (OPBD, else
PRCD) and closing (CLBD) booked balances are kept for the reconciliation check; a camt.052's
interim balances (ITBD, ITAV…) are not a closing balance. The XML is read by ``xml_tree`` (no
entity expansion, nothing fetched).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from permoney_desktop.domain.currency import Currency, currency
from permoney_desktop.domain.errors import CurrencyError
from permoney_desktop.domain.imports.camt_batch import AMOUNT, SIGNS, split_entry
from permoney_desktop.domain.imports.ofx_tree import Element
from permoney_desktop.domain.imports.records import (
    FileFormat,
    ImportFileError,
    ParsedFile,
    ParsedRow,
    StatementBalance,
    StatementInfo,
)
from permoney_desktop.domain.imports.statement_ids import drop_repeated_ids
from permoney_desktop.domain.imports.xml_tree import XmlRefusedError, parse_xml

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_CAMT = re.compile(rb"camt\.05[234]\.001\.\d\d|<BkToCstmr(?:Stmt|AcctRpt|DbtCdtNtfctn)\b")


def looks_like_camt(data: bytes) -> bool:
    """An ISO 20022 camt namespace or root element near the start."""
    return _CAMT.search(data[:4096]) is not None


@dataclass
class _Reader:
    name: str
    rows: list[ParsedRow] = field(default_factory=list)
    infos: list[StatementInfo] = field(default_factory=list)
    opening: list[StatementBalance] = field(default_factory=list)
    closing: list[StatementBalance] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def error(self, el: Element, path: str, reason: str) -> ImportFileError:
        """An error at ``path``'s element when ``el`` holds it, else at ``el``."""
        at = el.at(path)
        return ImportFileError(self.name, (at or el).line, path, reason)


# The three messages' body and the block each repeats per account.
_MESSAGES = {
    "BkToCstmrStmt": ("Stmt", "statement"),
    "BkToCstmrAcctRpt": ("Rpt", "report"),
    "BkToCstmrDbtCdtNtfctn": ("Ntfctn", "notification"),
}


def read_camt(data: bytes, name: str) -> ParsedFile:
    """Parse every statement, report or notification in a camt.053/.052/.054 file; a bad
    booked entry raises."""
    try:
        root, _namespace = parse_xml(data)
    except XmlRefusedError as exc:
        raise ImportFileError(name, exc.line, "", exc.reason) from None
    doc = root.find("Document")
    body = next((c for c in doc.children if c.tag in _MESSAGES), None) if doc is not None else None
    if doc is None or body is None:
        what = doc.children[0].tag if doc is not None and doc.children else "no camt document"
        raise ImportFileError(
            name, 0, "", f"not a camt.053 statement, camt.052 report or camt.054 ({what})"
        )
    block, kind = _MESSAGES[body.tag]
    statements = body.findall(block)
    if not statements:
        raise ImportFileError(name, body.line, block, f"the file holds no {kind}")
    reader = _Reader(name)
    for stmt in statements:
        _statement(reader, stmt, kind)
    rows, notes = drop_repeated_ids(reader.rows, name)
    reader.warnings.extend(notes)
    return ParsedFile(
        name,
        FileFormat.CAMT,
        tuple(rows),
        tuple(reader.infos),
        tuple(reader.warnings),
        closing_balances=tuple(reader.closing),
        opening_balances=tuple(reader.opening),
    )


def _statement(reader: _Reader, stmt: Element, kind: str) -> None:
    acct = stmt.find("Acct")
    key = acct.text_at("Id/IBAN") or acct.text_at("Id/Othr/Id") if acct is not None else ""
    if acct is None or not key:
        raise reader.error(stmt, "Acct/Id", f"the {kind} names no account (IBAN or Id)")
    code = acct.text_at("Ccy") or _first_currency(stmt)
    try:
        cur = currency(code)
    except CurrencyError as exc:
        raise reader.error(acct, "Ccy", str(exc) if code else "missing currency") from None
    bic = acct.text_at("Svcr/FinInstnId/BIC") or acct.text_at("Svcr/FinInstnId/BICFI")
    reader.infos.append(StatementInfo(key, cur, "", bic))
    _balances(reader, stmt, key, cur, kind)
    left_out = {"PDNG": 0, "INFO": 0, "": 0}
    for entry in stmt.findall("Ntry"):
        status = (entry.text_at("Sts/Cd") or entry.text_at("Sts")).upper()
        if status != "BOOK":
            left_out[status if status in left_out else ""] += 1
            continue
        rows, note = _entry(reader, entry, key, cur)
        reader.rows.extend(rows)
        if note:
            reader.warnings.append(note)
    for status, what in (
        ("PDNG", "not booked yet (pending)"),
        ("INFO", "for information only (not booked)"),
        ("", "with no booked status"),
    ):
        if left_out[status]:
            reader.warnings.append(
                f"{reader.name}: {_entries(left_out[status])} of {key} {what}, not imported"
            )


def _entries(n: int) -> str:
    return f"{n} entr{'y' if n == 1 else 'ies'}"


def _first_currency(stmt: Element) -> str:
    for tag in ("Bal", "Ntry"):
        for el in stmt.findall(tag):
            amount = el.find("Amt")
            if amount is not None and amount.attrs.get("Ccy"):
                return amount.attrs["Ccy"]
    return ""


def _signed(reader: _Reader, el: Element) -> Decimal:
    text = el.text_at("Amt")
    if AMOUNT.fullmatch(text) is None:
        reason = "missing amount" if not text else "the amount is not a number"
        raise reader.error(el, "Amt", reason)
    sign = SIGNS.get(el.text_at("CdtDbtInd").upper())
    if sign is None:
        raise reader.error(el, "CdtDbtInd", "the credit/debit indicator is not CRDT or DBIT")
    return Decimal(text) * sign


def _day(el: Element | None) -> date | None:
    """The calendar day of a ``Dt`` or ``DtTm`` child (the bank's own day, time ignored)."""
    if el is None:
        return None
    text = (el.text_at("Dt") or el.text_at("DtTm"))[:10]
    if _ISO_DAY.fullmatch(text) is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _balances(reader: _Reader, stmt: Element, key: str, cur: str, kind: str) -> None:
    found: dict[str, StatementBalance] = {}
    interim = False
    for bal in stmt.findall("Bal"):
        code = bal.text_at("Tp/CdOrPrtry/Cd").upper()
        if code not in ("OPBD", "PRCD", "CLBD"):
            interim = interim or code.startswith("IT")
            continue
        day = _day(bal.find("Dt"))
        try:
            amount = _signed(reader, bal)
        except ImportFileError:
            day = None
        if day is None:
            reader.warnings.append(
                f"{reader.name}, line {bal.line}: balance {code} unreadable; not checked"
            )
            continue
        found.setdefault(code, StatementBalance(amount, day, key, cur))
    if opening := found.get("OPBD") or found.get("PRCD"):
        reader.opening.append(opening)
    if "CLBD" in found:
        reader.closing.append(found["CLBD"])
    elif kind == "report" or interim:
        # An intraday report's balances move with the day: only a booked one is a verdict.
        only = " (only interim balances)" if interim else ""
        reader.warnings.append(
            f"{reader.name}: the {kind} for {key} states no booked closing balance{only}; "
            "the closing balance is not checked"
        )


def _entry(
    reader: _Reader, entry: Element, key: str, cur: Currency
) -> tuple[list[ParsedRow], str | None]:
    amount = _signed(reader, entry)
    day = _day(entry.find("BookgDt"))
    if day is None:
        raise reader.error(entry, "BookgDt", "missing or unreadable booking date")
    row_cur = cur
    amount_el = entry.find("Amt")
    if amount_el is not None and (code := amount_el.attrs.get("Ccy", "")):
        try:
            row_cur = currency(code)
        except CurrencyError as exc:
            raise reader.error(entry, "Amt", str(exc)) from None
    whole = ParsedRow(
        line=entry.line,
        date=day,
        amount=amount,
        memo=" ".join(entry.text_at("AddtlNtryInf").split()),
        currency=row_cur,
        external_id=entry.text_at("AcctSvcrRef") or entry.text_at("NtryRef") or None,
        account=key,
    )
    sign = SIGNS[entry.text_at("CdtDbtInd").upper()]  # checked by ``_signed``
    return split_entry(reader.name, entry, whole, row_cur, sign)
