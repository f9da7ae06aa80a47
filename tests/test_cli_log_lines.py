"""A command's terminal says what went wrong in Swedish; the library's own words (the
exception's English text, kept for support) go to ksdesk's log, never to the terminal
through logging's last resort. Run as real processes: in pytest the root logger has
pytest's handlers, and the last resort never speaks."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from ksdesk import applog
from ksdesk.logs import logger


def _ksdesk(data: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "KSDESK_DATA_DIR": str(data)}
    return subprocess.run(
        [sys.executable, "-m", "ksdesk", *args], capture_output=True, text=True, env=env
    )


def _zip_without_office_parts() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hej.txt", "hej")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "english"),
    [
        ("lista.xlsx", _zip_without_office_parts(), "KeyError"),
        ("lista.pdf", b"%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\n", "PdfStreamError"),
    ],
    ids=["xlsx-utan-delar", "pdf-avbruten"],
)
def test_a_damaged_import_says_swedish_on_the_terminal_and_the_detail_in_the_log(
    tmp_path: Path, name: str, content: bytes, english: str
) -> None:
    database = tmp_path / "ks.sqlite"
    board = ("--db", str(database))
    kommun = ("--kommun", "Åmål", "--organ", "Kommunstyrelsen")
    assert _ksdesk(tmp_path, "init", *board, *kommun).returncode == 0
    meeting = ("--organ", "Kommunstyrelsen", "--date", "2027-02-03", "--time", "14.00")
    assert _ksdesk(tmp_path, "meeting", "create", *board, *meeting).returncode == 0
    (tmp_path / name).write_bytes(content)
    data = tmp_path / "data"

    done = _ksdesk(
        data, "agenda", "import", *board, "--meeting", "2027-02-03", str(tmp_path / name)
    )

    assert done.returncode == 1
    assert done.stderr.startswith(f"ksdesk: {name}")
    assert english not in done.stderr and "Error" not in done.stderr
    log = (data / "logg" / applog.LOG_NAME).read_text(encoding="utf-8")
    assert log.count(english) == 1  # written once, by the handler that opened the file


def test_the_first_record_opens_the_log_and_is_written_once(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("KSDESK_DATA_DIR", str(tmp_path))
    applog.stop()
    logger("import").warning("första: %s", "ValueError: bad")
    logger("import").warning("andra")
    applog.stop()
    lines = (tmp_path / "logg" / applog.LOG_NAME).read_text(encoding="utf-8").splitlines()
    assert [line.split(" ksdesk.import: ")[-1] for line in lines if "WARNING" in line] == [
        "första: ValueError: bad",
        "andra",
    ]
    assert logging.getLogger("ksdesk.import") is logger("import")
