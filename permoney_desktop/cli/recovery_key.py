"""Handing a new recovery key to the user on the command line: shown, written, confirmed.

Each step raises when it did not work (standard output closed or full, the key file not
written, the confirmation not given): the caller then leaves the book as it was, since a key
nobody saw is a book nobody can open.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import Any

CONFIRM_TRIES = 3


class KeyDeliveryError(RuntimeError):
    """The recovery key could not be shown, written or confirmed."""


def deliver(made: Any, key_file: Path | None) -> None:
    """Show the recovery key of ``made`` (a ``NewKey``) on standard output, or write it to
    ``key_file``; then, in a terminal, ask the user to confirm it is written down."""
    if key_file is None:
        _print_key(made.recovery_key)
    else:
        write_key_file(key_file, made.recovery_key)
        print(f"permoney: the recovery key was written to {key_file}", file=sys.stderr)
    print(
        "permoney: this is the book's recovery key. Write it down and keep it safe: it is "
        "shown only now, and without it a lost keyring means a lost book.",
        file=sys.stderr,
    )
    if not made.stored_in_keyring:
        from permoney_desktop.platform import secrets

        notice = secrets.notice_once() or made.keyring_detail
        print(f"permoney: warning: the key was not stored in a keyring ({notice})", file=sys.stderr)
    _confirm(made.recovery_key)


def _print_key(text: str) -> None:
    out = sys.stdout
    if out is None:  # the process started with its standard output closed
        raise KeyDeliveryError("standard output is closed")
    data = (text + "\n").encode()
    try:
        out.flush()
        fd = out.fileno()
    except (OSError, ValueError):  # not a real file (a test's capture): write through it
        _write_stream(out, text)
        return
    try:
        while data:
            data = data[os.write(fd, data) :]
        if stat.S_ISREG(os.fstat(fd).st_mode):
            os.fsync(fd)
    except OSError as exc:
        raise KeyDeliveryError(f"standard output: {exc.strerror or exc}") from None


def _write_stream(out: Any, text: str) -> None:
    try:
        out.write(text + "\n")
        out.flush()
    except (OSError, ValueError) as exc:
        raise KeyDeliveryError(f"standard output: {exc}") from None


def write_key_file(path: Path, text: str) -> None:
    """Write the key to a new file readable by its owner only, then read it back."""
    path = path.expanduser()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise KeyDeliveryError(f"{path} already exists") from None
    except OSError as exc:
        raise KeyDeliveryError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with open(fd, "w", encoding="ascii", closefd=True) as fh:
            fh.write(text + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        written = path.read_text(encoding="ascii").strip()
    except OSError as exc:
        path.unlink(missing_ok=True)
        raise KeyDeliveryError(f"cannot write {path}: {exc.strerror or exc}") from None
    if written != text:
        path.unlink(missing_ok=True)
        raise KeyDeliveryError(f"{path} does not read back as the key")


def _confirm(text: str) -> None:
    """In a terminal, have the user type the key's last group back (proof it was seen);
    a script's confirmation is the key written without an error."""
    stdin = sys.stdin
    if stdin is None or not stdin.isatty():
        return
    last = text.rsplit("-", 1)[-1].upper()
    for _ in range(CONFIRM_TRIES):
        # The question goes to stderr: standard output may be a file holding only the key.
        print(
            "Type the last group of the recovery key to confirm you kept it: ",
            end="",
            file=sys.stderr,
            flush=True,
        )
        answer = stdin.readline()
        if not answer:
            break
        if answer.strip().upper() == last:
            return
        print("permoney: that is not the last group of the key", file=sys.stderr)
    raise KeyDeliveryError("it was not confirmed")
