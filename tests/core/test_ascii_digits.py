"""core.personnummer_marks.ascii_digits reads ASCII text by a shortcut: the same digits as
the reading of each character gives."""

from __future__ import annotations

import random

from ksdesk.core.personnummer_marks import ascii_digits


def _each_character(written: str) -> str:
    return "".join(str(int(char)) for char in written if char.isdecimal())


def test_the_shortcut_reads_as_each_character_is_read() -> None:
    rng = random.Random(12)
    alphabet = [chr(code) for code in range(128)] + ["８", "٣", "½", "²", "\u00a0"]
    for _ in range(2000):
        written = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        assert ascii_digits(written) == _each_character(written), written
    assert ascii_digits("811218-9876") == "8112189876"
    assert ascii_digits("８１1218²") == "811218"
