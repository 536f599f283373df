"""``permoney balances``' standard-library client logs in as the shared book's other paths do:
SCRAM-SHA-256 with the password from the URL or the OS keyring (never written anywhere),
TLS with ``sslmode=verify-full`` against the server's CA, a wrong CA refused in the same
sentence as psycopg's path; a login it cannot make goes to the full open, which asks."""

from __future__ import annotations

import pytest

from permoney_desktop.platform import secrets
from permoney_desktop.services import balances
from permoney_desktop.store import pg_wire, server_auth
from tests.keyrings import MemoryKeyring
from tests.security import test_server_passwords
from tests.security.test_server_passwords import run
from tests.security.tls_server import OWNER, SecureServer

pytestmark = pytest.mark.usefixtures("memory_keyring")

database = test_server_passwords.database  # a new database per test, dropped after


@pytest.fixture
def book(secure_pg: SecureServer, database: str) -> str:
    """A shared book with one entry, made by its owner; no password held afterwards."""
    secret = secure_pg.passwords[OWNER]
    url = secure_pg.url(OWNER, database)
    server_auth.remember(url, secret)
    for argv in (
        ("init", url),
        ("--book", url, "accounts", "add", "Cash", "--type", "cash", "--currency", "EUR"),
        (
            "--book",
            url,
            "tx",
            "add",
            "--account",
            "Cash",
            "--date",
            "2024-05-01",
            "--amount",
            "12.5",
        ),
    ):
        code, _out, err = run(*argv)
        assert code == 0, err
    server_auth._passwords.clear()
    return url


def light(url: str) -> pg_wire.Connection:
    reader, instead = balances.light_reader_for_url(url)
    assert reader is not None, instead
    conn = reader.conn._conn  # the wire connection under the slow-query timer
    assert isinstance(conn, pg_wire.Connection)
    return conn


def test_scram_with_the_password_in_the_url(secure_pg: SecureServer, book: str) -> None:
    secret = secure_pg.passwords[OWNER]
    conn = light(book.replace(f"{OWNER}@", f"{OWNER}:{secret}@"))
    try:
        assert conn.execute("SELECT current_user").fetchone() == (OWNER,)
    finally:
        conn.close()


def test_scram_with_the_password_from_the_keyring(
    secure_pg: SecureServer, book: str, memory_keyring: MemoryKeyring
) -> None:
    secret = secure_pg.passwords[OWNER]
    secrets.store_server_password(server_auth.address(book).key, secret)
    code, out, err = run("--book", book, "balances", "--to", "2024-05-31", "--format", "csv")
    assert code == 0, err
    assert out.splitlines()[1] == "Cash,2024-05-31,12.50,EUR"
    assert secret not in out + err


def test_a_wrong_or_missing_password_goes_to_the_full_open_which_says_how_to_store_one(
    book: str,
) -> None:
    assert balances.light_reader_for_url(book) == (None, balances.USE_FULL)
    wrong = book.replace(f"{OWNER}@", f"{OWNER}:not-it@")
    assert balances.light_reader_for_url(wrong) == (None, balances.USE_FULL)
    server_auth._passwords.clear()
    code, out, err = run("--book", book, "balances")
    assert code == 2
    assert f"permoney book password {book}" in err and err.count("\n") == 1
    code, out, err = run("--book", wrong, "balances")
    assert code == 2 and "not-it" not in out + err


def test_tls_verify_full_against_the_servers_ca(secure_pg: SecureServer, book: str) -> None:
    server_auth.remember(book, secure_pg.passwords[OWNER])
    database = book.rsplit("/", 1)[1]
    conn = light(secure_pg.url(OWNER, database, tls="verify-full"))
    try:
        row = conn.execute("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        ssl_on, version = row.fetchone() or (0, "")
        assert ssl_on == 1 and version.startswith("TLSv1.")
    finally:
        conn.close()
    plain = light(secure_pg.url(OWNER, database, tls="disable"))
    try:
        row = plain.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        assert row.fetchone() == (0,)
    finally:
        plain.close()


def test_a_certificate_the_ca_does_not_verify_is_refused_in_one_sentence(
    secure_pg: SecureServer, book: str
) -> None:
    server_auth.remember(book, secure_pg.passwords[OWNER])
    database = book.rsplit("/", 1)[1]
    wrong = secure_pg.url(OWNER, database, tls="verify-full", ca=secure_pg.wrong_ca)
    with pytest.raises(balances.ServerReadError) as refused:
        balances.light_reader_for_url(wrong)
    message = str(refused.value)
    assert "presented a certificate that the CA certificate in sslrootcert=" in message
    assert secure_pg.passwords[OWNER] not in message and "\n" not in message
    # The same sentence psycopg's path gives (the full open, for any other command).
    code, _out, err = run("--book", wrong, "accounts", "list")
    assert code == 2 and err.strip() == f"permoney: {message}"
    code, _out, err = run("--book", wrong, "balances")
    assert code == 2 and err.strip() == f"permoney: {message}"


def test_a_missing_root_certificate_is_named(secure_pg: SecureServer, book: str) -> None:
    database = book.rsplit("/", 1)[1]
    url = secure_pg.url(OWNER, database, tls="verify-ca", ca=secure_pg.ca.with_name("none.pem"))
    with pytest.raises(balances.ServerReadError) as refused:
        balances.light_reader_for_url(url)
    assert "none.pem" in str(refused.value) and "does not exist" in str(refused.value)
