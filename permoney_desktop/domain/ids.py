"""Typed identifiers, so an account id can never be passed where an entry id is expected."""

from typing import NewType

AccountId = NewType("AccountId", int)
EntryId = NewType("EntryId", int)
TransferId = NewType("TransferId", int)
CategoryId = NewType("CategoryId", int)
TagId = NewType("TagId", int)
MerchantId = NewType("MerchantId", int)
BudgetId = NewType("BudgetId", int)
GoalId = NewType("GoalId", int)
