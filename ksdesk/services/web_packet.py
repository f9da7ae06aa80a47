"""The public packet for the web: one tagged PDF/UA-1 + PDF/A-2a document with the kallelse,
each ärende's tjänsteskrivelse and every bilaga ksdesk renders itself (documents, budget
sheets, the delegationsordning, delegationsbeslut and their list), in the order of the paper
packet and from the same public edition.

A bilaga that is a PDF someone else made cannot be vouched for: it is published beside the
packet as a file of its own, and the packet says where it is and, when the file is untagged,
that it is not tillgänglighetsanpassad. The kallelse names every handling of each ärende,
each a link to its place in the packet or to its file."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote, unquote

from ksdesk.core.errors import InvalidInput
from ksdesk.core.format import format_date
from ksdesk.core.handlingar import (
    bilaga_name,
    missing_bilaga_lines,
    names_itself,
    packet_header,
    published_pdf_bilagor,
    withheld_lines,
)
from ksdesk.core.meeting import Arende, Bilaga, Sammantrade, numbered
from ksdesk.db import meeting_repo
from ksdesk.db.connection import Store
from ksdesk.interchange.pdf_access import is_tagged
from ksdesk.reports import packet as packet_report
from ksdesk.reports.web.handlingar import heading, notice_blocks, tjansteskrivelse_blocks
from ksdesk.reports.web.kallelse import kallelse_part
from ksdesk.reports.web.model import Block, Para, Part, Run, WebDocument
from ksdesk.reports.web.typst_pdf import web_pdf
from ksdesk.services import bilaga_render, public_gate, public_pdf
from ksdesk.services.kallelse import print_notes
from ksdesk.services.packet_parts import not_in_full_lines, secret_lines
from ksdesk.services.public_edition import PublicEdition, public_edition
from ksdesk.services.public_kept import kept_by_heading

UNTAGGED_NOTE = (
    "Filen är inte tillgänglighetsanpassad: den saknar taggar för skärmläsare. Den som "
    "behöver handlingen i ett annat format kan vända sig till sekreteraren."
)


@dataclass
class WebFile:
    """A bilaga published beside the packet, as the file it is."""

    name: str  # the file name the packet links to
    title: str  # "Bilaga 2. Avtal"
    item: int  # the ärende's number
    data: bytes
    tagged: bool


@dataclass
class WebPacket:
    pdf: bytes
    files: list[WebFile] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # handlingar that could not be shown

    @property
    def untagged(self) -> list[WebFile]:
        return [f for f in self.files if not f.tagged]


def untagged_bilagor(store: Store, meeting_id: int) -> list[str]:
    """Every PDF bilaga of the meeting that a public copy would publish but that is not
    tagged ("inte tillgänglighetsanpassad"), named so the secretary can ask its author for a
    better copy: "ärende 3, Bilaga 2. Karta (karta.pdf)"."""
    meeting = meeting_repo.get(store, meeting_id)
    return [
        f"ärende {number}, {bilaga_name(bilaga)} ({bilaga.filename})"
        for number, bilaga in published_pdf_bilagor(meeting)
        if not is_tagged(bilaga.content or b"")
    ]


def packet_web(
    store: Store, meeting_id: int, stem: str, *, with_proposals: bool | None = None
) -> WebPacket:
    """The public packet; bilaga files are named "<stem>-bilaga-<ärende>-<nr>.pdf" (the
    links in the packet point to those names, so they are published side by side).
    `with_proposals` prints the förslag till beslut in the kallelse, as on paper."""
    edition = public_edition(store, meeting_id)
    meeting, organ = edition.meeting, edition.organ
    meeting.show_proposals = meeting.show_proposals or bool(with_proposals)
    builder = _Builder(store, edition, stem)
    for number, item in numbered(meeting.items):
        if number is not None and not item.secret:  # a secret ärende has only its number
            builder.add_item(number, item)
        elif number is not None and (lines := secret_lines(store, item)):
            # and a page saying what of it is left out, as on paper (packet_parts)
            title, anchor = f"{number}. {item.title}", f"arende-{number}"
            builder._part(number, item, notice_blocks(title, lines, anchor=anchor))
    kallelse = kallelse_part(meeting, organ, public=True, links=builder.links_of)
    document = WebDocument(
        f"Kallelse med handlingar {organ.name} {format_date(meeting.date)} (offentlig version)",
        organ.name,
        [kallelse, *builder.parts],
    )
    # A number kept in one ärende's texts passes only on the pages of that ärende.
    laid_out = web_pdf(document)
    on_page = kept_by_heading(edition.rules, meeting_repo.get(store, meeting_id), laid_out)
    pdf = public_gate.checked(laid_out, "Det offentliga paketet", edition.rules, on_page=on_page)
    return WebPacket(pdf, builder.files, builder.problems + print_notes(meeting))


def public_file(edition: PublicEdition, bilaga: Bilaga) -> tuple[bytes, str, str]:
    """A stored PDF bilaga as it may be published (the public edition's copy, read once
    more), or no bytes with why it cannot be (in Swedish) and what the secretary can do."""
    try:
        packet_report.check_pdf(bilaga.content or b"", f"Bilagan ”{bilaga.title}”")
        return edition.bilaga_pdf(bilaga), "", ""
    except InvalidInput as error:
        return b"", str(error), public_pdf.advice(error)


def file_parts(bilagor: list[Bilaga]) -> dict[int, str]:
    """id() of each bilaga → its part of its file's name: its number when that is a plain
    one ("2", "3b"), else its place among the ärende's bilagor (never its title: it may name
    someone); a part two would share takes the place too ("1-2"), so that no file is
    written over another."""
    parts: dict[int, str] = {}
    for index, bilaga in enumerate(bilagor):
        part = bilaga.nr if re.fullmatch(r"[0-9A-Za-z]+", bilaga.nr) else str(index + 1)
        parts[id(bilaga)] = f"{part}-{index + 1}" if part in parts.values() else part
    return parts


def rendered_blocks(
    store: Store, meeting: Sammantrade, bilaga: Bilaga, level: int, anchor: str
) -> tuple[list[Block], bool, str]:
    """A bilaga ksdesk renders itself (a document, a budget sheet, …) as web blocks under
    the line naming it and whether it is printed wide; no blocks when it cannot be printed,
    with why when the renderer says."""
    printed_in = (meeting.id or 0, bilaga)
    rendering = bilaga_render.resolve(store, bilaga.ref or "", public=True, printed_in=printed_in)
    if rendering.problem or rendering.web is None:
        return [], False, rendering.problem
    title = bilaga_name(bilaga)
    if rendering.web_untitled and names_itself(rendering.title, bilaga, title):
        # One heading, as on paper: the line naming the bilaga is it.
        blocks = [*heading(title, level, anchor), *rendering.web_untitled(level, anchor)]
    else:
        blocks = [Para(title, "small"), *rendering.web(level, anchor)]
    return blocks, rendering.wide, ""


class _Builder:
    def __init__(self, store: Store, edition: PublicEdition, stem: str) -> None:
        self.store, self.edition, self.stem = store, edition, stem
        self.meeting, self.organ = edition.meeting, edition.organ
        self.parts: list[Part] = []
        self.files: list[WebFile] = []
        self.problems: list[str] = []
        self.links: dict[int, list[tuple[str, str]]] = {}  # ärende → (name, target)
        self.broken: dict[int, str] = {}  # id() of a stored bilaga that is no PDF → why
        self.advice: dict[int, str] = {}  # → what the secretary can do (not printed)
        self.published: dict[int, bytes] = {}  # id() of a stored bilaga → its public file

    def links_of(self, number: int, _item: Arende) -> list[tuple[str, str]]:
        return self.links.get(number, [])

    def add_item(self, number: int, item: Arende) -> None:
        shown = [b for b in item.bilagor if not b.withheld]
        left_out = [b for b in item.bilagor if b.withheld]
        parts = file_parts(item.bilagor)
        targets = {
            id(b): self._target(number, i, b, parts[id(b)]) for i, b in enumerate(item.bilagor)
        }
        anchor = f"arende-{number}"
        if item.tjansteskrivelse is not None:
            self.links.setdefault(number, []).append(("Tjänsteskrivelse", f"#{anchor}"))
            by_id = {b.id or 0: targets[id(b)] for b in shown}
            blocks = tjansteskrivelse_blocks(
                item,
                self.organ,
                bilagor=item.bilagor,
                left_out=left_out,
                anchor=anchor,
                links=by_id,
            )
            self._part(number, item, blocks)
        elif lines := not_in_full_lines(self.store, item, left_out) or (
            withheld_lines(left_out) if left_out else []
        ):
            title = f"{number}. {item.title}"
            self._part(number, item, notice_blocks(title, lines, anchor=anchor))
        for bilaga in shown:
            target = targets[id(bilaga)]
            self.links.setdefault(number, []).append((bilaga_name(bilaga), target))
            self._add_bilaga(number, item, bilaga, target)

    def _target(self, number: int, index: int, bilaga: Bilaga, part: str) -> str:
        """Where a link to the bilaga goes: its file, or its place in the packet. The file
        published is the bilaga's public edition (only its pages' content, masked as
        decided, read once more); one that cannot be made safe is left out and said."""
        if bilaga.content and not bilaga.withheld:
            data, why, advice = public_file(self.edition, bilaga)
            if why:  # a broken file must not stop the packet
                self.broken[id(bilaga)], self.advice[id(bilaga)] = why, advice
            else:
                self.published[id(bilaga)] = data
                return quote(f"{self.stem}-bilaga-{number}-{part}.pdf")
        return f"#bilaga-{number}-{index + 1}"

    def _add_bilaga(self, number: int, item: Arende, bilaga: Bilaga, target: str) -> None:
        title = bilaga_name(bilaga)
        anchor = target[1:] if target.startswith("#") else ""
        if id(bilaga) in self.broken:  # say so in the packet, where the file would be
            lines = [self.broken[id(bilaga)]]
            self._notice(number, item, title, lines, anchor, self.advice[id(bilaga)])
        elif bilaga.content:
            self._file(number, item, bilaga, title, target)
        elif bilaga.ref:
            blocks, wide, problem = rendered_blocks(self.store, self.meeting, bilaga, 2, anchor)
            if not blocks:
                lines = ["Bilagan kunde inte återges i paketet.", problem]
                self._notice(number, item, title, [line for line in lines if line], anchor)
            else:
                self._part(number, item, blocks, bilaga, wide=wide)
        else:
            self._notice(number, item, title, missing_bilaga_lines(), anchor)

    def _file(self, number: int, item: Arende, bilaga: Bilaga, title: str, link: str) -> None:
        data = self.published[id(bilaga)]
        name = unquote(link)
        tagged = is_tagged(data)
        self.files.append(WebFile(name, title, number, data, tagged))
        where = (
            Run("Bilagan är en egen PDF-fil som publiceras med kallelsen: "),
            Run(name, link=link),
        )
        blocks: list[Block] = [*notice_blocks(title, []), Para(where)]
        if not tagged:
            blocks.append(Para(UNTAGGED_NOTE))
        self._part(number, item, blocks, bilaga)

    def _notice(
        self, number: int, item: Arende, title: str, lines: list[str], anchor: str, advice: str = ""
    ) -> None:
        self.problems.append(f"Ärende {number}, {title} – {' '.join(lines)}{advice}")
        self._part(number, item, notice_blocks(title, lines, anchor=anchor))

    def _part(
        self,
        number: int,
        item: Arende,
        blocks: list[Block],
        bilaga: Bilaga | None = None,
        wide: bool = False,
    ) -> None:
        left, right = packet_header(self.organ, self.meeting, number, item, bilaga)
        self.parts.append(Part(tuple(blocks), (left,), (right,), wide=wide))
