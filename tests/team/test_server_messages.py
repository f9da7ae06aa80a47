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
