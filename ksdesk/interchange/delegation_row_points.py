"""Points made from the rows of a delegation table (delegation_rows decides what a row is).

A numbered row is a new point; its cells fill the point's fields (delegation_fill), a change
mark ("NY:") or yellow highlight marks it, and the sub-heading waiting above it is printed
before it. A row without a number that goes on from the point before is merged into it, cell by
cell, unless it is a lettered part with a delegat of its own ("a) | upp till 100 000 kr |
Enhetschef" under a point without one): then it is a point, "3.2.2 a)". A point whose number
turns out to head the next ones ("1 | Allmänna ärenden", then "1.1") was the chapter's title.
Every merge and missing number is a line in the ImportReport.
"""

from __future__ import annotations

import re

from ksdesk.core.delegation import Point
from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.delegation_cells import (
    capital_heading,
    join_text,
    marked_nr_in_text,
    read_mark,
)
from ksdesk.interchange.delegation_fill import ROLE_FIELDS, fill_field
from ksdesk.interchange.delegation_table_row import Row
from ksdesk.interchange.delegation_titles import DEFAULT_CHAPTER, TitleReader

# "a)" alone in the Nr cell, or opening the Ärende of a row without number: a lettered part.
_PART_LETTER = re.compile(r"^([a-zåäö])[).]$")
_PART_IN_TEXT = re.compile(r"^([a-zåäö])\)\s+(?=\S)")


class PointRows(TitleReader):
    """The chapters, and the points of the table being read."""

    def __init__(self, report: ImportReport | None = None) -> None:
        super().__init__(report)
        self.points_in_table = 0
        self.rows_read = 0
        self.merged_rows = 0
        self.part_lead: Point | None = None  # the opening row of lettered parts, taken out

    def _nr_from_text(self, values: dict[str, str], where: str) -> str:
        """A table without a number column: the number typed first in the Ärende ("1.
        Omfördelning av medel"), or none (said in the report)."""
        found = marked_nr_in_text(values["arende"])
        if found:
            values["arende"] = found[1]  # "NY: 1. Omfördelning …": the mark stays for _point
            return found[0]
        self.report.warn(where, values["arende"], "punkten har inget nummer i dokumentet")
        return ""

    def _point(self, nr: str, values: dict[str, str], row: Row) -> None:
        if not values.get("kapitel", "").strip():
            self._title_before(nr, row.where)
        chapter = self._chapter_for_point(values.pop("kapitel", "").strip() or None)
        values.pop("nr", None)
        point = Point(nr=nr, arende="")
        point.marked = row.mark if any(row.marked) else ""
        where = f"Punkt {nr}" if nr else row.where  # a point without a number: its row
        # Roles last: a condition found in the Delegat cell goes after the Anmärkning text.
        for name, text in sorted(values.items(), key=lambda item: item[0] in ROLE_FIELDS):
            text, mark = read_mark(text)
            point.marked = point.marked or mark
            fill_field(point, name, text, where, self.report)
        if self.pending_heading:
            point.heading = "\n".join(self.pending_heading)
            self.pending_heading = []
        chapter.points.append(point)
        self.points_in_table += 1
        self.rows_read += 1

    def _lettered_part(self, nr_text: str, values: dict[str, str], row: Row) -> bool:
        """ "3.2.2 | Beslut om direktupphandling:" without delegat, then "a) | upp till
        100 000 kr | Enhetschef" and "b) | över 100 000 kr | Avdelningschef": each part that
        names a delegat of its own is a point, "3.2.2 a)", its Ärende the opening words and
        its own (a delegationsbeslut cites the part, and each part has its delegat). True when
        the row was such a part."""
        arende = values.get("arende", "").strip()
        found = _PART_LETTER.match(nr_text.strip())
        if not nr_text.strip():
            found = _PART_IN_TEXT.match(arende)
            arende = arende[found.end() :] if found else arende
        if not found or not any(values.get(name, "").strip() for name in ROLE_FIELDS):
            return False
        lead = self._part_lead()
        if lead is None:
            return False
        nr = f"{lead.nr} {found.group(1)})"
        first = not any(p.nr.startswith(f"{lead.nr} ") for p in self.chapters[-1].points)
        values = {**values, "arende": join_text(lead.arende, arende, " ")}
        if not values.get("lagrum", "").strip():
            values["lagrum"] = lead.lagrum
        if lead.anmarkning:
            values["anmarkning"] = join_text(lead.anmarkning, values.get("anmarkning", ""), " ")
        self._point(nr, values, row)
        point = self.chapters[-1].points[-1]
        point.marked = point.marked or lead.marked
        if first and lead.heading:
            point.heading = join_text(lead.heading, point.heading, "\n")
        why = f"del av punkt {lead.nr} med egen delegat: punkt {nr}"
        self.report.change(row.where, f"{found.group(1)}) {arende}", why)
        return True

    def _part_lead(self) -> Point | None:
        """The point the lettered parts open: the last one, without delegat, taken out of its
        chapter at the first part (its words stand first in each part's Ärende)."""
        chapter = self.chapters[-1] if self.chapters else None
        last = chapter.points[-1] if chapter and chapter.points else None
        lead = self.part_lead
        if last is None or not last.nr:
            return None
        if lead is not None and last.nr.startswith(f"{lead.nr} ") and last.nr.endswith(")"):
            return lead
        if last.delegat or last.ersattare or last.vidaredelegation or last.extra:
            return None
        chapter.points.pop()  # type: ignore[union-attr]
        self.points_in_table -= 1  # its row stays read: the part's row then makes a point
        self.part_lead = last
        why = "inledning till punktens delar a), b) …: står först i delarnas Ärende"
        self.report.change(f"Punkt {last.nr}", last.arende, why)
        return last

    def _title_before(self, nr: str, where: str) -> None:
        """ "1 | Allmänna ärenden" with nothing else, then "1.1": the row before was the
        chapter's title split over the Nr and Ärende cells, not a point (before the chapters'
        depth is known, only the point under it tells)."""
        chapter = self.chapters[-1] if self.chapters else None
        last = chapter.points[-1] if chapter and chapter.points else None
        if last is None or not nr.startswith(f"{last.nr}.") or last.heading or last.marked:
            return
        if any([last.lagrum, last.delegat, last.ersattare, last.vidaredelegation]):
            return
        if last.anmarkning or last.extra or not capital_heading({"arende": last.arende}):
            return
        chapter.points.pop()  # type: ignore[union-attr]
        self.rows_read -= 1
        self.points_in_table -= 1
        if not chapter.points and chapter.title == DEFAULT_CHAPTER:  # type: ignore[union-attr]
            self.chapters.pop()
        title = f"{last.nr} {last.arende}"
        self.report.change(where, title, "rad utan delegat före punkt " + nr + ": kapitelrubrik")
        self._numbered_title(title, last.nr, where)

    def _continue(self, point: Point, values: dict[str, str], row: Row, fresh: bool) -> None:
        values.pop("nr", None)
        values.pop("kapitel", None)
        where = f"Punkt {point.nr}" if point.nr else row.where
        for name, text in values.items():
            text, mark = read_mark(text)
            point.marked = point.marked or mark
            fill_field(point, name, text, where, self.report)
        why = "fortsättning efter sidbrytning" if fresh else "rad utan nummer: fortsättning"
        self.report.merge(where, " | ".join(row.distinct()), why)
        self.merged_rows += 1

    def _last_point(self) -> Point | None:
        for chapter in reversed(self.chapters):
            if chapter.points:
                return chapter.points[-1]
        return None
