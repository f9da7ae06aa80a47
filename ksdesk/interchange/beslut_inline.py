"""What a point of a list written as text says inside its words, where no column holds it: a
period instead of one date ("beslutsdatum 2011-11-01 2012-01-31", "2017-11-01 t.o.m.
2017-11-30", "perioden 1–30 november 2017") and the beslutsfattare named in the text
("beslutsfattare Liselotte Eklund och Carin Johansson perioden …", "Delegat: enhetschef",
"beslut fattade av biståndshandläggare").

A point with a period is a summary of many decisions, reported together: it is registered on
the period's last day (the day the last of them was taken, which decides the meeting it is
reported to) and its text keeps the period, so the register and the anmälan print both. The
beslutsfattare is taken only where the names end clearly (a stop word, a date, the end of the
text) and the words are names and roles; otherwise the role the text names, or nothing: a
name is never made up out of a sentence."""

from __future__ import annotations

import datetime as dt
import re

from ksdesk.core.import_report import ImportReport
from ksdesk.core.written_dates import format_date, read_written_date
from ksdesk.interchange.beslut_rows import BeslutRow
from ksdesk.interchange.beslut_year import YearFrom, yearless_period

_MONTHS = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
_ISO = r"\d{4}-\d{1,2}-\d{1,2}"
_DAY_MONTH = rf"\d{{1,2}}\s+(?:{_MONTHS})"
_TO = r"\s*(?:–|—|-|--|t\.\s?o\.\s?m\.?|till|tom)\s*|\s+"
# "2011-11-01 2012-01-31", "2017-11-01 t.o.m. 2017-11-30", "1 oktober – 30 november 2017",
# "1 oktober 2017 – 30 november 2017"; and "1–30 november 2017", whose first day has the
# month of the last.
_PERIOD = re.compile(
    rf"(?i)\b(?P<start>{_ISO}|{_DAY_MONTH}(?:\s+\d{{4}})?)(?:{_TO})(?P<end>{_ISO}|{_DAY_MONTH}\s+\d{{4}})\b"
    rf"|\b(?P<day>\d{{1,2}})\s*[–-]\s*(?P<end2>{_DAY_MONTH}\s+\d{{4}})\b"
)
# The label that opens the beslutsfattare named in the text.
_WHO = re.compile(
    r"(?i)\b(?:beslutsfattare|delegat|beslut(?:en)?\s+(?:har\s+)?fattade?s?\s+av|fattade\s+av)"
    r"\s*:?\s+"
)
# Where the names end: a word that opens something else, a date, a bracket or a sentence's end.
_NAMES_END = re.compile(
    r"(?i)\s*(?:[;(]|\.\s|\.$|\s(?:enl\.?|enligt|perioden|under|för|om|beslutsdatum|datum|i\s+ärend)"
    rf"\b|\s(?:{_ISO}|{_DAY_MONTH}))"
)
# A role a delegationsordning names ("biståndshandläggare", "enhetschef", "socialnämndens
# ordförande", "arbetsutskottet").
_ROLE_WORD = re.compile(
    r"(?i)^(?:\w*(?:handläggare|chef|sekreterare|direktör|assistent|ansvarig|ledare|samordnare"
    r"|ordförande|nämnden|nämndens|utskottet|utskottets|inspektör|strateg|jurist|konsulent"
    r"|kurator|sjuksköterska|arbetsterapeut|fysioterapeut|handläggaren|chefen))$"
)
_ROLE_LEAD = frozenset({"vice", "förste", "biträdande", "tf", "tf."})
_NAME_WORD = re.compile(r"^[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?$")


def read_inline(row: BeslutRow, report: ImportReport, year: YearFrom | None = None) -> BeslutRow:
    """`row` with the period and the beslutsfattare its text names, where it has none;
    `year`: the day the list was written, for a period written without its year."""
    if row.date is None:
        _take_period(row, report, year)
    if not row.delegat.strip():
        _take_delegat(row, report)
    return row


def period_in(text: str) -> tuple[dt.date, dt.date, str] | None:
    """(first day, last day, as written) of the first period in `text`; None when none."""
    for match in _PERIOD.finditer(text):
        if match["end2"]:
            end = read_written_date(match["end2"])
            start = read_written_date(f"{match['day']} {match['end2'].split(None, 1)[1]}")
        else:
            end = read_written_date(match["end"])
            written = match["start"]
            if not re.search(r"\d{4}", written):  # "1 oktober – 30 november 2017"
                written = f"{written} {match['end'][-4:]}"
            start = read_written_date(written)
        if start is not None and end is not None and start <= end:
            return start, end, match[0]
    return None


def _take_period(row: BeslutRow, report: ImportReport, year: YearFrom | None) -> None:
    # The date cell itself may hold the period ("2017-11-01 – 2017-11-30"); else the text.
    in_cell = period_in(row.date_text) if row.date_text else None
    found = in_cell or (None if row.date_text else period_in(row.text))
    said = ""
    if found is None and year is not None:  # "1–30 november", "vecka 45": the list's year
        in_cell = yearless_period(row.date_text, year.day, cell=True) if row.date_text else None
        found = in_cell or (None if row.date_text else yearless_period(row.text, year.day))
        if found is not None:
            said = f"perioden anger inget år: {found[1].year} tas från {year.source}; "
    if found is None:
        return
    start, end, written = found
    period = f"{format_date(start)} – {format_date(end)}"
    if in_cell is not None:  # the text must still say it is a period, or it reads as one day
        row.text = f"{row.text} (beslut under perioden {period})".strip()
    row.date, row.date_text = end, written
    report.change(
        row.where,
        written,
        f"en period, inte ett datum: {said}sparas med periodens sista dag, {format_date(end)}, "
        f"som beslutsdatum, och perioden {period} står i texten",
    )


def _take_delegat(row: BeslutRow, report: ImportReport) -> None:
    label = _WHO.search(row.text)
    if label is None:
        return
    rest = row.text[label.end() :]
    end = _NAMES_END.search(rest)
    run = rest[: end.start() if end else len(rest)].strip(" ,:")
    who = run if run and _names_and_roles(run) else _first_role(rest)
    if not who:
        report.warn(
            row.where,
            row.text,
            "texten nämner beslutsfattare men var namnen slutar går inte att avgöra: fyll i "
            "beslutsfattare",
        )
        return
    row.delegat = who
    report.change(row.where, who, "beslutsfattare lästes ur texten, som sparas hel")


def _parts(run: str) -> list[str]:
    return [p.strip() for p in re.split(r",|\s+och\s+|\s+samt\s+", run) if p.strip()]


def _names_and_roles(run: str) -> bool:
    """Whether `run` is only names ("Ewa-Lena Engström") and roles ("socialnämndens
    ordförande"), separated by commas and "och"."""
    for part in _parts(run):
        words = part.split()
        if not 1 <= len(words) <= 4:
            return False
        if all(_NAME_WORD.match(w) for w in words) and len(words) >= 2:
            continue
        if _ROLE_WORD.match(words[-1]) and all(
            _ROLE_WORD.match(w) or w.casefold() in _ROLE_LEAD for w in words[:-1]
        ):
            continue
        return False
    return True


def _first_role(rest: str) -> str:
    """The role that opens `rest` ("biståndshandläggare inom hemtjänsten …"), or ""."""
    words = rest.split()
    taken: list[str] = []
    for word in words[:3]:
        bare = word.strip(",.;:")
        if _ROLE_WORD.match(bare):
            taken.append(bare)
            if bare != word:
                break
        elif bare.casefold() in _ROLE_LEAD and not taken:
            taken.append(bare)
        else:
            break
    return " ".join(taken) if taken and _ROLE_WORD.match(taken[-1]) else ""
