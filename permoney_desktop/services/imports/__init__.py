"""Importing bank files: parse all, validate all, dedupe, apply rules, then one gated write.

The API the import wizard and the CLI share (re-exported here from the package's modules):

* ``detect_format(data, name)`` → ``FileFormat`` (content first, then the file extension);
  ``file_problem(data, name)`` → why it is not a bank export (a PDF, a workbook…), or None.
* ``preview(ledger, request, limit=20)`` → ``Preview``: header and guessed mapping (CSV), the
  first rows as they will be imported with per-row errors, the file-level error if any.
* ``plan_import(ledger, request, progress=, cancel=)`` → ``ImportPlan`` (read-only): counts of
  new rows, duplicates (with line and reason), transfer pairs and proposals. Raises
  ``ImportFileError`` (file, line, field) for any bad row.
* ``run_import(ledger, request, dry_run=False, progress=, cancel=)`` → ``ImportReport``: the
  same plan computed again inside the write transaction, then written as one undo step.
  ``progress(stage, done, total)`` is called along the way; ``cancel()`` returning True raises
  ``ImportCancelledError`` and nothing is written.
* ``confirm_transfers`` / ``reject_transfers`` for the proposed pairs;
  ``save_preset`` / ``load_preset`` / ``list_presets`` / ``delete_preset`` for CSV mappings.

Modules: ``types`` (the records), ``files`` (reading), ``columns`` (rows as columns),
``plan`` (checking against the book), ``write`` (the gated write), ``transfers`` (pairs),
``presets`` (saved CSV mappings). Their SQL is in ``store/import_queries.py``.
"""

from permoney_desktop.services.imports.files import (
    detect_format,
    file_problem,
    parse_file,
    preview,
    read_table,
)
from permoney_desktop.services.imports.plan import plan_import
from permoney_desktop.services.imports.presets import (
    delete_preset,
    list_presets,
    load_preset,
    save_preset,
)
from permoney_desktop.services.imports.transfers import (
    confirm_transfers,
    propose_transfers,
    reject_transfers,
)
from permoney_desktop.services.imports.types import (
    CATEGORY_SEPARATOR,
    Cancel,
    ImportCancelledError,
    ImportPlan,
    ImportReport,
    ImportRequest,
    ImportSetupError,
    Preview,
    PreviewRow,
    Progress,
    Skipped,
    TransferProposal,
)
from permoney_desktop.services.imports.write import run_import

__all__ = [
    "CATEGORY_SEPARATOR",
    "Cancel",
    "ImportCancelledError",
    "ImportPlan",
    "ImportReport",
    "ImportRequest",
    "ImportSetupError",
    "Preview",
    "PreviewRow",
    "Progress",
    "Skipped",
    "TransferProposal",
    "confirm_transfers",
    "delete_preset",
    "detect_format",
    "file_problem",
    "list_presets",
    "load_preset",
    "parse_file",
    "plan_import",
    "preview",
    "propose_transfers",
    "read_table",
    "reject_transfers",
    "run_import",
    "save_preset",
]
