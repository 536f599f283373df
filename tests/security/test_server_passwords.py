"""A shared book's password comes from the URL (once), the OS keyring or a prompt, and is never
kept or shown: not in settings, the recent list, logs, files or error messages. TLS with
``sslmode=verify-full`` against a certificate made here; a wrong CA is refused clearly."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from permoney_desktop.cli import main
from permoney_desktop.services import server_login
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import server_auth
from tests.keyrings import MemoryKeyring
from tests.security.tls_server import OWNER, SecureServer

pytestmark = pytest.mark.usefixtures("memory_keyring")


@pytest.fixture
def database(secure_pg: SecureServer, request: pytest.FixtureRequest) -> Iterator[str]:
    """A database name that does not exist yet (the owner role creates it), dropped after."""
    name = f"sec_{request.node.name[:40].lower()}".replace("[", "_").replace("]", "")
    yield name
    with secure_pg.admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run(*argv: str, stdin: str | None = None, tty: bool = False) -> tuple[int, str, str]:
    """``permoney ARGV`` in-process: (exit status, stdout, stderr)."""
    import contextlib
    import sys

    out, err = io.StringIO(), io.StringIO()
    fake_in = _Stdin(stdin or "", tty)
    old_in = sys.stdin
    sys.stdin = fake_in
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(argv))
    finally:
        sys.stdin = old_in
        server_login.set_prompt(None)
    return code, out.getvalue(), err.getvalue()


class _Stdin(io.StringIO):
    def __init__(self, text: str, tty: bool) -> None:
        super().__init__(text)
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def files_under(root: Path) -> Iterator[Path]:
    yield from (p for p in root.rglob("*") if p.is_file())


def assert_nowhere(secret: str, home: Path, *texts: str) -> None:
    """``secret`` is in none of ``texts`` and in no file under the app's home folder."""
    for text in texts:
        assert secret not in text
    for path in files_under(home):
        assert secret.encode() not in path.read_bytes(), path


def test_a_password_in_the_url_is_used_once_and_kept_nowhere(
    secure_pg: SecureServer,
    database: str,
    permoney_home: Path,
    caplog: pytest.LogCaptureFixture,
    memory_keyring: MemoryKeyring,
) -> None:
    secret = secure_pg.passwords[OWNER]
    url = secure_pg.url(OWNER, database).replace(f"{OWNER}@", f"{OWNER}:{secret}@")
    caplog.set_level(logging.DEBUG)
    code, out, err = run("-v", "init", url, "--base-currency", "EUR")
    assert code == 0, err
    assert out.strip() == f"created shared book {secure_pg.url(OWNER, database)}"
    # The next process has no password: refused, naming how to store one, without a traceback.
    server_auth._passwords.clear()
    code2, out2, err2 = run("--book", secure_pg.url(OWNER, database), "accounts", "list")
    assert code2 == 2
    assert err2.count("\n") == 1
    assert f"permoney book password {secure_pg.url(OWNER, database)}" in err2
    assert "Traceback" not in err2
    # Settings in the book, the log, the keyring (nothing asked it to keep one) and every
    # file under the app's home hold no password.
    server_auth.remember(url, secret)
    with Ledger.open(secure_pg.url(OWNER, database)) as ledger:
        settings = repr(ledger.all_settings())
        assert ledger.book.url == secure_pg.url(OWNER, database)
        assert secret not in repr(ledger.book.write_engine.url)
    assert memory_keyring.store == {}
    assert_nowhere(secret, permoney_home, out, err, out2, err2, settings, caplog.text)


def test_a_password_given_as_a_url_parameter_is_stripped_too(
    secure_pg: SecureServer, database: str, permoney_home: Path
) -> None:
    secret = secure_pg.passwords[OWNER]
    url = f"{secure_pg.url(OWNER, database)}?password={secret}&application_name=x"
    code, out, err = run("init", url)
    assert code == 0, err
    assert secret not in out
    assert server_auth.strip(url) == f"{secure_pg.url(OWNER, database)}?application_name=x"
    assert_nowhere(secret, permoney_home, out, err)


def test_book_password_keeps_it_in_the_keyring_and_commands_find_it(
    secure_pg: SecureServer, database: str, memory_keyring: MemoryKeyring, permoney_home: Path
) -> None:
    secret = secure_pg.passwords[OWNER]
    url = secure_pg.url(OWNER, database)
    code, out, err = run("book", "password", url, "--stdin", stdin=f"{secret}\n")
    assert code == 0, err
    login = f"{OWNER}@127.0.0.1:{secure_pg.port}/{database}"
    assert out.startswith(f"stored the password for {login} in the keyring")
    assert memory_keyring.store == {("permoney-desktop", f"server:{login}"): secret}
    server_auth._passwords.clear()
    code, out, err = run("init", url)
    assert code == 0, err
    code, out, err = run(
        "--book", url, "accounts", "add", "Cash", "--type", "cash", "--currency", "EUR"
    )
    assert code == 0, err
    assert_nowhere(secret, permoney_home, out, err)
    code, out, err = run("book", "password", url, "--forget")
    assert (code, out.strip()) == (0, f"forgot the password for {login}")
    assert memory_keyring.store == {}


def test_a_wrong_password_is_refused_and_never_stored(
    secure_pg: SecureServer, database: str, memory_keyring: MemoryKeyring
) -> None:
    url = secure_pg.url(OWNER, database)
    code, out, err = run("book", "password", url, "--stdin", stdin="not-the-password\n")
    assert code == 2
    assert "refused the password given" in err and "nothing stored" in err
    assert "not-the-password" not in err + out
    assert memory_keyring.store == {}


def test_on_a_terminal_the_password_is_asked_for(
    secure_pg: SecureServer, database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = secure_pg.passwords[OWNER]
    asked: list[str] = []

    def fake_getpass(prompt: str) -> str:
        asked.append(prompt)
        return secret

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    code, out, err = run("init", secure_pg.url(OWNER, database), tty=True)
    assert code == 0, err
    assert asked == [f"Password for {OWNER}@127.0.0.1:{secure_pg.port}/{database}: "]
    assert secret not in out + err


def test_a_typed_password_is_kept_in_the_keyring_only_when_asked_and_once_it_worked(
    secure_pg: SecureServer, database: str, memory_keyring: MemoryKeyring
) -> None:
    secret = secure_pg.passwords[OWNER]
    answers = iter(
        [
            server_login.LoginAnswer("typo", remember=True),
            server_login.LoginAnswer(secret, remember=True),
        ]
    )
    requests: list[server_login.LoginRequest] = []

    def prompt(request: server_login.LoginRequest) -> server_login.LoginAnswer | None:
        requests.append(request)
        return next(answers)

    server_login.set_prompt(prompt)
    try:
        Ledger.open(secure_pg.url(OWNER, database), create=True).close()
    finally:
        server_login.set_prompt(None)
    assert ["wants a password" in r.message for r in requests] == [True, False]
    assert "refused the password given" in requests[1].message
    assert list(memory_keyring.store.values()) == [secret]


def test_tls_verify_full_against_the_servers_own_ca(secure_pg: SecureServer, database: str) -> None:
    server_auth.remember(secure_pg.url(OWNER, database), secure_pg.passwords[OWNER])
    url = secure_pg.url(OWNER, database, tls="verify-full")
    with Ledger.open(url, create=True) as ledger:
        with ledger.book.dbapi_reading() as conn:
            row = conn.execute(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
            ).fetchone()
        assert row is not None and row[0] in (1, True)
        assert ledger.book.url == url  # sslmode and sslrootcert pass through, kept as given


def test_a_certificate_from_another_ca_is_refused_clearly(
    secure_pg: SecureServer, database: str
) -> None:
    secret = secure_pg.passwords[OWNER]
    url = secure_pg.url(OWNER, database, tls="verify-full", ca=secure_pg.wrong_ca)
    server_auth.remember(url, secret)
    code, _out, err = run("init", url)
    assert code == 2
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "certificate" in err and f"sslrootcert={secure_pg.wrong_ca}" in err
    assert "was refused" in err
    assert secret not in err
