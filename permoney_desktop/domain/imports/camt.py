"""ISO 20022 camt.053 bank-to-customer statements (versions .001.02 to .001.08, and later).

Our own reader: the PyPI camt libraries either convert to a CSV layout, are unmaintained, or
drag in a schema validator; the subset an import needs is small. Booked entries only (pending
and information entries are counted in a note); the amount signed by its credit/debit
indicator; the booking date as the bank wrote it; the counterparty (the debtor of money in,
the creditor of money out) as payee and the remittance information as memo; the account
servicer reference, else the entry reference, as the external id. Opening (OPBD, else PRCD)
and closing (CLBD) booked balances are kept for the reconciliation check. The XML is read by
``xml_tree`` (no entity expansion, nothing fetched).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from permoney_desktop.domain.currency import currency
from permoney_desktop.domain.errors import CurrencyError
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

_AMOUNT = re.compile(r"\d{1,18}(?:\.\d{1,5})?")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_SIGNS = {"CRDT": 1, "DBIT": -1}
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


def read_camt(data: bytes, name: str) -> ParsedFile:
    """Parse every statement in a camt.053 file; a bad booked entry raises."""
    try:
        root, _namespace = parse_xml(data)
    except XmlRefusedError as exc:
        raise ImportFileError(name, exc.line, "", exc.reason) from None
    doc = root.find("Document")
    body = doc.find("BkToCstmrStmt") if doc is not None else None
    if doc is None or body is None:
        what = doc.children[0].tag if doc is not None and doc.children else "no camt document"
        raise ImportFileError(name, 0, "", f"not a camt.053 statement ({what})")
    statements = body.findall("Stmt")
    if not statements:
        raise ImportFileError(name, body.line, "Stmt", "the file holds no statement")
    reader = _Reader(name)
    for stmt in statements:
        _statement(reader, stmt)
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


def _statement(reader: _Reader, stmt: Element) -> None:
    acct = stmt.find("Acct")
    key = acct.text_at("Id/IBAN") or acct.text_at("Id/Othr/Id") if acct is not None else ""
    if acct is None or not key:
        raise reader.error(stmt, "Acct/Id", "the statement names no account (IBAN or Id)")
    code = acct.text_at("Ccy") or _first_currency(stmt)
    try:
        cur = currency(code)
    except CurrencyError as exc:
        raise reader.error(acct, "Ccy", str(exc) if code else "missing currency") from None
    bic = acct.text_at("Svcr/FinInstnId/BIC") or acct.text_at("Svcr/FinInstnId/BICFI")
    reader.infos.append(StatementInfo(key, cur, "", bic))
    _balances(reader, stmt, key, cur)
    pending = 0
    for entry in stmt.findall("Ntry"):
        status = (entry.text_at("Sts/Cd") or entry.text_at("Sts")).upper()
        if status != "BOOK":
            pending += 1
            continue
        reader.rows.append(_entry(reader, entry, key, cur))
    if pending:
        reader.warnings.append(
            f"{reader.name}: {pending} entries of {key} not booked yet (pending), not imported"
        )


def _first_currency(stmt: Element) -> str:
    for tag in ("Bal", "Ntry"):
        for el in stmt.findall(tag):
            amount = el.find("Amt")
            if amount is not None and amount.attrs.get("Ccy"):
                return amount.attrs["Ccy"]
    return ""


def _signed(reader: _Reader, el: Element) -> Decimal:
    text = el.text_at("Amt")
    if _AMOUNT.fullmatch(text) is None:
        reason = "missing amount" if not text else "the amount is not a number"
        raise reader.error(el, "Amt", reason)
    sign = _SIGNS.get(el.text_at("CdtDbtInd").upper())
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


def _balances(reader: _Reader, stmt: Element, key: str, cur: str) -> None:
    found: dict[str, StatementBalance] = {}
    for bal in stmt.findall("Bal"):
        code = bal.text_at("Tp/CdOrPrtry/Cd").upper()
        if code not in ("OPBD", "PRCD", "CLBD"):
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


def _entry(reader: _Reader, entry: Element, key: str, cur: str) -> ParsedRow:
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
    details = [tx for d in entry.findall("NtryDtls") for tx in d.findall("TxDtls")]
    tx = details[0] if len(details) == 1 else None
    payee = _counterparty(tx, amount > 0) if tx is not None else ""
    memo = (_remittance(tx) if tx is not None else "") or entry.text_at("AddtlNtryInf")
    ref = entry.text_at("AcctSvcrRef") or entry.text_at("NtryRef")
    if not ref and tx is not None:
        ref = tx.text_at("Refs/AcctSvcrRef")
    return ParsedRow(
        line=entry.line,
        date=day,
        amount=amount,
        payee=" ".join(payee.split()),
        memo=" ".join(memo.split()),
        currency=row_cur,
        external_id=ref or None,
        account=key,
    )


def _counterparty(tx: Element, money_in: bool) -> str:
    """Who paid (money in) or was paid (money out); versions .08 on nest the name in Pty."""
    party = "Dbtr" if money_in else "Cdtr"
    for role in (party, f"Ultmt{party}"):
        name = tx.text_at(f"RltdPties/{role}/Nm") or tx.text_at(f"RltdPties/{role}/Pty/Nm")
        if name:
            return name
    return ""


def _remittance(tx: Element) -> str:
    info = tx.find("RmtInf")
    unstructured = " ".join(u.text for u in info.findall("Ustrd")) if info is not None else ""
    return unstructured or tx.text_at("RmtInf/Strd/CdtrRefInf/Ref") or tx.text_at("AddtlTxInf")
