"""The body of a Word tjänsteskrivelse, after its title: the att-satser under Förslag till
beslut (a Word list, typed numbers, "att"-paragraphs or "- " lines; split between the organ
and fullmäktige by their headings), the sections (a heading style, a bold line, or a heading
every template uses), the signatures (a name over a title, on two lines or side by side in a
table), the bilagor named and Beslut skickas till.

Every paragraph and table lands in one of those, or in the report: the bilagor named are the
ärende's files in ksdesk, so each is a line in the report; text before the first heading
goes into a section of its own, named so."""

from __future__ import annotations

from ksdesk.core.import_report import ImportReport
from ksdesk.core.meeting import Forslag, Section, Tjansteskrivelse
from ksdesk.interchange import tjansteskrivelse_words as words
from ksdesk.interchange.tjansteskrivelse_blocks import Block, Grid, Line
from ksdesk.interchange.tjansteskrivelse_lead import lead_and_att
from ksdesk.interchange.tjansteskrivelse_signatures import Signatures

UNHEADED = "Övrigt"  # the section for text the Word file gave no heading
_BILAGA_WHY = (
    "bilagor nämns i tjänsteskrivelsen men är ärendets egna filer i ksdesk: bifoga filen under "
    "Bilagor, så skrivs listan ut under tjänsteskrivelsen"
)


class Body(Signatures):
    def __init__(self, ts: Tjansteskrivelse, report: ImportReport) -> None:
        self.ts = ts
        self.report = report
        self.mode = "section"  # "forslag" | "section" | "send" | "bilagor"
        self.group = ""
        self.parts: dict[int, list[tuple[bool, str]]] = {}  # section → (list item?, text)
        self.before = len(ts.sections)  # the letterhead's sections, read before the body

    def read(self, blocks: list[Block]) -> None:
        index = 0
        while index < len(blocks):
            block = blocks[index]
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            after = blocks[index + 2] if index + 2 < len(blocks) else None
            if isinstance(block, Grid):
                self._grid(block)
            elif (
                self._names_over_titles(block, following)
                or self._signature_pair(block, following, after)
                or self._title_over_name(block, following, after)
            ):
                index += 1
            else:
                self._line(block, following)
            index += 1
        for position, parts in self.parts.items():
            self.ts.sections[position].text = _joined(parts)

    # Lines --------------------------------------------------------------------------------

    def _line(self, line: Line, following: Block | None) -> None:
        text = line.text
        if self._heading(line, following) or self._place_and_date(line):
            return
        if "\t" in text and (
            self._columns_in_one(line) or self._named_side_by_side(text.split("\t"))
        ):
            return
        if self.mode == "send" and self._signature_ends_list(line):
            return
        if self.mode not in ("send", "bilagor") and (
            self._unit_over_signature(line, following)
            or self._signature_lines(line)
            or self._signature_comma(line, following)
        ):
            return
        if self.mode == "forslag" and words.ends_forslag(text):
            self.mode = "section"  # "… anför följande.": the motivation's first line
        if self.mode == "forslag":
            self._att(line)
        elif self.mode == "send":
            for part in text.split("\n"):
                known = self.ts.beslut_skickas_till
                self.ts.beslut_skickas_till = words.added_recipients(known, words.unbulleted(part))
        elif self.mode == "bilagor":
            for part in text.split("\n"):
                self.report.drop(line.where, words.unbulleted(part), _BILAGA_WHY)
        else:
            self._text(line)

    def _heading(self, line: Line, following: Block | None) -> bool:
        """Whether `line` starts a part of the tjänsteskrivelse (and which)."""
        text = line.text
        short = line.heading or (len(text) <= 80 and not text.endswith("."))
        inline = words.send_inline(text)
        if inline is not None:
            self.ts.beslut_skickas_till += inline
            return True
        named = words.bilagor_inline(text)
        if named is not None:
            self.report.drop(line.where, named, _BILAGA_WHY)
            return True
        if words.unbulleted(text) != text.strip():  # "• … förslag till beslut 2019-01-21":
            return False  # an item of a list, never a part's heading
        if words.is_rule(text):
            self.report.drop(line.where, text, "en linje av understreck: ingen text")
            return True
        listing = self.mode in ("send", "bilagor") and not line.heading  # "Förslag till
        # budget 2020 … daterad 2019-08-29" under Bilagor: a bilaga, no heading
        if words.is_signature_heading(text):
            self.report.drop(line.where, text, "rubriken över underskrifterna")
            return True
        if words.is_send_heading(text):
            self.mode = "send"
        elif words.is_bilagor_heading(text):
            self.mode = "bilagor"
        elif short and not listing and "\n" not in text and words.forslag_group(text) is not None:
            self.mode, self.group = "forslag", words.forslag_group(text) or ""
        elif self.mode == "forslag" and words.organ_decides(text) is not None:
            why = "vem som beslutar om att-satserna: ksdesk skriver rubriken Förslag till beslut"
            self.report.drop(line.where, text, why)
            self.group = words.organ_decides(text) or ""
        elif words.forslag_lead(text) and (
            self.mode == "forslag"
            or len(self.ts.sections) == self.before
            or line.heading
            or _att_next(following)
        ):
            why = "inledningen till att-satserna: ksdesk skriver rubriken Förslag till beslut"
            self.report.drop(line.where, text, why)
            self.mode = "forslag"
            self.group = words.lead_group(text) or self.group
        elif line.heading or words.known_section(text):
            self.ts.sections.append(Section(heading=text.rstrip(": "), text=""))
            self.mode = "section"
        else:
            return False
        return True

    def _att(self, line: Line) -> None:
        for part in line.text.split("\n"):
            nr, text = words.typed_number(words.unbulleted(part))
            if not text:
                continue
            previous = self.ts.forslag[-1] if self.ts.forslag else None
            if previous is not None and not nr and text[0].islower() and not _att_word(text):
                previous.text = f"{previous.text} {text}"
                self.report.merge(line.where, text, "fortsättning på att-satsen före")
                continue
            group = self.group
            parted = lead_and_att(text)  # "… föreslår regionfullmäktige att …": one sentence
            if parted is not None:
                lead, text, group = parted[0], parted[1], parted[2] or self.group
                why = "inledningen till att-satsen: ksdesk skriver rubriken Förslag till beslut"
                self.report.drop(line.where, lead, why)
            self.ts.forslag.append(Forslag(text=text, nr=nr, group=group))

    def _att_table(self, grid: Grid) -> bool:
        """Whether `grid` is the table an att-sats ends on ("… enligt nedan:"), or that
        table's rows carried on over a page break (as many columns as its last row)."""
        if not self.ts.forslag or not grid.rows:
            return False
        text = self.ts.forslag[-1].text
        last = text.rsplit("\n", 1)[-1]
        return text.endswith(":") or ("\t" in last and last.count("\t") + 1 == len(grid.rows[0]))

    def _text(self, line: Line) -> None:
        if len(self.ts.sections) == self.before:  # not into the letterhead's section
            self.ts.sections.append(Section(heading=UNHEADED, text=""))
            self.report.change(
                line.where, line.text, f"text utan rubrik: ligger i avsnittet {UNHEADED}"
            )
        position = len(self.ts.sections) - 1
        bullet = words.unbulleted(line.text) != line.text.strip()
        for part in line.text.split("\n"):
            listed = line.listed or bullet
            shown = f"- {words.unbulleted(part)}" if listed and not _numbered(part) else part
            self.parts.setdefault(position, []).append((listed, shown.strip()))

    # Tables -------------------------------------------------------------------------------

    def _grid(self, grid: Grid) -> None:
        if self._grid_signatures(grid):
            return
        if len(grid.rows) > 2 and self._grid_signatures(Grid(grid.rows[-2:], grid.where)):
            grid = Grid(grid.rows[:-2], grid.where)  # a PDF joins the signatures to the table
        cells = [[p.strip() for p in cell.split("\n") if p.strip()] for cell in grid.cells]
        if self.mode == "send":
            self.ts.beslut_skickas_till += [words.unbulleted(p) for c in cells for p in c]
            return
        if self.mode == "forslag" and self._att_table(grid):
            rows = ["\t".join(" ".join(cell.split()) for cell in row) for row in grid.rows]
            self.ts.forslag[-1].text += "\n" + "\n".join(row for row in rows if row.strip())
            why = "tabellen under att-satsen (”… enligt nedan:”): i dess text, en rad per rad"
            self.report.change(grid.where, f"{len(grid.rows)} rader", why)
            return
        if self.mode == "forslag":
            for row in grid.rows:
                filled = [" ".join(cell.split()) for cell in row if cell.strip()]
                nr = (
                    filled[0].rstrip(".")
                    if len(filled) > 1 and filled[0].rstrip(".").isdigit()
                    else ""
                )
                text = " ".join(filled[1:] if nr else filled)
                if text:
                    self.ts.forslag.append(Forslag(text=text, nr=nr, group=self.group))
            self.report.change(grid.where, f"{len(grid.rows)} rader", "att-satser ur en tabell")
            return
        rows = [" – ".join(cell for cell in row if cell.strip()) for row in grid.rows]
        for row in filter(None, rows):
            self._text(Line(row.replace("\n", " "), grid.where))
        self.report.change(
            grid.where, f"{len(grid.rows)} rader", "tabell läst som text, rad för rad"
        )


def _joined(parts: list[tuple[bool, str]]) -> str:
    """Paragraphs apart by a blank line; the items of a list on lines of their own."""
    text = ""
    previous_listed = False
    for listed, part in parts:
        if text:
            text += "\n" if listed and previous_listed else "\n\n"
        text += part
        previous_listed = listed
    return text


def _numbered(part: str) -> bool:
    return bool(words.typed_number(part)[0])


def _att_next(following: Block | None) -> bool:
    return isinstance(following, Line) and _att_word(words.unbulleted(following.text))


def _att_word(text: str) -> bool:
    return text.startswith(("att ", "att\t"))
