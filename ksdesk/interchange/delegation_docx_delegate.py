"""Points listed under a heading that names their delegate, for delegation_docx_list:

    2.1 REGIONALA UTVECKLINGSNÄMNDENS ORDFÖRANDE MED VICE ORDFÖRANDEN SOM ERSÄTTARE
    Allmänt                        (a heading without number: optional)
    att besluta i
    1. Ärenden som är så brådskande att nämndens avgörande inte kan avvaktas.
    2. Nämndens representation.

The lead line ("att besluta i", "att på nämndens vägnar besluta i följande ärenden:") right
after a numbered heading is what says the heading is a delegate, not a chapter of points in a
table or of the introduction: the numbered paragraphs that follow are the delegate's points.
"X med Y som ersättare" names the substitute too; a heading in capitals gives the roles in
ordinary case ("Arbetsutskottet").

A heading "Delegation till förvaltningschefen vid samhällsbyggnadsförvaltningen" says it in
its own words, and needs no lead line: the numbered paragraphs right under it are that
delegate's points. A table under it is read as a table (its Delegat column says who).
"""

from __future__ import annotations

import re

from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.delegation_cells import marked_nr_in_text
from ksdesk.interchange.delegation_title_shapes import NUMBERED_TITLE

LEAD = re.compile(
    r"^(?:(?:och|samt)\s+)?att\s+(?:på\s+\S+\s+vägnar\s+)?(?:besluta|beslutar|fatta\s+beslut)"
    r"\s+i(?:\s+följande\s+(?:ärenden|frågor))?\s*:?$",
    re.IGNORECASE,
)
# "Delegation till förvaltningschefen …", "Delegering till miljöchef".
_NAMES_DELEGATE = re.compile(
    r"^(?:delegation|delegering|delegationer|delegeringar)\s+till\s+(\S.*)$", re.IGNORECASE
)
_SUBSTITUTE = re.compile(r"^(.+?)\s+med\s+(.+?)\s+som\s+ersättare$", re.IGNORECASE)
# A line that goes on with the point above: a dash, a bullet, "a)", or a small letter.
_GOES_ON = re.compile(r"^(?:[-–•]\s|[a-zåäö]\)\s|[a-zåäö])")


def roles_of(heading: str) -> tuple[str, str]:
    """(delegate, substitute) a heading names: "2.1 ORDFÖRANDE MED VICE ORDFÖRANDEN SOM
    ERSÄTTARE" → ("Ordförande", "Vice ordföranden")."""
    match = NUMBERED_TITLE.match(heading)
    name = " ".join((match.group(2) if match else heading).split())
    named = _NAMES_DELEGATE.match(name)
    if named:
        name = named.group(1)
        name = name[:1].upper() + name[1:]
    found = _SUBSTITUTE.match(name)
    delegate, substitute = (found.group(1), found.group(2)) if found else (name, "")
    if name.upper() == name:
        delegate, substitute = (_ordinary(r) for r in (delegate, substitute))
    return delegate, substitute


def _ordinary(text: str) -> str:
    """A role written in capitals, in ordinary case: the first letter capital."""
    lower = text.lower()
    return lower[:1].upper() + lower[1:]


class DelegateHeadings:
    """The numbered heading just read, the heading without number under it, and, after a lead
    line, the delegate whose points follow."""

    def __init__(self, report: ImportReport | None = None) -> None:
        self.report = report
        self.numbered = ""  # the last numbered heading, while nothing but headings follow it
        self.group = ""  # a heading without number under it
        self.active = ""  # the heading whose points are being read

    def heading(self, text: str) -> None:
        self.active = ""
        if _NAMES_DELEGATE.match(NUMBERED_TITLE.sub(r"\2", text)):
            self.active, self.numbered, self.group = text, "", ""
        elif NUMBERED_TITLE.match(text):
            self.numbered, self.group = text, ""
        elif self.numbered:
            self.group = text

    def lead(self, text: str, where: str) -> bool:
        """The lead line under a delegate's heading: the points follow."""
        if not (self.numbered and LEAD.match(text)):
            return False
        self.active = self.numbered
        if self.report is not None:
            why = f"inledningen till punkterna under ”{self.active}”, som namnger delegaten"
            self.report.change(where, text, why)
        return True

    def other(self) -> None:
        """A paragraph of another kind: the heading above it is no delegate's."""
        self.numbered = self.group = ""

    def end(self) -> None:
        self.active = self.numbered = self.group = ""

    def line(self, text: str) -> tuple[str, str] | None:
        """(nr, ärende) of a point, ("", text) of a line going on with the point above, or
        None: the list has ended."""
        numbered = marked_nr_in_text(text)
        if numbered:
            return numbered
        return ("", text) if _GOES_ON.match(text) else None

    def roles(self) -> dict[str, str]:
        delegate, substitute = roles_of(self.active)
        return {"delegat": delegate, "ersattare": substitute}

    def titles(self) -> list[str]:
        return [self.active, self.group] if self.group else [self.active]
