"""The import wizard: choose a file, read it (CSV mapping with a live preview), map accounts,
review what will happen, import off the GUI thread with a cancellable progress dialog.

Every read and write goes through ``services.imports``; the wizard only collects the request.
The mapping page's live preview reads only the head of the file (``services.import_preview``);
the summary page plans the whole file, so every row is validated before the import. The import
itself is one gated write (one undo step); its ``Changes`` are handed to ``publish`` so the
window's figures and registers refresh and the worker syncs. Closing the wizard while the
import runs cancels it and closes in one action (nothing written); an import that committed
before the cancel arrived is kept whole, published and reported.

One module per page (``file_page``, ``mapping_page``, ``accounts_page``, ``summary_page``,
``done_page``), the wizard itself in ``wizard``, what they share in ``common`` and
``preview_table``. The names callers use are re-exported here.
"""

from permoney_desktop.ui.dialogs.import_wizard.common import (
    ACCOUNTS_PAGE,
    DONE_PAGE,
    FILE_PAGE,
    MAPPING_PAGE,
    PREVIEW_ROWS,
    STAGES,
    SUMMARY_PAGE,
    error_sentence,
    readable_formats,
)
from permoney_desktop.ui.dialogs.import_wizard.preview_table import (
    ACCOUNT,
    AMOUNT,
    CATEGORY,
    CURRENCY,
    DATE,
    LINE,
    MEMO,
    PAYEE,
    PROBLEM,
    PreviewModel,
    show_rows,
)
from permoney_desktop.ui.dialogs.import_wizard.wizard import ImportWizard

__all__ = [
    "ACCOUNT",
    "ACCOUNTS_PAGE",
    "AMOUNT",
    "CATEGORY",
    "CURRENCY",
    "DATE",
    "DONE_PAGE",
    "FILE_PAGE",
    "LINE",
    "MAPPING_PAGE",
    "MEMO",
    "PAYEE",
    "PREVIEW_ROWS",
    "PROBLEM",
    "STAGES",
    "SUMMARY_PAGE",
    "ImportWizard",
    "PreviewModel",
    "error_sentence",
    "readable_formats",
    "show_rows",
]
