"""``store/table_columns.py`` is the schema's column lists as they are now (the undo journal and
``tx add`` read them without importing SQLAlchemy; a stale copy would write rows wrongly)."""

from __future__ import annotations

from permoney_desktop.store import table_info
from permoney_desktop.store.table_columns import TABLES


def test_the_generated_columns_match_the_schema() -> None:
    assert table_info.schema_tables() == TABLES, (
        "store/schema.py changed: regenerate with "
        "python -m permoney_desktop.store.table_info && ruff format "
        "permoney_desktop/store/table_columns.py"
    )


def test_the_generator_writes_what_is_read_back() -> None:
    namespace: dict[str, object] = {}
    exec(table_info.generated_source(), namespace)
    assert namespace["TABLES"] == table_info.schema_tables()
