"""Bank references as external ids: one used by two rows of an account identifies neither."""

from __future__ import annotations

from collections import Counter

from permoney_desktop.domain.imports.records import ParsedRow


def drop_repeated_ids(rows: list[ParsedRow], name: str) -> tuple[list[ParsedRow], list[str]]:
    """The rows with any repeated (account, id) cleared, and a note when there were some.

    Some banks reuse a reference (a batch id, a daily counter) for several entries; kept, it
    would make the second a "duplicate" of the first. Cleared, those rows are matched by
    date, amount and payee like a CSV's.
    """
    counts = Counter((r.account, r.external_id) for r in rows if r.external_id)
    repeated = {k for k, n in counts.items() if n > 1}
    if not repeated:
        return rows, []
    note = (
        f"{name}: {len(repeated)} references repeat within the file; those entries are "
        "matched by date, amount and payee instead"
    )
    cleared = [
        r._replace(external_id=None) if (r.account, r.external_id) in repeated else r for r in rows
    ]
    return cleared, [note]
