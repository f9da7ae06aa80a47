"""The förvaltning's förslag that a kallelse prints in a column after the title ("Ärende
Beteckning Förslag") and that a paste from its PDF runs onto the title's end: moved to the
ärende's Förslag till beslut, the move a line in the import report."""

from __future__ import annotations

import re

from ksdesk.core.beslut_groups import WRITTEN, heading_group, is_split
from ksdesk.core.import_report import ImportReport, count
from ksdesk.interchange.agenda_title import trailing_dnr

# A kallelse's column "Förslag" run onto the title's end when pasted from its PDF: one word
# after the Dnr ("Internkontrollplan 2015 KFN/2014:495 Bifall"), or who is proposed after the
# title's full stop ("Protokollsjustering. Per Dahl (S) föreslås").
_PROPOSAL_WORDS = re.compile(
    r"\s+(?P<proposal>bifall|avslag|öppet|godkänns|noteras)\.?\s*$", re.IGNORECASE
)
_PROPOSED_PERSON = re.compile(r"(?P<title>[^.\n]+)\.\s+(?P<proposal>[^.\n]+\bföreslås)\s*$")


def proposal_from_title(
    title: str, values: dict[str, str], where: str, report: ImportReport
) -> str:
    """The title without the förvaltning's förslag written after it, the förslag moved to its
    field and the move reported."""
    word = _PROPOSAL_WORDS.search(title)
    if word and trailing_dnr(title[: word.start()]):
        values["proposal"] = word["proposal"]
        report.change(where, title, f"förslaget ”{word['proposal']}” lästes ur ärendecellen")
        return title[: word.start()]
    person = _PROPOSED_PERSON.fullmatch(title.strip())
    if person:
        values["proposal"] = person["proposal"].strip()
        report.change(where, title, "förslaget lästes ur ärendecellen")
        return person["title"].strip()
    return title


# The heading a kallelse's Förslag cell opens with, Kungsbacka's: "Förslag till beslut", "…
# i byggnadsnämnden", on a line of its own (or run onto the förslag's first line in a PDF's
# cell, the förslag then starting with a capital): the cell's heading, not the förslag.
_WORDS = r"[a-zåäö][\w-]*(?:[ \t]+[a-zåäö][\w-]*)*?"
# "byggnadsnämnden", "kommunstyrelsens arbetsutskott", "nämnden för Individ & Familjeomsorg".
_ORGAN = rf"{_WORDS}(?:[ \t]+för[ \t]+[A-ZÅÄÖ][\w-]*(?:[ \t]+(?:&|och)[ \t]+[A-ZÅÄÖ][\w-]*)?)?"
_WORDING = r"(?i:förslag[ \t]+till[ \t]+beslut)"
_HEADING = re.compile(
    rf"(?P<heading>{_WORDING}(?:[ \t]+i[ \t]+(?P<organ>{_ORGAN}))?)\s*:?[ \t]*(?:\n|$)"
)
_HEADING_RUN_ON = re.compile(
    rf"(?P<heading>{_WORDING}(?:[ \t]+i[ \t]+(?P<organ>{_WORDS}))?)\s*:?\s+(?=[A-ZÅÄÖ])"
)
# An organ's name does not end in a word that goes on ("nämnden för" Individ & …).
_ORGAN_GOES_ON = re.compile(r"\s(?:för|och|i|av|&)$")
HEADING_LEFT_OUT = "rubriken i cellen Förslag togs bort ur förslaget"
SPLIT_KEPT = (
    "förslaget är helt eller delvis till beslut i kommunfullmäktige: rubrikerna behålls, så "
    "att kallelsen och protokollet skriver vem som beslutar vad"
)


def without_heading(proposal: str, where: str, report: ImportReport) -> str:
    """The förslag without the heading its cell opens with, the heading's removal a line in
    the report (said once for the file, `headings_said_once`); a cell holding only the
    heading (Kungsbacka's "Övrigt", a tillsyn ärende) gives no förslag, and the report says
    so."""
    text = proposal.replace("\r\n", "\n").strip()
    kept = _split_kept(text)
    if kept is not None:
        report.change(where, kept.partition("\n")[0], SPLIT_KEPT)
        return kept
    found = _HEADING.match(text) or _HEADING_RUN_ON.match(text)
    if found is None or (found["organ"] and _ORGAN_GOES_ON.search(" " + found["organ"])):
        return text
    heading = " ".join(found["heading"].split())
    rest = text[found.end() :].strip()
    if not rest:
        why = "cellen Förslag har bara sin rubrik: ärendet får inget förslag till beslut"
        report.drop(where, heading, why)
        return ""
    report.change(where, heading, HEADING_LEFT_OUT)
    return rest


def _split_kept(text: str) -> str | None:
    """A förslag that is, in whole or in part, to kommunfullmäktige ("Förslag till beslut i
    kommunfullmäktige" over KF's att-satser, "… i kommunstyrelsen" over the organ's own,
    Kungsbacka KS 2025-02-18): its headings kept, each on a line of its own in ksdesk's words
    (core.beslut_groups), so that the kallelse and the protokoll say who decides what; None
    for a förslag the organ decides alone."""
    lines: list[str] = []
    for line in text.splitlines():
        found = _HEADING_RUN_ON.match(line.strip())
        group = heading_group(found["heading"], False) if found else None
        if found and group is not None:
            lines += [WRITTEN[group], line.strip()[found.end() :]]
        else:
            group = heading_group(line, True)
            lines.append(WRITTEN[group] if group is not None else line)
    kept = "\n".join(lines)
    return kept if is_split(kept) else None


def headings_said_once(report: ImportReport) -> None:
    """The Förslag cells' heading said once for the file, where it first stood and on how
    many rows, with the organ it names: at a nämnd's arbetsutskott "Förslag till beslut i
    byggnadsnämnden" is a förslag to the nämnd's beslut. So are the headings kept over a
    förslag to kommunfullmäktige."""
    for said in (HEADING_LEFT_OUT, SPLIT_KEPT):
        lines = [line for line in report.changed if line.why == said]
        first: dict[str, tuple[str, int]] = {}
        for line in lines:
            where, times = first.get(line.text, (line.where, 0))
            first[line.text] = (where, times + 1)
        report.changed[:] = [line for line in report.changed if line.why != said]
        for heading, (where, times) in first.items():
            more = count(times - 1, "rad", "rader")
            why = f"{said}, här och på {more} till" if times > 1 else said
            organ = heading.partition(" i ")[2]
            if organ and said == HEADING_LEFT_OUT:
                why += f"; förslagen är till beslut i {organ}, inte"
                why += " nödvändigtvis i det organ som sammanträder"
            report.change(where, heading, why)
