"""What ``permoney import`` prints after its counts: the statement's closing balances checked
against the book (and, when the file corrects earlier downloads, what was corrected)."""

from __future__ import annotations

import sys

from permoney_desktop.services.imports import ImportReport
from permoney_desktop.services.imports.closing_check import summary
from permoney_desktop.services.imports.corrections import needs_attention, sentence


def print_corrections(report: ImportReport) -> None:
    """One line per correction of an earlier download: what was deleted, or why nothing was
    (a warning: the user should look at that entry)."""
    for o in report.corrections:
        warn = "warning: " if needs_attention(o) else ""
        print(f"{warn}correction: {sentence(o, would=report.dry_run)}")


def print_checks(report: ImportReport) -> None:
    """One line per account whose statement states a closing balance; a difference is a
    warning line on stdout and one line on stderr (it stays visible when stdout goes to a
    file), never an error: the exit status is the import's."""
    lines = summary(report.closing)
    for warn, text in lines:
        print(f"{'warning: ' if warn else ''}closing balance: {text}")
    differing = sum(warn for warn, _text in lines)
    if differing:
        verb = "would differ" if report.dry_run else "differs"
        print(
            f"permoney: warning: the book {verb} from the statement's closing balance "
            f"({differing} account{'s' if differing != 1 else ''}; see the summary)",
            file=sys.stderr,
        )
