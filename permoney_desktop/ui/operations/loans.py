"""Loan operations: the interest category a loan's payments file their interest under."""

from __future__ import annotations

from typing import TYPE_CHECKING

from permoney_desktop.ui.applied import Applied
from permoney_desktop.ui.lazy_import import lazy_module
from permoney_desktop.ui.writes import Writer

if TYPE_CHECKING:
    from permoney_desktop.services import loans as loan_service
else:
    loan_service = lazy_module("permoney_desktop.services.loans")


def set_interest_category(writer: Writer, account_id: int, category_id: int) -> Applied | None:
    return writer.write(
        lambda: loan_service.set_interest_category(writer.ledger, account_id, category_id)
    )
