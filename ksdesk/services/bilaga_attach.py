"""Attaching a bilaga to an ärende by its number on the agenda: a PDF file, or a budget sheet
or a version of the delegationsordning held in ksdesk (a referenced bilaga, printed into the
packet as ksdesk's own pages under the packet's one "Sida X av Y").

A sheet printed with `ksdesk budget pdf` and attached as a file keeps its own page numbers,
which the packet's would overprint; the command line attaches the sheet itself instead, as
the window's bilaga picker does.

A PDF's title, when the secretary gives none, is chosen by one rule (core.bilaga_title) and
she is told where it was read and what was taken out of it: the command line says so, the
window shows it beside the title she may change before it is saved."""

from __future__ import annotations

from pathlib import Path

from ksdesk.core.bilaga_title import TitleChoice, choose_title, title_note
from ksdesk.core.errors import NotFound
from ksdesk.core.meeting import Bilaga, numbered
from ksdesk.core.typed_text import is_digits
from ksdesk.db import meeting_repo
from ksdesk.db.connection import Store


def add_numbered(store: Store, meeting_id: int, item_number: int, bilaga: Bilaga) -> Bilaga:
    """Attach `bilaga` to ärende `item_number` of the meeting as its next numbered bilaga (one
    more than the highest number it has); returns it, stored, with its nr."""
    from ksdesk.services.meetings import save_meeting

    with store.atomic():
        meeting = meeting_repo.get(store, meeting_id)
        item = next((i for n, i in numbered(meeting.items) if n == item_number), None)
        if item is None:
            count = sum(1 for n, _ in numbered(meeting.items) if n is not None)
            raise NotFound(f"Sammanträdet har inget ärende {item_number} (ärenden: 1–{count}).")
        taken = [int(b.nr) for b in item.bilagor if is_digits(b.nr.strip())]
        bilaga.nr = str(max(taken, default=0) + 1)
        item.bilagor.append(bilaga)
        save_meeting(store, meeting)
    return bilaga


def title_choice(data: bytes, name: str) -> TitleChoice:
    """The title the PDF file `name` of `data` gets by the rule, read from its first page, its
    document info or its name."""
    from ksdesk.interchange.pdf_first_lines import first_page_lines
    from ksdesk.pdf_input import pdf_title

    return choose_title(pdf_title(data), first_page_lines(data), name)


def read_pdf(path: Path, title: str = "") -> tuple[Bilaga, str]:
    """The PDF at `path` as a bilaga titled `title`, or by the rule when that is empty, and
    what the secretary is told of a title chosen so ("" for hers)."""
    from ksdesk.interchange.import_guard import read_chosen
    from ksdesk.services.meetings import pdf_bilaga

    data, name = read_chosen(path), Path(path).name
    if title.strip():
        return pdf_bilaga(data, name, title.strip()), ""
    choice = title_choice(data, name)
    return pdf_bilaga(data, name, choice.title), title_note(choice)


def add_pdf(
    store: Store, meeting_id: int, item_number: int, path: Path, title: str = ""
) -> tuple[Bilaga, str]:
    """Attach the PDF at `path` to ärende `item_number` as its next numbered bilaga; returns
    it, stored, with its nr, and what she is told of its title (read_pdf)."""
    bilaga, note = read_pdf(path, title)
    return add_numbered(store, meeting_id, item_number, bilaga), note


def held_bilaga(
    store: Store, *, budget: str | None = None, delegationsordning: str | None = None
) -> Bilaga:
    """A bilaga referring to a budget sheet (by key or title) or a version of the
    delegationsordning (by key or name, "" for the newest), titled as what it prints."""
    if budget is not None:
        from ksdesk.services.budget import find_sheet

        sheet = find_sheet(store, budget)
        return Bilaga(title=sheet.title, ref=f"budget:{sheet.key}")
    from ksdesk.core.delegation import document_title
    from ksdesk.services.delegation import resolve

    version = resolve(store, delegationsordning or "")
    # The document's own title ("Kommunstyrelsens delegationsordning"), not the version's
    # name in ksdesk, which is often an imported file's ("vargarda"): it heads the bilaga.
    return Bilaga(title=document_title(version), ref=f"delegationsordning:{version.key}")
