"""The document header of a Word delegationsordning (title, Beslutad av, Giltigt från, Dnr,
Ansvarig förvaltning …), wherever it is written: "Label: value" lines, labels without colon,
a table of "Label | value" cells, labels over their values in one cell, or a row of labels
over a row of values."""

from __future__ import annotations

import re

from ksdesk.core.delegation import Revision
from ksdesk.core.dnr import dnr_alone
from ksdesk.core.import_report import ImportReport
from ksdesk.core.lookalike import search_key
from ksdesk.interchange.delegation_docx_front import revision_lines
from ksdesk.interchange.delegation_header_labels import label_of
from ksdesk.interchange.delegation_header_lines import (
    SERIES,
    SERIES_FIELD,
    SERIES_NUMBER_LINE,
    in_label_block,
    page_cells,
)
from ksdesk.interchange.delegation_header_pairs import (
    header_pairs,
    header_table_pairs,
    own_label_pair,
)

# The document header --------------------------------------------------------------------------

_VALUE_MAX = 80
# "Label: value" with a label ksdesk may not know: a field of its own, never a value.
_OWN_LABEL = re.compile(r"^[A-ZÅÄÖ][\w .,/()-]{1,38}:\s+\S")


def _page_shape(rows: list[list[str]]) -> list[list[str]]:
    """A table's cells with their figures as "#": the same header on page 1 and on page 2."""
    return [[re.sub(r"\d+", "#", " ".join(c.split())) for c in row] for row in rows]


def _sectioned(intro: list) -> bool:
    """The introduction has a section under a heading: "Label: value" lines there are its
    text (a list of the kontor's delegates, "Delegat: Miljöinspektör", under "Delegater"),
    not the fields of the document under its title."""
    return any(section.heading for section in intro)


class HeaderReader:
    """The header's fields as they are found, each once: a second value for a field, a label
    written otherwise than ours and a header table's cells that are neither label nor value
    are lines in the report."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        self.fields: dict[str, str] = {}
        self.series_open = False  # the series' name was the line before: its number may follow
        self.label_open: str | None = None  # a label alone on the line before: its field
        self.label_heading = False  # that label was a Word heading
        self.tables: list[list[list[str]]] = []  # the header's tables, as page_shape has them

    def line(self, pairs: list[tuple[str, str, str]], where: str, heading: bool = False) -> bool:
        """The fields of a paragraph; a label alone ("Dokumentet gäller för") waits for its
        value on the next line. True when the line held a field."""
        self.keep(pairs, where)
        self.label_open = pairs[-1][0] if len(pairs) == 1 and not pairs[0][1] else None
        self.label_heading = heading
        return bool(pairs)

    def paragraph(self, text: str, where: str, heading: bool, blocks, intro: list) -> bool:
        """The fields of a paragraph before the points; `blocks` the document's block texts
        and this one's index, for a "Label: value" line whose label ksdesk has no field for
        among others (delegation_header_lines.in_label_block); `intro` what the
        introduction has so far (a diarienummer alone is the header's only above its first
        heading: "IF 2025-00116" under the nämnd's name, Kungsbacka)."""
        if not _sectioned(intro) and self.dnr_line(" ".join(text.split()), where):
            return True
        pairs = header_pairs([text])
        own = None if pairs or heading or _sectioned(intro) else in_label_block(*blocks)
        return self.own_label(*own, where) if own else self.line(pairs, where, heading)

    def own_label(self, label: str, value: str, where: str) -> bool:
        """A "Label: value" line among others under the title whose label ksdesk has no
        field for: a field of its own, as in a header table."""
        if label in self.fields:
            return False
        self.fields[label] = value
        self.report.change(where, f"{label}: {value}", "bland dokumenthuvudets uppgifter")
        return True

    def dnr_line(self, text: str, where: str) -> bool:
        """A diarienummer alone on a line at the head of the document ("PBN-2014-0040" over
        the title): the header's Diarienummer."""
        if "Diarienummer" in self.fields or not dnr_alone(text):
            return False
        self.fields["Diarienummer"] = text
        self.report.change(where, text, "diarienumret på en rad för sig: står under ”Diarienummer”")
        return True

    def value_below(self, text: str, where: str, heading: bool) -> bool:
        """The line under a label written alone ("Alla verksamheter inom äldrenämndens
        ansvarsområde" under "Dokumentet gäller för"): its value. True when it was one."""
        name, self.label_open = self.label_open, None
        if name is None or heading or self.fields.get(name) or header_pairs([text]):
            return False  # no label waits, or the line is a field of its own
        if _OWN_LABEL.match(text):
            return False  # "Beslutande: …" under "Diarienummer:": a label of its own
        # A heading's one short sentence ("Dokumentet gäller för" / "Verksamhet inom
        # förbundsstyrelsens ansvarsområden.") is its value; under a label line it is prose.
        one_sentence = self.label_heading and not re.search(r"[.!?]\s", text)
        if len(text) > _VALUE_MAX or (text.endswith(".") and not one_sentence):
            return False  # a sentence of the introduction, not a value

        self.fields[name] = text
        self.report.change(where, text, f"står under ”{name}”")
        return True

    def series(self, text: str, where: str) -> bool:
        """The name of the författningssamling, and its number on the next line: a field of
        the header (a secretary finds it there, and in print above the points), not the
        introduction's first words. True when the line was one of them."""
        number = SERIES_NUMBER_LINE.match(text) if self.series_open else None
        self.series_open = False
        if number and SERIES_FIELD in self.fields:
            self.fields[SERIES_FIELD] = f"{self.fields[SERIES_FIELD]} {text}"
            self.report.change(
                where, text, f"författningssamlingens nummer: under ”{SERIES_FIELD}”"
            )
            return True
        found = SERIES.match(text)
        if not found or SERIES_FIELD in self.fields:
            return False
        self.fields[SERIES_FIELD] = text
        self.series_open = not found["number"]
        why = f"författningssamlingens namn: står i dokumenthuvudet under ”{SERIES_FIELD}”"
        self.report.change(where, text, why)
        return True

    def keep(self, pairs: list[tuple[str, str, str]], where: str) -> None:
        for name, value, written in pairs:
            label = written.rstrip(":").rstrip()  # "Fastställt av:" in a cell of its own
            if name in self.fields:
                if value and value != self.fields[name]:
                    self.report.drop(where, f"{label}: {value}", f"{name} stod redan i huvudet")
                continue
            self.fields[name] = value
            if search_key(label) != search_key(name):
                self.report.change(where, f"{label}: {value}", f"står under ”{name}”")

    def table(self, rows: list[list[str]], where: str) -> bool:
        """A table of the document header (labels and values): read, and True."""
        pairs = header_table_pairs(rows)
        if not pairs:
            return False
        self.tables.append(_page_shape(rows))
        # Rows no pair has read (a row of values under a row of labels has been).
        read = {search_key(text) for pair in pairs for text in pair[1:]}
        unread = [row for row in rows if not any(search_key(c) in read for c in row if c.strip())]
        pairs += [pair for row in unread for pair in own_label_pair(row)]
        self.keep(pairs, where)
        used = {search_key(x) for pair in pairs for x in pair}
        for label, number in page_cells(rows):  # "Sida" over "1:26"
            self.report.drop(where, f"{label} {number}", "sidans nummer: gäller inte i ksdesk")
            used |= {search_key(label), search_key(number)}
        for row in rows:
            for text in dict.fromkeys(c.strip() for c in row if c.strip()):
                key = search_key(text)
                is_label = label_of(text.split("\n")[0]) is not None
                is_value = any(search_key(v) in key for _, v, _ in pairs if v)
                if key not in used and not is_label and not is_value:
                    self.report.drop(where, text, "i dokumenthuvudet utan känd rubrik")
        return True

    def repeated(self, rows: list[list[str]], where: str) -> bool:
        """The header's table again, at the head of a later page (typed in the text, as a
        PDF turned into Word has it; only its page number differs): one line in the report."""
        if _page_shape(rows) not in self.tables:
            return False
        text = " | ".join(dict.fromkeys(c.strip() for c in rows[0] if c.strip()))
        self.report.drop(where, text, "dokumenthuvudets tabell igen, överst på en ny sida")
        return True

    def page_header(self, sections) -> None:
        """The fields a kommun's template keeps in Word's page header ("Dnr KS 2019/55",
        "Beslutad av | Kommunstyrelsen") and not in the text: read after the body, so what
        the body says comes first. The rest of a page header (a logo's caption, the page
        number) is page furniture, not the ordning's content."""
        said: set[str] = set()
        for header in _own_parts(sections, "header"):
            pairs = []
            for paragraph in header.paragraphs:
                found = header_pairs([paragraph.text])
                pairs += found
                if not found:
                    self._header_text(paragraph.text, said)
            for table in header.tables:
                pairs += header_table_pairs([[c.text for c in row.cells] for row in table.rows])
            self.keep([pair for pair in pairs if pair[0] not in self.fields], "Sidhuvud i Word")

    def _header_text(self, text: str, said: set[str]) -> None:
        """A page header's line that is no field ("Delegeringsförteckning  Kungsbacka
        kommun", ksdesk's own "Ludvika kommun · <title>  <version> – utkast") is page
        furniture, as a logo is: named once among the report's read lines, so no word of it
        goes unsaid, unless it is a page number, an address block or says only the fields."""
        text = " ".join(_without_page_number(text).split())
        key = search_key(text)
        known = _WORD.findall(search_key(" ".join(self.fields.values())))
        if not set(_WORD.findall(key)) - set(known) or key in said or ADDRESS_BLOCK.search(text):
            return
        said.add(key)
        self.report.read.append(f"Sidhuvud i Word, läses inte in: {text}")

    def page_footer(self, sections) -> list[Revision]:
        """What Word's page footer says of the ordning, read after the body and the page
        header with the page's number left out: an adoption printed at the foot of every
        page ("Fastställd på Barn- och utbildningsnämnden 2011-08-25 Sida 8") is a row of the
        revision table, returned; a "Label: value" a header field. An address block is page
        furniture, as the page header's logo is; any other footer text is a report line."""
        revisions: list[Revision] = []
        read: set[str] = set()
        for footer in _own_parts(sections, "footer", every=True):
            texts = [p.text for p in footer.paragraphs]
            texts += [c.text for table in footer.tables for row in table.rows for c in row.cells]
            for text in dict.fromkeys(_without_page_number(t) for t in texts):
                if text in read:
                    continue  # the same footer again in a later section
                read.add(text)
                pairs = [pair for pair in header_pairs([text]) if pair[1]]
                adopted = revision_lines(text)
                if adopted:
                    revisions += adopted
                    why = "sidfotens rad om beslutet: står i revisionstabellen"
                    self.report.change("Sidfot i Word", text, why)
                elif pairs:
                    self.keep(pairs, "Sidfot i Word")  # a field the body gave: one line
                elif text and not ADDRESS_BLOCK.search(text):
                    self.report.drop("Sidfot i Word", text, "sidfotens text läses inte in")
        return revisions


_WORD = re.compile(r"[^\W_]+")
# The förvaltning's address block ("Sundbybergs stad, 172 92 Sundbyberg BESÖKSADRESS …"):
# page furniture, as the page header's logo is.
ADDRESS_BLOCK = re.compile(
    r"\b(?:post|besöks)adress|\btelefon\b|\be-?post\b|\borg(?:anisations)?\.?\s?nr"
    r"|\b(?:bank|plus|post)giro\b|\bwww\.|\b\d{3}\s\d{2}\s+[A-ZÅÄÖ]",
    re.IGNORECASE,
)


# "Sida 8", "Sida 8 av 15", "sid 2 (15)", "8 (15)", "- 8 -", a page's number alone.
_PAGE_NUMBER = re.compile(
    r"(?:^|\s)(?:(?:sida|sid\.?|s\.)\s*\d+(?:\s*(?:av|/)\s*\d+|\s*\(\d+\))?"
    r"|\d+\s*\(\d+\))\s*$|^-?\s*\d+\s*-?$",
    re.IGNORECASE,
)


def _without_page_number(text: str) -> str:
    return _PAGE_NUMBER.sub("", " ".join(text.split())).strip()


def _own_parts(sections, kind: str, every: bool = False) -> list:
    """The first section's own `kind` ("header", "footer") parts, the first page's first when
    it has one of its own; with `every`, those of each later section with a part of its own
    too (the landscape pages of the tables, their footer written anew)."""
    parts = []
    for section in list(sections)[: None if every else 1]:
        if section.different_first_page_header_footer:
            parts.append(getattr(section, f"first_page_{kind}"))
        parts.append(getattr(section, kind))
    return [part for part in parts if not part.is_linked_to_previous]
