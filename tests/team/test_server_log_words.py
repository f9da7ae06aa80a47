"""The server's refusal kept in the log (sent to support) holds its message and where it
arose, never PostgreSQL's DETAIL, which quotes the refused row's data."""

from __future__ import annotations

import logging

import psycopg
import pytest

from ksdesk.db.server.connection import translate


def test_a_refused_row_is_logged_without_its_data(server, caplog) -> None:
    """Before, the log kept "DETAIL: Failing row contains (LVU för Anna Berg, …)"."""
    with server.dba() as conn:
        conn.execute("CREATE TABLE rad (titel text CHECK (length(titel) < 10))")
        with pytest.raises(psycopg.errors.CheckViolation) as refused:
            conn.execute("INSERT INTO rad VALUES ('LVU för Anna Berg, Storgatan 12')")
    with caplog.at_level(logging.WARNING, logger="ksdesk.team"):
        said = translate(refused.value, server.url, "anna")
    assert "Anna Berg" in str(refused.value)  # what PostgreSQL says holds the row
    assert "felkod 23514" in str(said) and "Anna" not in str(said)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "Anna" not in logged and "Storgatan" not in logged
    assert "violates check constraint" in logged and "villkor rad_titel_check" in logged
    assert "tabell rad" in logged
