"""parse_dnr reads the plain shape ("KS 2020/434") at once: it must give the very Dnr that
reading it through every shape gives (core.dnr.read_dnr), prefix, year, number, suffix and
warnings alike, for every plausible year and any prefix or number the shape allows."""

from __future__ import annotations

import random

import pytest

from ksdesk.core.dnr import parse_dnr, read_dnr

PREFIXES = ("", "KS ", "ks ", "SBN ", "Ks ", "ÅÄÖ ", "é ", "ABCDEFGH ", "D ", "NR ")
LABELLED = ("Dnr ", "DNR ", "dnr ", "Diarienr ", "Ärendenr ")
NUMBERS = ("0", "1", "7", "12", "13", "31", "32", "99", "100", "0001", "0434", "00434", "999999")


@pytest.mark.parametrize("prefix", PREFIXES + LABELLED)
def test_plain_shape_reads_as_every_shape_does(prefix: str) -> None:
    rng = random.Random(prefix)
    numbers = NUMBERS + tuple(str(rng.randrange(1, 10**6)) for _ in range(4))
    for year in range(1970, 2110):
        for number in numbers:
            text = f"{prefix}{year}/{number}"
            assert parse_dnr(text) == read_dnr(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Dnr 2020/434",  # the label is no prefix
        "KS 1969/434",  # an implausible year is warned about
        "KS 2110/434",
        "KS 2020/434-00",  # a suffix
        " KS 2020/434",
        "KS  2020/434",
        "KS\u00a02020/434",
        "КS 2020/434",  # a Cyrillic К, warned about
        "KS 2020/",
        "BETECKNING 2020/434",
        "7/12",
    ],
)
def test_other_shapes_still_read_the_long_way(text: str) -> None:
    assert parse_dnr(text) == read_dnr(text)


def test_plain_shape_is_read_whole() -> None:
    dnr = parse_dnr("ks 2020/0434")
    assert (dnr.raw, dnr.prefix, dnr.year, dnr.number, dnr.suffix, dnr.warnings) == (
        "ks 2020/0434",
        "KS",
        2020,
        434,
        None,
        (),
    )
    assert parse_dnr("Dnr 2020/434").prefix is None
