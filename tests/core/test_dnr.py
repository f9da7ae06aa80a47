"""Tests for ksdesk.core.dnr: reading, normalising and comparing diarienummer."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ksdesk.core.dnr import Dnr, format_dnr, parse_dnr, same_dnr


@pytest.mark.parametrize(
    ("text", "prefix", "year", "number", "suffix", "key"),
    [
        ("KS 2020/434", "KS", 2020, 434, None, "KS 2020/434"),
        ("2020/434", None, 2020, 434, None, "2020/434"),
        ("KS 2019/507-00", "KS", 2019, 507, "00", "KS 2019/507"),
        ("SBN 2020/877", "SBN", 2020, 877, None, "SBN 2020/877"),
        ("KS-2023-00584", "KS", 2023, 584, None, "KS 2023/584"),
        ("2023-00250", None, 2023, 250, None, "2023/250"),
        ("2014/0640 KS.023", "KS", 2014, 640, "KS.023", "KS 2014/640"),
        ("KS 353/2008", "KS", 2008, 353, None, "KS 2008/353"),
        # Variants a secretary types or pastes.
        ("KS-2023-00584-3", "KS", 2023, 584, "3", "KS 2023/584"),
        ("ks 2020/434", "KS", 2020, 434, None, "KS 2020/434"),
        ("KS 2020 / 434", "KS", 2020, 434, None, "KS 2020/434"),
        ("KS\u00a02020/434", "KS", 2020, 434, None, "KS 2020/434"),
        ("Dnr 2019/507", None, 2019, 507, None, "2019/507"),
        ("Dnr: KS 2020/434", "KS", 2020, 434, None, "KS 2020/434"),
        ("KS 2020/0434", "KS", 2020, 434, None, "KS 2020/434"),
    ],
)
def test_parse_seen_formats(
    text: str, prefix: str | None, year: int, number: int, suffix: str | None, key: str
):
    dnr = parse_dnr(text)
    assert dnr.raw == text
    assert (dnr.prefix, dnr.year, dnr.number, dnr.suffix) == (prefix, year, number, suffix)
    assert dnr.key == key
    assert dnr.warnings == ()
    assert dnr.is_complete


def test_missing_number_is_warned():
    dnr = parse_dnr("KS 2014/")
    assert (dnr.prefix, dnr.year, dnr.number) == ("KS", 2014, None)
    assert dnr.warnings == ('Diarienumret "KS 2014/" saknar löpnummer.',)
    assert not dnr.is_complete
    assert dnr.key == "KS 2014/"


def test_missing_year_is_warned():
    dnr = parse_dnr("KS /434")
    assert dnr.year is None
    assert dnr.warnings == ('Diarienumret "KS /434" saknar årtal.',)


def test_a_year_after_the_slash_alone_lacks_its_number_not_its_year():
    """Stockholm's "Utlåtande 2008:182 RI (Dnr /2008)" with the löpnummer lost: the year is
    there, in the place "353/2008" has it; what is missing is the number."""
    dnr = parse_dnr("Dnr /2008")
    assert (dnr.year, dnr.number) == (2008, None)
    assert dnr.warnings == ('Diarienumret "Dnr /2008" saknar löpnummer.',)
    assert not dnr.is_complete


@pytest.mark.parametrize("text", ["xyz", "434", "KS", "Dnr", "2020/434/12"])
def test_unknown_format_is_warned_not_raised(text: str):
    dnr = parse_dnr(text)
    assert dnr.raw == text
    assert dnr.year is None
    assert dnr.number is None
    assert f'Diarienumret "{text}" har ett okänt format.' in dnr.warnings


def test_unknown_format_message():
    assert parse_dnr("xyz").warnings == ('Diarienumret "xyz" har ett okänt format.',)


@pytest.mark.parametrize("text", ["", "   "])
def test_empty_has_no_warnings(text: str):
    dnr = parse_dnr(text)
    assert dnr.raw == text
    assert dnr.warnings == ()
    assert dnr.is_empty
    assert dnr.key == ""
    assert (dnr.prefix, dnr.year, dnr.number, dnr.suffix) == (None, None, None, None)


@pytest.mark.parametrize("text", ["KS 1850/3", "KS 2202/434", "1969/12"])
def test_implausible_year_is_warned(text: str):
    dnr = parse_dnr(text)
    assert dnr.year is not None
    assert any("inte verkar rimligt" in warning for warning in dnr.warnings)


@pytest.mark.parametrize("text", ["KS 1970/1", "KS 2100/1"])
def test_plausible_year_limits(text: str):
    assert parse_dnr(text).warnings == ()


@pytest.mark.parametrize("text", ["2020-12-07", "KS 2020-12-07", "KS 2020- 12-07"])
def test_a_date_in_the_dnr_field_is_warned(text: str):
    dnr = parse_dnr(text)
    assert dnr.number is None
    assert any("datum" in warning for warning in dnr.warnings)


def test_cyrillic_lookalike_prefix_is_read_and_warned():
    dnr = parse_dnr("\u041aS 2020/434")  # Cyrillic К
    assert dnr.key == "KS 2020/434"
    assert any("kyrilliska" in warning for warning in dnr.warnings)


def test_two_different_organs_are_warned():
    dnr = parse_dnr("SBN 2014/0640 KS.023")
    assert dnr.prefix == "SBN"
    assert any("SBN och KS" in warning for warning in dnr.warnings)


def test_dnr_is_frozen():
    dnr = parse_dnr("KS 2020/434")
    with pytest.raises(dataclasses.FrozenInstanceError):
        dnr.number = 1  # type: ignore[misc]


@pytest.mark.parametrize("text", ["KS 2020/434", "KS-2023-00584", "2014/0640 KS.023", "xyz", ""])
def test_format_dnr_prints_what_was_typed(text: str):
    assert format_dnr(parse_dnr(text)) == text


# --- same_dnr ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "default_prefix", "expected"),
    [
        ("KS 2020/434", "KS 2020/434", None, True),
        ("KS 2019/507-00", "KS 2019/507", None, True),
        ("KS 2019/507-00", "KS 2019/507-01", None, True),
        ("KS-2023-00584", "KS 2023/584", None, True),
        ("2023-00250", "2023/250", None, True),
        ("2014/0640 KS.023", "KS 2014/640", None, True),
        ("ks 2020/434", "KS 2020/434", None, True),
        ("2020/434", "KS 2020/434", "KS", True),
        ("2020/434", "KS 2020/434", "ks", True),
        ("2020/434", "SBN 2020/434", "KS", False),
        # Without a default prefix, a Dnr without prefix matches any prefix.
        ("2020/434", "KS 2020/434", None, True),
        ("2020/434", "SBN 2020/434", None, True),
        ("2020/434", "2020/434", "KS", True),
        ("KS 2020/434", "SBN 2020/434", None, False),
        ("KS 2020/434", "SBN 2020/434", "KS", False),
        ("KS 2020/434", "KS 2020/437", None, False),
        ("KS 2020/434", "KS 2019/434", None, False),
        ("KS 353/2008", "KS 2008/353", None, True),
        ("", "", None, False),
        ("KS 2020/434", "", None, False),
        ("KS 2014/", "KS 2014/", None, True),
        ("KS 2014/", "KS 2014/1", None, False),
        ("xyz", "XYZ", None, True),
        ("xyz", "abc", None, False),
    ],
)
def test_same_dnr(a: str, b: str, default_prefix: str | None, expected: bool):
    assert same_dnr(a, b, default_prefix) is expected
    assert same_dnr(b, a, default_prefix) is expected


def test_same_dnr_accepts_parsed_dnr():
    assert same_dnr(parse_dnr("KS 2020/434"), "2020/434", "KS")


@given(
    prefix=st.sampled_from(["KS", "SBN", "KF", "BUN"]),
    year=st.integers(min_value=1970, max_value=2100),
    number=st.integers(min_value=1, max_value=99999),
)
@example(prefix="KS", year=2100, number=10)  # "2100/10" once read as löpnummer 2100 of 2010
def test_slash_and_dash_forms_are_the_same_arende(prefix: str, year: int, number: int):
    slashed = f"{prefix} {year}/{number}"
    dashed = f"{prefix}-{year}-{number:05d}"
    assert same_dnr(slashed, dashed)
    assert parse_dnr(dashed).key == slashed
    assert parse_dnr(f"{slashed}-00").key == slashed


def test_dnr_can_be_built_directly():
    # Other layers (db, interchange) build Dnr from stored parts; only raw is required.
    assert Dnr(raw="").key == ""
    assert Dnr(raw="KS 2020/434", prefix="KS", year=2020, number=434).key == "KS 2020/434"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("KS 2020/434", "2020/434"),
        ("KS 2019/507-00", "KS 2019/507"),
        ("KS 353/2008", "KS 2008/353"),
        ("KS 2014/", "ks  2014/"),
        ("2014/0640 KS.023", "KS 2014/640"),
    ],
)
def test_the_same_dnr_shares_its_match_key(a: str, b: str) -> None:
    from ksdesk.core.dnr import match_key

    assert same_dnr(a, b) and match_key(a) == match_key(b) != ""


def test_the_label_before_a_diarienummer_is_not_part_of_it() -> None:
    from ksdesk.core.dnr import without_label

    assert without_label("Dnr 106-156/2013") == "106-156/2013"
    assert without_label("Dnr60902-188/2013") == "60902-188/2013"
    assert without_label("Diarienummer: KS 2020/434") == "KS 2020/434"
    assert without_label("Dnr.") == "Dnr."  # a label alone is kept: something to look at
    assert without_label("KS 2020/434") == "KS 2020/434"
    assert without_label("Dnrs 2020/434") == "Dnrs 2020/434"


@pytest.mark.parametrize(
    ("line", "alone"),
    [
        ("KS 2021/12", True),  # a portal's Dnr under the title
        ("CFV: 49/2015", True),  # a case system's, under its paragraph stamp
        ("MSN: 5/2014", True),
        ("KS 353/2008", True),
        ("BN-2011-00512", True),
        ("2021/123", True),
        ("Budget 2020/2021", False),  # a title: the diarium's prefix is in capitals
        ("CFV: 49/1915", False),  # read, but with a warning about the year
        ("2020-12-07", False),  # a date
        ("Dnr KS 2021/12", False),  # a label is read by whoever knows it may stand there
        ("KS 2021/12 Information", False),
    ],
)
def test_a_diarienummer_alone_on_its_line(line: str, alone: bool) -> None:
    from ksdesk.core.dnr import dnr_alone

    assert dnr_alone(line) is alone
