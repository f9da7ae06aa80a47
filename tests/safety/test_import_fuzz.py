"""Imports never half-write and never crash: the shared guard (interchange/import_guard.py,
services/imports.py) fuzzed with hypothesis, and every importer on main fed nasty files
(empty, binary, huge, wrong encoding, 10 000 rows). A refusal is a Swedish KsdeskError and
leaves the database byte-for-byte as it was.

To fuzz a new importer, add one entry to IMPORTERS: a name and a function (store, path)."""

from __future__ import annotations

import functools
import hashlib
import io
import random
import sqlite3
import zipfile
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
    max_examples=60,
    deadline=None,
    database=None,  # no .hypothesis folder in the worktree
    suppress_health_check=[HealthCheck.too_slow],
)


def content_hash(store_or_path) -> str:
    """What the database holds: every page of its current (committed) image. A rolled-back
    import leaves every page as it was; a half-written one does not."""
    store = store_or_path if hasattr(store_or_path, "db") else None
    if store is not None:
        return hashlib.sha256(store.db.conn.serialize()).hexdigest()
    connection = sqlite3.connect(f"{Path(store_or_path).resolve().as_uri()}?mode=ro", uri=True)
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


def _xlsx_rows(n: int) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Nr", "Ärende", "Dnr", "Belopp"])
    for i in range(n):
        sheet.append([i, f"Ärende nummer {i}", f"KS 2020/{i}", i + 0.5])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _zip_of(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


def _docx_garbage() -> bytes:
    from docx import Document

    document = Document()
    document.add_heading("Delegationsordning", 1)
    document.add_paragraph("ÅÄÖ ¤ § " * 50)
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text = "Nr"
    table.cell(1, 1).text = "ärende utan nummer"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# Which kinds of file each nasty content is tried as: garbage as every kind, text troubles
# as CSV, broken Office files as XLSX/DOCX.
ALL, TEXT, OFFICE = (".csv", ".xlsx", ".docx"), (".csv",), (".xlsx", ".docx")
NASTY_AS: dict[str, tuple[str, ...]] = {
    "tom": ALL,
    "binär": ALL,
    "nollor": ALL,
    "utf16-utan-bom": TEXT,
    "latin1-med-styrtecken": TEXT,
    "trasig-utf8-bom": TEXT,
    "falsk-zip": ALL,
    "zip-med-skräp": OFFICE,
    "falsk-pdf": ALL,
    "html": ALL,
    "en-kolumn": TEXT,
    "citat-som-aldrig-slutar": TEXT,
    "tiotusen-rader-csv": TEXT,
    "tiotusen-rader-xlsx": OFFICE,
    "word-med-skräp": OFFICE,
}

NASTY: dict[str, Callable[[], bytes]] = {
    "tom": lambda: b"",
    "binär": lambda: random.Random(1).randbytes(20_000),
    "nollor": lambda: b"\x00" * 4096,
    "utf16-utan-bom": lambda: "Nr;Ärende\n1;Budget".encode("utf-16-le"),
    "latin1-med-styrtecken": lambda: "Nr;Ärende\x01\x02\n1;Å".encode("latin-1"),
    "trasig-utf8-bom": lambda: b"\xef\xbb\xbfNr;\xc3(\n",
    "falsk-zip": lambda: b"PK\x03\x04" + random.Random(2).randbytes(3000),
    "zip-med-skräp": lambda: _zip_of({"[Content_Types].xml": b"<x", "xl/workbook.xml": b"\x00"}),
    "falsk-pdf": lambda: b"%PDF-1.7\n" + random.Random(3).randbytes(3000),
    "html": lambda: b"<html><body><table><tr><td>1</td></tr></table></body></html>",
    "en-kolumn": lambda: b"bara en rad utan avgr\xc3\xa4nsare",
    "citat-som-aldrig-slutar": lambda: b'Nr;"\xc3\x84rende\n1;"x',
    "tiotusen-rader-csv": lambda: _csv_rows(10_000),
    "tiotusen-rader-xlsx": lambda: _xlsx_rows(10_000),
    "word-med-skräp": _docx_garbage,
}


@functools.cache
def _nasty_bytes(name: str) -> bytes:
    return NASTY[name]()


# --- the importers on main (one entry each: the function and the suffixes it takes) ---------


def _guard_only(store, path: Path):
    """The guard's own pipeline, as an importer built on it reads a CSV."""
    return import_atomically(
        store, lambda: read_csv_rows(decode_text(read_import_file(path))), lambda rows: rows
    )


def _agenda(store, path: Path):
    from ksdesk.services import agenda_imports, meetings

    return agenda_imports.import_agenda(store, meetings.list_meetings(store)[0].id, path)


def _budget(store, path: Path):
    from ksdesk.services import budget

    return budget.import_file(store, path, "Fuzzblad")


def _delegation(store, path: Path):
    from ksdesk.services import delegation_import

    return delegation_import.import_file(store, path, f"Fuzz {path.stem} {path.suffix}")


def _delegationsbeslut(store, path: Path):
    from ksdesk.services import delegationsbeslut_import

    return delegationsbeslut_import.import_file(store, path)


IMPORTERS: dict[str, tuple[Callable, tuple[str, ...]]] = {
    "import_guard": (_guard_only, (".csv",)),
    "dagordning": (_agenda, (".csv", ".xlsx")),
    "budgetblad": (_budget, (".csv", ".xlsx")),
    "delegationsordning": (_delegation, (".csv", ".xlsx", ".docx")),
    "delegationsbeslut": (_delegationsbeslut, (".csv", ".xlsx")),
}
CASES = [
    (importer, suffix, nasty)
    for importer, (_fn, suffixes) in sorted(IMPORTERS.items())
    for suffix in suffixes
    for nasty in sorted(NASTY)
    if suffix in NASTY_AS[nasty]
]


@pytest.fixture(scope="module")
def shared_demo(tmp_path_factory, demo_template):
    """One demo database for all nasty files: each refusal must leave it exactly as it was."""
    from ksdesk.services.store import open_database

    path = tmp_path_factory.mktemp("fuzzdemo") / "demo.sqlite"
    path.write_bytes(demo_template.read_bytes())
    store = open_database(path)
    yield store
    store.close()


def _refused_cleanly(store, importer: Callable, path: Path) -> None:
    before = content_hash(store)
    try:
        importer(store, path)
    except KsdeskError as refusal:
        message = str(refusal)
        assert message.strip() and "Traceback" not in message
        assert content_hash(store) == before  # nothing half-written
    assert not store.db.conn.in_transaction


@pytest.mark.parametrize(("importer", "suffix", "nasty"), CASES)
def test_nasty_files_are_refused_in_swedish_or_read_whole(
    importer: str, suffix: str, nasty: str, shared_demo, tmp_path: Path
) -> None:
    path = tmp_path / f"{nasty}{suffix}"
    path.write_bytes(_nasty_bytes(nasty))
    _refused_cleanly(shared_demo, IMPORTERS[importer][0], path)


@pytest.mark.parametrize("importer", sorted(IMPORTERS))
def test_huge_file_is_refused_before_reading(importer: str, shared_demo, tmp_path: Path) -> None:
    function, suffixes = IMPORTERS[importer]
    for suffix in suffixes:
        huge = tmp_path / f"huge{suffix}"
        with huge.open("wb") as handle:  # sparse: costs no disk
            handle.truncate(MAX_IMPORT_BYTES + 1)
        with pytest.raises(InvalidInput, match="för stor"):
            function(shared_demo, huge)


@pytest.mark.parametrize(
    "what", ["dagordning", "lista över delegationsbeslut", "tjänsteskrivelsen"]
)
def test_empty_file_says_so(tmp_path: Path, what: str) -> None:
    """Whatever the import reads: it said "det finns inget lista över delegationsbeslut att
    läsa in" and "inget tjänsteskrivelsen"."""
    empty = tmp_path / "tom.csv"
    empty.write_bytes(b"")
    with pytest.raises(InvalidInput) as refused:
        read_import_file(empty, what)
    assert str(refused.value).startswith("Filen tom.csv är tom (0 byte): det finns ingenting att")


def test_ten_thousand_rows_read_whole() -> None:
    rows = read_csv_rows(decode_text(_nasty_bytes("tiotusen-rader-csv")))
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


@settings(FUZZ, max_examples=25)  # each example runs every importer on every kind of file
@given(data=st.binary(max_size=3000), prefix=st.sampled_from([b"", b"PK\x03\x04", b"Nr;"]))
def test_every_importer_survives_random_bytes(shared_demo, data: bytes, prefix: bytes) -> None:
    for importer, suffixes in IMPORTERS.values():
        for suffix in suffixes:
            path = shared_demo.path.with_name(f"in{suffix}")
            path.write_bytes(prefix + data)
            _refused_cleanly(shared_demo, importer, path)
