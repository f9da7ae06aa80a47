"""The front matter of a Word delegationsordning before its points: a table of contents
(dropped with one line in the report: its page numbers mean nothing in ksdesk) and a
revision history, as a table ("Revideringar | Vad revideringen avsett | Dnr") or as lines
under the title ("Reviderad av kommunstyrelsen 2012-04-26, § 86")."""

from __future__ import annotations

import re

from ksdesk.core.delegation import Revision
from ksdesk.core.lookalike import search_key
from ksdesk.interchange.column_map import heading_key

# Front matter: a table of contents, a revision history in lines -------------------------------

_TOC_HEADINGS = {"innehallsforteckning", "innehall", "innehallsforteckning:"}
# "Lagregler om delegering<tab>4", "Förkortningar... 3", "1.7 Beslut enligt … 9"; where a
# heading's bookmark was deleted, Word writes its error in place of the page number
# ("3. PERSONALFRÅGOR<tab>Fel! Bokmärket är inte definierat.").
_TOC_ENTRY = re.compile(
    r"(?:\t|\.{2,}|…|\s)\s*(?:\d{1,3}|(?:fel|error)!\s+(?:bokmärket\s+är\s+inte\s+definierat"
    r"|bookmark\s+not\s+defined)\.?)$",
    re.IGNORECASE,
)
# A contents whose text runs each entry's number, title and page number on lines of their
# own ("7.4" / "Bygglov" / "10", as a PDF's text gives them): the number lines.
_TOC_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3}){0,3}\.?$")
# "Antagen av kommunstyrelsen 2011-09-29, § 224 Dnr 2011/391 KS.023", "Reviderad av …",
# "Fastställd på Barn- och utbildningsnämnden 2011-08-25" (at the organ's meeting).
_REVISION_LINE = re.compile(
    r"^(antagen|antaget|reviderad|reviderat|fastställd|fastställt|ändrad|ändrat|uppdaterad"
    r"|godkänd|godkänt)"
    r"\s+(?:av|i|vid|på)\s+(\S.*)$",
    re.IGNORECASE,
)
_DNR = re.compile(r",?\s*\b(?:dnr|diarienummer|diarienr)\b[:.]?\s*", re.IGNORECASE)


_REVISION_HEADER = ("revideringar", "vad revideringen avsett")


def revision_table(rows: list[list[str]]) -> list[Revision] | None:
    """The rows of a revision table ("Revideringar | Vad revideringen avsett | Dnr"), or None
    when the table is not one."""
    first = [search_key(c) for c in rows[0]]
    if len(first) < 2 or first[0] not in ("revideringar", "revidering", "beslut"):
        return None
    if first[1] not in _REVISION_HEADER:
        return None
    revisions = []
    for row in rows[1:]:
        cells = list(dict.fromkeys(c.strip() for c in row))  # merged cells repeat
        if cells and cells[0]:
            text = cells[1] if len(cells) > 1 else ""
            dnr = cells[2] if len(cells) > 2 else ""
            revisions.append(Revision(cells[0], text, dnr))
    return revisions


def is_toc_heading(text: str) -> bool:
    return heading_key(text) in _TOC_HEADINGS


def is_toc_entry(text: str) -> bool:
    return bool(_TOC_ENTRY.search(text.rstrip()))


def toc_title(text: str) -> str:
    """The entry's title without its page number ("Bygglov<tab>10" → "Bygglov")."""
    return _TOC_ENTRY.sub("", text.rstrip()).rstrip(" .\t…")


def is_toc_number(text: str) -> bool:
    """A section's or a page's number alone on a line (inside a table of contents)."""
    return bool(_TOC_NUMBER.match(text.strip()))


# One decision of a revision history: "2012-06-13, § 218", "den 17 juni 2003, § 146".
_DECISION = re.compile(
    r"(?:den\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-zåäö]+\s+\d{4}),?\s*§\s*\d+", re.IGNORECASE
)


# "Reviderad 2013-05-30 (beslut om anmälan till IVO …)": the date, then what it was about.
_DATED_REVISION = re.compile(
    r"^(antagen|antaget|reviderad|reviderat|ändrad|ändrat|uppdaterad)\s+(\d{4}-\d{2}-\d{2}"
    r"(?:,?\s*§\s*\d+)?)\s*\((.+)\)\.?$",
    re.IGNORECASE,
)


# "Beslutad 2012-03-28 Kommunstyrelsen § 56": the kind, the day, then the organ and its §.
_DATE_ORGAN_PARAGRAPH = re.compile(
    r"^(beslutad|antagen|fastställd|reviderad|ändrad)\s+(\d{4}-\d{2}-\d{2})\s+"
    r"([A-ZÅÄÖ][\wåäö-]*(?:\s[\wåäö-]+){0,3}?),?\s+(§\s*\d+)\.?$",
    re.IGNORECASE,
)


def revision_lines(text: str) -> list[Revision]:
    """A line of a revision history written under the title, as rows of the revision table:
    "Reviderad av kommunstyrelsen 2012-04-26, § 86 Dnr 2012/129 KS.022" is one; "Reviderad
    av kommunstyrelsen: 2011-05-25, § 112, 2012-06-13, § 218 och 2014-09-03, § 234" is three,
    one for each decision the line runs through; "Antagen av … 2018-12-12 och … 2018-12-11.
    Senast reviderad av … 2024-10-17 2025-06-12" four, one a day."""
    dated = _DATED_REVISION.match(" ".join(text.split()))
    if dated:
        return [Revision(dated.group(2), f"{dated.group(1).capitalize()}: {dated.group(3)}", "")]
    coded = _coded_decisions(" ".join(text.split()))
    if coded:
        return coded
    organ_after = _DATE_ORGAN_PARAGRAPH.match(" ".join(text.split()))
    if organ_after:  # "Beslutad 2012-03-28 Kommunstyrelsen § 56"
        kind, day, organ, paragraph = organ_after.groups()
        return [Revision(f"{organ} {day} {paragraph}", kind.capitalize(), "")]
    match = _REVISION_LINE.match(" ".join(text.split()))
    if not match or not any(ch.isdigit() for ch in match.group(2)):
        return []
    kind = match.group(1).capitalize()
    beslut, *dnr = _DNR.split(match.group(2), maxsplit=1)
    decisions = list(_DECISION.finditer(beslut))
    if len(decisions) >= 2 and not dnr:
        return [Revision(beslut, kind, "") for beslut in _organ_decisions(beslut, decisions)]
    days = list(_ISO_DAY.finditer(beslut))
    if not decisions and len(days) >= 2 and not dnr and not beslut[days[-1].end() :].strip(" ."):
        return [Revision(beslut, kind, "") for beslut, kind in _organ_days(beslut, days, kind)]
    return [Revision(beslut.strip(" ,."), kind, "".join(dnr).strip(" ."))]


_ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
# ". Senast reviderad av …" between two days: the days after it are revisions.
_LATER_KIND = re.compile(
    r"^((?:senast\s+)?(?:reviderad|reviderat|ändrad|ändrat|uppdaterad))\s+(?:av\s+)?(.*)$",
    re.IGNORECASE,
)


def _organ_days(line: str, days: list[re.Match[str]], kind: str) -> list[tuple[str, str]]:
    """(decision, kind) of each day of a line of days with no § ("nämnden för Individ &
    Familjeomsorg 2018-12-12 och nämnden för Funktionsstöd 2018-12-11. Senast reviderad av
    nämnden för Individ & Familjeomsorg 2024-10-17 2025-06-12"): the organ named before the
    day, or the one before it when none is; the kind of the sentence the day stands in."""
    organ, end, read = "", 0, []
    for day in days:
        named = re.sub(r"^[\s,;.]*(?:och\b)?", "", line[end : day.start()]).strip(" ,;")
        later = _LATER_KIND.match(named)
        if later:
            kind, named = later.group(1).capitalize(), later.group(2)
        organ = named or organ
        read.append((f"{organ} {day.group(0)}".strip(), kind))
        end = day.end()
    return read


# Between two decisions, the second organ's name after ", av" or "och av".
_NEXT_ORGAN = re.compile(r"^[\s,;]*(?:och\s+)?av\s+(?P<organ>\S.*?)[\s:,]*$", re.IGNORECASE)


def _organ_decisions(line: str, decisions: list[re.Match[str]]) -> list[str]:
    """Each decision of a line with its organ: the organ before the first goes on until
    another is named ("Godkänd av kommunfullmäktige i Borgholm den 11 februari 2019 § 39,
    av kommunfullmäktige i Kalmar den 28 januari 2019 § 9 …": each decision by its own
    fullmäktige; "av kommunstyrelsen: 2011-05-25, § 112, 2012-06-13, § 218": both the
    styrelse's)."""
    organ, end, read = line[: decisions[0].start()].strip(" :,"), 0, []
    for decision in decisions:
        named = _NEXT_ORGAN.match(line[end : decision.start()]) if end else None
        organ = named["organ"] if named else organ
        read.append(f"{organ} {decision.group(0)}".strip())
        end = decision.end()
    return read


# "Reviderad KFN 2016-03-17 § 21, KFN 2017-02-16 § 9": the organ's short name before each
# decision, with no "av" after the kind of revision.
_KIND_ALONE = re.compile(
    r"^(antagen|antaget|reviderad|reviderat|ändrad|ändrat|uppdaterad)\s+(\S.*)$", re.I
)
# "SN § 37/2019", "SN 37/19": the paragraph and the year of the organ's minutes.
_PARAGRAPH_OF_YEAR = r"(?<!\d)(?:§\s*)?\d{1,3}/(?:(?:19|20)\d{2}|\d{2})(?!\d)"
_CODED_DECISION = re.compile(
    rf"(?:\b(?P<organ>[A-ZÅÄÖ]{{2,6}})\s+)?"
    rf"(?P<decision>{_DECISION.pattern}|{_PARAGRAPH_OF_YEAR})"
)


def _coded_decisions(line: str) -> list[Revision]:
    """One revision per decision of a line that is nothing but decisions, each after the
    organ's short name ("KFN 2018-09-20 § 110")."""
    match = _KIND_ALONE.match(line)
    if not match:
        return []
    found = list(_CODED_DECISION.finditer(match.group(2)))
    rest = _CODED_DECISION.sub("", match.group(2))
    if not found or re.sub(r"[\s,.;]|\boch\b", "", rest) or not all(f["organ"] for f in found):
        return []
    kind = match.group(1).capitalize()
    return [Revision(f"{f['organ']} {f['decision']}", kind, "") for f in found]


# ", gäller från och med 2 februari 2015" after a revision: the day the version applies from.
_VALID_FROM = re.compile(
    r",?\s*gäller\s+(?:från\s+och\s+med|fr\.?\s?o\.?\s?m\.?)\s+(.+?)\.?$", re.I
)


def title_note(text: str) -> tuple[list[Revision], str] | None:
    """The revisions of a footnote on the title, one sentence each, and the day the version
    applies from; None when some sentence is no revision."""
    revisions: list[Revision] = []
    valid_from = ""
    for sentence in re.split(r"(?<=\.)\s+(?=[A-ZÅÄÖ])", " ".join(text.split())):
        found = _VALID_FROM.search(sentence)
        if found:
            valid_from = found.group(1)
            sentence = sentence[: found.start()]
        read = revision_lines(sentence)
        if not read:
            return None
        revisions += read
    return (revisions, valid_from) if revisions else None


# ", att gälla från 2015-01-01", ". Gäller från 2018-07-01", "och träder i kraft den 1 mars
# 2016" at the end of an adoption or revision line: the day the version applies from.
_DAY = r"\b(?:den\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-zåäö]+\s+\d{4})"
_APPLIES_FROM = re.compile(
    r"[,.;]?\s*(?:och\s+|att\s+)?(?:gäller|gälla|träder\s+i\s+kraft|träda\s+i\s+kraft)"
    rf"(?:\s+(?:från\s+och\s+med|fr\.?\s?o\.?\s?m\.?|från))?\s+(?P<day>{_DAY})\.?$",
    re.IGNORECASE,
)
# The same first, the adoption after it: "Gäller från och med 2015-01-01 Antagen av …".
_APPLIES_FIRST = re.compile(
    r"^(?:gäller|giltig|giltigt)\s+(?:från\s+och\s+med|fr\.?\s?o\.?\s?m\.?|från)\s+"
    rf"(?P<day>{_DAY})[.,]?\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# The kinds of line that adopt the ordning (a revision changes it): its organ and day are
# the header's Beslutsinstans and Beslutad.
_ADOPTING = {"antagen", "antaget", "fastställd", "fastställt", "beslutad", "godkänd", "godkänt"}


def adoption_line(text: str) -> tuple[list[Revision], dict[str, str]]:
    """A revision line under the title as rows of the revision table, and the header fields
    it gives: "Fastställd av regionstyrelsen 2014-12-04, att gälla från 2015-01-01" gives
    Beslutsinstans "Regionstyrelsen", Beslutad "2014-12-04" and Giltigt från "2015-01-01",
    as does "Gäller från och med … Antagen av …"; "Reviderad av …, gäller från och med …"
    only Giltigt från; a line without the day it applies from, none."""
    line = " ".join(text.split())
    first = _APPLIES_FIRST.match(line)
    applies = first or _APPLIES_FROM.search(line)
    if first:
        line = first["rest"]
    revisions = revision_lines(line[: applies.start()] if applies and not first else line)
    fields: dict[str, str] = {}
    if not (revisions and applies):
        # A line that only adopts or revises stays in the revisions, as it always did: the
        # header's Beslutad is the document's own field where it has one.
        return revisions, fields
    fields["Giltigt från"] = re.sub(r"^den\s+", "", applies["day"], flags=re.I)
    if len(revisions) == 1 and revisions[0].text.lower() in _ADOPTING:
        day = re.search(_DAY, revisions[0].beslut, re.IGNORECASE)
        organ = revisions[0].beslut[: day.start()].strip(" ,:") if day else ""
        if day and any(ch.isalpha() for ch in organ):
            fields["Beslutsinstans"] = organ[:1].upper() + organ[1:]
            when = revisions[0].beslut[day.start() :].strip(" ,.")
            fields["Beslutad"] = re.sub(r"^den\s+", "", when, flags=re.I)
    return revisions, fields
