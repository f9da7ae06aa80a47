"""A throw-away PostgreSQL cluster in a temporary folder, for the team-mode tests and the sync
benchmark: initdb, pg_ctl start, a database, and everything removed again on stop.

PostgreSQL refuses to run as root, and CI runs as root: then the server runs as an unprivileged
account (`postgres`, which Debian's package creates, else `nobody`) through runuser, in a
folder that account owns. As a normal user it runs as that user. Clients connect over a Unix
socket in that folder (no port to collide with another test run), and with `tcp=True` also over
the loopback on a free port. Passwords are checked (scram-sha-256), as on a real server.

Speed over durability: fsync is off (a test kills clients, never the server)."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SUPERUSER = "ksdesk_dba"
SUPERUSER_PASSWORD = "dba-hemligt"


def find_bindir() -> Path | None:
    """Where initdb and pg_ctl live: Debian keeps them in /usr/lib/postgresql/N/bin (not on
    PATH); elsewhere they are on PATH."""
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4])
    )
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("initdb")
    return Path(found).resolve().parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Cluster:
    def __init__(self, *, tcp: bool = False) -> None:
        self.bindir = find_bindir()
        if self.bindir is None:
            raise RuntimeError("PostgreSQL (initdb, pg_ctl) is not installed")
        self.tcp = tcp
        self.port = _free_port() if tcp else 5432
        self.base = Path(tempfile.mkdtemp(prefix="ksdesk-pg-"))
        self.data = self.base / "data"
        self._account = self._server_account()
        self.started = False

    @staticmethod
    def _server_account():
        """The unprivileged account to run the server as when we are root (else None)."""
        if not hasattr(os, "geteuid") or os.geteuid() != 0:
            return None
        import pwd  # POSIX only, as is running as root

        for name in ("postgres", "nobody"):
            with contextlib.suppress(KeyError):
                return pwd.getpwnam(name)
        raise RuntimeError("no unprivileged account to run PostgreSQL as")

    def _run(self, *command: str) -> None:
        prefix = [] if self._account is None else ["runuser", "-u", self._account.pw_name, "--"]
        subprocess.run(
            [*prefix, *command], check=True, capture_output=True, cwd=self.base, timeout=120
        )

    def start(self) -> Cluster:
        password_file = self.base / "pw"
        password_file.write_text(SUPERUSER_PASSWORD + "\n")
        os.chmod(self.base, 0o700)
        os.chmod(password_file, 0o600)
        if self._account is not None:
            for path in (self.base, password_file):
                os.chown(path, self._account.pw_uid, self._account.pw_gid)
        self._run(
            str(self.bindir / "initdb"),
            "-D", str(self.data),
            "-U", SUPERUSER,
            f"--pwfile={password_file}",
            "--auth=scram-sha-256",
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync",
        )  # fmt: skip
        listen = "127.0.0.1" if self.tcp else ""
        options = (
            f"-c listen_addresses='{listen}' -c port={self.port} "
            f"-c unix_socket_directories='{self.base}' -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c shared_buffers=16MB "
            "-c max_connections=60"
        )
        self._run(
            str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.base / "log"),
            "-o", options, "-w", "-t", "60", "start",
        )  # fmt: skip
        self.started = True
        return self

    def url(self, database: str = "postgres", *, tcp: bool | None = None) -> str:
        """A connection URL without user or password (they are given apart, as ksdesk does)."""
        if tcp if tcp is not None else self.tcp:
            return f"postgresql://127.0.0.1:{self.port}/{database}"
        return f"postgresql:///{database}?host={self.base}&port={self.port}"

    def superuser_url(self, database: str = "postgres") -> str:
        host = f"127.0.0.1:{self.port}" if self.tcp else ""
        query = "" if self.tcp else f"?host={self.base}&port={self.port}"
        return f"postgresql://{SUPERUSER}:{SUPERUSER_PASSWORD}@{host}/{database}{query}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.superuser_url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name

    def stop(self) -> None:
        if self.started:
            with contextlib.suppress(subprocess.SubprocessError, OSError):
                self._run(
                    str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w",
                    "stop",
                )  # fmt: skip
            self.started = False
        shutil.rmtree(self.base, ignore_errors=True)
