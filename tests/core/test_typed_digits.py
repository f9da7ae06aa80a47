"""A number typed with other digits than 0-9 ("²" from Word's superscript, "①") is refused
in Swedish, never handed to int(): str.isdigit() said yes to them and int() then crashed
with a ValueError (the § of a ledamot's närvaro, the CLI's § argument, a bilaga's number)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

import pytest

from ksdesk.cli.base import paragraf_arg
from ksdesk.core.errors import InvalidInput
from ksdesk.core.narvaro import parse_narvaro
from ksdesk.core.typed_text import is_digits
from ksdesk.services import bilaga_attach, meeting_lookup, meetings
from tests.ui.test_bilaga_drop_wrong_files import _pdf


@pytest.mark.parametrize("typed", ["²", "1²", "①", "³-4"])
def test_narvaro_with_other_digits_is_refused(typed: str) -> None:
    with pytest.raises(InvalidInput, match="är inte ett paragrafnummer"):
        parse_narvaro(typed, [1, 2, 3, 4])


def test_the_cli_refuses_a_superscript_paragraf() -> None:
    with pytest.raises(argparse.ArgumentTypeError, match="är inget paragrafnummer"):
        paragraf_arg("§ ²")


def test_a_bilaga_numbered_with_a_superscript_does_not_stop_the_next(
    demo_store, tmp_path: Path
) -> None:
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    meeting.items[3].bilagor[0].nr = "²"  # typed in the bilaga dialog
    meetings.save_meeting(demo_store, meeting)
    added, _note = bilaga_attach.add_pdf(demo_store, meeting.id, 4, _pdf(tmp_path / "ny.pdf"))
    assert added.nr.isascii() and added.nr.isdigit()


def test_is_digits() -> None:
    assert is_digits("0123") and not is_digits("") and not is_digits("²") and not is_digits("٢")
