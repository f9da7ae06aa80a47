"""Importing a delegationsordning from a Word document (python-docx).

The document is read block by block. Before the first point table: the title, the document
header (Dokumentnamn … or Beslutad av, Giltigt från, Dnr …), the revision table and the
introduction (headings and their paragraphs). Point tables, found anywhere (also inside layout
tables), are read by delegation_docx_tables. Chapter titles come from Word headings, from the
short line just before a table, or from title rows inside the tables. Abbreviations are read
as "KL = …" lines, as aligned columns under "Förkortningar", or from a two-column table.

Running headers typed as body text ("Xxx kommun  Delegering … 7 (20)" before each page's
table) are recognised by their page number or their repetition, and dropped with one line in
the report. Every other paragraph lands somewhere or in the report.
"""

from __future__ import annotations

import re
from pathlib import Path

from ksdesk.core.delegation import Abbreviation, IntroSection, Revision, Version
from ksdesk.core.import_report import ImportReport, count
from ksdesk.core.lookalike import search_key
from ksdesk.interchange import delegation_docx_front as front
from ksdesk.interchange import delegation_docx_header as header_fields
from ksdesk.interchange import delegation_docx_intro_titles as intro_titles
from ksdesk.interchange import delegation_docx_marks as marks
from ksdesk.interchange import delegation_docx_parts as parts
from ksdesk.interchange.delegation_docx_abbreviations import AbbreviationList
from ksdesk.interchange.delegation_docx_colours import read_legend
from ksdesk.interchange.delegation_docx_contents import FrontMatter
from ksdesk.interchange.delegation_docx_doc_title import names_the_document, title_goes_on
from ksdesk.interchange.delegation_docx_list import ListedPoints
from ksdesk.interchange.delegation_docx_numbering import materialise
from ksdesk.interchange.delegation_docx_star_notes import star_note
from ksdesk.interchange.delegation_docx_tables import PointTables
from ksdesk.interchange.delegation_docx_xml import flatten_document
from ksdesk.interchange.delegation_rows import RowReader
from ksdesk.interchange.delegation_table_row import Note
from ksdesk.interchange.delegation_tabular import _finish
from ksdesk.interchange.import_guard import open_word

# The paragraph style ksdesk's own Word export gives a part's title ("Del A Kommunstyrelsen"),
# so that any part title, not only one the rule of delegation_titles knows, reads back as a
# part. A name no template uses ("delrubrik" is Swedish for any sub-heading).
PART_STYLE = "Del i delegationsordningen"
_TITLE_MAX = 80
# "Utkast – ej antagen", "Antagen av kommunstyrelsen …": what ksdesk's own export writes
# under the title; the import is always a new draft.
_STATUS_LINE = re.compile(r"^(utkast|antagen|gällande)\b", re.IGNORECASE)


def read_docx(path: Path, report: ImportReport | None = None) -> Version:
    """The document as an unsaved draft (key and name are the caller's)."""
    document = open_word(path, path.name)
    report = report or ImportReport("delegationsordning", path.name)
    flatten_document(document, report)
    marks.plain_symbols(document.element.body, report)
    marks.join_deleted_marks(document.element.body, report)
    marks.report_comments(document, report)
    numbered = materialise(document)
    blocks = list(document.iter_inner_content())
    paragraph_texts = [None if hasattr(b, "rows") else b.text for b in blocks]
    state = _State(report, parts.running_lines(paragraph_texts), parts.style_names(document))
    state.footnotes = parts.footnotes(document, report)
    state.numbered = numbered
    state.block_texts = paragraph_texts
    for state.block_index, block in enumerate(blocks):
        if hasattr(block, "rows"):
            state.table(block)
        else:
            state.paragraph(block)
    state.listed.flush()
    state.end_titles()
    state.header_reader.page_header(document.sections)
    for revision in state.header_reader.page_footer(document.sections):
        if revision not in state.revisions:  # the body's own line said it already
            state.revisions.append(revision)
    state.header_from_adoption()
    state.end_toc()
    state.report_running()
    version = _finish(state.reader)
    version.header = state.header
    version.revisions = state.revisions
    version.intro = intro_titles.kept_sections(state.intro, state.levels)
    version.abbreviations = state.abbreviations
    for section in state.intro:
        dropped = section.heading and section not in version.intro
        if dropped and section.heading not in state.used_headings:
            report.drop("Inledning", section.heading, "rubrik utan text och utan punkter")
    # What else was read, as the tab's tree names it.
    for found, one, many in (
        (state.abbreviations, "förkortning", "förkortningar"),
        (state.header, "uppgift i dokumenthuvudet", "uppgifter i dokumenthuvudet"),
        (version.revisions, "revidering", "revideringar"),
        (version.intro, "avsnitt i inledningen", "avsnitt i inledningen"),
    ):
        if found:
            report.read.append(count(len(found), one, many))
    return version


class _State(PointTables, AbbreviationList, FrontMatter):
    """What has been read so far, and the paragraphs' half of the reading."""

    def __init__(self, report: ImportReport, running: set[str], styles: dict[str, str]) -> None:
        self.report = report
        self.styles = styles
        self.reader = RowReader(report)
        self.running = running
        self.running_seen: dict[str, tuple[str, int]] = {}
        self.header_reader = header_fields.HeaderReader(report)
        self.header = self.header_reader.fields
        self.revisions: list[Revision] = []
        self.adopted: list[tuple[int, dict[str, str]]] = []
        self.intro: list[IntroSection] = []
        self.abbreviations: list[Abbreviation] = []
        self.used_headings: set[str] = set()
        self.titles: list[str] = []  # heading or short lines since the last table or prose
        self.seen_points = False
        self.in_abbreviations = False
        self.abbreviations_level: int | None = None  # outline level of "Förkortningar"
        self.group_line = ""  # a bold line in the list, a group's heading if the list goes on
        self.footnotes: dict[str, Note] = {}  # foot- and endnotes by id
        self.numbered: set = set()  # paragraphs whose list number Word drew
        self.heading_texts: set[str] = set()
        self.typed_headings: set[str] = set()  # short bold lines: headings typed by hand
        self.levels: dict[str, int] = {}  # heading text → outline level (Title 0, Heading 1 …)
        self.chapter_level: int | None = None  # level of the heading the chapter came from
        self.toc: list[str] = []  # where the table of contents began, its heading, its lines
        self.block_texts: list[str | None] = []  # every block's text (None: a table)
        self.block_index = 0  # the block being read
        self.tables = 0
        self.table_points: list = []
        self.under_table = False  # the last block was a table of points, or prose under one
        self.change_colours: set[str] = set()  # "Röd text är ändringar": {"red"}
        self.margins = (0, 0)  # grid columns left out by every row of the table, left and right
        self.paragraphs = 0
        self.title_open = False  # the last paragraph read was the title, which may go on
        self.listed = ListedPoints(self.read_paragraph, self.listed_table, report)

    # Paragraphs -----------------------------------------------------------------------------

    def _style(self, paragraph) -> str:
        """The paragraph's style name, from its style id: python-docx's `paragraph.style`
        looks the default style up again on every call (half the time of a whole import)."""
        style_id = paragraph._p.style
        return self.styles.get(style_id, "Normal") if style_id else "Normal"

    def _bullet(self, paragraph) -> bool:
        """A line of a bulleted list: a list style, unless Word numbered it (its number is
        in its text now, delegation_docx_numbering)."""
        return "List" in self._style(paragraph) and paragraph._p not in self.numbered

    def _is_heading(self, paragraph) -> bool:
        return self._style(paragraph).startswith(("Heading", "Rubrik", "Title"))

    def paragraph(self, paragraph) -> None:
        self.paragraphs += 1
        text = " ".join(paragraph.text.split())
        heading, bullet = self._is_heading(paragraph), self._bullet(paragraph)
        if self.listed.take(paragraph, text, f"Stycke {self.paragraphs}", heading, bullet):
            return  # a point written as paragraphs, or the numbered line that may start one
        self.read_paragraph(paragraph)

    def read_paragraph(self, paragraph) -> None:
        self._paragraph(paragraph)
        title = self._style(paragraph).startswith("Title")
        for note in self._notes(paragraph._p):
            if title and self._title_note(
                note.text, f"Fotnot till titeln, stycke {self.paragraphs}"
            ):
                continue
            section = self.intro[-1] if self.intro and not self.seen_points else None
            if section is not None and section.text.endswith(" ".join(paragraph.text.split())):
                section.text = f"{section.text}\n\n{note.labelled()}"
            else:
                where = f"Stycke {self.paragraphs}"
                why = f"{note.kind.lower()} till ett stycke utanför inledningen"
                self.report.drop(where, note.text, why)

    def _paragraph(self, paragraph) -> None:
        raw = paragraph.text
        text = " ".join(raw.split())
        where = f"Stycke {self.paragraphs}"
        if self._style(paragraph) == PART_STYLE:
            self._part(text, where)
            return
        if self.toc and front.is_toc_number(text) and not self._is_heading(paragraph):
            self.toc.append(text)  # a number of the contents, not a page's (it looks like one)
            return
        if not text or self._running(text):
            return
        title_open, self.title_open = self.title_open, False  # only the next line goes on it
        under_table, self.under_table = self.under_table, False
        read_legend(text, where, self.change_colours, self.report)
        heading = self._is_heading(paragraph)
        # Inside a table of contents its lines come first ("1 Förkortningar<tab>3" is one).
        front_first = bool(self.toc) and self._front_matter(paragraph, text, heading, where)
        if (front_first or self._abbreviations(raw, text, heading, paragraph)) or (
            not self.seen_points and self._front_matter(paragraph, text, heading, where)
        ):
            self.titles = []  # a list or a history stands between a heading and the table
            return
        if search_key(text) == search_key(self.header.get("Dokumentnamn", "")) and not heading:
            # The title again over the first page of points, as a line of its own.
            self.report.drop(where, text, "dokumentets titel igen")
            return
        if not self.seen_points and self._header_line(paragraph, text, title_open):
            return
        if not (self.seen_points or self.intro) and _STATUS_LINE.match(text):
            self.report.drop("Dokumenthuvud", text, "statusrad: importen blir ett utkast")
            return  # neither an intro nor the next table's title
        title_like = heading or (len(text) <= _TITLE_MAX and not text.endswith((".", ":")))
        # A short bold line in the Normal style: a heading typed by hand, read as one.
        typed_heading = not heading and title_like and parts.bold_line(paragraph)
        if self.seen_points and star_note(self.table_points, text, where, self.report):
            self.titles = []
            self.under_table = under_table
            return
        if self.seen_points and not title_like and under_table:
            # Prose straight under a table: its chapter's note if a title follows.
            self.reader.prose_under_table(text, where)
            self.under_table = True
        elif self.seen_points and not title_like:
            # Prose between two tables: it introduces what follows, printed before the next
            # point; the heading above it is the next chapter's title.
            for title in self.titles:
                self.reader.title(title, where)
            self.reader._sub_heading(text, where)
        elif not self.seen_points:
            self._intro(paragraph, text, heading or typed_heading)
        self.titles = [*self.titles, text] if title_like else []
        if typed_heading:
            self.typed_headings.add(text)
        if typed_heading and self.chapter_level is not None:
            # Where the chapters are Word headings, a level below the chapter
            # ("Förvaltningslagen" under "Allmänna ärenden").
            self.levels[text] = self.chapter_level + 1
        if heading:
            self.heading_texts.add(text)
            self.levels[text] = parts.heading_level(self._style(paragraph))

    def _title_note(self, text: str, where: str) -> bool:
        """A footnote on the title that holds the decisions ("Antagen vid nämndens
        sammanträde den 2 januari 2015, § 1. Reviderad …, gäller från och med …"): its
        revisions and the day it applies from. True when every sentence was one of them."""
        read = front.title_note(text)
        if read is None:
            return False
        revisions, valid_from = read
        self.revisions += revisions
        self.report.change(where, text, "fotnot till titeln: står i revisionstabellen")
        if valid_from:
            self.header.setdefault("Giltigt från", valid_from)
        return True

    def _part(self, text: str, where: str) -> None:
        """A part's title in ksdesk's style: the chapters after it are in that part; an empty
        one ends the part (the chapters after it are in none)."""
        self.reader._forget_pending_title()
        if text:
            self.reader.begin_part(text, where)
        else:
            self.reader.part = ""
        self.titles = []

    def _header_line(self, paragraph, text: str, title_open: bool) -> bool:
        title_style = self._style(paragraph).startswith("Title")
        whole = title_open and title_goes_on(self.header["Dokumentnamn"], text, title_style)
        if whole:
            self.header["Dokumentnamn"] = whole
            self.report.merge(f"Stycke {self.paragraphs}", text, "titeln fortsätter på nästa rad")
            self.title_open = True  # "Delegationsordning" / "för" / "Plan- och byggnadsnämnden"
            return True
        first = not (self.header or self.intro or self.tables or self.revisions)
        named = "Dokumentnamn" in self.header  # a later line in the title style is text
        if (title_style and not named) or (first and names_the_document(text)):
            self.title_open = "Dokumentnamn" not in self.header
            self.header.setdefault("Dokumentnamn", text)
            return True
        where = f"Stycke {self.paragraphs}"
        if self.header_reader.series(text, where):
            return True
        heading, blocks = self._is_heading(paragraph), (self.block_texts, self.block_index)
        if self.header_reader.value_below(text, where, heading):
            return True
        return self.header_reader.paragraph(paragraph.text, where, heading, blocks, self.intro)

    def _intro(self, paragraph, text: str, heading: bool) -> None:
        if heading:
            self.intro.append(IntroSection(text, ""))
            return
        if not self.intro:
            # Text before the first heading: the introduction's opening words.
            self.intro.append(IntroSection("", ""))
        bullet = "- " if self._bullet(paragraph) else ""
        section = self.intro[-1]
        # Consecutive bullets share a paragraph; everything else is a paragraph of its own.
        joiner = "\n" if bullet and section.text.split("\n")[-1].startswith("- ") else "\n\n"
        section.text = f"{section.text}{joiner if section.text else ''}{bullet}{text}"
