"""A refusal or warning quotes what was typed, but never more than 60 characters of it: a
2 000-character paste into a date, amount, time or Dnr field buried the sentence and made
the window as wide as the paste (a line of a message is as wide as its longest word)."""

from __future__ import annotations

import pytest

from ksdesk.core.dnr import parse_dnr
from ksdesk.core.format import FormatError, parse_amount, parse_time
from ksdesk.core.typed_text import quoted
from ksdesk.core.written_dates import parse_date

PASTE = "x" * 2000


@pytest.mark.parametrize("parse", [parse_amount, parse_time, parse_date])
def test_a_long_paste_is_quoted_cut(parse) -> None:
    with pytest.raises(FormatError) as refused:
        parse(PASTE)
    said = str(refused.value)
    assert f'"{"x" * 59}…"' in said and len(said) < 200, said


def test_a_long_dnr_is_quoted_cut() -> None:
    (warning,) = parse_dnr("KS " + PASTE).warnings
    assert warning == f'Diarienumret "KS {"x" * 56}…" har ett okänt format.'


def test_a_short_value_is_quoted_whole() -> None:
    assert quoted("  12,5 mnkr ") == "12,5 mnkr"
    assert quoted("å" * 60) == "å" * 60
    assert quoted("å" * 61) == "å" * 59 + "…"
