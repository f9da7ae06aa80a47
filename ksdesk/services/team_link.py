"""The link between a file and the kansli's server: the URL and login stay in the file, the
password in the operating system's keyring (Windows Credential Manager, macOS Keychain, the
Secret Service on Linux), never in the file nor in the URL."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

from ksdesk.core.errors import InvalidInput, ServerRefused
from ksdesk.core.team import Link
from ksdesk.logs import logger

KEYRING_SERVICE = "ksdesk"
LOCAL_HOSTS = ("", "localhost", "127.0.0.1", "::1")


def check_url(url: str) -> str:
    """The URL as given, refused when it is not a PostgreSQL URL or carries a password."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("postgresql", "postgres"):
        raise InvalidInput(
            f"{url} är ingen adress till en PostgreSQL-server: den börjar med postgresql://, "
            "till exempel postgresql://db.kommun.se/ksdesk?sslmode=verify-full."
        )
    if parts.password or "password" in parse_qs(parts.query):
        raise InvalidInput(
            "Lösenordet hör inte hemma i adressen: det sparas i datorns nyckelring. Ta bort "
            "det ur adressen; ksdesk frågar efter det."
        )
    if parts.username:
        raise InvalidInput("Ange användarnamnet med --anvandare, inte i adressen.")
    return url


def unencrypted_warning(url: str) -> str:
    """A warning when a server outside this computer is reached without checked TLS."""
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    host = (parts.hostname or "").lower()
    sslmode = (query.get("sslmode") or ["prefer"])[0]
    if host in LOCAL_HOSTS or "host" in query or sslmode in ("verify-full", "verify-ca"):
        return ""
    return (
        f"Varning: anslutningen till {host} kontrollerar inte serverns certifikat "
        f"(sslmode={sslmode}). Lägg till ?sslmode=verify-full i adressen (se docs/TEAM.md)."
    )


def credential_name(link: Link) -> str:
    parts = urlsplit(link.server)
    host = parts.hostname or parse_qs(parts.query).get("host", ["lokal"])[0]
    return f"{link.user}@{host}:{parts.port or 5432}/{parts.path.lstrip('/')}"


def _keyring() -> Any:
    import keyring

    return keyring


def password(link: Link) -> str | None:
    """The saved password; None when there is none (libpq may still find one in ~/.pgpass)."""
    try:
        return _keyring().get_password(KEYRING_SERVICE, credential_name(link))
    except Exception:  # no keyring on this computer (a server without a desktop)
        return None


def save_password(link: Link, secret: str) -> None:
    try:
        _keyring().set_password(KEYRING_SERVICE, credential_name(link), secret)
    except Exception as error:
        logger("team").warning("nyckelring: %s: %s", type(error).__name__, error)
        raise ServerRefused(
            "Lösenordet kunde inte sparas: datorn har ingen nyckelring ksdesk kan använda. "
            "Spara det i ~/.pgpass i stället (se docs/TEAM.md); ksdesk sparar aldrig lösenord "
            "i databasfilen."
        ) from error


def forget_password(link: Link) -> None:
    try:
        _keyring().delete_password(KEYRING_SERVICE, credential_name(link))
    except Exception:  # nothing saved, or no keyring: nothing to forget
        return


def connect(link: Link, secret: str | None = None) -> Any:
    """An autocommit connection to the linked server (each unit of work opens its own
    transaction)."""
    from ksdesk.db.server.connection import connect as server_connect

    given = secret if secret is not None else password(link)
    return server_connect(link.server, link.user, given, autocommit=True)
