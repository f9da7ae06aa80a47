"""Points written as paragraphs instead of a table: a numbered line with the Ärende, then a
line for each field under it.

    1.1 Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas
    Delegat: Ordförande
    Ersättare: Vice ordförande
    Lagrum: 6 kap 39 § KL

A numbered line is a point only when a field line ("Delegat:", "Lagrum:", "Anmärkning:" …, any
heading the table import knows) follows it; until then it waits, and goes back to the ordinary
reading of paragraphs when none does (a numbered heading, a numbered paragraph of the
introduction). The points of one run of paragraphs are handed to RowReader as the rows of a
table with our own header, so chapters, sub-headings and the report work as for tables.

Regions and förbund also write the delegate once, as the heading over its points:

    2.1 REGIONALA UTVECKLINGSNÄMNDENS ORDFÖRANDE MED VICE ORDFÖRANDEN SOM ERSÄTTARE
    att besluta i
    1. Ärenden som är så brådskande att nämndens avgörande inte kan avvaktas.

The line "att besluta i" (delegate_heading.LEAD) after a numbered heading makes the numbered
paragraphs under it points of that delegate (and substitute), in the heading's chapter; a
heading without a number between them ("Allmänt") is the chapter's subtitle.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.column_map import heading_key
from ksdesk.interchange.delegation_cells import marked_nr_in_text
from ksdesk.interchange.delegation_docx_delegate import DelegateHeadings
from ksdesk.interchange.delegation_layout import COLUMNS, FIELD_LABELS
from ksdesk.interchange.delegation_table_row import Row

_FIELDS = ("delegat", "ersattare", "delegat_ersattare", "lagrum", "vidaredelegation", "anmarkning")
_COLUMNS = ("nr", "arende", *_FIELDS)
# "Delegat: Ordförande", "Vidaredelegation: Ja", "Anm.: …".
_FIELD_LINE = re.compile(r"^([^\W\d_][^:]{0,40}?)\s*:\s*(\S.*)$", re.DOTALL)


def field_line(text: str) -> tuple[str, str] | None:
    """(field, value) of a line "Delegat: Ordförande", or None."""
    match = _FIELD_LINE.match(text.strip())
    if not match:
        return None
    name = COLUMNS.exact.get(heading_key(match.group(1)))
    return (name, match.group(2).strip()) if name in _FIELDS else None


# A field's label after a sentence on the point's own line: ". Delegat: Ekonomichef"; the
# labels of our own fields also where a conversion lost the full stop ("fakturor Delegat: …").
_INLINE_LABEL = re.compile(
    r"(?:(?<=[.;])\s+(?=[A-ZÅÄÖ][^\W\d_]{1,25}\.?\s*:\s*\S)"
    r"|\s+(?=(?:Delegat|Ersättare|Lagrum|Anmärkning|Vidaredelegering|Vidaredelegation)\s*:\s*\S))"
)


def inline_fields(text: str) -> tuple[str, dict[str, str]] | None:
    """(ärende, fields) of a numbered line that carries its fields after its Ärende
    ("Attest av fakturor. Delegat: Ekonomichef. Ersättare: Controller"), or None. A Delegat
    among them, and an Ärende of two words at least, or it is no point."""
    arende, *rest = _INLINE_LABEL.split(text)
    values: dict[str, str] = {}
    for part in rest:
        found = field_line(part.rstrip(". "))
        if found is None or found[0] in values:
            return None
        values[found[0]] = found[1]
    if "delegat" not in values or len(arende.split()) < 2:
        return None
    return _without_stop(arende.strip().rstrip("–-").rstrip()), values  # "… – Delegat: …"


# Words written shortened with a full stop, kept whole before a label ("enligt 6 kap.").
_SHORTENED = {"kap", "resp", "jfr", "enl", "ang", "st", "p", "etc", "mfl"}


def _without_stop(arende: str) -> str:
    """The Ärende without the full stop that parts it from its first label ("Attest av
    fakturor. Delegat: …"), as the stop after the Delegat parts it from the next; a word
    written shortened ("m.m.", "6 kap.") keeps its stop."""
    last = arende.split()[-1]
    word = last[:-1]
    if last.endswith(".") and word.isalpha() and word.lower() not in _SHORTENED:
        return arende[:-1]
    return arende


@dataclass
class _Point:
    nr: str
    arende: str
    where: str
    values: dict[str, str] = field(default_factory=dict)

    def row(self) -> Row:
        cells = [self.nr, self.arende, *(self.values.get(name, "") for name in _FIELDS)]
        return Row(cells, self.where)


class ListedPoints:
    """Feed every paragraph to `take` first; `flush` before any other block (a table, the
    end of the document). `release(paragraph)` reads a paragraph the ordinary way;
    `table(rows, where)` reads rows as a points table."""

    def __init__(
        self,
        release: Callable[[object], None],
        table: Callable[[list[Row], str, list[str] | None], None],
        report: ImportReport | None = None,
    ) -> None:
        self.release = release
        self.table = table
        self.waiting: tuple[object, _Point] | None = None  # a numbered line, no field yet
        self.note: tuple[object, str, str] | None = None  # a sentence after a delegate's point
        self.report = report
        self.points: list[_Point] = []
        self.delegates = DelegateHeadings(report)

    def take(self, paragraph, text: str, where: str, heading: bool, bullet: bool = False) -> bool:
        """True when the paragraph is a point's line or one of its fields. `bullet`: Word
        bullets the paragraph (its "- " is not in its text)."""
        if heading:
            self.flush()
            self.delegates.heading(text)
            return False
        if self.delegates.lead(text, where):
            self.flush()
            return True
        if self.delegates.active and text:
            line = self.delegates.line(f"- {text}" if bullet else text)
            if line is not None and (line[0] or self.points):
                self._delegate_line(line, where)
                return True
            if self.points and self.note is None and text.endswith("."):
                self.note = (paragraph, text, where)  # the point's note, if points go on
                return True
            self.flush()
            self.delegates.end()
        elif text:
            self.delegates.other()
        return self._take(paragraph, text, where)

    def _delegate_line(self, line: tuple[str, str], where: str) -> None:
        if self.note is not None:
            # A sentence between two points of one delegate is the note of the one above
            # ("Ärenden av principiell natur skall alltid avgöras av ledningsutskottet.").
            _, text, note_where = self.note
            self.note = None
            if not line[0]:
                self.points[-1].arende += "\n" + text
            else:
                self.points[-1].values["anmarkning"] = text
                if self.report is not None:
                    why = f"ett stycke mellan punkt {self.points[-1].nr} och nästa: dess anmärkning"
                    self.report.change(note_where, text, why)
        if line[0]:
            self.points.append(_Point(*line, where, self.delegates.roles()))
        else:  # a line that goes on with the point above ("- rivning av …")
            self.points[-1].arende += "\n" + line[1]

    def end_delegate(self) -> None:
        """A table: the paragraphs of a delegate's heading have ended."""
        self.flush()
        self.delegates.end()

    def _take(self, paragraph, text: str, where: str) -> bool:
        if not text:
            return self.waiting is not None or bool(self.points)  # a blank line inside the list
        found = field_line(text)
        if found and self.waiting is not None:
            self.points.append(self.waiting[1])
            self.waiting = None
        if found and self.points:
            name, value = found
            point = self.points[-1]
            point.values[name] = "\n".join(v for v in (point.values.get(name), value) if v)
            return True
        self._let_go()
        numbered = marked_nr_in_text(text)
        if numbered:
            self.flush()
            inline = inline_fields(numbered[1])
            if inline is not None:  # "2.1 Attest av fakturor. Delegat: Ekonomichef"
                self.points.append(_Point(numbered[0], inline[0], where, inline[1]))
                return True
            self.waiting = (paragraph, _Point(numbered[0], numbered[1], where))
            return True
        self.flush()
        return False

    def _let_go(self) -> None:
        if self.waiting is not None:
            paragraph, _ = self.waiting
            self.waiting = None
            self.flush()
            self.release(paragraph)

    def flush(self) -> None:
        """The points read so far, as one table; a numbered line still waiting is read the
        ordinary way."""
        points, self.points = self.points, []
        if points:
            header = Row([FIELD_LABELS.get(name, name) for name in _COLUMNS], points[0].where)
            titles = self.delegates.titles() if self.delegates.active else None
            self.table([header, *(p.row() for p in points)], points[0].where, titles)
        if self.note is not None:  # a sentence after the last point: read the ordinary way
            paragraph, self.note = self.note[0], None
            self.release(paragraph)
        self._let_go()
