"""Opening the book named on the command line, with CLI-friendly errors."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from permoney_desktop.cli.errors import CliError

if TYPE_CHECKING:
    from permoney_desktop.domain.changes import Changes
    from permoney_desktop.services.encryption import KeyRequest
    from permoney_desktop.services.ledger import Ledger


def open_ledger(args: argparse.Namespace, *, create: bool = False) -> Ledger:
    # Imported here so `permoney --version` and `--help` never load SQLAlchemy.
    from permoney_desktop.services import encryption
    from permoney_desktop.store.book import BookError

    try:
        # Plain books open directly; an encrypted one finds its key (keyring, environment)
        # or asks for the recovery key in a terminal.
        return encryption.open_ledger(args.book, create=create, prompt=_ask_key)
    except encryption.KeyRequired as exc:
        raise CliError(f"{exc} (or set {encryption.ENV_KEY})") from None
    except BookError as exc:
        raise CliError(str(exc)) from None


def _ask_key(request: KeyRequest) -> str | None:
    """Ask for an encrypted book's recovery key on the terminal (None when there is none)."""
    import getpass
    import sys

    if request.keyring_notice:
        print(f"permoney: warning: {request.keyring_notice}", file=sys.stderr)
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"{request.message}: ")


def parse_date(text: str) -> date:
    """An ISO date (YYYY-MM-DD) for argparse ``type=``; anything else is a clear error."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {text!r} (expected YYYY-MM-DD)") from None


def after_write(ledger: Ledger, changes: Changes) -> None:
    """Bring derived data up to date after a CLI write.

    For now the pending syncs run inline (a later worker will enqueue them instead); a failed
    account is reported on stderr and stays pending in the syncs table, so nothing is lost.
    """
    import sys

    from permoney_desktop.services.materialize import sync_pending

    del changes
    for outcome in sync_pending(ledger):
        if outcome.status == "failed":
            print(
                f"permoney: balances of account {outcome.account_id} not updated: "
                f"{outcome.error} (still pending)",
                file=sys.stderr,
            )
        for miss in outcome.missing:
            print(f"permoney: warning: {miss}; balances from then on are partial", file=sys.stderr)
