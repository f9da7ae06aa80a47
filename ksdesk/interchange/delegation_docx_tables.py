"""The point tables of a Word delegationsordning, for delegation_docx's reading state.

A table is a frame around other blocks (read as they stand), a revision history, an
abbreviation list, the document header, or a table of points. A table of points takes its
chapter from the Word heading or the short lines just above it ("2 Delegeringar" over "2.1
Allmänna ärenden": the numbering decides which is the chapter) and goes to RowReader row by
row, noting merged cells, highlight and notes. A table without points: a report line a row.
"""

from __future__ import annotations

from ksdesk.core.delegation import Abbreviation, IntroSection, Point, Revision
from ksdesk.core.import_report import ImportReport
from ksdesk.interchange import delegation_docx_front as front
from ksdesk.interchange import delegation_docx_header as header_fields
from ksdesk.interchange import delegation_docx_intro_titles as intro_titles
from ksdesk.interchange import delegation_docx_levels as levels
from ksdesk.interchange import delegation_docx_parts as parts
from ksdesk.interchange.delegation_docx_colours import in_colour
from ksdesk.interchange.delegation_docx_doc_title import names_the_list
from ksdesk.interchange.delegation_docx_list import ListedPoints
from ksdesk.interchange.delegation_headerless import headerless_header
from ksdesk.interchange.delegation_number_column import numbers_as_nr
from ksdesk.interchange.delegation_rows import RowReader
from ksdesk.interchange.delegation_table_row import Note, Row
from ksdesk.interchange.delegation_title_shapes import numbered_below, part_over


class PointTables:
    """The tables half of delegation_docx._State, which holds the state below and reads the
    paragraphs (`paragraph`, `_bullet`, `_running`, `abbreviations_read` are its)."""

    report: ImportReport
    reader: RowReader
    header_reader: header_fields.HeaderReader
    listed: ListedPoints
    revisions: list[Revision]
    abbreviations: list[Abbreviation]
    intro: list[IntroSection]
    used_headings: set[str]
    titles: list[str]
    heading_texts: set[str]
    typed_headings: set[str]
    levels: dict[str, int]
    footnotes: dict[str, Note]
    chapter_level: int | None
    seen_points: bool
    in_abbreviations: bool
    tables: int
    margins: tuple[int, int]
    table_points: list[Point]  # the points of the last table read
    under_table: bool  # the last block was a table of points, or prose under one
    change_colours: set[str]  # the colours a line of the document says mark its changes

    def table(self, table) -> None:
        if parts.layout_table(table):
            # A one-column table that holds point tables: a frame around blocks, read as
            # they stand (a title row above the point table it heads, then the table).
            for row in table.rows:
                for block in row.cells[0].iter_inner_content():
                    self.table(block) if hasattr(block, "rows") else self.paragraph(block)
            return
        self.listed.end_delegate()
        self.tables += 1
        self.end_toc()
        where = f"Tabell {self.tables}"
        rows = [[self._cell_text(cell) for cell in row.cells] for row in table.rows]
        if not rows:
            return
        if self._revision_table(rows) or self._abbreviation_table(rows):
            self.titles = []
            return
        if self.header_reader.repeated(rows, where) or (
            not self.seen_points and self.header_reader.table(rows, where)
        ):
            self.titles = []
            return
        self.in_abbreviations = False  # a table that is not the list ends it
        if not self.seen_points:  # a section of the introduction heads no table
            headings = self.heading_texts | self.typed_headings
            self.titles = intro_titles.table_titles(self.titles, self.intro, headings, rows)
        titles, self.titles = self.titles[-3:], []
        titles = self._start_points_table(titles, where)
        before = self.reader.rows_read + self.reader.merged_rows
        for row in table.rows:
            for cell in row.cells:
                for inner in cell.tables:  # point tables nested in a table's cells
                    if parts.point_table(inner):
                        self.table(inner)
                    elif not parts.one_column(inner):
                        text = " | ".join(c.text.strip() for c in inner.rows[0].cells)
                        why = "tabell i en cell: dess rader står som rader i cellens text"
                        self.report.change(where, text, why)
        self.reader.start_table(None, where)
        self._headerless(rows, where)
        # Columns every row leaves out on the left or right (a table indented with
        # gridBefore): the table's margin, not a column.
        self.margins = (
            min(row.grid_cols_before for row in table.rows),
            min(row.grid_cols_after for row in table.rows),
        )
        numbers = numbers_as_nr(rows, self.report, lambda n: f"{where}, rad {n}")
        for number, row in enumerate(table.rows, start=1):
            header = numbers is not None and rows[number - 1] == rows[numbers[0]]
            self._row(row, f"{where}, rad {number}", numbers[1] if header else None)
        self._end_points_table(titles, before)

    def _headerless(self, rows: list[list[str]], where: str) -> None:
        """A table of points with no header row, in a document where none has been read: its
        rows read under the header they would have (delegation_headerless), said in the
        report."""
        header = None if self.reader.last_layout else headerless_header(rows)
        if header is not None:
            self.reader.add_row(Row(header, where))
            why = "tabell utan rubrikrad: kolumnerna lästa som " + " | ".join(header)
            self.report.change(where, " | ".join(rows[0]), why)

    def end_titles(self) -> None:
        """Headings and short lines after the last table, that no point followed (a list
        under a heading not read as one): each a line in the report, never lost."""
        for title in self.titles if self.seen_points else []:
            self.report.drop("Efter sista tabellen", title, "rubrik eller kort rad utan punkter")

    def listed_table(self, rows: list[Row], where: str, titles: list[str] | None = None) -> None:
        """Points written as paragraphs (delegation_docx_list), read as a table's rows; their
        chapter's title (and subtitle) from the headings above them, or `titles` when the list
        knows them (the delegate's heading, not a line between)."""
        titles, self.titles = titles or self.titles[-2:], []
        self._start_points_table(titles, where)
        before = self.reader.rows_read + self.reader.merged_rows
        self.reader.start_table(None, where)
        for row in rows:
            self.reader.add_row(row)
        self._end_points_table(titles, before)

    def _end_points_table(self, titles: list[str], before: int) -> None:
        self.reader.end_table()
        points = [p for c in self.reader.chapters for p in c.points]
        self.table_points = points[len(points) - self.reader.points_in_table :]
        if self.reader.rows_read + self.reader.merged_rows > before:
            self._points_began(titles)
            self.under_table = True
        leftover, self.reader.leftover = self.reader.leftover, []
        for row in leftover:
            why = "tabell utan delegationspunkter"
            notes = [note.labelled() for note in row.notes]
            self.report.drop(row.where, " | ".join(row.distinct() + notes), why)

    def _start_points_table(self, titles: list[str], where: str) -> list[str]:
        """The table's chapter from the heading or lines above it. "2 Delegeringar" over
        "2.1 Allmänna ärenden": the numbering decides which is the chapter; a part's title over
        the chapter's ("Del A Kommunstyrelsen" over "1 Allmänna ärenden") begins a part;
        unnumbered Word headings by their levels (delegation_docx_levels). The titles it
        took, in order."""
        part, titles, heading = levels.over_table(
            titles, self.levels, self.heading_texts, self.chapter_level
        )
        if part:
            self.reader.begin_part(part, where)
        title = titles[0] if titles else None
        subtitle = titles[1] if len(titles) > 1 else ""
        if title and subtitle and numbered_below(title, subtitle):
            self.reader.title(title, where)
            title, subtitle = subtitle, ""
        elif title and subtitle and (part_over(title, subtitle) or names_the_list(title)):
            # "Delegationsförteckning" over "Allmänna ärenden" too: the list's heading is the
            # part the chapters are in, as over numbered ones (else the headings under it
            # became one chapter's sub-headings).
            self.reader.begin_part(title, where)
            title, subtitle = subtitle, ""
        lone = title is not None and not subtitle
        below = lone and levels.below_chapter(title, self.levels, self.chapter_level)  # type: ignore[arg-type]
        ended = title is not None and not (below or part)
        if ended and levels.part_ended(self.reader.part, title, self.levels, self.heading_texts):  # type: ignore[arg-type]
            self.reader.part = ""
        self.reader.start_table(None if below else title, where, subtitle)
        if below:
            heading = title  # type: ignore[assignment]
        elif title in self.levels:
            self.chapter_level = self.levels[title]
            self.reader.chapters_from_headings = True
        if heading:
            self.reader._sub_heading(heading, where)
        # Only a heading (Word's, or a bold line typed as one) frames its table; a plain
        # short line above it may be anything.
        self.reader.titled_table = title in self.heading_texts or title in self.typed_headings
        return [t for t in (part, *titles, heading) if t]

    def _points_began(self, titles: list[str]) -> None:
        first, self.seen_points = not self.seen_points, True
        for title in reversed(titles):
            if first and title not in self.heading_texts | self.typed_headings:
                intro_titles.leave_introduction(self.intro, title)
            if self.intro and self.intro[-1].heading == title and not self.intro[-1].text:
                self.intro.pop()  # that heading was the chapter's, not an intro section
            self.used_headings.add(title)

    def _row(self, row, where: str, nr_heading: int | None = None) -> None:
        cells, repeats, marked = [], [], []
        previous = None
        yellow = False
        for cell in row.cells:
            repeats.append(cell._tc is previous)
            previous = cell._tc
            cells.append(self._cell_text(cell))
            highlight = parts.highlighted(cell._tc)
            yellow = yellow or highlight
            marked.append(highlight or in_colour(cell._tc, self.change_colours))
        if nr_heading is not None:
            cells[nr_heading] = "Nr"  # the header's own word for it (delegation_number_column)
        # A row that starts late or ends early (Word's gridBefore/gridAfter): its cells stand
        # under the columns of the grid, not from the first column on.
        before = row.grid_cols_before - self.margins[0]
        after = row.grid_cols_after - self.margins[1]
        cells = [""] * before + cells + [""] * after
        repeats = [False] * before + repeats + [False] * after
        marked = [False] * before + marked + [False] * after
        distinct = list(dict.fromkeys(c.strip() for c in cells if c.strip()))
        if len(distinct) == 1 and self._running(distinct[0]):
            return
        notes = self._notes(row._tr)
        mark = "ny" if yellow else "ändrad"
        self.reader.add_row(Row(cells, where, repeats, marked, notes, mark))

    def _cell_text(self, cell) -> str:
        """The cell's lines; a line of a Word list keeps its dash ("Beslut om" / "- rivning
        av byggnad"), as the introduction's lists do."""
        lines = []
        for paragraph in parts.cell_paragraphs(cell):
            if isinstance(paragraph, str):  # a row of a table nested in the cell
                lines.append(paragraph)
                continue
            text = paragraph.text
            listed = self._bullet(paragraph) or bool(paragraph._p.xpath("./w:pPr/w:numPr"))
            if listed and text.strip() and not text.lstrip().startswith(("-", "–", "•")):
                text = f"- {text}"
            lines.append(text)
        return "\n".join(lines)

    def _notes(self, element) -> list[Note]:
        ids = dict.fromkeys(parts.note_ids(element))  # a merged cell repeats its reference
        return [self.footnotes[i] for i in ids if i in self.footnotes]

    def _revision_table(self, rows: list[list[str]]) -> bool:
        found = front.revision_table(rows)
        self.revisions += found or []
        return found is not None

    def _abbreviation_table(self, rows: list[list[str]]) -> bool:
        # A table headed "Förkortning | …" says what it is wherever it stands (under "Bilaga
        # - Förteckning över delegater samt tillämpade förkortningar", before the points).
        headed = parts.is_abbreviation_header(rows[0])
        if not (self.in_abbreviations or self.seen_points or headed):
            return False
        found = parts.abbreviation_table(rows, self.in_abbreviations)
        if found is None:
            return False
        self.abbreviations_read(found)
        if parts.is_abbreviation_header(rows[0]):
            heading = " | ".join(dict.fromkeys(c.strip() for c in rows[0] if c.strip()))
            self.report.drop(f"Tabell {self.tables}", heading, "förkortningslistans rubrikrad")
        return True
