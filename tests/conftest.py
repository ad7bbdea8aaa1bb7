"""Shared fixtures: `db_url` runs a store test on a SQLite file and on a real PostgreSQL.

PostgreSQL: $DATABASE_URL when it names one; else a throw-away server started once per test session (per
xdist worker) from Debian's binaries (/usr/lib/postgresql/*/bin, installed with apt-get when missing and
running as root), initialised as the `postgres` user when running as root (initdb refuses root), listening on
a free port of 127.0.0.1 only, and stopped at the end of the session. Each test gets its own database.
When the server cannot be had, the PostgreSQL variants fail under CI=true and are skipped elsewhere.
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    exe = shutil.which("initdb")
    return Path(exe).parent if exe else None


def _install_postgres() -> None:
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], env=env, check=False, capture_output=True, timeout=600)
    subprocess.run(["apt-get", "install", "-y", "-qq", "postgresql"], env=env, check=False, capture_output=True,
                   timeout=900)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Server:
    def __init__(self) -> None:
        self.dir: str | None = None
        self.url: str | None = None
        self.error: str | None = None
        self._as: list[str] = []
        self._bin: Path | None = None

    def _run(self, *args: str, timeout: int = 120) -> subprocess.CompletedProcess:
        return subprocess.run([*self._as, *args], capture_output=True, text=True, timeout=timeout)

    def start(self) -> None:
        self._bin = _pg_bin()
        if self._bin is None:
            _install_postgres()
            self._bin = _pg_bin()
        if self._bin is None:
            self.error = "PostgreSQL is not installed (no initdb); install Debian's postgresql package"
            return
        self.dir = tempfile.mkdtemp(prefix="vanban-pg-")
        if os.geteuid() == 0:
            if subprocess.run(["id", "postgres"], capture_output=True).returncode != 0:
                subprocess.run(["useradd", "--system", "--no-create-home", "postgres"], capture_output=True)
            shutil.chown(self.dir, "postgres", "postgres")
            self._as = ["runuser", "-u", "postgres", "--"]
        data, sock = f"{self.dir}/data", self.dir
        r = self._run(str(self._bin / "initdb"), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8",
                      "--locale=C", "-N")
        if r.returncode:
            self.error = f"initdb failed: {r.stderr.strip()[-500:]}"
            return
        for _ in range(3):
            port = _free_port()
            r = self._run(str(self._bin / "pg_ctl"), "-D", data, "-w", "-t", "60", "-l", f"{self.dir}/log",
                          "-o", f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off "
                                f"-c synchronous_commit=off -c full_page_writes=off", "start")
            if r.returncode == 0:
                self.url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
                return
        log = Path(f"{self.dir}/log").read_text(errors="replace")[-800:] if Path(f"{self.dir}/log").exists() else ""
        self.error = f"pg_ctl start failed: {r.stderr.strip()[-300:]} {log}"

    def stop(self) -> None:
        if self.dir and self._bin and self.url:
            self._run(str(self._bin / "pg_ctl"), "-D", f"{self.dir}/data", "-m", "immediate", "stop")
        if self.dir:
            shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server_url():
    """The URL of a PostgreSQL server's maintenance database (or $DATABASE_URL)."""
    env = os.environ.get("DATABASE_URL", "")
    if env.startswith("postgresql"):
        yield env
        return
    server = _Server()
    try:
        server.start()
    except (OSError, subprocess.SubprocessError) as e:
        server.error = f"{type(e).__name__}: {e}"
    try:
        if server.url is None:
            msg = f"PostgreSQL could not be started for the store tests: {server.error}"
            if os.environ.get("CI") == "true":
                pytest.fail(msg)
            pytest.skip(msg)
        yield server.url
    finally:
        server.stop()


def _fresh_database(server_url: str) -> tuple[str, callable]:
    """A new empty database on the server; falls back to emptying the given one when CREATE DATABASE is
    not allowed. Returns its URL and a clean-up function."""
    import psycopg
    from sqlalchemy.engine import make_url
    url = make_url(server_url)
    name = f"vanban_test_{uuid.uuid4().hex[:12]}"
    plain = url.set(drivername="postgresql").render_as_string(hide_password=False)
    try:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.Error:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
            conn.execute("CREATE SCHEMA public")
        return server_url, lambda: None

    def drop() -> None:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return url.set(database=name).render_as_string(hide_password=False), drop


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """An SQLAlchemy URL of an empty store: a SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/vanban.db"
        return
    yield request.getfixturevalue("pg_database")


@pytest.fixture
def pg_database(pg_server_url):
    """The URL of a fresh, empty PostgreSQL database, dropped after the test."""
    url, drop = _fresh_database(pg_server_url)
    yield url
    drop()


@pytest.fixture
def doc_of(tmp_path):
    """Parse a text written to a file, as `vanban extract` reads it: the first document's fields."""
    from pipeline.batch import process_file

    def read(text: str) -> dict:
        path = tmp_path / "cv.md"
        path.write_text(text, encoding="utf-8")
        result = process_file(str(path))
        assert "error" not in result, result
        return result["documents"][0]

    return read
