"""The paragraphs' half of delegation_docx that reads the front matter: a table of contents
(dropped with one line in the report: its page numbers mean nothing in ksdesk), a revision
history written as lines (into the revisions) and running headers typed as body text.

A table of contents may group its lines under a line without a page number ("Utskott" over
"3.1 Arbetsutskottet … 7"). Such a line does not end the contents when page-numbered lines
follow it: without looking ahead, every line after the group went into the introduction.
Nor does a line without a page number that is the title of a heading further on (the
contents' last lines, where Word left their page numbers out), and a run of such lines under
the title, one with a page number at least, is the contents even with no heading over it.
"""

from __future__ import annotations

from dataclasses import replace

from ksdesk.core.delegation import Revision
from ksdesk.core.import_report import ImportReport, count
from ksdesk.core.listing import and_listed
from ksdesk.core.page_key import page_key
from ksdesk.interchange import delegation_docx_front as front
from ksdesk.interchange.column_map import heading_key

# Group lines in a row a table of contents may have before its next page-numbered line
# ("Del A Kommunstyrelsen", then "Utskott").
_GROUP_LINES = 2
_GROUP_MAX = 80  # characters: longer is a sentence, not a group's name
_HEADLESS_LINES = 3  # lines of a contents without its heading, at least


class FrontMatter:
    """_State holds the state below; `blocks_ahead` are the texts of the blocks after the
    one being read (None for a table)."""

    report: ImportReport
    revisions: list[Revision]
    toc: list[str]  # where the table of contents began, its heading, its lines
    running: set[str]
    running_seen: dict[str, tuple[str, int]]
    block_texts: list[str | None]
    block_index: int
    header: dict[str, str]
    adopted: list[tuple[int, dict[str, str]]]  # a revision line's report line, its fields

    def _style(self, paragraph) -> str:
        raise NotImplementedError

    def _front_matter(self, paragraph, text: str, heading: bool, where: str) -> bool:
        """A table of contents or a revision history written as lines: True when the line
        was one of theirs."""
        if front.is_toc_heading(text):
            self.end_toc()
            self.toc = [where, text]
            return True
        if self.toc:
            toc_style = self._style(paragraph).lower().startswith("toc")
            entry = not heading and (front.is_toc_entry(text) or front.is_toc_number(text))
            named = not heading and self._named_further_on(text, self.block_index + 1)
            if toc_style or entry or named or (not heading and self._toc_group(text)):
                self.toc.append(text)
                return True
            self.end_toc()
        if not heading and self._contents_without_heading(paragraph):
            self.toc = [where, "", text]
            return True
        revisions, fields = ([], {}) if heading else front.adoption_line(text)
        if revisions:
            self.revisions += revisions
            self.report.change(where, text, "står i revisionstabellen")
            if fields:  # into the header at the end: a field the header names itself wins
                self.adopted.append((len(self.report.changed) - 1, fields))
            return True
        return False

    def header_from_adoption(self) -> None:
        """The header fields that the adoption and revision lines give ("Fastställd av
        regionstyrelsen 2014-12-04, att gälla från 2015-01-01") where the header has none of
        its own, said in the line's report line. The adoption's Beslutad stays; a later
        revision's day of validity replaces the adoption's (the version applies from it)."""
        own = set(self.header)
        for index, fields in self.adopted:
            filled = {n: v for n, v in fields.items() if n not in own}
            for name, value in filled.items():
                if name == "Giltigt från" or name not in self.header:
                    self.header[name] = value
            line = self.report.changed[index]
            if filled:
                said = and_listed(f"{v} under ”{n}”" for n, v in filled.items())
                self.report.changed[index] = replace(line, why=f"{line.why}; i huvudet {said}")

    def _toc_group(self, text: str) -> bool:
        """A short line without a page number inside the contents, with page-numbered lines
        after it (at most one more such line between): a group of the contents."""
        if len(text) > _GROUP_MAX or text.endswith((".", ":")):
            return False
        groups = 0
        for ahead in self.block_texts[self.block_index + 1 :]:
            if ahead is None:
                return False  # a table: the contents ended
            line = " ".join(ahead.split())
            if not line:
                continue
            if front.is_toc_entry(line) or front.is_toc_number(line):
                return True  # "Bygglov" over its page number "10" on a line of its own
            groups += 1
            if groups >= _GROUP_LINES or len(line) > _GROUP_MAX:
                return False
        return False

    def _named_further_on(self, text: str, start: int) -> bool:
        """A short line of the contents without a page number ("Livsmedel, foder och
        animaliska biprodukter" last in the list): the title of a heading further on."""
        if len(text) > _GROUP_MAX or text.endswith("."):
            return False
        key = heading_key(front.toc_title(text))
        return bool(key) and any(t and heading_key(t) == key for t in self.block_texts[start:])

    def _contents_without_heading(self, paragraph) -> bool:
        """The contents written under the title with no heading of its own: from this line a
        run of at least three short lines, each the title of a heading further on, with a
        page number on one at least ("Regler kring delegering" … "Delegationsordning för
        barn- och utbildningsnämnden<tab>6")."""
        if "Dokumentnamn" not in self.header or self._style(paragraph).startswith("Title"):
            return False
        run, numbered = 0, False
        for index in range(self.block_index, len(self.block_texts)):
            text = " ".join((self.block_texts[index] or "").split())
            if not text or not self._named_further_on(text, index + 1):
                break
            run, numbered = run + 1, numbered or front.is_toc_entry(text)
        return run >= _HEADLESS_LINES and numbered

    def end_toc(self) -> None:
        if self.toc:
            where, heading, entries = self.toc[0], self.toc[1], self.toc[2:]
            lines = count(len(entries), "rad", "rader")
            if heading:
                why = f"innehållsförteckning, {lines}: sidnumren gäller inte i ksdesk"
                self.report.drop(where, f"{heading}: {'; '.join(entries)}", why)
            else:
                why = f"innehållsförteckning utan rubrik, {lines}: sidnumren gäller inte i ksdesk"
                self.report.drop(where, "; ".join(entries), why)
        self.toc = []

    def _running(self, text: str) -> bool:
        key = page_key(text)
        if key not in self.running:
            return False
        first, seen = self.running_seen.get(key, (text, 0))
        self.running_seen[key] = (first, seen + 1)
        return True

    def report_running(self) -> None:
        for first, seen in self.running_seen.values():
            times = "en gång" if seen == 1 else f"{seen} gånger"
            why = f"stod som text {times}, med sidnummer eller upprepat"
            self.report.drop("Sidhuvud eller sidfot", first, why)
