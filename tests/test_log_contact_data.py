"""The log and the error details hold no phone number or e-mail address either: a library's
or a server's words may quote a citizen's cell ("Lisa 070-123 45 67 lisa@gmail.com"), and
the log is sent to support. Masked in the forms core.contact_data reads them."""

from __future__ import annotations

from pathlib import Path

from ksdesk import applog
from ksdesk.logs import logger


def _bad_cell() -> None:
    raise ValueError("rad 3: 'Lisa Berg, +46 70-123 45 67, lisa.berg@gmail.com'")


def test_a_record_quoting_a_phone_and_an_e_mail_is_masked_in_the_file(log_file: Path) -> None:
    logger("import").warning("CSV: %s", "Anna 0240-123 45 anna@ludvika.se 811218-9876")
    try:
        _bad_cell()
    except ValueError as error:
        applog.log_error(ValueError, error, error.__traceback__)
    written = log_file.read_text(encoding="utf-8")
    for piece in ("123 45", "ludvika.se", "9876", "70-123", "gmail"):
        assert piece not in written
    assert "CSV: Anna [telefon borttagen] [e-post borttagen] XXXXXX-XXXX" in written
    assert "rad 3: 'Lisa Berg, [telefon borttagen], [e-post borttagen]'" in written
    assert "Traceback" in written and "_bad_cell" in written  # the detail is kept
    assert "gmail" not in applog.tail()


def test_the_error_details_and_an_older_log_hold_none(log_file: Path) -> None:
    try:
        _bad_cell()
    except ValueError as error:
        details = applog.error_details(ValueError, error, error.__traceback__)
    assert "gmail" not in details and "[telefon borttagen]" in details
    log_file.parent.mkdir(parents=True)
    log_file.write_text("2026-01-02 10:00:00,000 WARNING x: ring 070-123 45 67\n", "utf-8")
    assert applog.tail() == "2026-01-02 10:00:00,000 WARNING x: ring [telefon borttagen]\n"


def test_what_is_no_phone_number_stays():
    line = "2026-01-02 10:00:00,000 INFO ksdesk: ksdesk 1.2.3, Linux 6.1.0-18-amd64, dnr 2020/0701"
    assert applog.masked(line) == line
