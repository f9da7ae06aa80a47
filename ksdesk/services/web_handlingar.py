"""The handlingar the HTML kallelse links (`ksdesk webb`): each public ärende's tjänsteskrivelse
and bilagor as PDF files written beside the pages, so a citizen reading the kommun's website
can open them.

Everything comes from the public edition: a tjänsteskrivelse and a bilaga ksdesk renders
itself are tagged PDF/UA-1 + PDF/A-2a (reports/web, as in the web packet) under the running
header the packet gives them, read by the last check with what that ärende's texts kept; a
stored PDF is the public edition's copy of it (PublicEdition.bilaga_pdf, read once more). A
bilaga the public version leaves out is named with why, as the packet names it, and never
written; one that cannot be made safe or printed is named with a line to the secretary. A
secret ärende links nothing. File names are the kallelse's, the ärende's number and the
bilaga's: stable from one run to the next, and never a title (a title may name someone)."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote

from ksdesk.core.backup import format_size
from ksdesk.core.handlingar import bilaga_name, packet_header
from ksdesk.core.kallelse import withheld_line
from ksdesk.core.meeting import Arende, Bilaga, Sammantrade, numbered
from ksdesk.db import meeting_repo
from ksdesk.db.connection import Store
from ksdesk.interchange.pdf_access import is_tagged
from ksdesk.reports.web.handlingar import tjansteskrivelse_blocks
from ksdesk.reports.web.model import Block, Part, WebDocument
from ksdesk.reports.web.typst_pdf import web_pdf
from ksdesk.services import public_gate
from ksdesk.services.public_edition import PublicEdition
from ksdesk.services.public_kept import kept_by_heading
from ksdesk.services.web_packet import WebFile, file_parts, public_file, rendered_blocks

# Said of a handling the page names but cannot link: where a citizen can get it instead.
ASK = "handlingen kan begäras från sekreteraren"


@dataclass
class Handlingar:
    """The files to write beside the kallelse and, for each ärende, the lines its row
    names them by: (text, file name), the name "" for a handling not published."""

    files: list[WebFile] = field(default_factory=list)
    lines: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # for the secretary, not the page

    def lines_of(self, number: int, _item: Arende) -> list[tuple[str, str]]:
        return self.lines.get(number, [])


def kallelse_handlingar(store: Store, edition: PublicEdition, stem: str) -> Handlingar:
    """The public handlingar of every ärende of the edition's meeting that is not secret;
    files are named "<stem>-arende-<nr>-tjansteskrivelse.pdf" and "…-bilaga-<nr>.pdf"."""
    stored = meeting_repo.get(store, edition.meeting.id or 0)  # as the review named its texts
    writer = _Writer(store, edition, stem, stored)
    for number, item in numbered(edition.meeting.items):
        if number is not None and not item.secret:  # a secret ärende has only its number
            writer.add_item(number, item)
    return writer.result


class _Writer:
    def __init__(
        self, store: Store, edition: PublicEdition, stem: str, stored: Sammantrade
    ) -> None:
        self.store, self.edition, self.stem, self.stored = store, edition, stem, stored
        self.result = Handlingar()

    def add_item(self, number: int, item: Arende) -> None:
        lines = self.result.lines.setdefault(number, [])
        parts = file_parts(item.bilagor)  # one file for each, never one over another
        names = {id(b): self._name(number, f"bilaga-{parts[id(b)]}") for b in item.bilagor}
        files = {
            id(b): self._bilaga(number, item, b, names[id(b)])
            for b in item.bilagor
            if not b.withheld
        }
        if item.tjansteskrivelse is not None:
            links = {b.id or 0: names[id(b)] for b in item.bilagor if files.get(id(b))}
            left_out = [b for b in item.bilagor if b.withheld]
            blocks = tjansteskrivelse_blocks(
                item,
                self.edition.organ,
                bilagor=item.bilagor,
                left_out=left_out,
                level=1,
                links=links,
            )
            title = f"Tjänsteskrivelse, ärende {number}"
            name = self._name(number, "tjansteskrivelse")
            lines.append(self._file(number, item, None, title, blocks, name))
        for bilaga in item.bilagor:
            if bilaga.withheld:  # named with why, as the packet names it; never written
                lines.append((withheld_line(bilaga), ""))
            elif files.get(id(bilaga)):
                lines.append(files[id(bilaga)])
            else:
                lines.append((f"{bilaga_name(bilaga)} (publiceras inte här: {ASK})", ""))

    def _name(self, number: int, what: str) -> str:
        return f"{self.stem}-arende-{number}-{what}.pdf"

    def _bilaga(
        self, number: int, item: Arende, bilaga: Bilaga, name: str
    ) -> tuple[str, str] | None:
        title = bilaga_name(bilaga)
        if bilaga.content:
            data, why, advice = public_file(self.edition, bilaga)
            if why:
                self._problem(number, title, f"{why}{advice}")
                return None
            return self._written(number, title, name, data)
        if bilaga.ref:
            blocks, wide, problem = rendered_blocks(self.store, self.stored, bilaga, 1, "")
            if not blocks:
                self._problem(number, title, problem or "Bilagan kunde inte återges.")
                return None
            return self._file(number, item, bilaga, title, blocks, name, wide)
        self._problem(number, title, "Bilagan finns inte bifogad i ksdesk.")
        return None

    def _file(
        self,
        number: int,
        item: Arende,
        bilaga: Bilaga | None,
        title: str,
        blocks: list[Block],
        name: str,
        wide: bool = False,
    ) -> tuple[str, str]:
        """A handling ksdesk sets itself, under the running header the packet gives it (the
        last check reads by it whose texts a page prints)."""
        left, right = packet_header(self.edition.organ, self.edition.meeting, number, item, bilaga)
        organ = self.edition.organ.name
        document = WebDocument(
            f"{title} – {organ} (offentlig version)",
            organ,
            [Part(tuple(blocks), (left,), (right,), wide=wide)],
        )
        laid_out = web_pdf(document)
        on_page = kept_by_heading(self.edition.rules, self.stored, laid_out)
        what = f"Den offentliga handlingen ”{title}” (bredvid HTML-kallelsen)"
        data = public_gate.checked(laid_out, what, self.edition.rules, on_page=on_page)
        return self._written(number, title, name, data)

    def _written(self, number: int, title: str, name: str, data: bytes) -> tuple[str, str]:
        tagged = is_tagged(data)
        self.result.files.append(WebFile(name, title, number, data, tagged))
        # "Bilaga 4. Investeringsramar 2021-2025 (PDF, 35 kB)": the title's own full stop
        # would stand before the bracket. A file without tags says so before it is opened,
        # as the packet says it where the file would be (web_packet.UNTAGGED_NOTE).
        about = f"PDF, {format_size(len(data))}" + (
            "" if tagged else ", ej tillgänglighetsanpassad"
        )
        return f"{title.rstrip('. ')} ({about})", quote(name)

    def _problem(self, number: int, title: str, why: str) -> None:
        # as the web packet says it: "Ärende 5, Bilaga 3. … § 164. – Bilagan finns inte …"
        self.result.problems.append(f"Ärende {number}, {title} – {why}")
