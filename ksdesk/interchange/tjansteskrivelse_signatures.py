"""The signatures at a tjänsteskrivelse's end as templates print them: a name over a title on
two lines or in one paragraph, a title over a name where the text ends, "Maria Skoglund,
kommundirektör" on one line, side by side in a table (each cell a name over a title, or a
row of names over a row of titles), and a förvaltning's name over them (which ksdesk has no
field for: a line in the report). The Body reader (tjansteskrivelse_body) mixes these in."""

from __future__ import annotations

import re

from ksdesk.core.import_report import ImportReport
from ksdesk.core.meeting import Signatory, Tjansteskrivelse
from ksdesk.core.written_dates import read_written_date
from ksdesk.interchange import tjansteskrivelse_words as words
from ksdesk.interchange.given_names import GIVEN_NAMES
from ksdesk.interchange.tjansteskrivelse_blocks import Block, Grid, Line

_PLACE = re.compile(r"^[A-ZÅÄÖ][\wåäö-]+( [A-ZÅÄÖ][\wåäö-]+)?$")  # "Kungsbacka", "Upplands Väsby"
_DOCUMENTS = ("beslutsunderlag", "underlag för beslut", "handlingar i ärendet")


class Signatures:
    ts: Tjansteskrivelse
    report: ImportReport
    mode: str

    def _grid_signatures(self, grid: Grid) -> bool:
        """Signatures side by side in a table: each cell a name over its title, or a row of
        names over a row of their titles (Kungsbacka, Österåker, Nynäshamn: "Tommy
        Fabricius | Johan Westin" over "kommundirektör | ekonomichef")."""
        cells = [[p.strip() for p in cell.split("\n") if p.strip()] for cell in grid.cells]
        if cells and all(
            len(c) >= 2 and words.name_like(c[0]) and all(map(words.title_like, c[1:]))
            for c in cells
        ):
            self.ts.signatories += [Signatory(c[0], ", ".join(c[1:])) for c in cells]
            return True
        if (
            cells
            and all(len(c) == 1 for c in cells)
            and self._named_side_by_side([c[0] for c in cells])
        ):
            return True
        rows = [[" ".join(cell.split()) for cell in row] for row in grid.rows]
        if len(rows) == 2 and len([c for c in rows[0] if c]) == len([c for c in rows[1] if c]):
            rows = [[c for c in row if c] for row in rows]  # a PDF's columns set apart by tabs
        if len(rows) != 2 or len(rows[0]) != len(rows[1]):
            return False
        pairs = [(name, title) for name, title in zip(*rows, strict=True) if name or title]
        signed = all(
            words.name_like(name)
            and words.title_like(title)
            and not (words.name_like(title) or words.is_organ(title))
            for name, title in pairs
        )  # and one an official's title: "Eva Lund | Per Ek" over two nämnder is text
        if not pairs or not signed or not any(words.job_title(title) for _n, title in pairs):
            return False
        self.ts.signatories += [Signatory(name, title) for name, title in pairs]
        return True

    def _named_side_by_side(self, parts: list[str]) -> bool:
        """ "Katarina Öryd, förvaltningschef" beside "Kasra Hassirian, förvaltningsjurist":
        each cell of a table's row (a PDF gives the row as one line, the cells apart by a
        tab) a signature on one line."""
        cells = [" ".join(part.split()) for part in parts if part.strip()]
        if not cells or not all(words.name_and_title(cell) for cell in cells):
            return False
        if len(cells) < 2 and len(parts) > 1:
            return False
        for cell in cells:  # the title as written, as beside a name in a table's rows
            name, _comma, title = cell.partition(",")
            self.ts.signatories.append(Signatory(name.strip(), title.strip()))
        return True

    def _place_and_date(self, line: Line) -> bool:
        """ "Kungsbacka den 1 juli 2025" over the signatures: where and when they signed,
        which the tjänsteskrivelse's Datum says; a line in the report."""
        place, den, when = " ".join(line.text.split()).partition(" den ")
        if not den or not _PLACE.match(place) or read_written_date(when) is None:
            return False
        self.report.drop(line.where, line.text.strip(), "ort och datum över underskrifterna")
        return True

    def _signature_lines(self, line: Line) -> bool:
        """ "Maria Skoglund\\nKommundirektör" in one paragraph; an upper-case förvaltning over
        the names ("SOCIALKONTORET") goes to the report."""
        lines = [part.strip() for part in line.text.split("\n") if part.strip()]
        if len(lines) == 1 and lines[0].isupper() and words.is_forvaltning(lines[0]):
            self.report.drop(line.where, lines[0], "förvaltningens namn över underskrifterna")
            return True
        titled = all(words.title_like(rest) for rest in lines[1:])
        if 2 <= len(lines) <= 3 and words.name_like(lines[0]) and titled:
            self.ts.signatories.append(Signatory(lines[0], ", ".join(lines[1:])))
            return True
        return False

    def _signature_ends_list(self, line: Line) -> bool:
        """Under Beslut skickas till, a name over an official's title in one paragraph
        ("Renate Rondolph" over "Verksamhetschef"): the signature after the list, no
        recipient."""
        lines = [part.strip() for part in line.text.split("\n") if part.strip()]
        if len(lines) != 2 or not words.name_like(lines[0]) or not words.job_title(lines[1]):
            return False
        self.ts.signatories.append(Signatory(lines[0], lines[1]))
        self.mode = "section"
        return True

    def _unit_over_signature(self, line: Line, following: Block | None) -> bool:
        """The unit in capitals on a line of its own over a signature ("SAMHÄLLSBYGGNAD"
        over "Agneta Johansson"), or a förvaltning's name over the signer's title
        ("Socialförvaltningen" over "Direktör"): the förvaltning, which ksdesk has no field
        for."""
        text = line.text.strip()
        if "\n" in text or len(text.split()) > 4 or not isinstance(following, Line):
            return False
        if not text.isupper():
            titled = words.is_forvaltning(text) and words.job_title(following.text)
            if titled and not line.heading:
                self.report.drop(line.where, text, "förvaltningens namn över underskriften")
            return titled and not line.heading
        signed = words.name_like(following.text.split("\n")[0]) or words.name_and_title(
            following.text
        )
        if not signed:
            return False
        self.report.drop(line.where, text, "förvaltningens namn över underskrifterna")
        return True

    def _signature_pair(self, line: Block, following: Block | None, after: Block | None) -> bool:
        """A name on one line and the title on the next; under Beslut skickas till only an
        official's title where the text ends (the signature after the list)."""
        if self.mode == "bilagor" or not isinstance(line, Line):
            return False
        if not isinstance(following, Line) or following.heading or line.heading:
            return False
        ends = after is None or (isinstance(after, Line) and after.heading)
        if self.mode == "send" and not (ends and words.job_title(following.text)):
            return False
        if words.name_like(line.text) and words.title_like(following.text):
            self.ts.signatories.append(Signatory(line.text.strip(), following.text.strip()))
            return True
        return False

    def _names_over_titles(self, line: Block, following: Block | None) -> bool:
        """A row of names over a row of titles, the columns apart by a tab (Kungsbacka:
        "Katarina Öryd\tHanna Ståhl" over "Förvaltningschef\tVerksamhetschef"), in any part:
        they end Beslutet skickas till, whose list they follow."""
        if not isinstance(line, Line) or not isinstance(following, Line) or following.heading:
            return False
        return not line.heading and self._side_by_side([line.text, following.text])

    def _columns_in_one(self, line: Line) -> bool:
        """The same rows in one paragraph, a line break between them (walk30: "Katarina
        Öryd\t\tTina Carlson" over "Förvaltningschef\t\tVerksamhetschef"), which read as
        one name over one title would be one signer named after both."""
        rows = [row for row in line.text.split("\n") if row.strip()]
        return not line.heading and len(rows) >= 2 and self._side_by_side(rows)

    def _side_by_side(self, rows: list[str]) -> bool:
        """Two or more signers in columns apart by tabs: names in the first row, each one's
        title in the rows under it (a second row of titles joins the first with a comma)."""
        columns = [[" ".join(p.split()) for p in row.split("\t") if p.strip()] for row in rows]
        names, titled = columns[0], columns[1:]
        if len(names) < 2 or any(len(row) != len(names) for row in titled):
            return False
        titles = [", ".join(row[i] for row in titled) for i in range(len(names))]
        signed = all(map(words.name_like, names)) and all(
            words.title_like(title) for row in titled for title in row
        )
        if not signed or not any(words.job_title(row[0]) for row in zip(*titled, strict=True)):
            return False
        self.ts.signatories += [Signatory(n, t) for n, t in zip(names, titles, strict=True)]
        self.mode = "section" if self.mode == "send" else self.mode
        return True

    def _title_over_name(self, line: Block, following: Block | None, after: Block | None) -> bool:
        """The title on one line and the name on the next ("Direktör" over "Jan Holmlund"),
        where the text ends: nothing after them but a heading."""
        if self.mode in ("send", "bilagor") or not isinstance(line, Line) or line.heading:
            return False
        if not isinstance(following, Line) or following.heading:
            return False
        ends = after is None or (isinstance(after, Line) and after.heading)
        if ends and words.job_title(line.text) and words.name_like(following.text.strip()):
            self.ts.signatories.append(Signatory(following.text.strip(), line.text.strip()))
            return True
        return False

    def _signature_comma(self, line: Line, following: Block | None) -> bool:
        """ "Maria Skoglund, kommundirektör" on one line, where the text has ended: the
        next block is a heading, another such line, or nothing."""
        signed = words.name_and_title(line.text.strip())
        if signed is None or line.heading:
            return False
        # under Beslutsunderlag a line names a document ("Rapport Medborgarförslag,
        # förslagslåda och e-förslag"): a signature there starts with a given name
        listing = self.ts.sections and words.key(self.ts.sections[-1].heading) in _DOCUMENTS
        if listing and signed[0].split()[0].lower() not in GIVEN_NAMES:
            return False
        ends = (
            following is None
            or (isinstance(following, Line) and following.heading)
            or (isinstance(following, Line) and words.name_and_title(following.text.strip()))
            or (isinstance(following, Line) and _part_heading(following.text))
        )
        if not ends:
            return False
        self.ts.signatories.append(Signatory(*signed))
        return True


def _part_heading(text: str) -> bool:
    return words.is_send_heading(text) or words.is_bilagor_heading(text)
