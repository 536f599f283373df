"""OFX 1.x (SGML), OFX 2.x (XML) and QFX bank and credit-card statements, read leniently.

Only what an import uses is checked: each statement's account (ACCTID) and currency (CURDEF),
and each transaction's amount, posted date and FITID. Header lines, signon metadata, a bank
id's length, a missing LEDGERBAL, an empty LANGUAGE or an odd DTSERVER are never reasons to
refuse a file; an amount, a date or a FITID is never guessed. Dates are the bank's own calendar
day (the first 8 digits of DTPOSTED): converting to UTC would move an evening transaction in a
western time zone to the next day. CORRECTACTION (REPLACE/DELETE) is applied within the file and
kept (``ParsedFile.corrections``) for the import to apply to an earlier download's entry.
The markup is read by ``ofx_tree`` (no XML parser: no entities to expand, nothing external).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from permoney_desktop.domain.currency import currency
from permoney_desktop.domain.errors import CurrencyError
from permoney_desktop.domain.imports.ofx_tree import Element, parse_tree
from permoney_desktop.domain.imports.records import (
    Correction,
    FileFormat,
    ImportFileError,
    ParsedFile,
    ParsedRow,
    StatementBalance,
    StatementInfo,
)

_OFX_MARK = re.compile(rb"<OFX\s*>|<\?OFX[\s?]|^OFXHEADER\s*:|^DATA\s*:\s*OFXSGML", re.I | re.M)
_OFX_START = re.compile(r"<OFX\s*>", re.I)
_CHARSET = re.compile(rb"^CHARSET\s*:\s*(\S+)|encoding\s*=\s*[\"']([A-Za-z0-9_.-]+)", re.I | re.M)
# OFX amounts have no thousands separator; the decimal mark is a point or, by the spec, a comma.
_AMOUNT = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)")
_STATEMENTS = ("STMTRS", "CCSTMTRS")


def looks_like_ofx(data: bytes) -> bool:
    """An OFX header line or an ``<OFX>`` element near the start (blank lines allowed)."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return not head.startswith(b"!") and _OFX_MARK.search(head) is not None


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    m = _CHARSET.search(data[:4096])
    declared = (m[1] or m[2] or b"").decode("ascii", "replace").lower() if m else ""
    # OFX 1.x says CHARSET:1252 or ISO-8859-1; both read every byte as cp1252 does, nearly.
    enc = "latin-1" if declared in {"iso-8859-1", "8859-1", "latin-1", "latin1"} else "cp1252"
    return data.decode(enc, errors="replace")


@dataclass
class _Reader:
    name: str
    rows: list[ParsedRow] = field(default_factory=list)
    infos: list[StatementInfo] = field(default_factory=list)
    closing: list[StatementBalance] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def error(self, el: Element, tag: str, reason: str) -> ImportFileError:
        """An error at ``tag``'s own line when ``el`` holds it, else at ``el``'s."""
        at = el.find(tag)
        return ImportFileError(self.name, (at or el).line, tag, reason)


def read_ofx(data: bytes, name: str, fmt: FileFormat = FileFormat.OFX) -> ParsedFile:
    """Parse every bank and credit-card statement in the file; a bad transaction raises."""
    text = _decode(data)
    if _OFX_START.search(text) is None:
        raise ImportFileError(name, 0, "OFX", "no <OFX> element: this is not an OFX file")
    root = parse_tree(text)
    statements = [el for el in _walk(root) if el.tag in _STATEMENTS]
    if not statements:
        raise _no_statement(root, name)
    reader = _Reader(name)
    for stmt in statements:
        _read_statement(reader, stmt)
    reader.warnings.extend(_other_notes(root, name))
    return ParsedFile(
        name,
        fmt,
        tuple(reader.rows),
        tuple(reader.infos),
        tuple(reader.warnings),
        closing_balances=tuple(reader.closing),
        corrections=tuple(reader.corrections),
    )


def _walk(root: Element) -> list[Element]:
    out: list[Element] = []
    stack = [root]
    while stack:
        el = stack.pop()
        out.append(el)
        stack.extend(reversed(el.children))
    return out


def _no_statement(root: Element, name: str) -> ImportFileError:
    """Why a file has no statement: the bank's own words when it says, else what it holds."""
    for status in root.iter("STATUS"):
        code = status.findtext("CODE")
        message = " ".join(status.findtext("MESSAGE").split())
        if code not in ("", "0") or (message and status.findtext("SEVERITY") == "ERROR"):
            said = f": {message[:300]}" if message else ""
            return ImportFileError(
                name, status.line, "STATUS", f"the bank reports error {code or '?'}{said}"
            )
    if root.iter("INVSTMTRS"):
        return ImportFileError(
            name, 0, "INVSTMTRS", "investment statements are not supported (no bank statement)"
        )
    return ImportFileError(name, 0, "", "no bank or credit-card statement in the file")


def _first(el: Element, *tags: str) -> Element | None:
    """The first ``tags`` element anywhere under ``el``: an aggregate a bank left unclosed
    (Nubank's BANKTRANLIST) holds what should have followed it."""
    for tag in tags:
        if found := el.find(tag) or next(iter(el.iter(tag)), None):
            return found
    return None


def _other_notes(root: Element, name: str) -> list[str]:
    """What a file with statements also says: investment statements left out, and a bank's
    warning in its own words."""
    notes = [
        f"{name}, line {el.line}: an investment statement, not imported"
        for el in root.iter("INVSTMTRS")
    ]
    for status in root.iter("STATUS"):
        message = " ".join(status.findtext("MESSAGE").split())
        if status.findtext("CODE") not in ("", "0") and message:
            notes.append(f"{name}, line {status.line}: the bank says: {message[:300]}")
    return notes


def _read_statement(reader: _Reader, stmt: Element) -> None:
    acct = _first(stmt, "BANKACCTFROM", "CCACCTFROM")
    if acct is None:
        tag = "CCACCTFROM" if stmt.tag == "CCSTMTRS" else "BANKACCTFROM"
        raise reader.error(stmt, tag, "the statement names no account")
    key = acct.findtext("ACCTID")
    if not key:
        raise reader.error(acct, "ACCTID", "the statement's account has no id")
    curdef = _first(stmt, "CURDEF")
    cur = _currency(reader, stmt, curdef.text if curdef is not None else "", "CURDEF")
    kind = acct.findtext("ACCTTYPE") or ("CREDITCARD" if stmt.tag == "CCSTMTRS" else "")
    reader.infos.append(StatementInfo(key, cur, kind, acct.findtext("BANKID")))
    rows = [_transaction(reader, tr, key, cur) for tr in stmt.iter("STMTTRN")]
    reader.rows.extend(_apply_corrections(reader, stmt.iter("STMTTRN"), rows, key))
    _ledger_balance(reader, stmt, key, cur)


def _currency(reader: _Reader, el: Element, code: str, tag: str) -> str:
    if not code:
        raise reader.error(el, tag, "missing currency")
    try:
        return currency(code)
    except CurrencyError as exc:
        raise reader.error(el, tag, str(exc)) from None


def parse_ofx_amount(text: str) -> Decimal | None:
    """An OFX amount ("-12.34", "+5", "12,50"), or None when it is not one."""
    text = text.strip()
    if _AMOUNT.fullmatch(text) is None or len(text) > 24:
        return None
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None


def parse_ofx_day(text: str) -> date | None:
    """The calendar day of an OFX datetime (``YYYYMMDD[HHMMSS[.XXX]][[-5:EST]]``): only the
    first 8 digits count, so any time or zone suffix, however written, is never a reason to
    refuse."""
    digits = text.strip()[:8]
    return _day(digits) if len(digits) == 8 and digits.isdigit() else None


def _day(digits: str) -> date | None:
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def _transaction(reader: _Reader, tr: Element, key: str, cur: str) -> ParsedRow:
    amount = parse_ofx_amount(tr.findtext("TRNAMT"))
    if amount is None:
        reason = "missing amount" if not tr.findtext("TRNAMT") else "the amount is not a number"
        raise reader.error(tr, "TRNAMT", reason)
    day = parse_ofx_day(tr.findtext("DTPOSTED"))
    if day is None:
        reason = "missing date" if not tr.findtext("DTPOSTED") else "not a date (YYYYMMDD…)"
        raise reader.error(tr, "DTPOSTED", reason)
    row_cur = cur
    if (other := tr.find("CURRENCY")) is not None:
        row_cur = _currency(reader, other, other.findtext("CURSYM"), "CURSYM")
    payee_el = tr.find("PAYEE")
    payee = tr.findtext("NAME") or (payee_el.findtext("NAME") if payee_el is not None else "")
    memo = tr.findtext("MEMO")
    if check := tr.findtext("CHECKNUM"):
        memo = f"{memo} (check {check})".strip()
    return ParsedRow(
        line=tr.line,
        date=day,
        amount=amount,
        payee=" ".join(payee.split()),
        memo=" ".join(memo.split()),
        currency=row_cur,
        external_id=tr.findtext("FITID") or None,
        account=key,
    )


def _apply_corrections(
    reader: _Reader, trns: list[Element], rows: list[ParsedRow], key: str
) -> list[ParsedRow]:
    """CORRECTACTION: REPLACE drops the corrected FITID and keeps the new transaction; DELETE
    drops both. Every correction is also kept for the import, which applies it to an entry of
    an earlier download with the corrected FITID (never to a guessed one)."""
    dropped: set[str] = set()
    corrections: set[int] = set()
    fitids = {r.external_id for r in rows if r.external_id}
    for i, tr in enumerate(trns):
        action = tr.findtext("CORRECTACTION").upper()
        if not action:
            continue
        target = tr.findtext("CORRECTFITID")
        if action not in ("REPLACE", "DELETE") or not target:
            raise reader.error(tr, "CORRECTACTION", "needs REPLACE or DELETE and a CORRECTFITID")
        dropped.add(target)
        if action == "DELETE":
            corrections.add(i)
        replacement = (tr.findtext("FITID") or None) if action == "REPLACE" else None
        reader.corrections.append(
            Correction(action, target, key, tr.line, replacement, target in fitids)
        )
    return [
        row
        for i, (tr, row) in enumerate(zip(trns, rows, strict=True))
        if i not in corrections and (row.external_id not in dropped or tr.findtext("CORRECTACTION"))
    ]


def _ledger_balance(reader: _Reader, stmt: Element, key: str, cur: str) -> None:
    bal = _first(stmt, "LEDGERBAL")
    if bal is None:
        return  # optional for the import: only the reconciliation check uses it
    amount = parse_ofx_amount(bal.findtext("BALAMT"))
    day = parse_ofx_day(bal.findtext("DTASOF"))
    if amount is None or day is None:
        reader.warnings.append(
            f"{reader.name}, line {bal.line}: LEDGERBAL unreadable; the balance is not checked"
        )
        return
    reader.closing.append(StatementBalance(amount, day, key, cur))
