"""The handläggare as a letterhead writes the value under its label: a name, with the phone
after a comma ("Jessica Hedlund, 86656") or the title ("Eva Lindahl, miljöcontroller"), in
capitals ("ANDERS FORSBERG"), or two officials in one cell, a name a line ("Jan Holmlund" over
"Therese Hagberg"). Each part goes to its field; what changes the text gets a report line."""

from __future__ import annotations

from dataclasses import dataclass

from ksdesk.core.handlaggare import readable_name
from ksdesk.core.listing import and_listed
from ksdesk.interchange import tjansteskrivelse_words as words


@dataclass
class Parted:
    name: str
    title: str = ""
    phone: str = ""
    notes: tuple[tuple[str, str], ...] = ()  # (text, why) for the report


def parted(value: str) -> Parted:
    """`value` (its lines as the cell has them) parted into the handläggare's fields."""
    notes: list[tuple[str, str]] = []
    rows = [" ".join(row.split()) for row in value.split("\n") if row.strip()]
    if len(rows) >= 2 and all(words.name_like(row) or words.caps_name(row) for row in rows):
        joined = and_listed(rows)  # two officials: both, not one name of four words
        notes.append((" / ".join(rows), f"{len(rows)} handläggare: ”{joined}” i fältet"))
        return Parted(joined, notes=tuple(notes))
    flat = " ".join(value.split()).strip(" ,")
    result = Parted(flat)
    name, _comma, rest = flat.rpartition(",")
    if name and words.is_phone(rest):
        result.name, result.phone = name.strip(), rest.strip()
    titled = words.name_and_title(result.name)  # "Anna Ek, utredare": the title as written
    if titled and words.job_title(titled[1]):
        name, _comma, title = result.name.partition(",")
        result.name, result.title = name.strip(), title.strip()
    printed = readable_name(result.name)  # "ANDERS FORSBERG": kept, printed as a name
    if printed != result.name:
        notes.append(
            (result.name, f"namnet i versaler: sparas som det står, skrivs ut som ”{printed}”")
        )
    result.notes = tuple(notes)
    return result


def another(names: str, text: str) -> str:
    """The handläggare `names` read so far with one more official on the next line."""
    shown = names.replace(" och ", ", ").split(", ")
    return and_listed([*shown, text])


def sender_block(rows: list[str]) -> tuple[str, str, str] | None:
    """(förvaltning, name, title) of a footer's block of three rows: the förvaltning over the
    name over the title (Kungsbacka's förvaltningar), or the name over the förvaltning over
    the title (its Bygg- och miljöförvaltningen: "Sofie Axelsson" over "Bygg- och
    miljöförvaltningen" over "Nämndsekreterare"), or her name over an official's title
    alone ("" for the förvaltning); None when the rows are not one."""
    if len(rows) == 2:  # her name over her title, no förvaltning (Kommunstyrelsens)
        title = rows[1]  # "Specialist krisberedskap"; never "Besöksadress", "Kungsbacka kommun"
        plain = not (words.boilerplate(title) or "." in title or title.endswith("kommun"))
        named = words.name_like(rows[0]) and words.title_like(title) and plain
        return ("", rows[0], rows[1]) if named else None
    if len(rows) != 3:
        return None
    for unit, name, title in ((rows[0], rows[1], rows[2]), (rows[1], rows[0], rows[2])):
        if words.is_forvaltning(unit) and words.name_like(name) and words.title_like(title):
            return unit, name, title
    return None
