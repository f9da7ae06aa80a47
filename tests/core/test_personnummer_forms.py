"""Property tests of the personnummer scanner: a valid number written in any of the ways people
type, paste or a PDF extracts it is found and masked wherever it stands; the texts that fill
a kallelse (amounts, diarienummer, phone numbers, dates and times) never trip it."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from ksdesk.core.format import format_amount, format_date, format_date_long
from ksdesk.core.personnummer import DASHES, INVISIBLE, find_personnummer, luhn_ok
from ksdesk.core.personnummer_masking import mask_personnummer

TODAY = date(2024, 6, 1)

# Every separator the scanner promises to read between the date and the last four.
SEPARATORS = [
    "",
    *DASHES,
    "+",
    ".",
    "/",
    " ",
    "\u00a0",
    "\u202f",
    "\n",
    "\r\n",
    " - ",
    "  \n  ",
    "-\n",
    "\u00ad",
    "\u200b",
]


def _check_digit(nine: str) -> str:
    return next(str(d) for d in range(10) if luhn_ok(nine + str(d)))


@st.composite
def numbers(draw) -> tuple[str, bool]:
    """(twelve digits ÅÅÅÅMMDDNNNN, samordning) of a valid number born 1925–2023."""
    born = draw(st.dates(date(1925, 1, 1), date(2023, 12, 31)))
    samordning = draw(st.booleans())
    day = born.day + (60 if samordning else 0)
    nine = f"{born:%y%m}{day:02d}{draw(st.integers(0, 999)):03d}"
    return f"{born.year}{nine[2:]}{_check_digit(nine)}", samordning


@st.composite
def written(draw, number: str) -> str:
    """`number` (twelve digits) as someone may have written it."""
    twelve = draw(st.booleans())
    head = number[:8] if twelve else number[2:8]
    tail = number[8:]
    separator = draw(st.sampled_from(SEPARATORS))
    style = draw(st.sampled_from(["plain", "boxes", "invisible"]))
    if style == "boxes":  # one digit per box of a paper form, as text extraction gives it
        gap = draw(st.sampled_from([" ", "  ", "\n", " \n "]))
        visible = separator.strip(INVISIBLE)
        return gap.join(head) + (gap + visible + gap if visible else gap) + gap.join(tail)
    if style == "invisible":  # a soft hyphen or zero-width space pasted inside a group
        char = draw(st.sampled_from(INVISIBLE))
        at = draw(st.integers(1, len(head) - 1))
        head = head[:at] + char + head[at:]
    return f"{head}{separator}{tail}"


FILLER = st.text(
    alphabet=st.characters(categories=["L", "Zs"], exclude_characters="\u00ad"), max_size=30
)


@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_every_written_form_is_found_in_any_text(data) -> None:
    number, samordning = data.draw(numbers())
    form = data.draw(written(number))
    before, after = data.draw(FILLER), data.draw(FILLER)
    text = f"{before} {form}, {after}"
    hits = find_personnummer(text, TODAY)
    # A young person written with ten digits and a '+' would be read as a hundred years older.
    assert [h.normalized[2:] for h in hits] == [number[2:]], (text, hits)
    assert hits[0].samordning == samordning
    masked = mask_personnummer(text)
    assert find_personnummer(masked, TODAY) == []
    assert number[-4:] not in "".join(c for c in masked if c.isdigit())


@settings(max_examples=200, deadline=None)
@given(st.lists(numbers(), min_size=2, max_size=5, unique_by=lambda n: n[0]), st.data())
def test_several_numbers_in_one_field_are_each_found(found, data) -> None:
    forms = [data.draw(written(number)) for number, _ in found]
    text = " och ".join(f"sökande {form}" for form in forms)
    hits = find_personnummer(text, TODAY)
    assert [h.normalized[2:] for h in hits] == [n[2:] for n, _ in found]


def test_a_plus_by_mistake_on_a_leap_day_birth_is_still_found() -> None:
    # Born 29 February 2000, written with the "+" of the over-hundreds: 1900 had no 29
    # February, and the number was not found at all (Hypothesis found "000229+0005").
    number = "000229" + "000" + _check_digit("000229000")
    (hit,) = find_personnummer(f"sökande {number[:6]}+{number[6:]}", TODAY)
    assert hit.normalized == "20" + number


def test_the_kept_number_is_the_only_one_left() -> None:
    one = "19811218" + "987" + _check_digit("811218987")
    two = "19900101" + "123" + _check_digit("900101123")
    text = f"{one[2:8]}\u2013{one[8:]} och {two[:8]}\u00a0{two[8:]}"
    assert mask_personnummer(text, {two}) == f"XXXXXX\u2013XXXX och {two[:8]}\u00a0{two[8:]}"


# --- what must never trip it -----------------------------------------------------------------

amounts = st.decimals(min_value=-(10**9), max_value=10**9, places=1, allow_nan=False)


@settings(max_examples=300, deadline=None)
@given(st.lists(amounts, min_size=1, max_size=12), st.sampled_from([" ", "\t", "\n", " | "]))
def test_budget_rows_never_trip_it(row: list[Decimal], gap: str) -> None:
    text = gap.join(format_amount(a) for a in row)
    assert find_personnummer(text, TODAY) == [], text


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1990, 2035),
    st.integers(1, 9999),
    st.sampled_from(["", "KS ", "SBN ", "KS-"]),
    st.sampled_from(["{p}{y}/{n}", "{p}{y}/{n:04d}", "{p}{y}-{n:05d}", "{p}{y}/{n}-00"]),
)
def test_diarienummer_never_trip_it(year: int, nr: int, prefix: str, shape: str) -> None:
    text = shape.format(p=prefix, y=year, n=nr)
    assert find_personnummer(f"Dnr {text}, {text}", TODAY) == [], text


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 99_999_999), st.sampled_from(["070", "072", "08", "0240", "031", "+46 70"]))
def test_phone_numbers_as_written_never_trip_it(number: int, area: str) -> None:
    digits = f"{number:08d}"[: 9 - len(area.replace("+46 ", "0"))]
    for text in (
        f"{area}-{digits[:3]} {digits[3:5]} {digits[5:]}",
        f"{area}-{digits[:2]} {digits[2:5]} {digits[5:]}",
        f"{area} {digits[:3]} {digits[3:]}",
    ):
        assert find_personnummer(f"Telefon {text}", TODAY) == [], text


@settings(max_examples=300, deadline=None)
@given(st.dates(date(1990, 1, 1), date(2040, 12, 31)), st.integers(0, 23), st.integers(0, 59))
def test_dates_and_times_never_trip_it(day: date, hour: int, minute: int) -> None:
    later = day + timedelta(days=14)
    texts = [
        f"{format_date(day)} kl. {hour:02d}.{minute:02d}",
        f"{format_date(day)}–{format_date(later)}",
        f"{format_date(day)} {format_date(later)}",
        f"{format_date_long(day)}, kl. {hour:02d}:{minute:02d}",
        f"KS {format_date(day)} § {minute + 1}",
    ]
    for text in texts:
        assert find_personnummer(text, TODAY) == [], text


def test_a_printed_checksum_is_not_a_number() -> None:
    number = "8112189876"
    digest = ("ab" + number + "cd" * 26)[:64]
    assert find_personnummer(f"Fingeravtryck {digest}.", TODAY) == []
    assert find_personnummer(f"Fingeravtryck {digest[:40]}", TODAY) == []
    assert len(find_personnummer(f"Nummer {number} och {digest}", TODAY)) == 1
