#!/usr/bin/env python3
"""Private PostgreSQL and Redis servers for the shared-book tests, from Debian's packages.

    python3 packaging/services.py install   # install the packages when missing (root)
    python3 packaging/services.py check     # install, then start and stop one of each

Each server is private: a fresh temporary directory, a free port on 127.0.0.1, owned by this
process and removed when it stops. Nothing touches a system-wide cluster or the packages'
own services. PostgreSQL refuses to run as root, so as root its cluster is made and run as an
unprivileged account (``postgres`` from the package, else ``nobody``). Installing needs root
and apt-get; anyone else is told the exact command to run. Standard library only: the test
fixtures in ``tests/servers.py`` import this file, and CI runs it before the tests.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

PACKAGES = {"postgres": "postgresql", "redis-server": "redis-server"}
SUPERUSER = "permoney"  # the private cluster's superuser (trust auth on loopback only)
START_TIMEOUT_S = 60.0


class ServiceError(RuntimeError):
    """A server that cannot be installed or started; the message says what to do."""


def say(message: str) -> None:
    print(f"[permoney services] {message}", file=sys.stderr, flush=True)


def postgres_bin_dir() -> Path | None:
    """Where initdb/pg_ctl live: Debian keeps them per version under /usr/lib/postgresql
    (the newest is taken), other systems on PATH."""
    debian = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if debian:
        return debian[-1].parent
    found = shutil.which("pg_ctl")
    return Path(found).parent if found and shutil.which("initdb") else None


def redis_server() -> Path | None:
    found = shutil.which("redis-server")
    return Path(found) if found else None


def missing_packages() -> list[str]:
    missing = []
    if postgres_bin_dir() is None:
        missing.append(PACKAGES["postgres"])
    if redis_server() is None:
        missing.append(PACKAGES["redis-server"])
    return missing


def install_command(packages: list[str]) -> list[str]:
    return ["apt-get", "install", "-y", "--no-install-recommends", *packages]


def ensure_installed() -> None:
    """Install PostgreSQL and Redis from Debian's packages when missing (as root with
    apt-get); otherwise raise ``ServiceError`` naming the exact command."""
    packages = missing_packages()
    if not packages:
        return
    command = install_command(packages)
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise ServiceError(
            "the shared-book tests need PostgreSQL and Redis; install them with: sudo "
            + " ".join(command)
        )
    say(f"installing {' '.join(packages)} …")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    # The packages' own services must not start (and take the default ports) on install.
    policy = Path("/usr/sbin/policy-rc.d")
    made_policy = not policy.exists()
    if made_policy:
        policy.write_text("#!/bin/sh\nexit 101\n")
        policy.chmod(0o755)
    try:
        subprocess.run(["apt-get", "update", "-q"], check=True, env=env)
        subprocess.run(command, check=True, env=env)
    finally:
        if made_policy:
            policy.unlink(missing_ok=True)
    still = missing_packages()
    if still:
        raise ServiceError(f"installing did not provide: {' '.join(still)}")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for_port(port: int, what: str, log: Path | None) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    tail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
    raise ServiceError(
        f"{what} did not start on port {port} within {START_TIMEOUT_S:.0f} s\n{tail}"
    )


def _run_as() -> str | None:
    """The account PostgreSQL runs as when we are root (it refuses root itself)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    raise ServiceError("running as root and no unprivileged account to run PostgreSQL as")


@dataclass
class Postgres:
    """A private PostgreSQL cluster: ``url(db)`` for a database on it."""

    root: Path
    port: int
    user: str | None
    bin_dir: Path
    stopped: bool = field(default=False)

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def log(self) -> Path:
        return self.root / "server.log"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def _pg(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.bin_dir / tool), *args],
            check=check,
            capture_output=True,
            text=True,
            user=self.user,
            cwd=self.root,
        )

    def init(self) -> None:
        """Create the cluster's files (``initdb``): the superuser, trust on loopback."""
        result = self._pg(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
            check=False,
        )
        if result.returncode != 0:
            raise ServiceError(f"initdb failed: {result.stderr.strip()[-2000:]}")

    def start(self) -> None:
        """Start the (already initialised) cluster and wait until it takes connections."""
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
            # A throw-away test cluster: durability is not what is being tested here (the
            # fault tests restart the server, which a clean shutdown survives either way).
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        result = self._pg(
            "pg_ctl",
            "start",
            "-w",
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            "-o",
            options,
            check=False,
        )
        if result.returncode != 0:
            tail = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise ServiceError(f"PostgreSQL did not start: {result.stderr.strip()}\n{tail}")
        _wait_for_port(self.port, "PostgreSQL", self.log)
        self.stopped = False

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (``immediate``: like a crash; the data stays for ``start``)."""
        if not self.stopped:
            self._pg("pg_ctl", "stop", "-w", "-m", mode, "-D", str(self.data), check=False)
            self.stopped = True

    def restart(self, mode: str = "fast") -> None:
        self.stop(mode)
        self.start()

    def close(self) -> None:
        """Stop the server and remove its directory."""
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)


def start_postgres() -> Postgres:
    """A new private cluster in a temporary directory on a free port, started."""
    server = cluster_in(Path(tempfile.mkdtemp(prefix="permoney-pg-")))
    try:
        server.init()
        server.start()
    except BaseException:
        server.close()
        raise
    return server


def cluster_in(root: Path) -> Postgres:
    """A private cluster whose files are (or will be, after ``init``) in ``root``, on a free
    port, not started: ``start_postgres``'s, or one a benchmark keeps between runs."""
    ensure_installed()
    bin_dir = postgres_bin_dir()
    assert bin_dir is not None
    user = _run_as()
    root.mkdir(parents=True, exist_ok=True)
    if user is not None:
        entry = pwd.getpwnam(user)
        os.chown(root, entry.pw_uid, entry.pw_gid)
    return Postgres(root, free_port(), user, bin_dir, stopped=True)


@dataclass
class Redis:
    """A private Redis server with no persistence: ``url`` for clients."""

    root: Path
    port: int
    process: subprocess.Popen[bytes]

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.root, ignore_errors=True)


def start_redis(port: int | None = None) -> Redis:
    """A new private Redis on a free loopback port (or ``port``: the same server back after
    a stop, as far as its clients can tell), its files in a temporary directory."""
    ensure_installed()
    exe = redis_server()
    assert exe is not None
    root = Path(tempfile.mkdtemp(prefix="permoney-redis-"))
    port = free_port() if port is None else port
    log = root / "redis.log"
    process = subprocess.Popen(
        [
            str(exe),
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--dir",
            str(root),
            "--save",
            "",
            "--appendonly",
            "no",
            "--daemonize",
            "no",
            "--logfile",
            str(log),
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    server = Redis(root, port, process)
    try:
        _wait_for_port(port, "Redis", log)
    except BaseException:
        server.close()
        raise
    return server


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    try:
        if command == "install":
            ensure_installed()
            return 0
        if command == "check":
            pg = start_postgres()
            try:
                redis = start_redis()
                redis.close()
            finally:
                pg.close()
            say("PostgreSQL and Redis start and stop on private ports")
            return 0
    except ServiceError as exc:
        print(f"[permoney services] error: {exc}", file=sys.stderr)
        return 2
    print(f"[permoney services] unknown command {command!r} (install or check)", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
