"""The meeting's packet: the kallelse, then for each ärende its tjänsteskrivelse and bilagor, as
one PDF with bookmarks and "Sida X av Y" over the whole.

Every part laid out (services/packet_parts.py) is cached under a fingerprint of exactly what it
prints (the ärende, its number, the running header, the referenced data), so rebuilding after a
change to one ärende lays out only that ärende again; stored PDFs are merged as they are."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ksdesk.core.format import format_date
from ksdesk.core.meeting import numbered
from ksdesk.db import meeting_repo, organ_repo
from ksdesk.db.connection import Store
from ksdesk.reports import packet as packet_report
from ksdesk.services import budget_bilaga, public_gate, skyddade
from ksdesk.services.kallelse import print_notes
from ksdesk.services.packet_cache import PartCache
from ksdesk.services.packet_parts import PartsBuilder
from ksdesk.services.public_edition import public_edition
from ksdesk.services.public_kept import kept_on_pages
from ksdesk.services.public_skyddade import unchecked_published

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
    builder = PartsBuilder(
        store, meeting, organ, public, cache if cache is not None else DEFAULT_CACHE
    )
    builder.rules = rules
    before = builder.cache.made
    steps.next("Kallelsen")
    builder.add_kallelse()
    for number, item in items:
        steps.next(f"Ärende {number}")
        builder.item_starts.append((len(builder.parts), item))
        builder.add_item(number, item)
    builder.problems.extend(print_notes(meeting))
    builder.problems.extend(budget_bilaga.meeting_notes(store, meeting))  # printed marked
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
