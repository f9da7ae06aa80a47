"""What the kansli's server says, in Swedish: a refusal ksdesk has no words of its own for
named by its code, the server's English kept for the log and whoever runs the server."""

from __future__ import annotations

import logging

import psycopg

from ksdesk.core.errors import ServerRefused
from ksdesk.db.server.connection import translate


def test_an_unknown_refusal_is_said_in_swedish_with_its_code(caplog) -> None:
    english = "value too long for type character varying(10)"
    with caplog.at_level(logging.WARNING, logger="ksdesk.team"):
        said = translate(
            psycopg.errors.StringDataRightTruncation(english),
            "postgresql://server.kommun.se/kansli",
            "anna",
        )
    assert isinstance(said, ServerRefused)
    message = str(said)
    assert message.startswith("Servern (kansli på server.kommun.se) svarade med ett fel")
    assert "felkod 22001" in message and "Ingenting ändrades" in message
    assert english not in message
    assert any(english in record.getMessage() for record in caplog.records)


def test_the_owners_refused_login_names_where_the_password_came_from(monkeypatch) -> None:
    """rewalk36 N5: PGPASSWORD goes before ~/.pgpass, so "skriv lösenordet i ~/.pgpass"
    helps nobody who has it set; none at all is no wrong password."""
    from ksdesk.db.server.connection import OWNER

    url = "postgresql://server.kommun.se/kansli"
    refused = psycopg.OperationalError('password authentication failed for user "ksdesk"')
    monkeypatch.setenv("PGPASSWORD", "fel")
    said = str(translate(refused, url, OWNER))
    assert "miljövariabeln PGPASSWORD" in said and "Skriv ägarens lösenord i ~/.pgpass" not in said
    in_url = str(translate(refused, url.replace("//", "//ksdesk:fel@"), OWNER))
    assert (
        "Lösenordet i adressen" in in_url and ":fel@" not in in_url and "PGPASSWORD" not in in_url
    )
    monkeypatch.delenv("PGPASSWORD")
    none = psycopg.OperationalError("fe_sendauth: no password supplied")
    said = str(translate(none, url, OWNER))
    assert "inget lösenord" in said and "fel användarnamn" not in said
    assert "~/.pgpass" in said
