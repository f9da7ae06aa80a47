"""Why a file could not be read or written, in Swedish: the system's own words are English
on Linux ("Permission denied") and "[WinError 32] The process cannot access the file …"
for a PDF open in Acrobat on Windows, the commonest refusal of all when saving a kallelse."""

from __future__ import annotations

import errno

import pytest

from ksdesk import atomic
from ksdesk.core.errors import InvalidInput
from ksdesk.core.os_errors import os_reason


class _WindowsError(OSError):
    """OSError as Python builds it on Windows: the system's code beside errno."""

    def __init__(self, winerror: int, text: str) -> None:
        super().__init__(errno.EACCES, text)
        self.winerror = winerror


def test_a_file_open_in_another_program_on_windows_says_close_it_there() -> None:
    busy = _WindowsError(32, "The process cannot access the file because it is being used")
    assert os_reason(busy) == "filen är öppen i ett annat program: stäng den där och försök igen"


@pytest.mark.parametrize(
    ("code", "said"),
    [
        (errno.EACCES, "du har inte behörighet, eller filen är öppen i ett annat program"),
        (errno.ENOSPC, "disken är full"),
        (errno.ENOENT, "filen eller mappen finns inte"),
        (errno.EROFS, "platsen är skrivskyddad"),
        (9999, "datorn gav ett fel när filen skulle läsas eller skrivas"),
    ],
)
def test_the_systems_english_becomes_swedish(code: int, said: str) -> None:
    assert os_reason(OSError(code, "English words from the system")) == said


def test_saving_a_pdf_that_is_open_elsewhere_names_the_file_and_what_to_do(
    tmp_path, monkeypatch
) -> None:
    def refuse(*_args, **_kwargs):
        raise _WindowsError(32, "The process cannot access the file")

    monkeypatch.setattr(atomic, "write_atomic", refuse)
    target = tmp_path / "kallelse.pdf"
    with pytest.raises(InvalidInput) as refused:
        atomic.save_as(target, b"%PDF-1.7")
    message = str(refused.value)
    assert str(target) in message and "stäng den där och försök igen" in message
    assert "process" not in message
