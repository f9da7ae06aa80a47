"""The parts of a meeting's packet (services/packet.py puts them together): the kallelse, each
ärende's tjänsteskrivelse (or a page saying what a public version leaves out), and each of its
bilagor as it comes: a stored PDF (in a public version only its drawn content, what is masked
taken out), a document of ksdesk's own that the bilaga refers to, or a notice where it cannot
be printed. Every part laid out here is cached under a fingerprint of exactly what it prints,
so a rebuild after a change to one ärende lays out only that ärende again; each part is
bookmarked, and what could not be printed is told in `problems`."""

from __future__ import annotations

from dataclasses import replace

from ksdesk.core.errors import InvalidInput
from ksdesk.core.handlingar import (
    bilaga_name,
    missing_bilaga_lines,
    names_itself,
    packet_header,
    withheld_lines,
)
from ksdesk.core.kallelse import (
    NOT_IN_FULL_REASON,
    public_title,
    secret_bilaga_title,
    withheld_line,
)
from ksdesk.core.meeting import Arende, Bilaga, Sammantrade
from ksdesk.core.not_in_full import note_of
from ksdesk.core.organ import Organ
from ksdesk.core.public_copy import PublicCopyRules
from ksdesk.core.secrecy_ref import marking
from ksdesk.db import item_texts_repo
from ksdesk.db.connection import Store
from ksdesk.reports import packet as packet_report
from ksdesk.reports.base import Embedded, PageHeader, build_pdf, kicker
from ksdesk.reports.document_pdf import frame_width, notice_story
from ksdesk.reports.kallelse_pdf import kallelse_pdf
from ksdesk.reports.tjansteskrivelse_pdf import tjansteskrivelse_story
from ksdesk.services import bilaga_render, public_gate, public_pdf
from ksdesk.services.packet_cache import PartCache
from ksdesk.services.public_sources import bilaga_source

# Bumped when the layout code changes in a way that should not reuse cached parts.
LAYOUT_VERSION = 6  # 3: förslag full width; 4: one Dnr, one heading; 5, 6: sheets break better


class PartsBuilder:
    """The parts and bookmarks of one meeting's packet, added in order."""

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
            first = len(self.parts)
            self._secret_page(number, item)
            self._bookmark(f"{number}. {public_title(item)}", first if self.parts[first:] else 0)
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
        elif self.public and (lines := not_in_full_lines(self.store, item, left_out)):
            self.parts.append(self._notice_part(number, item, f"{number}. {item.title}", lines))
        elif left_out:  # no tjänsteskrivelse lists them: say so on a page of their own
            self._withheld_page(number, item, left_out)
        self._mark_secret(first, item.secret, item.secrecy_ref)
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
        secret = item.secret or bilaga.secret
        self._mark_secret(position, secret, bilaga.secrecy_ref.strip() or item.secrecy_ref)
        self._bookmark(title, position, parent)

    def _mark_secret(self, first: int, secret: bool, ref: str) -> None:
        """The sekretessmarkering on every page of the parts from `first` on (walk37's
        finding 2: the paper packet printed a client's name and personnummer unmarked). A
        public edition prints no secret handling, so it marks nothing."""
        if secret and not self.public:
            for index in range(first, len(self.parts)):
                self.parts[index] = replace(self.parts[index], mark=marking(ref))

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
            "public",
            bilaga.sha256,
            sorted(numbers),
            sorted(pages.items()),
            unread,
            sorted(self.rules.contacts),
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
        self.parts.append(self._notice_part(number, item, title, withheld_lines(left_out)))

    def _secret_page(self, number: int, item: Arende) -> None:
        """A page where a secret ärende's handlingar would stand, naming each as a withheld
        bilaga is named (walk28's finding 11: the packet said nothing there)."""
        if lines := secret_lines(self.store, item):
            self.parts.append(self._notice_part(number, item, f"{number}. {item.title}", lines))

    def _notice_part(self, number: int, item: Arende, title: str, lines: list[str]):
        header = self._header(number, item)
        key = bilaga_render.fingerprint("withheld", LAYOUT_VERSION, title, lines, header)
        pdf = self.cache.get(key, lambda: _layout(notice_story(title, lines), title, header))
        return packet_report.Part(pdf, key=key)

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


def secret_lines(store: Store, item: Arende) -> list[str]:
    """What a public packet, on paper and on the web, prints where a secret ärende's
    handlingar would stand (`item` as the public view has it, its texts taken away): its
    tjänsteskrivelse and each bilaga as a withheld bilaga is listed ("Bilaga 2 – omfattas av
    sekretess (21 kap. 1 § OSL)", core.kallelse.withheld_line), under the ärende's OSL
    paragraph when the bilaga has none of its own; [] when it has neither."""
    ref = item.secrecy_ref.strip()
    secret = replace(Bilaga(""), secrecy_ref=ref, withheld="sekretess")
    had = _had_tjansteskrivelse(store, item)
    named = [f"Tjänsteskrivelse – {secret_bilaga_title(secret)}"] if had else []
    for bilaga in item.bilagor:
        own = replace(bilaga, secrecy_ref=bilaga.secrecy_ref.strip() or ref, withheld="sekretess")
        named.append(withheld_line(own))
    return withheld_lines([]) + named if named else []  # its heading, then each


def _had_tjansteskrivelse(store: Store, item: Arende) -> bool:
    """Whether the stored ärende has a tjänsteskrivelse (the public view of `item` has it taken
    away): one indexed query."""
    ids = {item.id} if item.id is not None else set()
    return bool(item_texts_repo.with_tjansteskrivelse(store, ids))


def not_in_full_lines(store: Store, item: Arende, left_out: list[Bilaga]) -> list[str]:
    """What a public packet, on paper and on the web, prints where the handlingar of an
    ärende not published in full would stand: its sentence, then its tjänsteskrivelse and
    each bilaga as left out; [] for any other ärende. Without it, such an ärende with a
    tjänsteskrivelse and no bilagor left no trace in the packet (review29)."""
    if not item.not_in_full or item.secret:
        return []
    had = _had_tjansteskrivelse(store, item)
    named = [f"Tjänsteskrivelse – {NOT_IN_FULL_REASON}"] if had else []
    return [note_of(item), *withheld_lines([]), *named, *map(withheld_line, left_out)]


def _without_contents(item: Arende) -> Arende:
    """The item with bilaga contents left out (each keeps its sha256): the fingerprint must
    not hash megabytes of PDF on every rebuild."""
    return replace(item, bilagor=[replace(b, content=None) for b in item.bilagor])
