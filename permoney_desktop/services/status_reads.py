"""Entry statuses as the register reads them: the plain read pool, as ``register_reads``."""

from __future__ import annotations

from collections.abc import Sequence

from permoney_desktop.domain.reconcile import EntryStatus
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import read_pool, status_queries


def statuses(ledger: Ledger, entry_ids: Sequence[int]) -> dict[int, EntryStatus]:
    rows = status_queries.statuses(read_pool.reader(ledger.book), entry_ids)
    return {i: EntryStatus(s) for i, s in rows}
