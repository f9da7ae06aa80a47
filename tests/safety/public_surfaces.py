"""Every public output of a meeting, each read as every place a reader can find text in it:
a PDF's drawn text (pdftotext) and every string and name of its objects (metadata, XMP,
bookmarks, link targets, attached file names, alt text, structure titles); an HTML page's
whole source, attributes too, entities resolved; a calendar file as a calendar shows it;
the names of the files published beside them."""

from __future__ import annotations

import html
import io
import subprocess
from collections.abc import Callable
from datetime import date

import pikepdf

from ksdesk.db.connection import Store
from ksdesk.services import deadlines, kallelse, motioner, uppdrag, web_edition, web_packet
from ksdesk.services.packet import build_packet
from ksdesk.services.protokoll_print import protokoll_document, utdrag_document

PARAGRAF = 219  # a § of the demo meeting


def pdf_surfaces(pdf: bytes) -> str:
    drawn = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    found: list[str] = [drawn.stdout.decode("utf-8", "replace")]
    with pikepdf.open(io.BytesIO(pdf)) as document:
        seen: set[tuple[int, int]] = set()
        for obj in [document.trailer, *document.objects]:
            _strings(obj, found, seen)
        metadata = document.Root.get("/Metadata")
        if metadata is not None:
            found.append(metadata.read_bytes().decode("utf-8", "replace"))
    return "\n".join(found)


def _strings(obj: object, found: list[str], seen: set[tuple[int, int]]) -> None:
    if isinstance(obj, pikepdf.String | pikepdf.Name):
        found.append(str(obj))
        return
    if not isinstance(obj, pikepdf.Dictionary | pikepdf.Array | pikepdf.Stream):
        return
    if obj.is_indirect:
        if obj.objgen in seen:
            return
        seen.add(obj.objgen)
    values = list(obj) if isinstance(obj, pikepdf.Array) else [v for _key, v in obj.items()]
    for value in values:
        _strings(value, found, seen)


def _web_packet(store: Store, meeting_id: int) -> str:
    packet = web_packet.packet_web(store, meeting_id, "paket")
    beside = [f"{f.name}\n{f.title}\n{pdf_surfaces(f.data)}" for f in packet.files]
    return "\n".join([pdf_surfaces(packet.pdf), *beside])


def _html(store: Store, meeting_id: int) -> str:
    """The pages, and the handlingar the kallelse links, written beside them."""
    folder = web_edition.html_folder(store, meeting_id)
    assert len(folder.pages) == 2, "the kallelse and the justerat protokoll"
    pages = [f"{p.name}\n{p.title}\n{html.unescape(p.html)}" for p in folder.pages]
    beside = [f"{f.name}\n{f.title}\n{pdf_surfaces(f.data)}" for f in folder.files]
    return "\n".join([*pages, *beside])


def _calendar(store: Store, meeting_id: int) -> str:
    data = deadlines.meeting_calendar(store, meeting_id).decode("utf-8")
    return data.replace("\r\n ", "").replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")


OUTPUTS: dict[str, Callable[[Store, int], str]] = {
    "kallelse (papper)": lambda s, m: pdf_surfaces(kallelse.kallelse_pdf(s, m, public=True)),
    "paket (papper)": lambda s, m: pdf_surfaces(build_packet(s, m, public=True).pdf),
    "paket med förslag (papper)": lambda s, m: pdf_surfaces(
        build_packet(s, m, public=True, with_proposals=True).pdf
    ),
    "protokoll (papper)": lambda s, m: pdf_surfaces(protokoll_document(s, m, public=True)),
    "utdrag (papper)": lambda s, m: pdf_surfaces(utdrag_document(s, m, PARAGRAF, public=True)),
    "kallelse med förslag (papper)": lambda s, m: pdf_surfaces(
        kallelse.kallelse_pdf(s, m, public=True, with_proposals=True)
    ),
    "kallelse (webb)": lambda s, m: pdf_surfaces(web_edition.kallelse_web(s, m)),
    "kallelse med förslag (webb)": lambda s, m: pdf_surfaces(
        web_edition.kallelse_web(s, m, with_proposals=True)
    ),
    "paket (webb) och bilagefiler": _web_packet,
    "protokoll (webb)": lambda s, m: pdf_surfaces(web_edition.protokoll_web(s, m)),
    "utdrag (webb)": lambda s, m: pdf_surfaces(
        web_edition.utdrag_web(s, m, PARAGRAF, date(2020, 12, 11))
    ),
    "HTML-sidor": _html,
    "kalenderfil": _calendar,
    "anslagstext": lambda s, m: deadlines.meeting_anslag_text(s, m),
    "uppföljning av beslut": lambda s, m: pdf_surfaces(uppdrag.uppfoljning_pdf(s, m, public=True)),
    "redovisning av motioner": lambda s, m: pdf_surfaces(
        motioner.redovisning_pdf(s, date(2020, 12, 7), public=True)
    ),
}

# The service functions that make each public output above (they call the public edition or
# the last check): a new one that is not here fails test_every_public_output_is_read.
MADE_BY = {
    "deadlines.meeting_anslag_text": "anslagstext",
    "deadlines.meeting_calendar": "kalenderfil",
    "kallelse.kallelse_print": "kallelse (papper)",
    "motioner.redovisning_pdf": "redovisning av motioner",
    "packet.build_packet": "paket (papper)",
    "protokoll_print.protokoll_document": "protokoll (papper)",
    "public_delegationsbeslut.public_anmalan_pdf": "paket (papper)",  # only as a bilaga
    "public_delegationsbeslut.public_beslut": "paket (papper)",  # only as a bilaga
    "protokoll_print.utdrag_document": "utdrag (papper)",
    "uppdrag.uppfoljning_pdf": "uppföljning av beslut",
    "web_edition.kallelse_web_print": "kallelse (webb)",
    "web_edition.protokoll_web": "protokoll (webb)",
    "web_edition.utdrag_web": "utdrag (webb)",
    "web_edition.html_folder": "HTML-sidor",
    "web_packet.packet_web": "paket (webb) och bilagefiler",
}
# Functions that make an edition for the outputs above, not an output of their own.
EDITIONS = {
    "protokoll_print.protokoll_edition",
    "protokoll_print.public_protokoll",
    "protokoll_print.utdrag_edition",
}
