"""Book safety commands: ``backup``, ``restore``, ``check``, ``encrypt`` and ``decrypt``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from permoney_desktop.cli.context import open_ledger
from permoney_desktop.cli.errors import CliError
from permoney_desktop.cli.output import FORMATS, emit

EXIT_FINDINGS = 1


def register(sub: Any) -> None:
    p = sub.add_parser("backup", help="write a verified backup of the book")
    p.add_argument(
        "dest",
        nargs="?",
        type=Path,
        help="file or folder to write to (default: the book's backups folder)",
    )
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="replace the book with a backup (backs the book up first)")
    p.add_argument("file", type=Path, help="the backup file to restore")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("check", help="check the book's integrity (exit status 1 on errors)")
    p.add_argument(
        "--repair", action="store_true", help="rebuild derived data (balances, syncs, cache)"
    )
    p.add_argument("--quick", action="store_true", help="SQLite quick_check instead of a full one")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser(
        "encrypt",
        help="encrypt the book (prints its recovery key once, before the book is changed)",
    )
    p.add_argument(
        "--key-file",
        type=Path,
        metavar="FILE",
        help="write the recovery key to this new file instead of standard output",
    )
    plain = p.add_mutually_exclusive_group()
    plain.add_argument(
        "--remove-plain-backups",
        action="store_true",
        help="afterwards, delete the unencrypted backups in the book's backups folder",
    )
    plain.add_argument(
        "--encrypt-plain-backups",
        action="store_true",
        help="afterwards, encrypt the unencrypted backups in the book's backups folder",
    )
    p.set_defaults(handler=cmd_encrypt)
    p = sub.add_parser("decrypt", help="turn an encrypted book back into a plain one")
    p.set_defaults(handler=cmd_decrypt)


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return f"{n} B"


def cmd_backup(args: argparse.Namespace) -> int:
    from permoney_desktop.services import backups

    with open_ledger(args) as ledger:
        try:
            result = backups.backup(ledger, args.dest)
        except backups.BackupError as exc:
            raise CliError(str(exc)) from None
    if not result.ok:
        raise CliError(f"backup failed: {'; '.join(result.problems[:3])}")
    print(result.path)
    print(f"backup verified ({_size(result.size_bytes)}, {result.duration_ms} ms)", file=sys.stderr)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from permoney_desktop.services import backups, materialize, metrics

    with open_ledger(args) as ledger:
        try:
            result = backups.restore(ledger, args.file)
        except backups.BackupError as exc:
            raise CliError(str(exc)) from None
    # Reopen: the restored file may be from an older schema, and its derived stores are stale.
    with open_ledger(args) as ledger:
        materialize.recover_interrupted(ledger)
        metrics.open_cache(ledger).clear()
    print(f"restored {ledger.paths.book} from {result.restored_from}", file=sys.stderr)
    print(f"the previous book was saved to {result.safety_backup.path}", file=sys.stderr)
    return 0


def _repair_queue(queue: Path) -> None:
    """The worker's queue file is derived: an unreadable one is rebuilt (pending work is in
    the book's syncs table)."""
    from permoney_desktop.worker.queue import repair_queue

    done = repair_queue(queue)
    if done is not None:
        print(f"repaired: {done}")


def cmd_check(args: argparse.Namespace) -> int:
    from permoney_desktop.services import integrity, metrics

    with open_ledger(args) as ledger:
        if args.repair:
            _repair_queue(ledger.paths.queue)
            report = integrity.repair(ledger, clear_cache=lambda lg: metrics.open_cache(lg).clear())
        else:
            report = integrity.check(ledger, quick=args.quick)
    rows = [
        {"check": f.check, "severity": f.severity.value, "message": f.message}
        for f in report.findings
    ]
    if args.format != "table":
        emit(rows, ["check", "severity", "message"], args.format)
    else:
        for action in report.repaired:
            print(f"repaired: {action}")
        if rows:
            emit(rows, ["check", "severity", "message"], "table")
        verdict = "clean" if report.ok else f"{len(report.errors)} error(s)"
        print(
            f"book check {verdict}: {report.accounts_compared} accounts and "
            f"{report.balance_rows_compared} balance days compared in {report.duration_ms} ms"
        )
    return 0 if report.ok else EXIT_FINDINGS


def cmd_encrypt(args: argparse.Namespace) -> int:
    from permoney_desktop.cli import recovery_key
    from permoney_desktop.domain.book_keys import parse_key
    from permoney_desktop.services import encryption

    _refuse_shared(args, "encrypt")
    book = paths_for_args(args)
    if encryption.is_encrypted(book) and (args.remove_plain_backups or args.encrypt_plain_backups):
        return _plain_backups(args, book, None)
    try:
        done = encryption.encrypt_book(
            args.book, deliver=lambda made: recovery_key.deliver(made, args.key_file)
        )
    except encryption.EncryptionError as exc:
        raise CliError(str(exc)) from None
    print(f"encrypted {book}", file=sys.stderr)
    print(
        f"permoney: a verified plain backup was taken first: {done.safety_backup}",
        file=sys.stderr,
    )
    if args.remove_plain_backups or args.encrypt_plain_backups:
        return _plain_backups(args, book, parse_key(done.made.recovery_key))
    if done.plain_backups:
        print(
            f"permoney: warning: {len(done.plain_backups)} unencrypted backup(s) of this book "
            f"remain in {done.plain_backups[0].parent}: anyone who can read them can read the "
            "book. Remove them once you have checked the recovery key opens it: "
            "permoney encrypt --remove-plain-backups (or --encrypt-plain-backups)",
            file=sys.stderr,
        )
    return 0


def _plain_backups(args: argparse.Namespace, book: Path, key: bytes | None) -> int:
    """Remove or encrypt the unencrypted backups of an encrypted book."""
    from permoney_desktop.services import encryption

    try:
        if args.remove_plain_backups:
            removed = encryption.remove_plain_backups(book)
            print(f"removed {len(removed)} unencrypted backup(s) of {book.name}", file=sys.stderr)
            return 0
        if key is None:
            with open_ledger(args) as ledger:
                key = ledger.book.key
        assert key is not None  # the book is encrypted
        sealed = encryption.encrypt_plain_backups(book, key)
    except encryption.EncryptionError as exc:
        raise CliError(str(exc)) from None
    print(f"encrypted {len(sealed)} backup(s) of {book.name} with its key", file=sys.stderr)
    return 0


def _refuse_shared(args: argparse.Namespace, command: str) -> None:
    """encrypt/decrypt work on a book file; a shared book's data is protected by its server."""
    from permoney_desktop.platform.paths import paths_for

    if paths_for(args.book).url is not None:
        raise CliError(
            f"{command} works on a book file; a shared book is protected by its server "
            "(TLS with sslmode=verify-full, one role per person, the server's disk encryption)"
        )


def paths_for_args(args: argparse.Namespace) -> Path:
    from permoney_desktop.platform.paths import paths_for

    return paths_for(args.book).book


def cmd_decrypt(args: argparse.Namespace) -> int:
    from permoney_desktop.services import encryption

    _refuse_shared(args, "decrypt")
    with open_ledger(args) as ledger:
        key = ledger.book.key
        path = ledger.paths.book
    if key is None:
        raise CliError(f"{path} is not encrypted")
    try:
        encryption.decrypt_book(args.book, key=key)
    except encryption.EncryptionError as exc:
        raise CliError(str(exc)) from None
    print(f"decrypted {path}; its key was removed from the keyring", file=sys.stderr)
    return 0
