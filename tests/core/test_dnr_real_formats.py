"""Diarienummer as other kommuner's registries write them (Tyresö, Stockholm, Eskilstuna,
Landskrona, Ludvika, Public 360 and Ciceron exports): each read to its year, löpnummer and
diarium, and the same ärende written two ways matched, two different ones not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ksdesk.core.dnr import match_key, parse_dnr, same_dnr


@pytest.mark.parametrize(
    ("text", "prefix", "year", "number", "suffix"),
    [
        # Tyresö (insynsverige.se): year / diarium löpnummer, then the diarieplan code.
        ("2018/KS 0001 001", "KS", 2018, 1, "001"),
        ("2018/KS 0290 10", "KS", 2018, 290, "10"),
        ("2018/SBF 0051", "SBF", 2018, 51, None),
        ("2015/KSM 0167 042", "KSM", 2015, 167, "042"),
        ("Diarienr: 2018/KS 0212", "KS", 2018, 212, None),
        # Tyresö's byggnadsnämnd wrote the parts without separators, and the kommunstyrelse
        # the year in two digits before 2007 (insynsverige.se/tyreso-bygg/protokoll?date=
        # 2011-02-24 and 2012-01-26, insynsverige.se/tyreso-ks/protokoll?date=2006-01-24).
        ("2011BN0512", "BN", 2011, 512, None),
        ("Dnr: 2011BNS0026", "BNS", 2011, 26, None),
        ("2011KSM0391", "KSM", 2011, 391, None),
        ("Dnr: 2011 BN0080", "BN", 2011, 80, None),
        # Region Halland: the diarium, then the year in two digits and the löpnummer in four
        # (regionstyrelsen's föredragningslista 2014-03-26, docplayer.se/3630745: "RS130419").
        ("RS130419", "RS", 2013, 419, None),
        ("Dnr RS120345", "RS", 2012, 345, None),
        # Kungsbacka's "KFT-2024-00347" broken after its year in the kallelse's Beteckning
        # column, pasted from the PDF by poppler as one word without the second dash.
        ("KFT-202400347", "KFT", 2024, 347, None),
        ("Dnr 06/KS 008 041", "KS", 2006, 8, "041"),
        # Älvsbyn's myndighetsnämnd: löpnummer / two-digit year - diarieplan code
        # (5dok.org, Myndighetsnämnden 2013-04-04, "MYN § 19 Dnr 0015/13 - 200").
        ("Dnr 0015/13 - 200", None, 2013, 15, "200"),
        # Stockholm's miljö- och hälsoskyddsnämnd (insynsverige.se/stockholm-miljo, 2010-09-21).
        ("Dnr 2010-11028", None, 2010, 11028, None),
        # Heby's socialnämnd (docplayer.se, "handlingsplan för ekonomi i balans SN-2017/104").
        ("SN-2017/104", "SN", 2017, 104, None),
        # Stockholm: the diarieplan code before löpnummer/år.
        ("Dnr 1.6-0463/2011", None, 2011, 463, "1.6"),
        ("1.6-0539/2011", None, 2011, 539, "1.6"),
        ("3.1.2-123/2015", None, 2015, 123, "3.1.2"),
        # Stockholm's stadsdelsnämnder: code, löpnummer and year after dashes, löpnummer and
        # year before the code, and the year in two digits after a spaced dash
        # (insynsverige.se/stockholm-hasselby 2012-06-12 and 2008-02-12,
        # stockholm-hagerstenliljeholmen 2012-06-14, stockholm-spanga 2006-11-16).
        ("Dnr 7-742-2011", None, 2011, 742, "7"),
        ("Dnr 12-742-2011", None, 2011, 742, "12"),  # not ärende 742 of 2012
        ("Dnr 1.5.3-219-2012", None, 2012, 219, "1.5.3"),
        ("Dnr 100-495-2007", None, 2007, 495, "100"),
        ("Dnr 257-2012-1.2.6", None, 2012, 257, "1.2.6"),
        ("D nr 099 – 376/06", None, 2006, 376, "099"),
        ("D nr 013 – 430 / 05", None, 2005, 430, "013"),
        # Stockholms läns landsting: year and month before the löpnummer
        # (sammanträdeshandlingar.regionstockholm.se, landstingsfullmäktige 2009-02-10).
        ("LS 0806-0619", "LS", 2008, 619, None),
        ("LS 1202-0260", "LS", 2012, 260, None),
        # Region Norrbotten: the löpnummer zero-padded before the year (9lib.net, "Motion
        # 4-2020 om att lyfta barnets rättigheter i Region Norrbotten", Dnr 00277-2020).
        ("Dnr 00277-2020", None, 2020, 277, None),
        ("RS 01234-2019", "RS", 2019, 1234, None),
        # Eskilstuna "KSKF/2014:1", and the colon as separator.
        ("KSKF/2014:1", "KSKF", 2014, 1, None),
        ("KS 2020:434", "KS", 2020, 434, None),
        # Landskrona "KS/2014/0073".
        ("KS/2014/0073", "KS", 2014, 73, None),
        ("Dnr KS/2014/0073", "KS", 2014, 73, None),
        # Points between the parts.
        ("KS.2020.434", "KS", 2020, 434, None),
        ("KS.2020.434.00", "KS", 2020, 434, "00"),
        ("MBN 2019.1234", "MBN", 2019, 1234, None),
        # A document number after a space (Ludvika's tjänsteskrivelse: "KS 2020/434 00").
        ("KS 2020/434 00", "KS", 2020, 434, "00"),
        # A diarieplan code after the löpnummer.
        ("Dnr: 2021/123-1.2.3", None, 2021, 123, "1.2.3"),
        ("KS 2021/12-3.1", "KS", 2021, 12, "3.1"),
        # Labels kommuner put before the number.
        ("Ärendenr KS 2021/12", "KS", 2021, 12, None),
        ("Ärendenummer: KS-2022-00312", "KS", 2022, 312, None),
        ("Beteckning: SBN 2021-000123", "SBN", 2021, 123, None),
        ("Dnr. KSAU 2022/12", "KSAU", 2022, 12, None),
        # Pasted from Word or a PDF: dashes for hyphens, a point at the end.
        ("KS\u20132023\u201300584", "KS", 2023, 584, None),
        ("KS\u20112023\u201100584", "KS", 2023, 584, None),
        ("KS 2019/507\u201300", "KS", 2019, 507, "00"),
        ("KS 2020/434.", "KS", 2020, 434, None),
        # A document number after a colon.
        ("KS 2019/507:1", "KS", 2019, 507, "1"),
    ],
)
def test_real_formats_are_read(text, prefix, year, number, suffix) -> None:
    dnr = parse_dnr(text)
    assert (dnr.prefix, dnr.year, dnr.number, dnr.suffix) == (prefix, year, number, suffix)
    assert dnr.raw == text
    assert dnr.warnings == ()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("2018/KS 0290 10", "KS 2018/290"),
        ("2018/KS 0001 001", "KS-2018-00001"),
        ("Dnr 1.6-0463/2011", "2011/463"),
        ("KSKF/2014:1", "KSKF 2014/1"),
        ("KS/2014/0073", "KS 2014/73"),
        ("2011BN0512", "BN 2011/512"),
        ("2011BN0512", "BN-2011-00512"),
        ("RS130419", "RS 2013/419"),
        ("KFT-202400347", "KFT-2024-00347"),
        ("KS.2020.434", "KS 2020/434"),
        ("KS 2020/434 00", "2020/434"),
        ("Dnr: 2021/123-1.2.3", "2021/123"),
        ("Ärendenr KS 2021/12", "KS 2021/12"),
    ],
)
def test_the_same_arende_written_two_ways_matches(a: str, b: str) -> None:
    assert same_dnr(a, b) and same_dnr(b, a)
    assert match_key(a) == match_key(b) != ""


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("2018/KS 0290 10", "2018/KS 0291 10"),
        ("2018/KS 0051", "2018/SBF 0051"),
        ("2011BN0512", "2011BNS0512"),
        ("2011BN0512", "2012BN0512"),
        ("RS130419", "RS140419"),
        ("Dnr 1.6-0463/2011", "Dnr 1.6-0463/2012"),
        ("KS.2020.434", "KS.2020.435"),
        ("KSKF/2014:1", "KSKF/2014:11"),
        ("KS 2020/434 00", "KS 2020/43 400"),
    ],
)
def test_two_different_arenden_do_not_match(a: str, b: str) -> None:
    assert not same_dnr(a, b)


def test_several_diarienummer_in_one_cell_are_read_by_the_first_and_warned() -> None:
    dnr = parse_dnr("KS 2020/434, KS 2020/435")
    assert dnr.key == "KS 2020/434"
    assert dnr.warnings == (
        'Diarienumret "KS 2020/434, KS 2020/435" anger flera diarienummer; det första '
        "(KS 2020/434) används när ärenden jämförs.",
    )
    assert parse_dnr("KS 2020/434 och 2020/435").number == 434


def test_a_date_with_points_is_warned_as_a_date() -> None:
    dnr = parse_dnr("2020.12.07")
    assert dnr.number is None and any("datum" in w for w in dnr.warnings)


def test_two_diarienummer_on_two_lines_of_a_cell_are_read_by_the_first() -> None:
    dnr = parse_dnr("KS 2020/434\nKS 2020/435")
    assert (dnr.key, len(dnr.warnings)) == ("KS 2020/434", 1)


@given(
    year=st.integers(min_value=1970, max_value=2100),
    unit=st.text(alphabet="ABCDEFGHIJKLMNOPRSTUVÅÄÖ", min_size=1, max_size=8),
    number=st.integers(min_value=1, max_value=99999),
    space=st.sampled_from(["", " "]),
)
def test_year_unit_and_padded_number_run_together_are_read(
    year: int, unit: str, number: int, space: str
) -> None:
    """Tyresö byggnadsnämnd's "2011BN0512": the same ärende as "BN 2011/512"."""
    compact = f"{year}{space}{unit}{number:04d}"
    dnr = parse_dnr(compact)
    assert (dnr.prefix, dnr.year, dnr.number, dnr.warnings) == (unit, year, number, ())
    assert same_dnr(compact, f"{unit} {year}/{number}")


@pytest.mark.parametrize(
    "text",
    [
        "2020maj12",  # words and numbers run together, not a diarium's print
        "2020 maj 12",
        "2011bn0512",  # the diarium prints its unit in capitals
        "2011BN12",  # nor a löpnummer without its padding
        "2011BN",
        "BN0512",
        "20111BN0512",
        "Dnr 210-11038",  # "210" for 2010: a typing error stays one
    ],
)
def test_what_only_looks_like_a_run_together_dnr_is_not_read(text: str) -> None:
    dnr = parse_dnr(text)
    assert (dnr.year, dnr.number) == (None, None)
    assert f'Diarienumret "{text}" har ett okänt format.' in dnr.warnings


@pytest.mark.parametrize(
    ("text", "prefix", "year", "number", "suffix"),
    [
        # A beredande kommunstyrelse's kallelse, 2015-03-24 (docplayer.se/2114717): the
        # diarium's unit after the löpnummer, as the kallelse's Dnr column prints it.
        ("2015/100 AKK", "AKK", 2015, 100, None),
        ("2014/487 AKK", "AKK", 2014, 487, None),
        ("Dnr 2023/0145 KS", "KS", 2023, 145, None),
        # Olofström's bygglovstaxa (olofstrom.se/bygglovstaxa): two-digit year / diarium
        # löpnummer, the diarieplan code after a dash.
        ("Dnr: 11/KS 159-206", "KS", 2011, 159, "206"),
        ("11/KS 159-206", "KS", 2011, 159, "206"),
        # A miljö- och samhällsnämnd's tjänstemannaförslag, "MSN: 5/2014" (docplayer.se/
        # 2706014-Miljo-och-samhallsnamndens-sammantrade.html): the diarium, a colon, then
        # löpnummer / year.
        ("MSN: 5/2014", "MSN", 2014, 5, None),
        ("MSN: 7/2014", "MSN", 2014, 7, None),
        # A remiss from Regeringskansliet, as Norrköping's yttrande names it (docplayer.se/
        # 2581006, "Myndighet för miljön … (SOU 2008:62) M2008/2398/A"): departement, year /
        # löpnummer / the unit that handles it.
        ("M2008/2398/A", "M", 2008, 2398, "A"),
        ("S2019/00123/FS", "S", 2019, 123, "FS"),
    ],
)
def test_more_kommuners_shapes_are_read_to_their_arende(
    text: str, prefix: str, year: int, number: int, suffix: str | None
) -> None:
    dnr = parse_dnr(text)
    read = (dnr.prefix, dnr.year, dnr.number, dnr.suffix, dnr.warnings)
    assert read == (prefix, year, number, suffix, ())
    assert same_dnr(text, f"{prefix} {year}/{number}")
    assert not same_dnr(text, f"SBN {year}/{number}")


def test_a_word_after_the_lopnummer_is_no_diarium() -> None:
    """Only the diarium's capitals name a unit: "2020/434 Bygglov" stays unread."""
    assert parse_dnr("2020/434 Bygglov").year is None


@pytest.mark.parametrize("text", ["LSS123", "RS1304190", "Rs130419", "R130419"])
def test_letters_and_digits_run_together_in_another_count_are_no_region_dnr(text: str) -> None:
    """Region Halland's "RS130419" has exactly six digits after capitals: a code with a
    number, seven digits or a word written in small letters stays unread, with a warning."""
    assert parse_dnr(text).year is None and parse_dnr(text).warnings
