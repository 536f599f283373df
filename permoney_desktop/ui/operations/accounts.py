"""Account operations: create, edit, archive."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from permoney_desktop.domain.entry_values import UNSET
from permoney_desktop.services import accounts as account_service
from permoney_desktop.ui.applied import Applied
from permoney_desktop.ui.writes import Writer


def create_account(
    writer: Writer,
    name: str,
    kind: str,
    currency_code: str,
    *,
    opening_balance: Decimal | int,
    opening_date: date,
) -> int | None:
    """The new account's id, or None (the error was reported)."""
    done = writer.write_value(
        lambda: account_service.create_account(
            writer.ledger,
            name,
            kind,
            currency_code,
            opening_balance=opening_balance,
            opening_date=opening_date,
        )
    )
    return None if done is None else int(done[0])


def edit_account(
    writer: Writer,
    account_id: int,
    *,
    name: str,
    kind: str,
    currency_code: str,
    opening_balance: Decimal | int,
    opening_date: date,
) -> Applied | None:
    return writer.write(
        lambda: account_service.edit_account(
            writer.ledger,
            account_id,
            name=name,
            kind=kind,
            currency_code=currency_code,
            opening_balance=opening_balance,
            opening_date=opening_date,
        )
    )


def set_archived(writer: Writer, account_id: int, archived: bool) -> Applied | None:
    return writer.write(lambda: account_service.set_archived(writer.ledger, account_id, archived))


def set_opening(
    writer: Writer,
    account_id: int,
    *,
    balance: Decimal | None = None,
    day: date | None = None,
) -> Applied | None:
    """The account's opening balance or date alone (the register's opening row): the account
    edit's one undo step."""
    return writer.write(
        lambda: account_service.edit_account(
            writer.ledger,
            account_id,
            opening_balance=balance,
            opening_date=UNSET if day is None else day,
        )
    )
