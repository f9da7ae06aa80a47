"""What an import did with the file, line by line: read, merged, dropped, unknown columns.

Every importer (delegationsordning, dagordning, budgetblad) fills one ImportReport while it
reads, before anything is saved. The GUI shows it and asks before saving; the CLI prints it, or
`--json` prints `as_json()`. The rule it serves: no content of the file disappears without a
line here saying where it was and why.

    report = ImportReport("delegationsordning", "ordning.docx")
    report.merge("Punkt 2.1.12", "rad utan nummer överst på nästa sida", "fortsättning")
    report.drop("Sidhuvud", "Xxx kommun … 7 (20)", "sidhuvud som stod som text 13 gånger")
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field, fields, is_dataclass, replace
from typing import TypeVar

from ksdesk.core.format import number_runs
from ksdesk.core.glyphs import without_turns

T = TypeVar("T")

# C0 control characters other than tab and newline (and DEL): they cannot be written to XLSX,
# DOCX or XML at all, and in a terminal or a calendar file they do things nobody meant.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SNIPPET = 80
_TERMINAL_WIDTH = 100  # the report's lines in a terminal, wrapped
_CELLS_ONE_BY_ONE = 2  # a column with more unread cells than this gets one line for all
_ROW = re.compile(r"Rad (\d+)")  # where a line of a file read as text stands


@dataclass(frozen=True)
class ReportLine:
    where: str  # "Rad 12", "Punkt 2.1.12", "Kolumn D": where the secretary finds it
    text: str  # what was there (shortened), or what was done
    why: str = ""  # the reason, in words

    def as_json(self) -> dict[str, str]:
        return {"where": self.where, "text": self.text, "why": self.why}

    def sentence(self) -> str:
        parts = [f"{self.where}: " if self.where else "", self.text]
        if self.why:
            parts.append(f" ({self.why})")
        return "".join(parts)


@dataclass
class ImportReport:
    kind: str  # "delegationsordning" | "dagordning" | "budgetblad" | "delegationsbeslut"
    file: str
    read: list[str] = field(default_factory=list)  # "76 punkter i 6 kapitel"
    merged: list[ReportLine] = field(default_factory=list)
    dropped: list[ReportLine] = field(default_factory=list)
    unknown_columns: list[ReportLine] = field(default_factory=list)
    changed: list[ReportLine] = field(default_factory=list)  # cleaned or moved, not lost
    warnings: list[ReportLine] = field(default_factory=list)
    saved: bool = False
    pasted: bool = False  # read from text pasted in the window, not from a file

    def merge(self, where: str, text: str, why: str = "") -> None:
        self.merged.append(ReportLine(where, snippet(text), why))

    def merge_pair(self, where: str, read: str, kept: str, why: str) -> None:
        """A row read as the same as one already there: the row's text shortened, what it
        was joined with whole, so the secretary sees which item took it in (cut as one text,
        a long row hid the item it merged with)."""
        self.merged.append(ReportLine(where, f"”{snippet(read, 60)}” = ”{whole_text(kept)}”", why))

    def drop(self, where: str, text: str, why: str) -> None:
        # The whole text, never cut: the report is the secretary's only way to put back what
        # the import left out (the terminal wraps it, the dialog wraps it on its own).
        self.dropped.append(ReportLine(where, whole_text(text), why))

    def drop_column(self, heading: str, cells: list[tuple[int, str]]) -> None:
        """Cells of a column that is not read in, as (row number, text). A few are a line each
        ("Rad 6: Eva Ek"); more are one line for the column, its rows and what they held: a
        diarium's id column is not thirty lines that all say the same."""
        shown = heading or "utan rubrik"
        if len(cells) <= _CELLS_ONE_BY_ONE:
            for row, text in cells:
                self.drop(f"Rad {row}", text, f"i kolumnen ”{shown}”")
            return
        rows = number_runs([row for row, _ in cells])
        self.drop(
            f"Kolumnen ”{shown}”",
            ", ".join(" ".join(text.split()) for _, text in cells),
            f"{len(cells)} celler på rad {rows}, läses inte in",
        )

    def unknown_column(self, where: str, heading: str, why: str) -> None:
        line = ReportLine(where, snippet(heading), why)
        if line not in self.unknown_columns:
            self.unknown_columns.append(line)

    def change(self, where: str, text: str, why: str = "") -> None:
        self.changed.append(ReportLine(where, snippet(text), why))

    def warn(self, where: str, text: str, why: str = "") -> None:
        self.warnings.append(ReportLine(where, snippet(text), why))

    def warn_sentence(self, where: str, sentence: str, why: str = "") -> None:
        """A warning the import writes itself, whole: cut, a sentence such as "Diarienumret
        "7-742-2011 och 5-744-2011" anger flera diarienummer; det första …" loses its point.
        (A title quoted in it is shortened by the caller, never the sentence.)"""
        self.warnings.append(ReportLine(where, whole_text(sentence), why))

    def rename_rows(self, places: list[str]) -> None:
        """Each line's "Rad N" named as the secretary finds it in the document the text was
        read from (`places[N - 1]`: "Tabell 1, rad 3", "Sida 2, rad 5"): a Word or PDF file
        read as text has no line numbers anyone can see. No `places`, nothing changes."""
        for _heading, lines in self.sections():
            for at, line in enumerate(lines):
                found = _ROW.fullmatch(line.where)
                if found and 0 < int(found[1]) <= len(places):
                    lines[at] = replace(line, where=places[int(found[1]) - 1])

    def sections(self) -> list[tuple[str, list[ReportLine]]]:
        """The report's parts with a Swedish heading each, in the order they are shown."""
        return [
            ("Sammanslaget", self.merged),
            ("Borttaget", self.dropped),
            ("Okända kolumner", self.unknown_columns),
            ("Ändrat eller flyttat", self.changed),
            ("Varningar", self.warnings),
        ]

    def as_json(self) -> dict:
        """The shape `--json` prints (the same keys for every kind of import)."""
        return {
            "kind": self.kind,
            "file": self.file,
            "saved": self.saved,
            "read": list(self.read),
            "merged": [line.as_json() for line in self.merged],
            "dropped": [line.as_json() for line in self.dropped],
            "unknown_columns": [line.as_json() for line in self.unknown_columns],
            "changed": [line.as_json() for line in self.changed],
            "warnings": [line.as_json() for line in self.warnings],
        }

    def text(self) -> str:
        """The report as lines for a terminal."""
        lines = [f"Import av {self.kind} från {self.file}:"]
        lines += [f"  Läst: {entry}" for entry in self.read]
        for heading, entries in self.sections():
            if entries:
                lines.append(f"  {heading} ({len(entries)}):")
                for line in entries:
                    lines += textwrap.wrap(
                        line.sentence(),
                        _TERMINAL_WIDTH,
                        initial_indent="    - ",
                        subsequent_indent="      ",
                        break_long_words=False,
                        break_on_hyphens=False,
                    )
        return "\n".join(lines)


def count(number: int, one: str, many: str) -> str:
    """ "1 punkt", "76 punkter"."""
    return f"{number} {one if number == 1 else many}"


def whole_text(text: str) -> str:
    """The text on one line, whole."""
    return " ".join(clean_controls(text).split())


def snippet(text: str, limit: int = _SNIPPET) -> str:
    """The text on one line, shortened to `limit` characters with an ellipsis."""
    flat = " ".join(clean_controls(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def clean_controls(text: str) -> str:
    """`text` without C0 control characters; tab and newline stay, CR LF and CR become LF."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def scrubbed(value: T) -> T:
    """A copy of `value` (a dataclass, list, dict or string, nested) with every string
    without control characters: what an export writes, since XLSX, DOCX and ICS cannot hold
    them (openpyxl and lxml refuse them outright)."""
    return _mapped(value, clean_controls)


def without_turns_in(value: T, report: ImportReport, where: str) -> T:
    """A copy of `value` (walked as scrubbed walks it) without bidirectional controls
    (core.glyphs.TURNS), their removal a line in the report: for a reader that builds its
    dataclasses from a document's paragraphs without cleaned_cell (a tjänsteskrivelse, a
    delegationsordning's headings and intro)."""
    found = 0

    def cleaned(text: str) -> str:
        nonlocal found
        text, turns = without_turns(text)
        found += turns
        return text

    value = _mapped(value, cleaned)
    if found:
        noun = "tecken" if found == 1 else f"{found} tecken"
        report.change(where, f"{noun} för skrivriktning togs bort", "de vänder texten baklänges")
    return value


def _mapped(value: T, text: Callable[[str], str]) -> T:
    if isinstance(value, str):
        return text(value)  # type: ignore[return-value]
    if isinstance(value, list):
        return [_mapped(v, text) for v in value]  # type: ignore[return-value]
    if isinstance(value, tuple):
        return tuple(_mapped(v, text) for v in value)  # type: ignore[return-value]
    if isinstance(value, dict):
        return {_mapped(k, text): _mapped(v, text) for k, v in value.items()}  # type: ignore[return-value]
    if is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _mapped(getattr(value, f.name), text) for f in fields(value) if f.init}
        return replace(value, **changes)
    return value


def count_controls(text: str) -> int:
    return len(_CONTROL.findall(text.replace("\r", "")))


def cleaned_cell(text: str, report: ImportReport | None, where: str) -> str:
    """A cell's text without control characters; the removal is a line in the report. So
    too the bidirectional controls (core.glyphs.TURNS), which turn the text after them
    backwards in the window's tables and in the report itself."""
    text, turns = without_turns(text)
    if turns and report is not None:
        noun = "tecken" if turns == 1 else f"{turns} tecken"
        report.change(where, f"{noun} för skrivriktning togs bort", "de vänder texten baklänges")
    count = count_controls(text)
    if count and report is not None:
        noun = "styrtecken" if count == 1 else f"{count} styrtecken"
        report.change(where, f"{noun} togs bort", "osynliga tecken som inte kan skrivas ut")
    return clean_controls(text) if count or "\r" in text else text
