"""The meeting's packet: the kallelse, then for each ärende its tjänsteskrivelse and bilagor, as
one PDF with bookmarks and "Sida X av Y" over the whole.

Every part we lay out is cached under a fingerprint of exactly what it prints (the ärende, its
number, the running header, the referenced data), so rebuilding after a change to one ärende
lays out only that ärende again; stored PDFs are merged as they are."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ksdesk.core.errors import InvalidInput
from ksdesk.core.format import format_date
from ksdesk.core.handlingar import (
    bilaga_name,
    missing_bilaga_lines,
    names_itself,
    packet_header,
    withheld_lines,
)
from ksdesk.core.kallelse import public_title
from ksdesk.core.meeting import Arende, Bilaga, Sammantrade, numbered
from ksdesk.core.organ import Organ
from ksdesk.core.public_copy import PublicCopyRules
from ksdesk.db import meeting_repo, organ_repo
from ksdesk.db.connection import Store
from ksdesk.reports import packet as packet_report
from ksdesk.reports.base import Embedded, PageHeader, build_pdf, kicker
from ksdesk.reports.document_pdf import frame_width, notice_story
from ksdesk.reports.kallelse_pdf import kallelse_pdf
from ksdesk.reports.tjansteskrivelse_pdf import tjansteskrivelse_story
from ksdesk.services import bilaga_render, public_gate, public_pdf, skyddade
from ksdesk.services.kallelse import print_notes
from ksdesk.services.packet_cache import PartCache
from ksdesk.services.public_edition import public_edition
from ksdesk.services.public_kept import kept_on_pages
from ksdesk.services.public_skyddade import unchecked_published
from ksdesk.services.public_sources import bilaga_source

# Bumped when the layout code changes in a way that should not reuse cached parts.
LAYOUT_VERSION = 6  # 3: förslag full width; 4: one Dnr, one heading; 5, 6: sheets break better
DEFAULT_CACHE = PartCache()  # the window's: a rebuild lays out only what changed


@dataclass
class Packet:
    pdf: bytes
    pages: int
    bookmarks: int
    problems: list[str] = field(default_factory=list)  # bilagor printed as "kunde inte återges"
    laid_out: int = 0  # parts laid out this time; the rest came from the cache


# progress(done, total, what): called between the steps of a build; it may raise
# core.errors.Cancelled to stop the build there (the cache stays whole).
Progress = Callable[[int, int, str], None]


def build_packet(
    store: Store,
    meeting_id: int,
    *,
    public: bool = False,
    cache: PartCache | None = None,
    progress: Progress | None = None,
    with_proposals: bool = False,
) -> Packet:
    """The whole packet of a meeting (in a public version: without what is secret);
    `with_proposals` prints the förslag till beslut in the kallelse."""
    meeting = stored = meeting_repo.get(store, meeting_id)
    meeting.show_proposals = meeting.show_proposals or with_proposals
    organ = organ_repo.get(store, meeting.organ_id)
    items = [(n, item) for n, item in numbered(meeting.items) if n is not None]
    steps = _Steps(progress, len(items) + 2 + public)
    rules = None
    if public:
        steps.next("Granskar den offentliga kopian")
        edition = public_edition(store, meeting_id)  # refuses while a hit is undecided
        meeting, organ, rules = edition.meeting, edition.organ, edition.rules
        meeting.show_proposals = meeting.show_proposals or with_proposals
        items = [(n, item) for n, item in numbered(meeting.items) if n is not None]
    builder = _Builder(store, meeting, organ, public, cache if cache is not None else DEFAULT_CACHE)
    builder.rules = rules
    before = builder.cache.made
    steps.next("Kallelsen")
    builder.add_kallelse()
    for number, item in items:
        steps.next(f"Ärende {number}")
        builder.item_starts.append((len(builder.parts), item))
        builder.add_item(number, item)
    builder.problems.extend(print_notes(meeting))
    if not public:  # the public one masks them always (services.public_skyddade)
        builder.problems.extend(skyddade.packet_notes(store, meeting))
    else:  # a page published unread could not be read for the register either
        builder.problems.extend(unchecked_published(store, meeting, rules))
    steps.next("Sätter ihop paketet")
    title = f"Kallelse med handlingar {organ.name} {format_date(meeting.date)}"
    part_starts: list[int] = []  # each part's first page, filled by assemble
    pdf, pages = packet_report.assemble(
        builder.parts,
        builder.bookmarks,
        title=title + (" (offentlig version)" if public else ""),
        author=organ.name if public else meeting.secretary_name,  # public: never a person
        readers=builder.cache.readers,
        problems=builder.problems,
        starts=part_starts,
    )
    if public:
        assert rules is not None
        # A number kept in one ärende's texts passes only on that ärende's pages.
        on_page = kept_on_pages(rules, stored, builder.item_starts, part_starts)
        pdf = public_gate.checked(pdf, "Det offentliga paketet", rules, on_page=on_page)
    builder.cache.keep_readers({part.key for part in builder.parts})
    return Packet(
        pdf=pdf,
        pages=pages,
        bookmarks=len(builder.bookmarks),
        problems=builder.problems,
        laid_out=builder.cache.made - before,
    )


class _Steps:
    """Counts the steps of a build for the progress callback."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.done = progress, total, 0

    def next(self, what: str) -> None:
        if self.progress is not None:
            self.progress(self.done, self.total, what)
        self.done += 1


def pdf_pages(data: bytes) -> int:
    return packet_report.page_count(data)


class _Builder:
    def __init__(
        self, store: Store, meeting: Sammantrade, organ: Organ, public: bool, cache: PartCache
    ) -> None:
        self.store, self.meeting, self.organ, self.public = store, meeting, organ, public
        self.cache = cache
        self.parts: list[packet_report.Part] = []
        self.bookmarks: list[packet_report.Bookmark] = []
        self.problems: list[str] = []
        self.rules: PublicCopyRules | None = None
        self.item_starts: list[tuple[int, Arende]] = []  # (its first part, the ärende)

    def add_kallelse(self) -> None:
        key = bilaga_render.fingerprint(
            "kallelse", LAYOUT_VERSION, _kallelse_view(self.meeting), self.organ, self.public
        )
        pdf = self.cache.get(
            key, lambda: kallelse_pdf(self.meeting, self.organ, public=self.public, page_label="")
        )
        self.parts.append(packet_report.Part(pdf, key=key))
        self._bookmark("Kallelse", len(self.parts) - 1)

    def add_item(self, number: int, item: Arende) -> None:
        if self.public and item.secret:
            self._bookmark(f"{number}. {public_title(item)}", 0)
            return
        first = len(self.parts)
        # The public edition marks what a public version leaves out (and why) as `withheld`.
        shown = [b for b in item.bilagor if not b.withheld]
        left_out = [b for b in item.bilagor if b.withheld]
        header = self._header(number, item)
        if item.tjansteskrivelse is not None:
            key = bilaga_render.fingerprint(
                "ts", LAYOUT_VERSION, _without_contents(item), self.organ, header, left_out
            )

            def make() -> bytes:
                story = tjansteskrivelse_story(
                    item, self.organ, frame_width(), bilagor=item.bilagor, left_out=left_out
                )
                return _layout(story, item.title, header)

            self.parts.append(packet_report.Part(self.cache.get(key, make), key=key))
        elif left_out:  # no tjänsteskrivelse lists them: say so on a page of their own
            self._withheld_page(number, item, left_out)
        parent = self._bookmark(
            f"{number}. {item.title}", first if len(self.parts) > first or shown else 0
        )
        for bilaga in shown:
            self._add_bilaga(number, item, bilaga, parent)

    def _add_bilaga(self, number: int, item: Arende, bilaga: Bilaga, parent: int) -> None:
        title = bilaga_name(bilaga)
        position = len(self.parts)
        if bilaga.content:
            self._stored(bilaga, title, self._header(number, item, bilaga).right)
        elif bilaga.ref:
            self._referenced(number, item, bilaga, title)
        else:
            self._notice(number, item, title, missing_bilaga_lines())
        self._bookmark(title, position, parent)

    def _stored(self, bilaga: Bilaga, title: str, label: str) -> None:
        try:
            packet_report.check_pdf(bilaga.content or b"", f"Bilagan ”{bilaga.title}”")
        except InvalidInput as error:  # a broken file must not stop the packet: say so in it
            self.problems.append(str(error))
            self.parts.append(
                packet_report.Part(_layout(notice_story(title, [str(error)]), title, None))
            )
            return
        if self.rules is not None:
            self._stored_public(bilaga, title, label)
            return
        key = f"sha256:{bilaga.sha256}" if bilaga.sha256 else ""
        content = bilaga.content or b""
        self.parts.append(packet_report.Part(content, key=key, name=title, label=label))

    def _stored_public(self, bilaga: Bilaga, title: str, label: str) -> None:
        """Only the drawn page content, each number decided "maskera" taken out of it, each
        page decided "maskera" (a picture, a page that cannot be read) replaced by a notice."""
        assert self.rules is not None
        numbers = self.rules.numbers_in_bilaga(bilaga.id)
        pages = self.rules.pages_left_out(bilaga.id)
        try:
            data = public_pdf.public_bilaga(bilaga, self.rules)
            # Read on its own first: the packet's last check lets through any number kept
            # anywhere in the meeting, this one only those kept in this bilaga.
            data = public_gate.checked(data, title, self.rules, within=bilaga_source(bilaga))
        except InvalidInput as error:
            # Which bilaga is left out, why, and what to do (not printed in the packet).
            self.problems.append(f"{title}: {error}{public_pdf.advice(error)}")
            lines = ["Bilagan ingår inte i den offentliga versionen.", str(error)]
            self.parts.append(packet_report.Part(_layout(notice_story(title, lines), title, None)))
            return
        unread = sorted(self.rules.pages_kept_unread(bilaga.id))
        digest = bilaga_render.fingerprint(
            "public", bilaga.sha256, sorted(numbers), sorted(pages.items()), unread
        )
        self.parts.append(packet_report.Part(data, key=f"public:{digest}", label=label))

    def _referenced(self, number: int, item: Arende, bilaga: Bilaga, title: str) -> None:
        printed_in = (self.meeting.id or 0, bilaga) if self.public else None
        rendering = bilaga_render.resolve(
            self.store, bilaga.ref or "", public=self.public, printed_in=printed_in
        )
        if rendering.problem:
            self._notice(
                number, item, title, ["Bilagan kunde inte återges i paketet.", rendering.problem]
            )
            return
        header = self._header(number, item, bilaga)
        key = bilaga_render.fingerprint("ref", LAYOUT_VERSION, rendering.fingerprint, header, title)
        if rendering.story is not None:
            story_of = rendering.story
            if rendering.untitled is not None and names_itself(rendering.title, bilaga, title):
                story_of = rendering.untitled  # one heading, not "Bilaga 2" twice
            wide = rendering.wide

            def make() -> bytes:
                heading = kicker(title)
                return _layout(heading + story_of(frame_width(wide)), bilaga.title, header, wide)

            self.parts.append(packet_report.Part(self.cache.get(key, make), key=key))
        elif rendering.pdf is not None:
            render_pdf = rendering.pdf
            embedded = Embedded(header, title)  # numbered by the packet, not by itself
            self.parts.append(
                packet_report.Part(self.cache.get(key, lambda: render_pdf(embedded)), key=key)
            )

    def _notice(self, number: int, item: Arende, title: str, lines: list[str]) -> None:
        self.problems.append(f"Ärende {number}, {title} – {' '.join(lines)}")
        header = self._header(number, item)
        key = bilaga_render.fingerprint("notice", LAYOUT_VERSION, title, lines, header)
        pdf = self.cache.get(key, lambda: _layout(notice_story(title, lines), title, header))
        self.parts.append(packet_report.Part(pdf, key=key))

    def _withheld_page(self, number: int, item: Arende, left_out: list[Bilaga]) -> None:
        title = f"{number}. {item.title}"
        lines = withheld_lines(left_out)
        header = self._header(number, item)
        key = bilaga_render.fingerprint("withheld", LAYOUT_VERSION, title, lines, header)
        pdf = self.cache.get(key, lambda: _layout(notice_story(title, lines), title, header))
        self.parts.append(packet_report.Part(pdf, key=key))

    def _header(self, number: int, item: Arende, bilaga: Bilaga | None = None) -> PageHeader:
        return PageHeader(*packet_header(self.organ, self.meeting, number, item, bilaga))

    def _bookmark(self, title: str, part: int, parent: int | None = None) -> int:
        self.bookmarks.append(packet_report.Bookmark(title, min(part, len(self.parts) - 1), parent))
        return len(self.bookmarks) - 1


def _layout(story: list, title: str, header: PageHeader | None, wide: bool = False) -> bytes:
    """Lay out one part without page numbers: the packet numbers every page after merging."""
    return build_pdf(
        story, title=title, header=header, header_on_first_page=True, wide=wide, page_label=""
    )


def _kallelse_view(meeting: Sammantrade) -> Sammantrade:
    """What the kallelse prints of a meeting: the header and each row, not the handlingar (a
    change in a tjänsteskrivelse must not lay the kallelse out again)."""
    rows = [replace(item, tjansteskrivelse=None, bilagor=[], id=None) for item in meeting.items]
    return replace(meeting, items=rows)


def _without_contents(item: Arende) -> Arende:
    """The item with bilaga contents left out (each keeps its sha256): the fingerprint must
    not hash megabytes of PDF on every rebuild."""
    return replace(item, bilagor=[replace(b, content=None) for b in item.bilagor])
