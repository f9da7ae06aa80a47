"""The agenda number each row of an ärendelista asks for: ksdesk numbers ärenden in one run,
so a delpunkt of the file ("15 b)", "a) Enskilt ärende") becomes an ärende of its own, and a
heading that took a number ("3 Ärenden för beslut") gives it to no ärende. A number written
twice is one ärende in two parts when the titles say so (a webcast's "13 Utvärdering … 1 av
2" over "13 Utvärdering … 2 av 2", read as one), else two ärenden, the second placed after
the first. agenda_import.py places every row it reads with `Numbering.place`, after asking
`Numbering.joins_above` whether the row is the rest of the ärende above."""

from __future__ import annotations

import re

from ksdesk.core.import_report import ImportReport
from ksdesk.core.meeting import Arende
from ksdesk.interchange.agenda_pasted import is_event_between
from ksdesk.interchange.agenda_rows import RowNumber

# The part of an ärende a row is: "1 av 2", "(del 2)", "del 2 av 3" after the title, or
# "Forts." / "Fortsättning" before it.
_PART_AFTER = re.compile(r"\s*[,(–-]?\s*(?:del\s+)?\d\s*(?:av|/)\s*\d\s*\)?$|\s*\(?del\s+\d\)?$")
_PART_BEFORE = re.compile(r"^(?:forts\.?|fortsättning|fortsatt)\s*(?:[:–-]\s*)?", re.IGNORECASE)


def without_part(title: str) -> str:
    """ "Utvärdering av den politiska organisationen 1 av 2" → "Utvärdering av den politiska
    organisationen"; "Forts. Budget" → "Budget"."""
    return _PART_BEFORE.sub("", _PART_AFTER.sub("", title, count=1).strip()).strip()


class Numbering:
    """The agenda number each row of the file asks for. ksdesk numbers ärenden in one run, so
    a delpunkt ("15 b)", "a) Enskilt ärende") becomes an ärende of its own and every row
    after it asks for one more than the file wrote."""

    def __init__(self) -> None:
        self.offset = 0
        self.last: int | None = None
        self.heading: int | None = None  # the number of a numbered heading ("3 Ärenden för …")
        self.item: Arende | None = None  # the ärende that took `last`
        self.placed: int | None = None  # the last agenda number given
        self.section: Arende | None = None  # a heading row since the last ärende

    def joins_above(
        self, nr: RowNumber | None, item: Arende, where: str, report: ImportReport
    ) -> bool:
        """Whether the row is the second part of the ärende above: the same number, and the
        same title once "1 av 2" / "Forts." is left out. The ärende above takes that title
        (and the row's Dnr if it had none), and the report names the row."""
        above = self.item
        if not self._again(nr, item) or above is None:
            return False
        title = without_part(item.title)
        if title.casefold() != without_part(above.title).casefold() or not title:
            return False
        if item.dnr and above.dnr and item.dnr != above.dnr:
            return False
        why = "samma nummer och ärende som raden ovan, en del av det: lästes ihop till ett ärende"
        if above.title != title:
            why += f", ”{title}”, utan delarnas nummer"
            above.title = title
        report.change(where, f"nr {nr.number} ”{item.title}”", why)  # type: ignore[union-attr]
        above.dnr = above.dnr or item.dnr
        return True

    def event_between(
        self, title: str, next_nr: RowNumber | None, where: str, report: ImportReport
    ) -> None:
        """A heading row without number between the list's numbered points that names no
        group of ärenden ("Fullmäktige ajournerar sig för …", "Justering av närvarolistan"):
        it takes no number, so the points around it keep theirs; the secretary is told, in
        case it is an ärende that lost its number."""
        after = next_nr.number if next_nr is not None else None
        if self.last is None or after is None or after <= self.last:
            return  # a group's heading, its numbers from 1 again: `place` names it
        if not is_event_between(title):
            return
        why = (
            f"står utan nummer mellan nr {self.last} och nr {after}: läses som en rubrikrad, "
            "inget ärende, så att numren runt den står kvar; är det ett ärende, ge det ett "
            "nummer i dagordningen"
        )
        report.change(where, title, why)

    def place(
        self, nr: RowNumber | None, item: Arende, where: str, report: ImportReport
    ) -> int | None:
        if item.is_section:
            self.section = item
        if nr is None:
            return None
        if item.is_section:
            if nr.number is not None and not nr.sub:
                # "3 Ärenden för beslut": the heading took number 3, which no ärende gets.
                self.offset -= 1
                self.last = self.heading = nr.number
                self.item = None
            return None
        if self._again(nr, item):
            # Two ärenden under one number: the second gets the next, and so do those after.
            self.offset += 1
            why = (
                "numret står två gånger i filen: läses som ett eget ärende efter det förra, "
                "och ärendena efter det får ett nummer mer än i filen"
            )
            report.warn(where, f"nr {nr.number} ”{item.title}”", why)
            self.item = item
            return None if nr.number is None else nr.number + self.offset
        if nr.sub and (nr.number is None or nr.number == self.last):
            self.offset += 1
            parent = nr.number or self.last or ""
            label = f"{parent}.{nr.sub}" if nr.sub.isdigit() else f"{parent} {nr.sub})".strip()
            if not nr.sub.isalnum():  # a bullet: no letter to name it by
                label = f"under {parent}".strip()
            why = "blir ett eget ärende: dagordningen numrerar ärendena i en följd"
            if parent == self.heading:
                why = "är ett ärende under rubriken: dagordningen numrerar ärendena i en följd"
            report.change(where, f"delpunkt {label} ”{item.title}”", why)
            return None
        self._restarts(nr, where, report)
        self.last, self.item, self.section = nr.number, item, None
        self.placed = None if nr.number is None else nr.number + self.offset
        return self.placed

    def _restarts(self, nr: RowNumber, where: str, report: ImportReport) -> None:
        """A group's numbers from 1 again under its heading (Lidingö's kungörelse numbers
        "Interpellationer och frågor" 1–4 and "Ärenden" 1–7): ksdesk numbers the agenda in
        one run, so the group goes on from the last number given, and the report says so."""
        if nr.number != 1 or self.section is None or not self.placed or nr.sub:
            return
        self.offset = self.placed
        why = (
            f"numreringen börjar om på 1 under rubriken: ärendena under den läses som nr "
            f"{self.placed + 1} och framåt, i en följd med dem ovan"
        )
        report.change(where, f"”{self.section.title}”", why)

    def _again(self, nr: RowNumber | None, item: Arende) -> bool:
        """The row's number is the one the ärende above took ("13" twice)."""
        return (
            nr is not None
            and nr.number is not None
            and not nr.sub
            and not item.is_section
            and self.item is not None
            and nr.number == self.last
        )
