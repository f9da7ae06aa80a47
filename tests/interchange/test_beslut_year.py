"""A period a list of delegationsbeslut writes without its year ("1–30 november", "vecka 45",
"oktober") takes the year from the list's head (or the import's day), with a report line."""

from __future__ import annotations

import datetime as dt

import pytest

from ksdesk.interchange.beslut_list import read_beslut_list
from ksdesk.interchange.beslut_year import head_date, yearless_period
from ksdesk.services import delegationsbeslut_import

DEC_5 = dt.date(2017, 12, 5)


@pytest.mark.parametrize(
    ("text", "written_on", "period"),
    [
        ("Beslut 1–30 november", DEC_5, ("2017-11-01", "2017-11-30")),
        ("beslut 1 oktober – 30 november", DEC_5, ("2017-10-01", "2017-11-30")),
        ("Bistånd vecka 45", DEC_5, ("2017-11-06", "2017-11-12")),
        ("Beslut v. 44–45", DEC_5, ("2017-10-30", "2017-11-12")),
        ("Beslut fattade under oktober", DEC_5, ("2017-10-01", "2017-10-31")),
        # A list written in January reports the December before.
        ("Beslut i december", dt.date(2018, 1, 10), ("2017-12-01", "2017-12-31")),
        ("1–31 december", dt.date(2018, 1, 10), ("2017-12-01", "2017-12-31")),
        ("Beslut 1 december – 31 januari", dt.date(2018, 2, 2), ("2017-12-01", "2018-01-31")),
    ],
)
def test_a_period_without_a_year_is_the_latest_begun_by_the_lists_day(
    text, written_on, period
) -> None:
    start, end, _written = yearless_period(text, written_on)
    assert (start.isoformat(), end.isoformat()) == period


@pytest.mark.parametrize(
    "text",
    [
        "1–30 november 2017",  # its year is written: read by beslut_inline
        "Information december",  # a month alone that names no period
        "Dnr 2017/45",
        "30 februari–3 mars",
    ],
)
def test_no_yearless_period_where_none_is_written(text) -> None:
    assert yearless_period(text, DEC_5) is None


def test_a_month_alone_in_the_date_cell_is_the_month() -> None:
    start, end, _ = yearless_period("december", dt.date(2018, 1, 10), cell=True)
    assert (start, end) == (dt.date(2017, 12, 1), dt.date(2017, 12, 31))


_KALLELSE = (
    "Socialnämnden KALLELSE Datum 2017-12-05\n"
    "Anmälan av delegationsbeslut\n"
    "A. Bistånd enligt SoL 1–30 november, beslutsfattare biståndshandläggare, dnr SN 2017/50\n"
    "B. Färdtjänst vecka 45, beslutsfattare handläggare, dnr SN 2017/51\n"
)


def test_the_head_of_a_kallelse_gives_the_year(demo_store, tmp_path) -> None:
    assert read_beslut_list(_KALLELSE.encode(), "k.txt").head_date == DEC_5
    path = tmp_path / "kallelse.txt"
    path.write_text(_KALLELSE, encoding="utf-8")
    plan = delegationsbeslut_import.read_file(demo_store, path, "Kommunstyrelsen")
    dates = [p.data.date for p in plan.planned]
    assert dates == [dt.date(2017, 11, 30), dt.date(2017, 11, 12)]
    (why,) = [line.why for line in plan.report.changed if "inget år" in line.why][:1]
    assert "inget år: 2017 tas från listans datum 2017-12-05" in why
    assert "sista dag, 2017-11-30" in why


def test_a_table_under_an_export_title_takes_its_year(demo_store, tmp_path) -> None:
    text = (
        "Delegationsbeslut socialnämnden 2018-01-01 – 2018-01-31\n"
        "Beslutsdatum;Dnr;Beslut;Delegat\n"
        "december;SN 2017/90;Bistånd;Socialsekreterare\n"
    )
    assert read_beslut_list(text.encode(), "l.csv").head_date == dt.date(2018, 1, 31)
    path = tmp_path / "lista.csv"
    path.write_text(text, encoding="utf-8")
    plan = delegationsbeslut_import.read_file(demo_store, path, "Kommunstyrelsen")
    assert [p.data.date for p in plan.planned] == [dt.date(2017, 12, 31)]


def test_without_a_head_date_the_import_day_gives_the_year_and_says_so() -> None:
    assert head_date(["Anmälan av delegationsbeslut"]) is None
    from ksdesk.interchange.beslut_year import year_from

    year = year_from(None, dt.date(2026, 1, 10))
    assert year.day == dt.date(2026, 1, 10) and "anger inget datum" in year.source


def test_a_version_is_no_week_and_an_unended_period_no_date() -> None:
    """ "Avtal v2" was read as week 2, and "för december" in a list of 13 December as
    31 December, a day after the list: the row was saved with a date the list never gave.
    A "v" is a week with a stop or a space after it; a period not ended by the list's day
    gives no date (the row is left for the secretary to fill in)."""
    day = dt.date(2017, 12, 13)
    assert yearless_period("Avtal v2 om hemtjänst", day) is None
    assert yearless_period("Bidrag för december", day) is None
    assert yearless_period("Beslut v. 45", day)[:2] == (dt.date(2017, 11, 6), dt.date(2017, 11, 12))
    assert yearless_period("Bidrag för november", day)[:2] == (
        dt.date(2017, 11, 1),
        dt.date(2017, 11, 30),
    )
