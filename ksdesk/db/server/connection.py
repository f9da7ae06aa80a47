"""Connecting to the kansli's server, and what its refusals mean in Swedish.

The password is never part of the URL nor of the database file: the caller hands it in (from
the OS keyring, see services/team_link.py). Without one, libpq looks where it always does
(~/.pgpass, PGPASSWORD, a client certificate), which a DBA may prefer."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import psycopg

from ksdesk.core.errors import ServerLoginFailed, ServerRefused, ServerUnavailable
from ksdesk.logs import logger

CONNECT_TIMEOUT_S = 5

_LOGIN_FAILED = (
    "password authentication failed",
    "no password supplied",
    'role "',  # role "x" does not exist
    "pg_hba.conf rejects",
)
OWNER = "databasens ägare"  # who `ksdesk server` logs in as, in its messages


def connect(url: str, user: str, password: str | None, **options: Any) -> psycopg.Connection:
    """A connection as `user` (autocommit off: every unit of work is one transaction)."""
    try:
        return psycopg.connect(
            url,
            user=user,
            password=password or None,
            connect_timeout=CONNECT_TIMEOUT_S,
            application_name="ksdesk",
            **options,
        )
    except psycopg.Error as error:
        raise translate(error, url, user) from error


def server_name(url: str) -> str:
    """The server as the secretary knows it: host and database, never a password."""
    parts = urlsplit(url)
    host = parts.hostname or "den lokala servern"
    database = parts.path.lstrip("/") or "postgres"
    return f"{database} på {host}"


def translate(error: psycopg.Error, url: str, user: str) -> Exception:
    text = str(error).lower()
    where = server_name(url)
    if isinstance(error, psycopg.errors.InsufficientPrivilege):
        return ServerRefused(
            f"Servern ({where}) nekade {user}: du har inte behörighet (den som administrerar "
            "servern gör dig till medlem i ksdesk_sekreterare). Ingenting ändrades på servern."
        )
    if isinstance(error, psycopg.errors.InvalidSchemaName | psycopg.errors.UndefinedTable):
        return ServerRefused(
            f"Servern ({where}) är inte förberedd för ksdesk: den som administrerar servern "
            "kör `ksdesk server init`."
        )
    if isinstance(error, psycopg.OperationalError):
        if any(marker in text for marker in _LOGIN_FAILED):
            none = "no password supplied" in text  # nothing in the URL, PGPASSWORD, ~/.pgpass
            what = "inget lösenord angavs" if none else "fel användarnamn eller lösenord"
            return ServerLoginFailed(
                f"Inloggningen på servern ({where}) misslyckades för {user}: {what}. "
                f"{_login_advice(url, user)}",
                where,
                user,
            )
        if "database" in text and "does not exist" in text:
            return ServerRefused(
                f"Databasen finns inte på servern ({where}): kontrollera adressen."
            )
        # Refused, timed out, closed mid-way: the laptop works on and syncs later.
        # What was not done is the action's to say (core/team_no_answer.py), with `where`.
        return ServerUnavailable(
            f"Servern ({where}) svarar inte. Arbetet sparas i filen och synkas när "
            "servern svarar igen.",
            where,
        )
    # The server's own words are English (or the server's language): the log keeps them.
    logger("team").warning("server %s: %s", where, server_words(error))
    code = f" (felkod {error.sqlstate})" if getattr(error, "sqlstate", None) else ""
    return ServerRefused(
        f"Servern ({where}) svarade med ett fel som ksdesk inte känner igen{code}. Ingenting "
        "ändrades på servern; detaljerna finns i loggen (Hjälp → Visa logg…) för den som "
        "administrerar servern."
    )


def _login_advice(url: str, user: str) -> str:
    # `ksdesk server` logs in as the URL or ~/.pgpass says; `ksdesk koppla` is the laptops'.
    # libpq takes the URL's password first, then PGPASSWORD, then ~/.pgpass: the advice
    # names the one it used (rewalk36 N5: PGPASSWORD set, and told to write ~/.pgpass).
    if user == OWNER and urlsplit(url).password:
        return (
            "Lösenordet i adressen godtogs inte: rätta det, eller ta bort det ur adressen och "
            "skriv ägarens lösenord i ~/.pgpass (se docs/TEAM.md)."
        )
    if user == OWNER and os.environ.get("PGPASSWORD"):
        return (
            "Lösenordet i miljövariabeln PGPASSWORD godtogs inte (det gäller före ~/.pgpass): "
            "rätta det, eller ta bort variabeln PGPASSWORD så att lösenordet i ~/.pgpass läses."
        )
    if user == OWNER:
        return (
            "Skriv ägarens lösenord i ~/.pgpass (se docs/TEAM.md), eller ange ägaren och "
            "lösenordet i adressen: postgresql://ägare:lösenord@server/databas."
        )
    return (
        "Koppla om med `ksdesk koppla` och rätt lösenord, eller rätta lösenordet i ~/.pgpass "
        "om det står där."
    )


def connect_as_owner(url: str) -> psycopg.Connection:
    """A connection as the URL says (the DBA's own, user and password included if given, or
    from ~/.pgpass), for `ksdesk server`; autocommit, each step opens its transaction."""
    try:
        return psycopg.connect(
            url, connect_timeout=CONNECT_TIMEOUT_S, application_name="ksdesk", autocommit=True
        )
    except psycopg.Error as error:
        raise translate(error, url, OWNER) from error


@contextlib.contextmanager
def in_swedish(url: str, user: str) -> Iterator[None]:
    """Any error of the server or the connection inside the block, as a Swedish KsdeskError:
    a connection lost half-way is ServerUnavailable (the laptop works on), a refusal is
    ServerRefused. Never a psycopg message in English before the secretary."""
    try:
        yield
    except psycopg.Error as error:
        raise translate(error, url, user) from error


def server_words(error: psycopg.Error) -> str:
    """What the log keeps of the server's error: its message and where it arose (table,
    column, constraint), never its DETAIL or the statement. PostgreSQL's DETAIL quotes the
    data ("Failing row contains (…)", "Key (…)=(…)"): a pushed row's text, a name in a
    sekretess § or the skyddade register, in a log that is sent to support."""
    diag = error.diag
    primary = diag.message_primary or (str(error).strip().splitlines() or [""])[0]
    places = (
        ("tabell", diag.table_name),
        ("kolumn", diag.column_name),
        ("villkor", diag.constraint_name),
    )
    where = ", ".join(f"{word} {name}" for word, name in places if name)
    return f"{primary} ({where})" if where else primary
