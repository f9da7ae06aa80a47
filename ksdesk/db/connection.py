"""Opening the one SQLite file: checks that it is ours and whole (file_checks before SQLite
reads it, sqlite_checks through SQLite), takes the one-writer lock, WAL and foreign keys on,
migrations applied after a copy of the file is set aside (schema_steps); and `Store`, the open
file, whose `atomic()` is every unit of work.

Durability: WAL with `synchronous = FULL`. NORMAL already survives a killed process (the
WAL is in the OS cache, which outlives the process), but on a power cut or a frozen laptop
it may lose the last commits, and an edit ksdesk showed as saved must stay saved. FULL costs
one fsync of the WAL per commit; edits come at human pace, imports in one transaction, so the
price is a few milliseconds per edit (bench/durability.py measures it)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from ksdesk.atomic import make_private
from ksdesk.core.errors import StoreError, StoreReadOnly
from ksdesk.core.os_errors import os_reason
from ksdesk.database_files import SIDECARS
from ksdesk.db import changes
from ksdesk.db.database import Database
from ksdesk.db.file_checks import (
    check_file,
    check_single_name,
    read_only_connection,
    real_path,
    write_problem,
)
from ksdesk.db.schema_steps import applied_steps, check_schema_known, migrate_to_head
from ksdesk.db.sqlite_checks import open_validated, refusal
from ksdesk.db.sqlite_reasons import sqlite_reason, storage_problem

TYPE_CHECKING = False  # typing itself is not imported: `ksdesk sok` starts a process per query
if TYPE_CHECKING:
    from ksdesk.db.lock import WriterLock


class Store:
    """An open ksdesk database. Repositories take it; services own its transactions."""

    def __init__(
        self,
        db: Database,
        path: Path | None,
        read_only: bool = False,
        lock: WriterLock | None = None,
        read_only_reason: str = "",
    ) -> None:
        self.db = db
        self.path = path
        self.read_only = read_only
        # Why it is read-only, when that is the file's or folder's doing (shown to the user).
        self.read_only_reason = read_only_reason
        self.closed = False
        self._lock = lock
        self._user: str | None = None
        # Run at the end of every transaction that changed something, before it commits: a
        # check may refuse the change (raise), and then nothing of it is written. Team mode
        # installs one (db/team_guard.py): a unit checked out by a colleague stays unchanged.
        self.commit_checks: list[Callable[[Store], None]] = []

    @property
    def user(self) -> str:
        """Recorded as changed_by on what it edits; a store that only reads never asks."""
        if self._user is None:
            self._user = changes.current_user()
        return self._user

    @user.setter
    def user(self, name: str) -> None:
        self._user = name

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """One unit of work: everything inside commits together or not at all."""
        if self.read_only:
            raise StoreError(
                f"Databasen {self.path} är öppnad skrivskyddad: ändringar kan inte sparas."
            )
        outermost = not self.db.conn.in_transaction
        try:
            with self.db.atomic():
                if outermost:
                    changes.begin(self.db.conn, self.user)
                before = self.db.conn.total_changes
                yield
                if outermost and self.db.conn.total_changes != before:
                    for check in self.commit_checks:
                        check(self)
                    changes.refresh_search(self)  # the index changes with the edit
                    changes.end(self.db.conn)  # the next transaction bumps versions anew
        except sqlite3.OperationalError as error:
            # Rolled back already; say why in words the secretary can act on.
            raise _write_refusal(self.path, error) from error

    def flush(self) -> None:
        """Everything committed so far into the main file (WAL checkpoint): a copy of the
        .sqlite alone, made after closing, then holds every edit."""
        if self.closed:
            return
        try:
            if self.db.conn.in_transaction:
                self.db.conn.commit()
            if self.path is not None and not self.read_only:
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as error:
            raise StoreError(
                f"Databasen {self.path} kunde inte skrivas klart ({sqlite_reason(error)})."
            ) from error

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        try:
            self.db.close()
        finally:
            if self._lock is not None:
                self._lock.release()


def _write_refusal(path: Path | None, error: sqlite3.OperationalError) -> Exception:
    problem = storage_problem(error)
    if problem is None:
        return error  # not a storage problem: a bug, shown as one
    return StoreError(
        f"{problem[0].upper()}{problem[1:]}: ändringen sparades inte, och inget av den har "
        f"skrivits ({path}). Det som redan var sparat finns kvar."
    )


def open_store(
    path: Path | str | None,
    *,
    create: bool = False,
    migrate: bool = True,
    read_only: bool = False,
) -> Store:
    """Open (or with create=True, create) the database at `path`; None means in memory.
    Only a file that does not exist is created: an existing empty or foreign file is refused.

    Raises StoreLocked when another ksdesk writes the file and StoreReadOnly when the file or
    its folder may not be written (open it with read_only=True instead), StoreDamaged when it
    is empty, damaged, foreign or too new (it is left untouched)."""
    if path is None:
        return Store(_configure(sqlite3.connect(":memory:"), None, read_only=False), None)
    given = Path(path)
    real = real_path(given)
    new = create and not read_only and not real.exists()
    if new:
        _check_can_create(real)
    else:
        check_file(real)
        check_single_name(real)
        if not read_only:
            _check_writable(real, given)
    lock = None
    if not read_only:
        from ksdesk.db.lock import take_writer_lock  # here: a file opened to read takes none

        lock = take_writer_lock(real)
    connection: sqlite3.Connection | None = None
    try:
        # Checked through a read-only connection first: SQLite cannot change a single byte
        # of the file through it (not even a checkpoint on close, nor a switch to WAL).
        connection = None if new else open_validated(real, whole=False)
        if not read_only:
            if connection is not None:
                connection.close()
            connection = sqlite3.connect(str(real))
        assert connection is not None  # read_only demands an existing file (checked above)
        db = _configure(connection, real, read_only)
        if migrate:
            migrate_to_head(db, real, read_only)
        if not read_only:
            _make_private(real)
    except BaseException as error:
        if connection is not None:
            connection.close()
        if lock is not None:
            lock.release()
        if isinstance(error, sqlite3.DatabaseError):
            raise refusal(given, error) from error
        raise
    problem = write_problem(real) if read_only else None
    reason = problem[0] if problem else ""
    store = Store(db, real, read_only=read_only, lock=lock, read_only_reason=reason)
    if migrate and not read_only:
        from ksdesk.db import team_guard

        team_guard.install_if_linked(store)
    return store


def _check_can_create(real: Path) -> None:
    folder = real.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            f"Mappen {folder} kan inte skapas ({os_reason(error)}): databasen kan inte göras där."
        ) from error
    if not os.access(folder, os.W_OK):
        raise StoreError(f"Mappen {folder} går inte att skriva i: databasen kan inte göras där.")


def _check_writable(real: Path, given: Path) -> None:
    problem = write_problem(real)
    if problem is not None:
        reason, advice = problem
        raise StoreReadOnly(
            f"{reason}: inget kan sparas i {given.name}. {advice} Att läsa och skriva ut "
            "går bra (filen öppnas då skrivskyddad).",
            given,
            reason,
        )


def open_reader(path: Path) -> Store:
    """A second, read-only connection to a file this process already opened (validated,
    migrated) for writing, for work on another thread: a sqlite3 connection belongs to the
    thread that made it. It takes no lock and checks nothing again (the quick_check reads the
    whole file); in WAL mode it reads beside the writer without blocking it or being blocked.
    Through a `mode=ro` connection SQLite cannot change a byte of the file."""
    connection = read_only_connection(path)
    try:
        db = _configure(connection, path, read_only=True)
        db.execute("PRAGMA query_only = ON")
    except sqlite3.DatabaseError as error:
        connection.close()
        raise refusal(path, error) from error
    return Store(db, path, read_only=True)


def open_companion(owner: Store) -> Store:
    """A second writing connection to a file this process holds the writer lock for (the
    window's), for the team sync on its own thread: the lock is the process's, SQLite
    serialises the two connections' transactions (WAL, busy_timeout), and each commit is
    whole. Only for work that must write while the window stays responsive."""
    if owner.path is None or owner.read_only:
        raise StoreError("Bara en fil som är öppen för skrivning kan synkas.")
    connection = sqlite3.connect(str(owner.path), check_same_thread=False)
    try:
        db = _configure(connection, owner.path, read_only=False)
    except sqlite3.DatabaseError as error:
        connection.close()
        raise refusal(owner.path, error) from error
    store = Store(db, owner.path)
    store.user = owner.user
    from ksdesk.db import team_guard

    team_guard.install_if_linked(store)
    return store


def _configure(connection: sqlite3.Connection, path: Path | None, read_only: bool) -> Database:
    # Autocommit at the driver level: a write outside store.atomic() is committed at once,
    # never left in an implicit transaction that closing the window (or a crash) would drop.
    connection.isolation_level = None
    db = Database(connection)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 5000")
    if path is not None and not read_only:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")  # why: see the module docstring
    return db


def _make_private(path: Path) -> None:
    make_private(path)
    for suffix in SIDECARS:
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            make_private(sidecar)


def upgrade(store: Store) -> None:
    """After the content was replaced (a restored backup): refuse a newer schema, migrate an
    older one to head."""
    check_schema_known(store.db, store.path)
    migrate_to_head(store.db, store.path, store.read_only)


def schema_version(store: Store) -> list[str]:
    return applied_steps(store.db)


__all__ = ["Store", "open_reader", "open_store", "schema_version", "upgrade"]
