"""Rows of delegation tables into chapters, sub-headings and points (CSV, XLSX and Word alike).

What a row is, when it has no Nr:
- a chapter title: its only text is numbered like "2.2 Ekonomi och inköp" or "B1 Upphandling"
  (in any cell); a title numbered deeper than the chapters ("2.6.5 Lokaler") is a sub-heading
  (delegation_titles). In a document without numbered titles, a row spanning the table (a
  merged cell) is a chapter title, as in the seed, unless the table has a Word heading of its
  own: then it is a sub-heading of that chapter. A title broken by a page break goes on;
- a point, in a table without a Nr column: a row with an Ärende and a Delegat (its number
  typed first in the Ärende, "1. Omfördelning …", or none, with a warning);
- a continuation: at the top of a table (a page break), before or after the repeated header,
  or anywhere with text in Lagrum, Delegat or Ersättare, or text that goes on in lower case.
  It is merged cell by cell into the point before;
- a sub-heading ("Inköp" and its preamble, "Anställa", "Avveckla"): text in the Nr or Ärende
  column only, starting with a capital letter. It is printed before the next point. Straight
  after a chapter title and on one line, it is the chapter's sub-title instead.
A second header row ("Delegat | Ersättare" under a merged "Beslutsfattare") names the columns
under it (delegation_row_columns); a first header row that is none on its own ("Nr | Ärende |
Beslutanderätt") waits one row for it. Foot- and endnotes on a point go under its Anmärkning.
Every merge, sub-heading, note, text in a column without heading and row that could not be
placed is a line in the ImportReport. A row is a delegation_table_row.Row; the points are made
in delegation_row_points.
"""

from __future__ import annotations

from ksdesk.core.delegation import Chapter
from ksdesk.core.errors import InvalidInput
from ksdesk.core.import_report import ImportReport, cleaned_cell
from ksdesk.interchange.delegation_cells import (
    capital_heading,
    heading_shape,
    heading_text,
    is_point_nr,
    join_text,
    normal_nr,
    point_without_nr,
    read_mark,
    title_depth,
)
from ksdesk.interchange.delegation_fill import notes_out_of_arende, substitute_out_of_note
from ksdesk.interchange.delegation_layout import header_layout
from ksdesk.interchange.delegation_number_column import letter_chapter
from ksdesk.interchange.delegation_row_columns import ColumnRows, held_header, two_row_header
from ksdesk.interchange.delegation_table_row import Row, seed_chapter_row
from ksdesk.interchange.delegation_title_shapes import NUMBERED_TITLE, part_row, same_title


class RowReader(ColumnRows):
    """Feed tables with `start_table` and rows with `add_row`; then `finish()`."""

    def __init__(self, report: ImportReport | None = None) -> None:
        super().__init__(report)
        self.buffer: list[Row] = []
        self.leftover: list[Row] = []  # rows of tables that hold no delegation points
        # The table has a title of its own above it (a Word heading): a row spanning it below
        # its header row is a sub-heading of that chapter, not a chapter of its own.
        self.titled_table = False
        self.table_where = ""
        self.above_header = False  # placing the rows that stood above this page's header
        self.after_header = False  # the row before was a header row
        self.header_top: Row | None = None  # a first header row waiting for its second
        self.chapters_from_headings = False  # the chapters are Word headings (delegation_docx)
        # A row over a table's header has been a sub-heading under a heading's chapter.
        self.rows_under_headings = False

    # Tables, titles and headers -----------------------------------------------------------

    def start_table(self, title: str | None = None, where: str = "", subtitle: str = "") -> None:
        self.end_table()
        self.layout = None
        self.points_in_table = 0
        # Word tables are started twice (nested tables first): the second call keeps the title.
        self.titled_table = bool(title) or (where == self.table_where and self.titled_table)
        self.table_where = where
        if title:
            self.title(title, where)
            self.pending_subtitle = subtitle
        if title and subtitle and self.pending_title is None and self.chapters:
            self._take_subtitle(self.chapters[-1])

    def end_table(self) -> None:
        if self.header_top is not None:  # the table's last row: no second header row follows
            top, self.header_top = self.header_top, None
            self.add_row(top, held=True)
        rows, self.buffer = self.buffer, []
        usable = self.last_layout
        for row in rows:
            if usable is not None and len(row.cells) == usable.width:
                self.layout = usable
                self._row(row)
            else:
                self.leftover.append(row)

    # Rows ---------------------------------------------------------------------------------

    def add_row(self, row: Row | list[str], held: bool = False) -> None:
        if not isinstance(row, Row):
            row = Row([c if isinstance(c, str) else ("" if c is None else str(c)) for c in row])
        row.cells = [cleaned_cell(c, self.report, row.where) for c in row.cells]
        if not any(c.strip() for c in row.cells):
            return
        if not held and self._two_row_header(row):
            return
        layout = header_layout(row.cells)
        after_header, self.after_header = self.after_header, layout is not None
        if after_header and self.layout is not None and self._second_header(row):
            return
        if layout is not None:
            self._use_layout(layout, row.where)
            pending, self.buffer = self.buffer, []
            self.above_header = True
            for early in pending:
                self._row(early)
            self.above_header = False
            return
        if self.layout is not None:
            self._row(row)
        elif self.last_layout is not None:
            self.buffer.append(row)  # before this page's header: wait and see
        elif len(row.distinct()) == 1 and self._heading_below_chapter(row.distinct()[0]):
            self._sub_heading(row.distinct()[0], row.where)
            self.rows_under_headings = True
        elif len(row.distinct()) == 1:
            self.title(row.distinct()[0], row.where)  # "Personal" above the first header
            self.titled_table = True  # a row spanning it below its header is a sub-heading
        else:
            self.leftover.append(row)

    def _two_row_header(self, row: Row) -> bool:
        """A first header row that is one only with the row under it ("Nr | Ärende |
        Beslutanderätt" over "Delegat | Ersättare"): held back one row, then read as the
        header the two rows make, or as an ordinary row when the next is no second header."""
        top, self.header_top = self.header_top, None
        if top is not None:
            combined = two_row_header(top.cells, row.cells)
            if combined is not None:
                for i, text in enumerate(top.cells):
                    if text and text != combined[i] and text not in top.cells[:i]:
                        under = " och ".join(
                            f"”{c}”" for j, c in enumerate(combined) if top.cells[j] == text
                        )
                        self.report.change(row.where, text, f"rubrik över {under}: gruppens namn")
                self.add_row(Row(combined, top.where), held=True)
                self.after_header = False  # its second row is read
                return True
            self.add_row(top, held=True)
        if held_header(row.cells):
            self.header_top = row  # a heading merged over two columns: wait for the next row
            return True
        return False

    def _heading_below_chapter(self, text: str) -> bool:
        """A bold row over the table's header, unnumbered, where the chapter has a title of
        its own already (a Word heading right above the table, or a row above this one; in
        a document whose chapters are Word headings, the last heading): a heading below the
        chapter ("Tryckfrihetsförordningen" under "Allmänna ärenden")."""
        if NUMBERED_TITLE.match(text):
            return False
        return self.titled_table or self.chapters_from_headings

    def _row(self, row: Row) -> None:
        marks = self._unread_cells(row)
        before = self.rows_read + self.merged_rows
        self._place(row)
        point = self._last_point() if self.rows_read + self.merged_rows > before else None
        for column, mark in marks:
            self.mark_columns.add(column, mark, point.nr if point else "", row.where)
        for note in row.notes:
            # A foot- or endnote on a point (Word keeps it apart from the cell's text): under
            # Anmärkning, by its name.
            kind = note.kind.lower()
            if point is not None:
                point.anmarkning = join_text(point.anmarkning, note.labelled(), "\n")
                self.report.change(f"Punkt {point.nr}", note.text, f"{kind}: står i Anmärkning")
            else:
                self.report.drop(row.where, note.text, f"{kind} till en rad som inte är en punkt")

    def _place(self, row: Row) -> None:
        assert self.layout is not None
        values = self._values(row)
        note = values.pop("kapiteltext", "").strip()
        if "del" in values:  # a Del column: a part begins where its text changes
            part = " ".join(values.pop("del").split())
            if part and part != self.part:
                self.begin_part(part, row.where)
            self.part = part
        distinct = row.distinct()
        if len(distinct) == 1 and part_row(distinct[0]) and not is_point_nr(values.get("nr", "")):
            # "Del B Socialnämnden" across the table: a chapter of its own if points follow
            # ("Del 2 Ekonomi"), else the part of the chapters after it (finish).
            self._new_chapter(distinct[0])
            return
        kapitel = values.get("kapitel", "").strip()
        if kapitel and not (self.chapters and same_title(self.chapters[-1].title, kapitel)):
            self._new_chapter(kapitel)  # a Kapitel column: its sub-headings belong to it
        if note and self.chapters and not self.chapters[-1].note:
            self.chapters[-1].note = note  # a "Text under kapitlet" column (ksdesk's export)
        numbered = NUMBERED_TITLE.match(distinct[0]) if len(distinct) == 1 else None
        # With a Kapitel column the chapters are named there: any title row is a sub-heading.
        if numbered and not kapitel and not is_point_nr(values.get("nr", "")):
            self._numbered_title(distinct[0], numbered.group(1), row.where)
            return
        nr_text, _mark = read_mark(values.get("nr", ""))
        if self._lettered_part(nr_text, values, row):
            return
        if lettered := letter_chapter(nr_text, values):  # "A | Allmänt" over "A1", "A2"
            self._new_chapter(lettered)
            return
        if nr_text.strip() and not is_point_nr(nr_text):
            # A title or sub-heading typed into the Nr column.
            values["arende"] = "\n".join(x for x in (nr_text, values.get("arende", "")) if x)
            nr_text = ""
        values["nr"] = nr_text
        if nr_text.strip() and self._split_title(nr_text, values):
            self._numbered_title(f"{normal_nr(nr_text)} {values['arende'].strip()}", "", row.where)
        elif nr_text.strip():
            self._point(normal_nr(nr_text), values, row)
        elif row.spans() and _sentences(distinct[0]):
            self._sub_heading(distinct[0], row.where)  # a chapter's scope, across the table
            self.scope = list(self.pending_heading)
        elif self._spanning_chapter(kapitel, row):
            self._new_chapter(distinct[0])
        elif not self.layout.has("nr") and point_without_nr(values):
            self._point(self._nr_from_text(values, row.where), values, row)
        else:
            self._unnumbered(values, row)

    def _spanning_chapter(self, kapitel: str, row: Row) -> bool:
        """A row spanning the table, in a document without numbered chapters: a chapter, as in
        the seed, unless a heading above the table is the chapter. Over the header of a later
        table, a chapter too, unless such rows have been the sub-headings of a Word heading's
        chapter ("Tryckfrihetsförordningen" over the first table under "Allmänna ärenden",
        "Förvaltningslagen" over the next)."""
        if kapitel or self.chapter_depth is not None or not seed_chapter_row(row):
            return False
        if self.above_header:
            return not self.rows_under_headings
        return not self.titled_table

    def _split_title(self, nr: str, values: dict[str, str]) -> bool:
        """ "2.2 | Ekonomi och inköp" with nothing else on the row, in a document whose chapters
        are numbered: a chapter title split over the Nr and Ärende cells, not a point."""
        if self.chapter_depth is None or title_depth(nr) > self.chapter_depth:
            return False
        if any(text.strip() for name, text in values.items() if name not in ("nr", "arende")):
            return False
        return capital_heading(values)

    def _unnumbered(self, values: dict[str, str], row: Row) -> None:
        current = self.chapters[-1] if self.chapters else None
        if self._title_goes_on(current, values, row.distinct(), row.where):
            return
        # A row never continues a point of another chapter (a Kapitel column changed).
        last = current.points[-1] if current and current.points else None
        if current is None or (not current.points and not values.get("kapitel")):
            last = self._last_point()
        fresh = self.points_in_table == 0
        # At the top of a page only a short capitalised line is a heading; the rest goes on.
        heading = heading_shape(values, strict=fresh)
        if last is not None and not heading:
            self._continue(last, values, row, fresh)
        elif heading:
            self._sub_heading(heading_text(values), row.where)
        else:
            why = "rad utan nummer före punkterna"
            self.report.drop(row.where, " | ".join(row.distinct()), why)

    # The end ------------------------------------------------------------------------------

    def finish(self) -> list[Chapter]:
        self.end_table()
        self.keep_note_under_table()
        self._forget_heading("ingen punkt följer efter underrubriken")
        self._forget_pending_title()
        parts = self.parts_from_empty_chapters()
        for chapter in self.chapters:
            if not chapter.points and id(chapter) not in parts:
                self.report.drop("Kapitel", chapter.title, "kapitelrubrik utan punkter")
        chapters = [c for c in self.chapters if c.points]
        self.report_parts(chapters)
        for chapter in chapters:
            for point in chapter.points:
                notes_out_of_arende(point, self.lagrum_column, self.report)
                substitute_out_of_note(point, self.ersattare_column, self.report)
        self.mark_columns.report(self.report)
        if not chapters:
            raise InvalidInput(
                "Filen innehåller ingen tabell med delegationspunkter. Tabellen behöver en "
                "rubrikrad med kolumnerna Nr, Ärende och Delegat."
            )
        return chapters


def _sentences(text: str) -> bool:
    """Prose, not a title: a sentence of eight words or more, ending with a full stop."""
    return len(text.split()) >= 8 and text.rstrip().endswith(".")
