"""Chapter titles and sub-headings of a delegationsordning, wherever they stand: Word headings,
the line before a table, rows of the table. RowReader (delegation_rows) reads the rows and
hands its titles here.

A numbered title ("2.2 Ekonomi", "B. Ekonomiärenden", "B1 Upphandling") is a chapter at the
chapters' depth and a sub-heading below it; an unnumbered one waits as the title of the next
point's chapter. A sub-heading is printed before the next point. A part's title ("Del A
Kommunstyrelsen") is the part of the chapters after it. Every title that gets no point is a
line in the ImportReport.
"""

from __future__ import annotations

import re

from ksdesk.core.delegation import Chapter
from ksdesk.core.format import number_runs
from ksdesk.core.import_report import ImportReport
from ksdesk.core.lookalike import search_key
from ksdesk.interchange.delegation_cells import (
    CONTENT_FIELDS,
    clean_text,
    heading_text,
    join_broken_lines,
    join_text,
    title_depth,
)
from ksdesk.interchange.delegation_title_shapes import (
    LETTERED_TITLE,
    NUMBERED_TITLE,
    PART_TITLE,
    PART_WITHOUT_CHAPTERS,
    continuation_line,
    numbered_under,
    one_line_title,
    part_label,
    same_title,
    section_number,
    sub_numbered,
)

DEFAULT_CHAPTER = "Delegationspunkter"


class TitleReader:
    """The chapters read so far, and the titles and sub-headings still waiting for a point."""

    def __init__(self, report: ImportReport | None = None) -> None:
        self.report = report or ImportReport("delegationsordning", "")
        self.chapters: list[Chapter] = []
        self.pending_title: tuple[str, str] | None = None  # (title, where)
        self.pending_subtitle = ""
        self.pending_heading: list[str] = []
        self.scope: list[str] = []  # a chapter's scope, a row of prose across the table
        self.heading_where = ""
        self.chapter_depth: int | None = None  # depth of numbered chapter titles ("2.2" = 2)
        self.headings_read = 0
        self.part = ""  # the part of the ordning the next chapters belong to
        self.parts: list[tuple[str, str]] = []  # (title, where) of every part, in order
        # Prose straight under a chapter's table: (chapter, lines, where). Until a title
        # follows, it may still introduce the next point of the chapter.
        self.under_table: tuple[Chapter, list[str], str] | None = None

    def begin_part(self, text: str, where: str) -> None:
        """A part's title ("Del A Kommunstyrelsen"): the chapters from here on are in it."""
        self.part = " ".join(text.split())
        self.parts.append((self.part, where))

    def report_parts(self, chapters: list[Chapter]) -> None:
        """A line for each part: the chapters it heads, or that it heads none."""
        for title, where in self.parts:
            numbers = [n for n, c in enumerate(chapters, start=1) if c.part == title]
            if numbers:
                headed = [chapters[n - 1] for n in numbers]
                self.report.read.append(f"{title}: rubrik för kapitel {_chapters(numbers, headed)}")
            else:
                self.report.drop(where or "Rubrik", title, PART_WITHOUT_CHAPTERS)

    def parts_from_empty_chapters(self) -> set[int]:
        """A lettered chapter title without points of its own over chapters numbered under it
        ("M. Miljöbalkens område" over "M.1 …", "B Regionövergripande uppdrag" over "B 1
        Personal") or over chapters numbered without a letter ("A. Myndighetsutövning" over
        "1. Ekonomiskt bistånd"), and a numbered one over its sub-chapters ("1
        Arbetsgivarärenden" over "1.1 Anställning", "1.2 Lön"): the part of those chapters, as
        "Del A" would be. Chapters in a part already keep it. The ids of the titles that
        became parts."""
        became: set[int] = set()
        for i, chapter in enumerate(self.chapters):
            under = None if chapter.points else self._chapters_under(i)
            if not under or not any(c.points for c in under) or any(c.part for c in under):
                continue
            title = " ".join(chapter.title.split())
            for later in under:
                later.part = title
            self.parts.append((title, "Kapitel"))
            became.add(id(chapter))
        return became

    def _chapters_under(self, index: int) -> list[Chapter] | None:
        """The chapters after the title at `index` numbered under it, or None when it heads
        none. A numbered title heads its sub-chapters only when every chapter up to the next
        numbered one is its sub-chapter (an unnumbered one may be under it or not)."""
        title, later = self.chapters[index].title, self.chapters[index + 1 :]
        label = part_label(title)
        number = section_number(title) if label is None else None
        if label is None and number is None:
            return None
        under: list[Chapter] = []
        for chapter in later:
            if number is not None and not sub_numbered(chapter.title, number):
                break
            if label is not None and not numbered_under(chapter.title, label):
                break
            under.append(chapter)
        after = later[len(under)] if len(under) < len(later) else None
        if number is not None and after is not None and not NUMBERED_TITLE.match(after.title):
            return None
        return under

    def prose_under_table(self, text: str, where: str) -> None:
        """A paragraph of prose straight under the last table ("Anställning upp till 6
        månader är verkställighet."): the chapter's note when a title or the end follows,
        the next point's introduction when the chapter's points go on."""
        chapter = self.chapters[-1] if self.chapters else None
        if chapter is None or not chapter.points:
            self._sub_heading(text, where)
            return
        if self.under_table is None or self.under_table[0] is not chapter:
            self.under_table = (chapter, [], where)
        self._sub_heading(text, where)
        self.under_table[1].append(self.pending_heading[-1])

    def keep_note_under_table(self) -> None:
        """The prose under the last table, still waiting when a title (or the end) comes: the
        note of the chapter whose table it stood under, printed after its points."""
        found, self.under_table = self.under_table, None
        if found is None:
            return
        chapter, lines, where = found
        if not lines or self.pending_heading[-len(lines) :] != lines:
            return  # read as the introduction of a point since
        del self.pending_heading[-len(lines) :]
        self.headings_read -= len(lines)  # a note, not a sub-heading
        text = "\n".join(lines)
        chapter.note = join_text(chapter.note, text, "\n")
        self.report.change(where, text, f"text under tabellen: står under ”{chapter.title}”")

    def title(self, text: str, where: str = "", numbered_only: bool = False) -> None:
        """A chapter title from outside the tables (a Word heading, the line before a table)."""
        self.keep_note_under_table()
        match = NUMBERED_TITLE.match(text)
        if match:
            self._numbered_title(text, match.group(1), where)
        elif not numbered_only:
            self._forget_pending_title()
            self.pending_title = (text, where)

    def _numbered_title(self, text: str, number: str, where: str) -> None:
        """A chapter at the chapters' depth (or above), a sub-heading below it. Until a chapter
        has points the depth is not settled: "2 Delegeringar" then "2.1 Allmänna ärenden"
        makes 2.1 the chapter."""
        depth = title_depth(number)
        settled = any(c.points for c in self.chapters)
        if self.chapter_depth is None or depth <= self.chapter_depth or not settled:
            if self.chapter_depth is None or not settled:
                self.chapter_depth = depth
            self._new_chapter(text)
        else:
            self._sub_heading(text, where)

    def _new_chapter(self, title: str) -> Chapter:
        title = one_line_title(title)
        current = self.chapters[-1] if self.chapters else None
        if current is not None and continuation_line(title):
            self.report.drop("Kapitel", title, "raden säger bara att tabellen fortsätter")
            return current
        if current is not None and same_title(current.title, title):
            if search_key(current.title) != search_key(title):  # "… (forts.)"
                self.report.merge("Kapitel", title, "kapitlets rubrik igen på nästa sida")
            return current  # the chapter's title repeated on the next page
        self._forget_pending_title()
        # A row of prose across the table under a title ("B Regionövergripande uppdrag" /
        # "Avser hela regionens verksamhet. …" / "B 1 Personal"): the scope of the chapters
        # after it, printed before their first point.
        self.keep_note_under_table()
        scope = self.pending_heading if self.pending_heading == self.scope else []
        self.pending_heading = [] if scope else self.pending_heading
        self._forget_heading("kapitlet tar slut innan någon punkt följer")
        self.pending_heading = scope
        chapter = Chapter(title=title, part=self.part)
        self.chapters.append(chapter)
        return chapter

    def _take_subtitle(self, chapter: Chapter) -> None:
        if self.pending_subtitle and not chapter.subtitle and not chapter.points:
            chapter.subtitle = self.pending_subtitle
        elif self.pending_subtitle:
            self._sub_heading(self.pending_subtitle, "Underrubrik")
        self.pending_subtitle = ""

    def _forget_pending_title(self) -> None:
        if self.pending_title is not None:
            text, where = self.pending_title
            if PART_TITLE.match(text) or LETTERED_TITLE.match(text):
                # "Del A Kommunstyrelsen", or "B Regionövergripande uppdrag" over the heading
                # of the chapter that has the points: the part the chapters after it are in.
                self.begin_part(text, where)
            else:
                self.report.drop(where or "Rubrik", text, "rubrik utan egna punkter")
            self.pending_title = None
            if self.pending_subtitle:
                why = "underrubrik till en rubrik utan egna punkter"
                self.report.drop(where or "Rubrik", self.pending_subtitle, why)
                self.pending_subtitle = ""

    def _forget_heading(self, why: str) -> None:
        if self.pending_heading:
            self.report.drop(self.heading_where, "\n".join(self.pending_heading), why)
            self.pending_heading = []

    def _title_goes_on(
        self, current: Chapter | None, values: dict[str, str], distinct: list[str], where: str
    ) -> bool:
        """A line in lower case with nothing else on the row, straight after a title or a
        sub-heading: the title broken by a page break ("1.7 Beslut enligt lagen om … från den
        offentliga" / "förvaltningen"), never the last point of the chapter before."""
        text = heading_text(values)
        if len(distinct) != 1 or not text[:1].islower():
            return False
        if any(values.get(name, "").strip() for name in CONTENT_FIELDS):
            return False
        if self.pending_heading:
            self.pending_heading[-1] = join_text(self.pending_heading[-1], text, " ")
        elif current is not None and not current.points:
            current.title = join_text(current.title, text, " ")
        else:
            return False
        self.report.merge(where, text, "rubriken fortsätter efter sidbrytning")
        return True

    def _sub_heading(self, text: str, where: str) -> None:
        text = join_broken_lines(clean_text(text)[0])
        current = self.chapters[-1] if self.chapters else None
        if current is not None and same_title(current.title, text):
            # "Forts. 2 Ekonomi", "2 Ekonomi (forts.)" in a row over the next page's points.
            self.report.merge(where, text, "kapitlets rubrik igen på nästa sida")
            return
        one_line = "\n" not in text and len(text) <= 80
        first_of_chapter = current is not None and not current.points and not current.subtitle
        numbered = bool(NUMBERED_TITLE.match(text))
        if first_of_chapter and one_line and not self.pending_heading and not numbered:
            current.subtitle = text  # type: ignore[union-attr]
            return
        if not self.pending_heading:
            self.heading_where = where
        self.pending_heading.append(text)
        self.headings_read += 1

    def _chapter_for_point(self, title: str | None) -> Chapter:
        if title:
            return self._new_chapter(title)
        if self.pending_title is not None:
            text, _ = self.pending_title
            self.pending_title = None
            # A sub-heading read after the title (prose under it) belongs to the new chapter.
            headings, self.pending_heading = self.pending_heading, []
            chapter = self._new_chapter(text)
            self.pending_heading = headings
            self._take_subtitle(chapter)
            return chapter
        if self.chapters:
            return self.chapters[-1]
        return self._new_chapter(DEFAULT_CHAPTER)


_OWN_NUMBER = re.compile(r"\s*([A-ZÅÄÖ]?\d+(?:\.\d+)*)[.)]?\s")


def _chapters(numbers: list[int], chapters: list[Chapter]) -> str:
    """The chapters a part heads as the document numbers them ("4.1–4.3" under "4 Barn och
    unga"), by their order in the file where one has no number of its own ("1–3")."""
    own = [_OWN_NUMBER.match(chapter.title) for chapter in chapters]
    if not all(own):
        return number_runs(numbers)
    named = [match[1] for match in own if match]
    if len(named) == 1 or numbers != list(range(numbers[0], numbers[-1] + 1)):
        return ", ".join(named)
    return f"{named[0]}\u2013{named[-1]}"
