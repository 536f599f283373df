"""What a CSV import is told: which column holds each field, and how the text is read."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from permoney_desktop.domain.messages import Message


@dataclass(frozen=True)
class CsvMapping:
    """Which column (by header name, case-insensitive; by number in a headerless file) holds
    each field.

    ``None`` means "not decided" (the import may guess), ``""`` means "not in the file" as the
    user said (``--map FIELD=``): a column that looks like a direction is then never asked
    about again. Either ``amount`` or at least one of ``debit``/``credit`` must be set, and
    ``date``. ``direction`` signs an unsigned ``amount`` (Af/Bij, C/D, S/H…); ``fee`` is
    combined with ``amount``; ``balance`` is the running balance (the statement's closing
    balance, never imported as an entry).
    """

    date: str | None = None
    amount: str | None = None
    debit: str | None = None
    credit: str | None = None
    payee: str | None = None
    memo: str | None = None
    category: str | None = None
    currency: str | None = None
    external_id: str | None = None
    account: str | None = None
    transfer_id: str | None = None
    tags: str | None = None
    direction: str | None = None
    fee: str | None = None
    balance: str | None = None
    split: str | None = None  # the entries export's split lines ("Food=-8; [Savings]=-2")

    @staticmethod
    def field_names() -> tuple[str, ...]:
        return tuple(f.name for f in fields(CsvMapping))

    def with_columns(self, overrides: Mapping[str, str | None]) -> CsvMapping:
        unknown = set(overrides) - set(self.field_names())
        if unknown:
            names = ", ".join(self.field_names())
            raise ValueError(
                Message(
                    "unknown field {field!r} (one of: {names})",
                    field=sorted(unknown)[0],
                    names=names,
                )
            )
        clean = {k: (None if v is None else v.strip()) for k, v in overrides.items()}
        return replace(self, **clean)

    def mapped(self) -> dict[str, str]:
        """The fields that name a column."""
        return {f: c for f in self.field_names() if (c := getattr(self, f))}

    def to_dict(self) -> dict[str, str | None]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CsvMapping:
        return cls().with_columns({k: (None if v is None else str(v)) for k, v in data.items()})


@dataclass(frozen=True)
class CsvOptions:
    """How to read the text: ``None`` means detect (date format, decimal separator, encoding,
    delimiter, header row).

    ``direction_out``/``direction_in``: the direction column's values for money out and in
    (empty: the usual ones, Af/Bij, D/C, Debit/Credit, DR/CR, S/H, -/+). ``header_row``: the
    header's line number (1-based); ``skip_lines``: lines before the header to pass over;
    ``no_header``: the file starts with data, columns are named by number ("1", "2"…).
    ``only``: keep the rows whose column holds the value (case-insensitive), leave out the rest.
    ``balance_sign``: how a balance column counts ("signed" or "owed-positive"; None: decided
    from the data, or asked).
    """

    date_format: str | None = None
    decimal_comma: bool | None = None
    inflows_negative: bool = False
    encoding: str | None = None
    delimiter: str | None = None
    direction_out: tuple[str, ...] = ()
    direction_in: tuple[str, ...] = ()
    header_row: int | None = None
    skip_lines: int = 0
    no_header: bool = False
    only: tuple[tuple[str, str], ...] = ()
    balance_sign: str | None = None

    @property
    def comma(self) -> bool:
        """The decimal separator to read with (a comma only when decided so)."""
        return bool(self.decimal_comma)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CsvOptions:
        known = {f.name for f in fields(CsvOptions)}
        values = {k: v for k, v in data.items() if k in known}
        # JSON keeps tuples as lists: a saved preset reads back as it was saved.
        for key in ("direction_out", "direction_in"):
            if key in values:
                values[key] = tuple(str(v) for v in values[key] or ())
        if "only" in values:
            values["only"] = tuple((str(c), str(v)) for c, v in values["only"] or ())
        return cls(**values)


# Header synonyms (normalized: lower case, letters and digits, single spaces), best first.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "date": (
        "date",
        "transaction date",
        "posting date",
        "posted date",
        "booking date",
        "value date",
        "datum",
        "buchungstag",
        "buchung",
        "buchungsdatum",
        "transactiedatum",
        "boekdatum",
        "completed date",
        "datetime",
        "date time",
        "fecha",
        "date operation",
        "data",
    ),
    "amount": (
        "amount",
        "betrag",
        "bedrag",
        "bedrag eur",
        "betrag eur",
        "montant",
        "importe",
        "value",
        "amount eur",
        "amount usd",
        "amount total",
        "umsatz",
        "net",
        "net amount",
    ),
    "debit": (
        "debit",
        "withdrawal",
        "withdrawals",
        "money out",
        "paid out",
        "outflow",
        "debit amount",
    ),
    "credit": ("credit", "deposit", "deposits", "money in", "paid in", "inflow", "credit amount"),
    "payee": (
        "payee",
        "name",
        "merchant",
        "counterparty",
        "beneficiary",
        "naam omschrijving",
        "tegenrekeninghouder",
        "auftraggeber empfanger",
        "empfanger zahlungspflichtiger",
        "description",
        "empfanger",
        "libelle",
        "narrative",
    ),
    "memo": (
        "memo",
        "notes",
        "note",
        "details",
        "reference",
        "verwendungszweck",
        "vorgang verwendungszweck",
        "mededelingen",
        "omschrijving",
        "remarks",
    ),
    "category": ("category", "kategorie", "categorie"),
    "currency": ("currency", "ccy", "wahrung", "devise", "valutacode", "munt"),
    "external_id": ("id", "transaction id", "fitid", "reference id", "external id"),
    "account": ("account", "account name", "konto"),
    "transfer_id": ("transfer id", "transfer", "transfer ref"),
    "tags": ("tags", "labels"),
    "split": ("split", "split lines"),
    "balance": ("balance", "running balance", "saldo", "saldo na mutatie", "kontostand"),
}

# A fee column is combined with the amount only when the amount is the gross one: a "Net"
# column already has the fee taken off.
_FEE_NAMES = ("fee", "fees", "gebuhr", "kosten")
NET_NAMES = frozenset({"net", "net amount", "netto"})


def norm_header(text: str) -> str:
    folded = text.strip().casefold()
    folded = folded.translate(str.maketrans("äöüéèêàç", "aoueeeac"))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", folded).split())


def guess_mapping(header: Sequence[str]) -> CsvMapping:
    """A first mapping from common header names; each column is used at most once.

    A direction column is never guessed here: the parser asks about it (see
    ``csv_direction``), because a wrong sign is the one mistake an import must not make.
    """
    normalized: dict[str, str] = {}
    for h in header:
        if h.strip():
            normalized.setdefault(norm_header(h), h)
    used: set[str] = set()
    found: dict[str, str] = {}
    for fld, names in _SYNONYMS.items():
        for name in names:
            col = normalized.get(name)
            if col is not None and col not in used:
                found[fld] = col
                used.add(col)
                break
    if "amount" in found and ("debit" in found or "credit" in found):
        found.pop("debit", None)
        found.pop("credit", None)
    if "amount" in found and norm_header(found["amount"]) not in NET_NAMES:
        fee = next((normalized[n] for n in _FEE_NAMES if n in normalized), None)
        if fee is not None and fee not in used:
            found["fee"] = fee
    return CsvMapping().with_columns(found)
