"""The safety commands end to end through ``permoney …`` (in process)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from permoney_desktop.cli import main


@pytest.fixture
def demo_book(tmp_path: Path) -> Path:
    book = tmp_path / "demo.permoney"
    assert main(["--book", str(book), "demo", "--transactions", "300", "--years", "1"]) == 0
    # Materialize now (the CLI queues syncs for a worker): repair rebuilds every account.
    assert main(["--book", str(book), "check", "--repair"]) == 0
    return book


def test_backup_check_repair_restore(
    demo_book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--book", str(demo_book), "backup", str(tmp_path / "b.permoney")]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == str(tmp_path / "b.permoney") and "backup verified" in err

    assert main(["--book", str(demo_book), "check"]) == 0
    assert "book check clean" in capsys.readouterr().out

    with sqlite3.connect(demo_book) as conn:
        conn.execute('UPDATE balances SET "end" = "end" + 1 WHERE id = 5')
    assert main(["--book", str(demo_book), "check"]) == 1
    assert "1 error(s)" in capsys.readouterr().out
    assert main(["--book", str(demo_book), "check", "--repair"]) == 0
    assert "repaired: rebuilt the balances" in capsys.readouterr().out

    with sqlite3.connect(demo_book) as conn:
        conn.execute("DELETE FROM entries WHERE kind = 'transaction'")
    assert main(["--book", str(demo_book), "restore", str(tmp_path / "b.permoney")]) == 0
    err = capsys.readouterr().err
    assert "the previous book was saved to" in err
    with sqlite3.connect(demo_book) as conn:
        assert conn.execute("SELECT count(*) FROM entries WHERE kind = 'transaction'").fetchone()[0]


def test_errors_are_one_line(
    demo_book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--book", str(demo_book), "restore", str(tmp_path / "none.permoney")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no backup file" in err
    assert main(["--book", str(demo_book), "backup", str(tmp_path / "no" / "x.permoney")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_encrypted_book_through_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from keyring.backends import fail

    from tests.keyrings import installed

    book = tmp_path / "secret.permoney"
    monkeypatch.delenv("PERMONEY_BOOK_KEY", raising=False)
    with installed(fail.Keyring()):  # no keyring at all: the key must be given each time
        capsys.readouterr()
        assert main(["init", "--encrypted", str(book)]) == 0
        out, err = capsys.readouterr()
        recovery = out.strip()
        assert len(recovery.split("-")) == 14 and "shown only now" in err
        assert "not stored in a keyring" in err
        assert main(["--book", str(book), "check"]) == 2
        assert "enter its recovery key" in capsys.readouterr().err
        monkeypatch.setenv("PERMONEY_BOOK_KEY", recovery)
        assert main(["--book", str(book), "backup", str(tmp_path / "b.permoney")]) == 0
        capsys.readouterr()
        # The backup of an encrypted book is encrypted with the same key (and book id).
        assert (tmp_path / "b.permoney").read_bytes()[:16] == book.read_bytes()[:16]
        assert b"SQLite format 3" not in (tmp_path / "b.permoney").read_bytes()[:16]
        assert main(["--book", str(book), "decrypt"]) == 0
        monkeypatch.delenv("PERMONEY_BOOK_KEY")
        assert main(["--book", str(book), "check"]) == 0
        assert main(["--book", str(book), "encrypt"]) == 0
        assert len(capsys.readouterr().out.strip().split("-")) == 14
