"""The agenda number each row of an ärendelista asks for: ksdesk numbers ärenden in one run,
so a delpunkt of the file ("15 b)", "a) Enskilt ärende") becomes an ärende of its own, and a
heading that took a number ("3 Ärenden för beslut") gives it to no ärende. agenda_import.py
places every row it reads with `Numbering.place`."""

from __future__ import annotations

from ksdesk.core.import_report import ImportReport
from ksdesk.core.meeting import Arende
from ksdesk.interchange.agenda_rows import RowNumber


class Numbering:
    """The agenda number each row of the file asks for. ksdesk numbers ärenden in one run, so
    a delpunkt ("15 b)", "a) Enskilt ärende") becomes an ärende of its own and every row
    after it asks for one more than the file wrote."""

    def __init__(self) -> None:
        self.offset = 0
        self.last: int | None = None
        self.heading: int | None = None  # the number of a numbered heading ("3 Ärenden för …")

    def place(
        self, nr: RowNumber | None, item: Arende, where: str, report: ImportReport
    ) -> int | None:
        if nr is None:
            return None
        if item.is_section:
            if nr.number is not None and not nr.sub:
                # "3 Ärenden för beslut": the heading took number 3, which no ärende gets.
                self.offset -= 1
                self.last = self.heading = nr.number
            return None
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
        self.last = nr.number
        return None if nr.number is None else nr.number + self.offset
