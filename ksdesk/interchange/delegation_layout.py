"""The header row of a delegation table: which column holds which field.

Columns are mapped by meaning, with the synonyms kommuner use (delegation_column_names) and
near matches for typos (column_map). A column that maps to nothing is never dropped: it becomes
an extra column under its own heading. A header row is recognised wherever it stands (repeated
on every page, after a page's continuation rows) by having at least three known columns, one of
them Nr or Ärende. Two headings for one field are sorted out: "Beslutanderätt" beside an Ärende
is the Delegat, an "Ärendegrupp" beside an Ärende the chapter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ksdesk.core.delegation import EXTRA_KEY, OUR_HEADINGS
from ksdesk.interchange.column_map import ColumnMap, heading_key
from ksdesk.interchange.delegation_column_names import COLUMN_NAMES

COLUMNS = ColumnMap(COLUMN_NAMES)
ROLE_COLUMNS = {"delegat", "ersattare", "delegat_ersattare", "delegat_vidare"}
EXTRA = EXTRA_KEY
# How the report names a field (the seed's column headings).
FIELD_LABELS = {
    **OUR_HEADINGS,
    "kapitel": "Kapitel",
    "del": "Del",
    "kapiteltext": "Text under kapitlet",
    "delegat_ersattare": "Delegat/Ersättare",
    "delegat_vidare": "Delegat/Vidaredelegat",
    "lagrum_anmarkning": "Lagrum/Anmärkning",
}


@dataclass
class Layout:
    """Column index → field ("nr", "arende", … or "extra:<heading>")."""

    columns: dict[int, str]
    width: int
    headings: dict[str, str] = field(default_factory=dict)  # field → heading as written
    near: list[tuple[str, str]] = field(default_factory=list)  # (heading, field) by typo
    extras: list[str] = field(default_factory=list)  # extra headings, in order
    title: str = ""  # a chapter title written into the header ("Mark- och planering Ärende")
    cells: list[str] = field(default_factory=list)  # the header row as written

    def index_of(self, name: str) -> int | None:
        return next((i for i, f in self.columns.items() if f == name), None)

    def has(self, name: str) -> bool:
        return name in self.columns.values()


def header_layout(cells: list[str]) -> Layout | None:
    """The layout a header row declares, or None when the row is no header."""
    columns: dict[int, str] = {}
    headings: dict[str, str] = {}
    near: list[tuple[str, str]] = []
    unknown: list[int] = []
    title = ""
    for i, cell in enumerate(cells):
        text = " ".join(cell.split())
        if not text or (i > 0 and cells[i - 1] == cell):  # a merged cell repeats
            continue
        name, exact, embedded = heading_field(text)
        if name and name not in columns.values():
            columns[i] = name
            headings[name] = text[len(embedded) :].strip() if embedded else text
            title = title or embedded
            if not exact:
                near.append((text, name))
        else:
            unknown.append(i)
    _who_decides(cells, columns, unknown, headings)
    _group_beside_arende(cells, columns, unknown, headings)
    known = set(columns.values())
    chapter_col = next((i for i, f in columns.items() if f == "kapitel"), None)
    if (
        chapter_col is not None
        and "nr" not in known
        and heading_key(cells[chapter_col]) == "avsnitt"
    ):
        # "Avsnitt | Lagrum | Ärende | Lägsta beslutsnivå" with no Nr: the section's number
        # ("1.1.2") is the point's, not a chapter column's title.
        columns[chapter_col] = "nr"
        headings["nr"] = headings.pop("kapitel")
        known = set(columns.values())
    # "Ärende | Delegat" alone is a point table too (a two-column list of the kind a
    # författningssamling prints); else three known columns, one of them Nr or Ärende.
    two_columns = len(known) == 2 and "arende" in known and bool(known & ROLE_COLUMNS)
    if (len(known) < 3 and not two_columns) or not known & {"nr", "arende"}:
        return None
    if len(unknown) > len(columns):
        return None
    if "nr" not in known and cells and not cells[0].strip() and 0 not in columns:
        # A first column without a heading, left of the known ones: the points' numbers.
        columns[0] = "nr"
        known.add("nr")
    if "arende" not in known:
        # "Nr | Livsmedel/kost | Lagrum | …": the chapter title stands in the Ärende column.
        nr_col = next(i for i, f in columns.items() if f == "nr")
        if nr_col + 1 not in unknown:
            return None
        unknown.remove(nr_col + 1)
        columns[nr_col + 1] = "arende"
        title = " ".join(cells[nr_col + 1].split())
    layout = Layout(columns, len(cells), headings, near, title=title, cells=list(cells))
    for i in unknown:
        heading = " ".join(cells[i].split())
        columns[i] = EXTRA + heading
        layout.extras.append(heading)
    return layout


_WHO_DECIDES = {heading_key(w) for w in ("beslutanderätt", "beslutsrätt", "beslutanderätt har")}


def _who_decides(
    cells: list[str], columns: dict[int, str], unknown: list[int], headings: dict[str, str]
) -> None:
    """ "Ärende | Beslutanderätt | Vidaredelegering": a second heading that would name the
    Ärende, where the row has no Delegat, is the Delegat (who has the right to decide)."""
    if "arende" not in columns.values() or set(columns.values()) & ROLE_COLUMNS:
        return
    for i in list(unknown):
        if i + 1 < len(cells) and cells[i + 1] == cells[i]:
            continue  # merged over two columns: a group's name ("Delegat | Ersättare" below)
        if heading_key(cells[i]) in _WHO_DECIDES:
            columns[i] = "delegat"
            headings["delegat"] = " ".join(cells[i].split())
            unknown.remove(i)
            return


_GROUPS = {heading_key(w) for w in ("ärendegrupp", "ärendegrupper", "grupp av ärenden")}


def _group_beside_arende(
    cells: list[str], columns: dict[int, str], unknown: list[int], headings: dict[str, str]
) -> None:
    """ "Ärendegrupp | Nr | Ärende | Delegat": beside a column headed Ärende, the group's
    column names the points' chapter (its cell merged down over the group's points)."""
    if "kapitel" in columns.values():
        return
    exact = {i: COLUMNS.exact.get(heading_key(cells[i])) for i in unknown}
    arende = next((i for i, name in exact.items() if name == "arende"), None)
    group = next((i for i, f in columns.items() if f == "arende"), None)
    if arende is None or group is None:
        return
    if heading_key(cells[group]) not in _GROUPS:
        group, arende = arende, group  # "Ärende | Ärendegrupp": the second is the group
        if heading_key(cells[group]) not in _GROUPS:
            return
    columns[group], columns[arende] = "kapitel", "arende"
    headings["kapitel"] = " ".join(cells[group].split())
    headings["arende"] = " ".join(cells[arende].split())
    unknown.remove(arende if arende in unknown else group)


def heading_field(text: str) -> tuple[str | None, bool, str]:
    """(field, exact, chapter title before it) of a header cell."""
    exact_name = COLUMNS.exact.get(heading_key(text))
    if exact_name:
        return exact_name, True, ""
    # "Kommentar/villkor", "Beslut/ärende", "Lagstöd/Hänvisning": the first part that is a
    # heading of ours names the column (a near match of the whole took "Beslut/ärende" for
    # Delegat).
    parts = [heading_key(part) for part in text.split("/") if heading_key(part)]
    named = [COLUMNS.exact[part] for part in parts if part in COLUMNS.exact]
    if len(parts) > 1 and named:
        return named[0], True, ""
    name, exact = COLUMNS.field_of(text)
    if name:
        return name, exact, ""
    # "Delegat\n(ersättare vid förfall)": a heading on two lines, or with a note in brackets.
    for shorter in (text.split("\n")[0], re.sub(r"\s*\(.*?\)\s*", " ", text)):
        if shorter.strip() and shorter.strip() != text.strip():
            name, exact = COLUMNS.field_of(shorter)
            if name:
                return name, False, ""
    # "Mark- och planering Ärende", as the seed's last chapters print their header.
    key = heading_key(text)
    for synonym, field_name in COLUMNS.exact.items():
        if field_name == "arende" and key.endswith(" " + synonym):
            embedded = text.strip()[: -len(synonym)].strip()
            return field_name, True, embedded
    return None, False, ""
