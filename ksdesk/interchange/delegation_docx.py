"""Importing a delegationsordning from a Word document (python-docx).

Delegation tables are found anywhere in the document (also inside other tables) and read by
delegation_tabular.RowReader: header rows recognised by their column names, repeated headers
skipped, continuation rows merged. A chapter's title comes from a heading row in the table or
from the paragraph just before it. Beside the points, the document header fields
(Dokumentnamn …), the revision table, the introduction (headings and their paragraphs) and the
abbreviations ("OSL = Offentlighets- och sekretesslagen") are read when present.
"""

from __future__ import annotations

import re
from pathlib import Path

from ksdesk.core.delegation import HEADER_FIELDS, Abbreviation, IntroSection, Revision, Version
from ksdesk.core.errors import InvalidInput
from ksdesk.core.lookalike import search_key
from ksdesk.interchange.delegation_tabular import RowReader, finish

ABBREVIATIONS_HEADING = "Förkortningar"
_ABBREVIATION = re.compile(r"^([A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,9})\s*=\s*(.+)$")
_REVISION_HEADER = ("revideringar", "vad revideringen avsett")
_TITLE_MAX = 80


def read_docx(path: Path) -> Version:
    """The document as an unsaved draft (key and name are the caller's)."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError) as error:
        raise InvalidInput(f"{path.name} kan inte läsas som ett Word-dokument (.docx).") from error
    state = _State()
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            state.table(block)
        else:
            state.paragraph(block)
    version = Version(key="", name="")
    version.chapters = finish(state.reader)
    version.header = state.header
    version.revisions = state.revisions
    version.intro = [s for s in state.intro if s.text.strip()]
    version.abbreviations = state.abbreviations
    return version


def _is_heading(paragraph) -> bool:
    name = (paragraph.style.name if paragraph.style is not None else "") or ""
    return name.startswith(("Heading", "Rubrik", "Title"))


class _State:
    def __init__(self) -> None:
        self.reader = RowReader()
        self.header: dict[str, str] = {}
        self.revisions: list[Revision] = []
        self.intro: list[IntroSection] = []
        self.abbreviations: list[Abbreviation] = []
        self.last_text: str | None = None
        self.last_was_heading = False
        self.seen_points = False
        self.in_abbreviations = False

    def paragraph(self, paragraph) -> None:
        text = " ".join(paragraph.text.split())
        if not text:
            return
        heading = _is_heading(paragraph)
        match = _ABBREVIATION.match(text)
        if self.in_abbreviations and not heading and "=" in text:
            # Under a heading "Förkortningar" any "kort = lång" is one ("EG-förordning = …").
            short, _, long = text.partition("=")
            self.abbreviations.append(Abbreviation(short.strip(), long.strip()))
            return
        if match and self.seen_points:
            self.abbreviations.append(Abbreviation(match[1], match[2].strip()))
            return
        if heading and self.seen_points:
            self.in_abbreviations = search_key(text) == search_key(ABBREVIATIONS_HEADING)
        self.last_text, self.last_was_heading = text, heading
        if self.seen_points:
            return
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if heading and not style.startswith("Title"):
            self.intro.append(IntroSection(text, ""))
        elif self.intro and not heading:
            bullet = "- " if "List" in style else ""
            section = self.intro[-1]
            # Consecutive bullets share a paragraph; everything else is a paragraph of its own.
            joiner = "\n" if bullet and section.text.split("\n")[-1].startswith("- ") else "\n\n"
            section.text = f"{section.text}{joiner if section.text else ''}{bullet}{text}"

    def table(self, table) -> None:
        rows = [[cell.text for cell in row.cells] for row in table.rows]
        if rows and self._revision_table(rows):
            return
        self._header_fields(rows)
        title = None
        if self.last_text and (self.last_was_heading or len(self.last_text) <= _TITLE_MAX):
            title = self.last_text
        self.reader.start_table(title)
        before = self.reader.rows_read
        for row in table.rows:
            for cell in row.cells:
                for inner in cell.tables:  # tables nested in a layout table
                    self.table(inner)
        self.reader.start_table(title)
        for cells in rows:
            self.reader.add_row(cells)
        if self.reader.rows_read > before:
            self.seen_points = True
            if self.intro and title and self.intro[-1].heading == title:
                self.intro.pop()  # that heading was the chapter's, not an intro section
        self.last_text = None

    def _revision_table(self, rows: list[list[str]]) -> bool:
        first = [search_key(c) for c in rows[0]]
        if (
            len(first) < 2
            or first[0] not in ("revideringar", "revidering", "beslut")
            or (first[1] not in _REVISION_HEADER)
        ):
            return False
        for row in rows[1:]:
            cells = list(dict.fromkeys(c.strip() for c in row))  # merged cells repeat
            if cells and cells[0]:
                text = cells[1] if len(cells) > 1 else ""
                dnr = cells[2] if len(cells) > 2 else ""
                self.revisions.append(Revision(cells[0], text, dnr))
        return True

    def _header_fields(self, rows: list[list[str]]) -> None:
        labels = {search_key(f): f for f in HEADER_FIELDS}

        def is_label(text: str) -> bool:
            folded = search_key(text)
            return any(folded == k or folded.startswith(k + " ") for k in labels)

        for row in rows:
            unique = list(dict.fromkeys(row))
            for i, cell in enumerate(unique):
                text = cell.strip()
                for key, label in labels.items():
                    folded = search_key(text)
                    if folded == key:
                        # A label alone: its value is in the next cell, unless that cell is
                        # the next label (the field is empty, as ksdesk's export writes it).
                        following = unique[i + 1].strip() if i + 1 < len(unique) else ""
                        self.header.setdefault(label, "" if is_label(following) else following)
                    elif folded.startswith(key + " ") or folded.startswith(key + "\n"):
                        self.header.setdefault(label, text[len(label) :].strip())
