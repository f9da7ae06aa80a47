"""A protokoll's first page whose labels head two columns side by side, as Kungsbacka prints
every protokoll (tests/interchange/real_members_ninth.py): under "Beslutande" the
"Ledamöter" on the left and the "Tjänstgörande ersättare" on the right, under "Övriga
närvarande" the "Ersättare" on the left and the "Tjänstepersoner" (or "Tjänstemän") on the
right. A PDF's text gives the two columns a line at a time, each line the left column's
line and then the right's, apart by wide spaces or, where the left line is long, by one:

    Beslutande    Ledamöter                     Tjänstgörande ersättare
    Lisa Andersson (M), Ordförande Berit Bergström (M) ersätter Maria
    Fredrik Hansson (C), 1:e vice ordförande Gathendahl (M)
    Magdalena Sundqvist (S), 2:e vice Marie Wadström (KD) ersätter
    ordförande                    Fredrik Kollberg (KD)

Read line by line, the ersättare's "ersätter Maria" lost its ledamot's surname to the next
line, the 2:e vice ordförande's role ran into the ersättare's name and an ersättare named
beside a tjänsteperson was left out. The lines of such a block are given back a column at a
time under the label and the column's heading: the left column's lines (a role broken onto
the next line joined to its name), then the right column's, an ersättare's note ("ersätter",
"tjänstgör för") joined over its lines into one run, as members_paste reads it."""

from __future__ import annotations

import re

from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.members_words import IN_BRACKETS

# The label and the two columns' headings on one line.
_HEADINGS = re.compile(
    r"^(?P<label>Beslutande|Övriga\s+(?:närvarande|deltagande))?\s*"
    r"(?P<left>Ledamöter|Ersättare)\s+"
    r"(?P<right>Tjänstgörande\s+ersättare|Tjänstepersoner|Tjänstemän)\s*$",
    re.I,
)
# Where the block ends: the page's next label, or the next pair of headings. Capitalised as
# labels are: "ordförande" at a line's start is a role broken off its name.
_NEXT = re.compile(
    r"^(?:Beslutande|Övriga\s+(?:närvarande|deltagande)|Personalföreträdare|Plats\s+och\s+tid|"
    r"Sekreterare|Ordförande\s|Protokolljusterare|Justerare|Utses\s+att\s+justera|"
    r"Paragrafer|Underskrifter)\b"
)
_WIDE = re.compile(r"\s{3,}")
# A role after a name, where the right column begins on the same line after one space.
_ROLE_AFTER = re.compile(
    r",\s*(?:(?:1:e|2:e|förste|andre)\s+vice(?:\s+ordförande)?|vice\s+ordförande|ordförande)"
    r"(?=\s|$)",
    re.I,
)
# A line that is a role broken off its name: "ordförande" under "…, 2:e vice", with what
# the first page says of her after it ("ordförande, deltar ej vid § 153 p.g.a. jäv").
_ROLE_REST_AND_MORE = re.compile(
    r"^(?:vice\s+)?ordförande(?:,?\s+deltar\s+ej\b.*?\bjäv\b)?(?=\s|$)", re.I
)
_STANDS_IN = re.compile(r"\b(?:ersätter|tjänstgör\s+för)\b", re.I)
_WHY = "två kolumner sida vid sida under samma rubrik: lästa en kolumn i taget"


def two_columns(lines: list[tuple[int, str]], report: ImportReport) -> list[tuple[int, str]]:
    """The numbered lines with each block of two columns under one label given back a
    column at a time; the lines as they are where there is none."""
    out: list[tuple[int, str]] = []
    at = 0
    while at < len(lines):
        number, text = lines[at]
        heads = _HEADINGS.match(text)
        if heads is None:
            out.append(lines[at])
            at += 1
            continue
        end = at + 1
        while (
            end < len(lines)
            and not _NEXT.match(lines[end][1])
            and not _HEADINGS.match(lines[end][1])
        ):
            end += 1
        people = heads["right"].lower().startswith("tjänstgörande")
        left, right = _columns(lines[at + 1 : end], people)
        if heads["label"]:
            out.append((number, heads["label"]))
        out.append((number, heads["left"]))
        out += left
        out.append((number, heads["right"]))
        if people and right:  # one run: "X (M) ersätter Y (M) Z (S) tjänstgör för …"
            out.append((right[0][0], " ".join(part for _, part in right)))
        else:
            out += right
        report.change(f"Rad {number}", " ".join(text.split()), _WHY)
        at = end
    return out


def _columns(
    lines: list[tuple[int, str]], people: bool
) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The block's lines parted into the left column's and the right's. `people`: the right
    column holds ersättare ("X (M) ersätter Y (M)"), not tjänstepersoner."""
    left: list[tuple[int, str]] = []
    right: list[tuple[int, str]] = []
    for number, text in lines:
        one, other = _parted(text, people)
        if one:
            if _ROLE_REST_AND_MORE.match(one) and left:  # "…, 2:e vice" over "ordförande"
                left[-1] = (left[-1][0], f"{left[-1][1]} {one}")
            else:
                left.append((number, one))
        if other:
            right.append((number, other))
    return left, right


def _parted(text: str, people: bool) -> tuple[str, str]:
    """One line's left part and right part."""
    wide = _WIDE.search(text)
    if wide is not None:
        return text[: wide.start()].strip(), text[wide.end() :].strip()
    person = IN_BRACKETS.match(text)
    if person is None:
        role_rest = _ROLE_REST_AND_MORE.match(text)
        if role_rest is not None:
            return role_rest[0], text[role_rest.end() :].strip()
        return "", text  # a tjänsteperson, or the rest of the right column's line above
    role = _ROLE_AFTER.match(text, person.end())
    cut = role.end() if role is not None else person.end()
    rest = text[cut:].strip()
    if not rest:
        return text, ""
    if people and (role is not None or IN_BRACKETS.match(rest) or _STANDS_IN.search(rest)):
        return text[:cut].strip(), rest  # after a role, the right column: "Gathendahl (M)"
    if not people and role is None:
        return text[:cut].strip(), rest  # "Ermin Škorić (S) Christina Hermansson, ekonomichef"
    return text, ""
