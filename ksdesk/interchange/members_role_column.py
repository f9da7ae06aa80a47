"""A protokoll's närvarolista whose roles stand in a column beside the names, as the PDF's text
gives it: the column after the names it stands beside, in one run.

    Närvarande ledamöter  Per-Erik Andersson (S)     Ordförande
                          …
                          Karin Pernefalk (M)        Justerare
    Tjänstgörande ersättare  Birgitta Eklund (KD)    Tjänstgör för Mirsad Omerbasic (S)
                          Christer Karlsson (S)      Tjänstgör för Lisa Lilja (S)

comes as "… Christer Karlsson (S) Ordförande Justerare Tjänstgör för Mirsad Omerbasic (S)
Tjänstgör för Lisa Lilja (S) Närvarande ersättare …" (a miljönämnd's protokoll,
tests/interchange/real_members_seventh.py). Read so, the last name took "Ordförande" and the
ledamöter away were left out as the justering's. The column is read top down, row by row: with
a role for every name ("ordförande 1:e vice ordförande ledamot … tjänstgörande ersättare",
Lomma's miljö- och byggnadsnämnd), each is its row's; with fewer, its "Tjänstgör för X" are the
tjänstgörande ersättare's, in their order, when there are as many as the names under that
label, and its ordförande and vice ordförande the first ledamöter's (the presidium is listed
first), said in the report to be checked. A justerare is no role in the register and is named
in the report. The line is given back with each role beside its name ("X (S), ordförande",
"X (KD) Tjänstgör för Y (S)"), for members_paste to read as it reads those. Where the text
gives a name a line and the column's entries on lines of their own after them, the lines from
the label to the column are read so as one run."""

from __future__ import annotations

import itertools
import re

from ksdesk.core.import_report import ImportReport

_PARTY = r"\((?:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,4}|[a-zåäö]{1,3})\)"
_PRESIDIUM = r"(?:(?:1:e|2:e|förste|andre)\s+)?vice\s+ordförande|ordförande"
_STANDS_IN = rf"(?:tjänstgör\s+för|ersätter)\s+[^()\d]{{3,60}}?\s{_PARTY}"
_ROLE = rf"{_PRESIDIUM}|ledamot|(?:tjänstgörande\s+)?ersättare"
_ENTRY = rf"(?:{_STANDS_IN}|{_ROLE}|justerare)"
# Two entries or more right after a name's party: one role after a name is that name's.
_COLUMN = re.compile(rf"(?<=\))\s+(?P<column>{_ENTRY}(?:\s+{_ENTRY})+)(?=\s|$)", re.I)
_ONE_ENTRY = re.compile(_ENTRY, re.I)
_ENTRIES_ONLY = re.compile(rf"{_ENTRY}(?:\s+{_ENTRY})*", re.I)
_NAME_END = re.compile(rf"(?<=\s)[^\s()]+\s{_PARTY}")
_LEDAMOTER = re.compile(r"\b(?:beslutande|(?:närvarande\s+)?ledamöter)\b", re.I)
_TJANSTGORANDE = re.compile(r"\btjänstgörande\s+ersättare\b", re.I)
_WHY = "roller i en kolumn bredvid namnen"


def roles_beside_names(where: str, line: str, report: ImportReport) -> str:
    """`line` with the entries of a column of roles beside the names they stand by; the line
    as it is when it holds no such column, or one that cannot be set row by row."""
    column = _COLUMN.search(line)
    opened = _last(_LEDAMOTER, line[: column.start()]) if column else None
    if column is None or opened is None:
        return line
    entries = [entry[0] for entry in _ONE_ENTRY.finditer(column["column"])]
    names = _name_ends(line, opened.end(), column.start())
    if len(names) == len(entries) and _rows_agree(line, opened.end(), names, entries):
        beside = dict(zip(names, entries, strict=True))  # a role for every row
    elif (beside := _some_rows(line, opened.end(), column.start(), entries)) is None:
        return line
    else:
        _warn_presidium(where, line, [opened.end(), *names], beside, report)
    for entry in entries:
        if entry.lower() == "justerare":
            report.drop(where, entry, f"{_WHY}: justerare är ingen roll i registret")
    report.change(where, column["column"], f"{_WHY}: lästa rad för rad")
    out, at = [], 0
    for end, entry in sorted(beside.items()):
        if entry.lower() != "justerare":  # "X (S), ordförande": no role of the next name
            out += [line[at:end], " " if re.match(_STANDS_IN, entry, re.I) else ", ", entry]
            at = end
    out.append(line[at : column.start()])
    return "".join(out) + line[column.end() :]


def roles_beside_lines(lines: list[tuple[int, str]], report: ImportReport) -> list[tuple[int, str]]:
    """The numbered lines with a column of roles set beside its names where the text gives
    the names a line each and the column's entries after them on lines of their own: the
    lines from the label down to the column are read as one run, and kept as one line."""
    out = list(lines)
    at = 1
    while at < len(out):
        if not (_ENTRIES_ONLY.fullmatch(out[at][1]) and out[at - 1][1].endswith(")")):
            at += 1
            continue
        end = at
        while end + 1 < len(out) and _ENTRIES_ONLY.fullmatch(out[end + 1][1]):
            end += 1
        first = next(
            (k for k in range(at - 1, max(at - 60, 0) - 1, -1) if _LEDAMOTER.search(out[k][1])),
            None,
        )
        if first is not None:
            run = " ".join(text for _, text in out[first : end + 1])
            read = roles_beside_names(f"Rad {out[first][0]}", run, report)
            if read != run:
                out[first : end + 1] = [(out[first][0], read)]
                at = first
        at += 1
    return out


def _rows_agree(line: str, start: int, names: list[int], entries: list[str]) -> bool:
    """Whether a role for every row agrees with the label "Tjänstgörande ersättare" among the
    names: an ersättare's role on the rows under it, a ledamot's above it."""
    label = _last(_TJANSTGORANDE, line[start : names[-1]])
    if label is None:  # "X (L) tjänstgör för Y (M) ordförande": X's, and no column
        return not any(re.match(_STANDS_IN, entry, re.I) for entry in entries)
    return all(
        (end > start + label.start()) == bool(re.match(rf"{_STANDS_IN}|.*ersättare", entry, re.I))
        for end, entry in zip(names, entries, strict=True)
    )


def _some_rows(line: str, start: int, end: int, entries: list[str]) -> dict[int, str] | None:
    """A column with fewer roles than names: its "Tjänstgör för X" by the names under
    "Tjänstgörande ersättare", as many, and its presidium by the first ledamöter."""
    stands_in = [entry for entry in entries if re.match(_STANDS_IN, entry, re.I)]
    presidium = [entry for entry in entries if re.fullmatch(_PRESIDIUM, entry, re.I)]
    justerare = sum(1 for entry in entries if entry.lower() == "justerare")
    if len(stands_in) + len(presidium) + justerare < len(entries):
        return None  # a "ledamot" or "ersättare" of some rows only: no row can be told
    label = _last(_TJANSTGORANDE, line[start:end])
    split = start + label.start() if label else end
    ersattare = _name_ends(line, split, end) if label else []
    ledamoter = _name_ends(line, start, split)
    if len(ersattare) != len(stands_in) or len(ledamoter) < len(presidium):
        return None
    return dict(zip(ersattare, stands_in, strict=True)) | dict(
        zip(ledamoter, presidium, strict=False)
    )


def _warn_presidium(
    where: str, line: str, starts: list[int], beside: dict[int, str], report: ImportReport
) -> None:
    """A line to check for each presidium role given to the first ledamöter, naming them."""
    for start, end in itertools.pairwise(starts):
        if re.fullmatch(_PRESIDIUM, entry := beside.get(end, ""), re.I):
            name = line[start:end].rsplit("(", 1)[0].strip(" ,")
            whose = name if name.endswith(("s", "x", "z")) else f"{name}s"
            report.warn_sentence(
                where,
                f"”{entry}” stod i en kolumn bredvid namnen och lästes som {whose} roll, "
                "eftersom presidiet står först bland ledamöterna. Kontrollera rollen.",
                _WHY,
            )


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = list(pattern.finditer(text))
    return found[-1] if found else None


def _name_ends(text: str, start: int, end: int) -> list[int]:
    """Where each name with its party in brackets ends in `text` between `start` and `end`."""
    return [match.end() for match in _NAME_END.finditer(text, start, end)]
