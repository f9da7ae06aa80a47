"""Imports never half-write and never crash: the shared guard (interchange/import_guard.py,
services/imports.py) fuzzed with hypothesis, and every importer on main fed nasty files
(empty, binary, huge, wrong encoding, 10 000 rows). A refusal is a Swedish KsdeskError and
leaves the database byte-for-byte as it was.

To fuzz a new importer, add one entry to IMPORTERS: a name and a function (store, path)."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ksdesk.core.errors import InvalidInput, KsdeskError, RowError
from ksdesk.interchange.import_guard import (
    MAX_IMPORT_BYTES,
    column_name,
    decode_text,
    guarded,
    read_csv_rows,
    read_import_file,
)
from ksdesk.services.imports import import_atomically

FUZZ = settings(
    max_examples=150,
    deadline=None,
    database=None,  # no .hypothesis folder in the worktree
    suppress_health_check=[HealthCheck.too_slow],
)


def content_hash(path: Path) -> str:
    """What the database holds, independent of WAL layout: every row of every table."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()


# --- the nasty files ------------------------------------------------------------------------


def _csv_rows(n: int) -> bytes:
    lines = ["Nr;Ärende;Dnr;Belopp"] + [
        f"{i};Ärende nummer {i};KS 2020/{i};{i},5" for i in range(n)
    ]
    return "\n".join(lines).encode("utf-8")


NASTY: dict[str, Callable[[], bytes]] = {
    "tom": lambda: b"",
    "binär": lambda: random.Random(1).randbytes(20_000),
    "nollor": lambda: b"\x00" * 4096,
    "utf16-utan-bom": lambda: "Nr;Ärende\n1;Budget".encode("utf-16-le"),
    "latin1-med-styrtecken": lambda: "Nr;Ärende\x01\x02\n1;Å".encode("latin-1"),
    "trasig-utf8-bom": lambda: b"\xef\xbb\xbfNr;\xc3(\n",
    "falsk-zip": lambda: b"PK\x03\x04" + random.Random(2).randbytes(3000),
    "falsk-pdf": lambda: b"%PDF-1.7\n" + random.Random(3).randbytes(3000),
    "html": lambda: b"<html><body><table><tr><td>1</td></tr></table></body></html>",
    "en-kolumn": lambda: b"bara en rad utan avgr\xc3\xa4nsare",
    "citat-som-aldrig-slutar": lambda: b'Nr;"\xc3\x84rende\n1;"x',
    "tiotusen-rader": lambda: _csv_rows(10_000),
}


@pytest.fixture(params=sorted(NASTY))
def nasty_file(request, tmp_path: Path) -> Path:
    path = tmp_path / f"{request.param}.csv"
    path.write_bytes(NASTY[request.param]())
    return path


# --- the importers on main (one line each) --------------------------------------------------


def _guard_only(store, path: Path):
    """The guard's own pipeline, as an importer built on it reads a CSV."""
    return import_atomically(
        store, lambda: read_csv_rows(decode_text(read_import_file(path))), lambda rows: rows
    )


IMPORTERS: dict[str, Callable] = {
    "import_guard (CSV)": _guard_only,
}


@pytest.mark.parametrize("importer", sorted(IMPORTERS))
def test_nasty_files_are_refused_in_swedish_or_read_whole(
    importer: str, nasty_file: Path, demo_path: Path
) -> None:
    from ksdesk.services.store import open_database

    before = content_hash(demo_path)
    store = open_database(demo_path)
    try:
        IMPORTERS[importer](store, nasty_file)
    except KsdeskError as refusal:
        message = str(refusal)
        assert message and message[0].isupper(), message
        assert "Traceback" not in message
        store.close()
        assert content_hash(demo_path) == before  # nothing half-written
        return
    store.close()


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as handle:  # sparse: costs no disk
        handle.truncate(MAX_IMPORT_BYTES + 1)
    with pytest.raises(InvalidInput, match="för stor"):
        read_import_file(huge, "dagordningen")


def test_empty_file_says_so(tmp_path: Path) -> None:
    empty = tmp_path / "tom.csv"
    empty.write_bytes(b"")
    with pytest.raises(InvalidInput, match="är tom"):
        read_import_file(empty, "dagordningen")


def test_ten_thousand_rows_read_whole() -> None:
    rows = read_csv_rows(decode_text(_csv_rows(10_000)))
    assert len(rows) == 10_001 and rows[-1][0] == "9999"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Ärende;Belopp".encode(), "Ärende;Belopp"),
        ("Ärende;Belopp".encode("cp1252"), "Ärende;Belopp"),  # Excel on Swedish Windows
        ("\ufeffÄrende".encode(), "Ärende"),
        ("Ärende".encode("utf-16"), "Ärende"),
    ],
)
def test_encodings_people_actually_send(data: bytes, expected: str) -> None:
    assert decode_text(data) == expected


def test_row_error_names_row_and_column() -> None:
    error = RowError("”12,3,4” är inget belopp", row=12, column=column_name(3))
    assert str(error) == "Rad 12, kolumn D: ”12,3,4” är inget belopp"
    assert (error.row, error.column) == (12, "D")
    assert column_name(26) == "AA"


def test_parser_crash_becomes_swedish_refusal() -> None:
    def crashing() -> None:
        raise KeyError("xl/worksheets/sheet1.xml")

    with pytest.raises(InvalidInput, match="kan inte läsas som budgetbladet"):
        guarded(crashing, "budgetbladet")


def test_failure_while_writing_rolls_back_everything(demo_store, demo_path: Path) -> None:
    from ksdesk.services import meetings as meeting_service

    meeting_id = meeting_service.list_meetings(demo_store)[0].id
    before = content_hash(demo_path)

    def write(rows: list[str]) -> None:
        for n, row in enumerate(rows, start=2):
            if row == "trasig":
                raise RowError("texten går inte att läsa", row=n, column="B")
            meeting_service.update_meeting_fields(demo_store, meeting_id, {"place": row})

    with pytest.raises(RowError, match="Rad 4, kolumn B"):
        import_atomically(demo_store, lambda: ["Sal 1", "Sal 2", "trasig"], write)
    assert content_hash(demo_path) == before


@FUZZ
@given(st.binary(max_size=2000))
def test_decode_text_never_crashes(data: bytes) -> None:
    try:
        assert isinstance(decode_text(data), str)
    except InvalidInput as refusal:
        assert str(refusal)


@FUZZ
@given(st.text(alphabet=st.sampled_from(list(';,\t"\n\r xÅ1')), max_size=400))
def test_csv_reader_never_crashes(text: str) -> None:
    try:
        rows = read_csv_rows(text)
    except InvalidInput as refusal:
        assert str(refusal)
    else:
        assert isinstance(rows, list)


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory):
    from ksdesk.services.store import open_database

    store = open_database(tmp_path_factory.mktemp("fuzz") / "db.sqlite", create=True)
    yield store
    store.close()


@FUZZ
@given(data=st.binary(max_size=3000))
def test_every_importer_survives_random_bytes(fuzz_store, data: bytes) -> None:
    path = fuzz_store.path.with_name("in.csv")
    path.write_bytes(data)
    for importer in IMPORTERS.values():
        try:
            importer(fuzz_store, path)
        except KsdeskError as refusal:
            assert str(refusal)
