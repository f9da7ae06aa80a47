"""The abbreviation list of a Word delegationsordning written as lines ("KL = Kommunallagen",
"KL<tab>Kommunallagen") under a heading "Förkortningar", with groups under headings of their
own or bold lines ("Avdelningar", "Befattningar") and notes ("* Med närmaste chef avses …");
the paragraphs' half of delegation_docx._State (the tables' half is in delegation_docx_tables).
"""

from __future__ import annotations

from ksdesk.core.delegation import Abbreviation, IntroSection
from ksdesk.core.import_report import ImportReport
from ksdesk.core.lookalike import search_key
from ksdesk.interchange import delegation_docx_parts as parts

ABBREVIATIONS_HEADING = "Förkortningar"
ABBREVIATION_GROUP = "rubrik för en grupp i förkortningslistan: förkortningarna står i listan"
_TITLE_MAX = 80


class AbbreviationList:
    """Reads the lines of the list; _State holds the state below."""

    report: ImportReport
    paragraphs: int
    intro: list[IntroSection]
    abbreviations: list[Abbreviation]
    seen_points: bool
    in_abbreviations: bool
    abbreviations_level: int | None
    group_line: str

    def _style(self, paragraph) -> str:
        raise NotImplementedError

    def _abbreviations(self, raw: str, text: str, heading: bool, paragraph) -> bool:
        """A heading "Förkortningar" and the lines of its list: read, and True. Headings a
        level below it name groups of the list ("Avdelningar", "Befattningar"): the list
        goes on under them, and under a bold line typed as such a heading."""
        level = parts.heading_level(self._style(paragraph)) if heading else None
        if parts.is_abbreviation_heading(text):
            self.in_abbreviations = True
            self.abbreviations_level = level
            if search_key(text) != search_key(ABBREVIATIONS_HEADING):
                why = "förkortningslistans rubrik: skrivs ut som ”Förkortningar”"
                self.report.change(f"Stycke {self.paragraphs}", text, why)
            return True
        deeper = self.abbreviations_level is not None and level is not None
        if self.in_abbreviations and deeper and level > self.abbreviations_level:  # type: ignore[operator]
            self.report.change(f"Stycke {self.paragraphs}", text, ABBREVIATION_GROUP)
            return True
        if heading and self.in_abbreviations:
            self.in_abbreviations = False  # a heading of the document's own ends the list
            return False
        found = parts.abbreviation_line(raw, self.in_abbreviations)
        if found and (self.in_abbreviations or self.seen_points):
            self.abbreviations_read(found)
            return True
        self.group_line = ""
        if self.in_abbreviations and text.startswith("*"):
            # "* Med närmaste chef avses …": a note on the list; the list goes on after it.
            why = "anmärkning i förkortningslistan: står i inledningen"
            self.report.change(f"Stycke {self.paragraphs}", text, why)
            return False
        if self.in_abbreviations and parts.bold_line(paragraph) and len(text) <= _TITLE_MAX:
            # A heading typed by hand: a group's, if more abbreviations follow (the list goes
            # on); the next chapter's, if a point table follows. Read as a heading meanwhile.
            self.group_line = text
            return False
        self.in_abbreviations = False
        return False

    def abbreviations_read(self, found: list[Abbreviation]) -> None:
        """Abbreviations of a list: a bold line just above them was a group's heading."""
        self.abbreviations += found
        if self.group_line:
            if self.intro and self.intro[-1] == IntroSection(self.group_line, ""):
                self.intro.pop()
            self.report.change(f"Stycke {self.paragraphs}", self.group_line, ABBREVIATION_GROUP)
            self.group_line = ""
