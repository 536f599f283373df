"""A private PostgreSQL for the security tests: password logins (SCRAM) and TLS with a
certificate made here, signed by a CA made here (and a second CA that signed nothing)."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests import servers

OWNER = "book_owner"
PEOPLE = ("alice", "bob")


@dataclass
class SecureServer:
    server: Any  # packaging/services.py Postgres
    ca: Path
    wrong_ca: Path
    passwords: dict[str, str]

    @property
    def port(self) -> int:
        return int(self.server.port)

    def url(
        self, user: str, database: str, *, tls: str | None = None, ca: Path | None = None
    ) -> str:
        query = ""
        if tls is not None:
            query = f"?sslmode={tls}&sslrootcert={ca or self.ca}"
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}{query}"

    def admin(self) -> psycopg.Connection[Any]:
        return psycopg.connect(self.server.url("postgres"), autocommit=True)


def _key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _ca(common: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = _key()
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common))
        .issuer_name(_name(common))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _server_cert(
    ca_key: ec.EllipticCurvePrivateKey, ca: x509.Certificate
) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = _key()
    now = dt.datetime.now(dt.UTC)
    names = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("localhost"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    return key, cert


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def _write_owned(path: Path, data: bytes, user: str | None, mode: int) -> None:
    path.write_bytes(data)
    path.chmod(mode)
    if user is not None:
        shutil.chown(path, user, user if _has_group(user) else None)


def _has_group(name: str) -> bool:
    import grp

    try:
        grp.getgrnam(name)
    except KeyError:
        return False
    return True


HBA = """\
local all all trust
host all permoney 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
"""


def start() -> SecureServer:
    """Start the server, switch it to TLS and password logins, and make the roles."""
    server = servers.services().start_postgres()
    try:
        return _secure(server)
    except BaseException:
        server.close()
        raise


def _secure(server: Any) -> SecureServer:
    tls = server.root / "client-tls"
    tls.mkdir()
    ca_key, ca = _ca("Permoney test CA")
    _wrong_key, wrong = _ca("Some other CA")
    key, cert = _server_cert(ca_key, ca)
    (tls / "ca.pem").write_bytes(_pem(ca))
    (tls / "wrong-ca.pem").write_bytes(_pem(wrong))
    data: Path = server.data
    user = server.user
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    _write_owned(data / "server.key", key_pem, user, 0o600)
    _write_owned(data / "server.crt", _pem(cert), user, 0o644)
    _write_owned(data / "pg_hba.conf", HBA.encode(), user, 0o600)
    with (data / "postgresql.conf").open("a", encoding="utf-8") as conf:
        conf.write("\nssl = on\npassword_encryption = 'scram-sha-256'\n")
    server.restart()
    passwords = {name: f"pw-{name}-{os.urandom(6).hex()}" for name in (OWNER, *PEOPLE)}
    with psycopg.connect(server.url("postgres"), autocommit=True) as conn:
        for name, password in passwords.items():
            extra = " CREATEDB" if name == OWNER else ""
            conn.execute(f"CREATE ROLE {name} LOGIN{extra} PASSWORD '{password}'")
    return SecureServer(server, tls / "ca.pem", tls / "wrong-ca.pem", passwords)
