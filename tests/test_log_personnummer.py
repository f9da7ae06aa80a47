"""The log and the error details are sent to support: a personnummer quoted in a record (a
library's words about a bad cell, PostgreSQL's "Failing row contains (…)", a traceback)
is masked in the file, in Hjälp → Visa logg and in what Kopiera detaljer copies."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ksdesk import applog
from ksdesk.core.errors import InvalidInput
from ksdesk.interchange.import_guard import guarded
from ksdesk.logs import logger


def _bad_cell() -> None:
    raise KeyError("Kalle Karlsson 811218-9876")


def test_a_parser_quoting_a_cell_writes_no_personnummer_in_the_log(log_file: Path) -> None:
    with pytest.raises(InvalidInput):
        guarded(_bad_cell, "dagordningen")
    server = "new row violates check constraint\nDETAIL:  Failing row contains (7, 19811218-9876)."
    logger("team").warning("server %s: %s", "ks på db", server)
    try:
        _bad_cell()
    except KeyError as error:
        applog.log_error(KeyError, error, error.__traceback__)
    written = log_file.read_text(encoding="utf-8")
    assert "9876" not in written
    assert "KeyError: 'Kalle Karlsson XXXXXX-XXXX'" in written
    assert "Failing row contains (7, XXXXXXXX-XXXX)" in written
    assert "Traceback" in written and "_bad_cell" in written  # the detail is kept
    assert "9876" not in applog.tail()


def test_the_error_details_copied_for_support_hold_no_personnummer() -> None:
    try:
        _bad_cell()
    except KeyError as error:
        details = applog.error_details(KeyError, error, error.__traceback__)
    assert "XXXXXX-XXXX" in details and "811218" not in details
    assert details.startswith("ksdesk ")


def test_an_older_log_is_masked_when_shown(log_file: Path) -> None:
    log_file.parent.mkdir(parents=True)
    log_file.write_text("2026-01-02 10:00:00,000 WARNING x: CSV: 811218-9876\n", "utf-8")
    assert applog.tail() == "2026-01-02 10:00:00,000 WARNING x: CSV: XXXXXX-XXXX\n"


def test_a_record_without_digits_of_its_own_does_not_load_the_reader(tmp_path: Path) -> None:
    """Qt's warnings at a start ("This plugin does not support propagateSizeHints()") are
    logged: read with the time stamp, they loaded the personnummer reader, whose patterns
    cost start-up tens of milliseconds. A record with a number is still masked."""
    code = (
        "import sys\n"
        "from ksdesk import applog\n"
        "from ksdesk.logs import logger\n"
        "applog.start('gui')\n"
        "logger('qt').warning('This plugin does not support propagateSizeHints()')\n"
        "print('ksdesk.core.personnummer' in sys.modules)\n"
        "logger('qt').warning('Kalle 811218-9876')\n"
        "print('ksdesk.core.personnummer' in sys.modules)\n"
    )
    env = dict(os.environ, KSDESK_DATA_DIR=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.split() == ["False", "True"]
    written = (tmp_path / "logg" / applog.LOG_NAME).read_text(encoding="utf-8")
    assert "propagateSizeHints" in written
    assert "9876" not in written and "Kalle XXXXXX-XXXX" in written
