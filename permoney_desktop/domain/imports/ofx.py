"""OFX 1.x (SGML), OFX 2.x (XML) and QFX statements, read with ofxtools.

FITID becomes the external id; each statement names its account (ACCTID) and currency
(CURDEF). Dates are the bank's own calendar day (the first 8 digits of DTPOSTED): ofxtools
converts to UTC, which would move an evening transaction in a western time zone to the next
day.
"""

from __future__ import annotations

import io
import re
import warnings
from datetime import date
from typing import Any

from permoney_desktop.domain.currency import currency
from permoney_desktop.domain.errors import CurrencyError
from permoney_desktop.domain.imports.records import (
    FileFormat,
    ImportFileError,
    ParsedFile,
    ParsedRow,
    StatementInfo,
)

_STMTTRN = re.compile(rb"<STMTTRN>", re.IGNORECASE)


def looks_like_ofx(data: bytes) -> bool:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").upper()
    return head.startswith((b"OFXHEADER", b"<?XML", b"<OFX")) and b"OFX" in head


def _lines_of_transactions(data: bytes) -> list[int]:
    return [data.count(b"\n", 0, m.start()) + 1 for m in _STMTTRN.finditer(data)]


def _raw_day(text: str | None) -> date | None:
    if not text or len(text) < 8 or not text[:8].isdigit():
        return None
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None


def read_ofx(data: bytes, name: str, fmt: FileFormat = FileFormat.OFX) -> ParsedFile:
    """Parse every bank and credit-card statement in the file; anything unreadable raises."""
    # Imported here: ofxtools takes ~0.3 s to import, which a CSV import should not pay.
    from ofxtools.Parser import OFXTree

    tree = OFXTree()
    try:
        with warnings.catch_warnings():
            # QFX adds Intuit's private tags (<INTU.BID>); ofxtools warns and skips them.
            warnings.simplefilter("ignore")
            tree.parse(io.BytesIO(data))
            root = tree.getroot()
            if root is None:
                raise ValueError("empty document")
            raw_dates = [el.findtext("DTPOSTED") for el in root.iter("STMTTRN")]
            ofx = tree.convert()
    # ofxtools raises a variety of exception types (ParseError, header errors, ValueError
    # from its converters, KeyError for unknown aggregates); any of them means "not a valid
    # OFX file", so they all become one clear message.
    except Exception as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ImportFileError(name, 0, "", f"not a readable OFX file: {reason[:200]}") from None
    lines = _lines_of_transactions(data)
    statements = list(getattr(ofx, "statements", []) or [])
    if not statements:
        raise ImportFileError(name, 0, "", "no bank or credit-card statement in the file")
    rows: list[ParsedRow] = []
    infos: list[StatementInfo] = []
    index = 0
    for stmt in statements:
        kind = type(stmt).__name__
        if kind not in {"STMTRS", "CCSTMTRS"}:
            raise ImportFileError(name, 0, "", f"{kind} statements (investments) are not supported")
        acct: Any = stmt.account
        key = str(acct.acctid)
        try:
            cur = currency(str(stmt.curdef))
        except CurrencyError as exc:
            raise ImportFileError(name, 0, "CURDEF", str(exc)) from None
        infos.append(
            StatementInfo(
                key,
                cur,
                str(getattr(acct, "accttype", "") or ("CREDITCARD" if kind == "CCSTMTRS" else "")),
                str(getattr(acct, "bankid", "") or ""),
            )
        )
        for tr in stmt.banktranlist or []:
            line = lines[index] if index < len(lines) else 0
            raw = raw_dates[index] if index < len(raw_dates) else None
            index += 1
            day = _raw_day(raw) or tr.dtposted.date()
            row_cur = cur
            if getattr(tr, "currency", None) is not None:
                try:
                    row_cur = currency(str(tr.currency.cursym))
                except CurrencyError as exc:
                    raise ImportFileError(name, line, "CURSYM", str(exc)) from None
            payee = tr.name or (tr.payee.name if getattr(tr, "payee", None) else "") or ""
            memo = tr.memo or ""
            if getattr(tr, "checknum", None):
                memo = f"{memo} (check {tr.checknum})".strip()
            fitid = str(tr.fitid).strip() if tr.fitid else None
            rows.append(
                ParsedRow(
                    line=line,
                    date=day,
                    amount=tr.trnamt,
                    payee=str(payee).strip(),
                    memo=str(memo).strip(),
                    currency=row_cur,
                    external_id=fitid,
                    account=key,
                )
            )
    return ParsedFile(name, fmt, tuple(rows), tuple(infos))
