"""Which numbers, names and secret titles kept on purpose may stand where in a public output.

The secretary may keep a number visible in one text (the förslag names a company by the
organisationsnummer of an enskild firma, which is its owner's personnummer) and mask the
same number in another. The last check (services.public_gate) used to let a number kept
anywhere in the meeting through everywhere: had the masking of the other text missed it,
the check would have passed it there too. Now:

- the packet: a number passes on the kallelse's pages only if kept in a text the kallelse
  prints (the meeting's and the organ's fields, and each ärende's own, not its
  tjänsteskrivelse), and on an ärende's pages only if kept in that ärende: its fields, its
  tjänsteskrivelse, its bilagor, and the meeting's and organ's fields its running header
  prints. A stored bilaga is checked on its own before it is merged (packet.py), with only
  what was kept in it.
- the kallelse alone: only if kept in a text it prints, as on the packet's kallelse pages.
- the web packet, one document: the same, for a page by the ärende its running header names.
- an utdrag of one §: only if kept in that §, the protokoll's other fields (its header,
  the upprop), the meeting's and organ's fields or the ärende of that § (not its
  tjänsteskrivelse or a bilaga, which the protokoll does not print).
- the calendar file: only if kept in a text the kallelse prints; the anslag text: only if
  kept in the organ's or the justering's texts, which it prints.
- the whole protokoll: on a page of a §, as in the utdrag of that §; on the pages before
  the first § (the first page, the närvarolista, the Innehåll), if kept in the protokoll,
  the meeting's and the organ's fields or an ärende's own. The HTML protokoll likewise, in
  parts cut at each §'s heading; the HTML kallelse as the kallelse.

A citizen's name or a secret title the secretary kept in one text ("behåll") passes by the
same pages: the rules list it among that text's kept words (PublicCopyRules.kept_words,
by its key), and what is "kept" below is both."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from functools import cache

from ksdesk.core.meeting import Arende, Sammantrade, numbered
from ksdesk.core.protokoll import Paragraf
from ksdesk.core.public_copy import PublicCopyRules
from ksdesk.core.text_walk import row_name
from ksdesk.interchange.pdf_page_heading import page_headings, paragraf_starts
from ksdesk.reports.packet import page_count
from ksdesk.services.public_sources import (
    bilaga_source,
    meeting_root,
    organ_root,
    protokoll_root,
)

# In a text's name: the part of an ärende the kallelse does not print.
_TJANSTESKRIVELSE = "/tjansteskrivelse/"


def kept_on_pages(
    rules: PublicCopyRules,
    meeting: Sammantrade,
    item_starts: list[tuple[int, Arende]],
    part_starts: list[int],
) -> Callable[[int], frozenset[str]]:
    """For a page of the packet (1 first): the numbers kept in the texts it prints.
    `meeting`: as stored (the review named its bilagor by what they were, not the public
    copy's masked titles). `item_starts`: (index of its first part, ärende) for each ärende,
    in order; the parts before the first are the kallelse's. `part_starts`: each part's first
    page (0 first)."""
    stored = {row_name(item): item for item in meeting.items}
    kallelse = _kept(rules, _kallelse_texts(meeting))
    kept_by_item = {
        id(item): _kept(rules, _item_texts(meeting, stored.get(row_name(item), item)))
        for _, item in item_starts
    }
    firsts = [first for first, _ in item_starts]

    def on_page(page: int) -> frozenset[str]:
        part = bisect_right(part_starts, page - 1) - 1
        owner = bisect_right(firsts, part) - 1
        return kept_by_item[id(item_starts[owner][1])] if owner >= 0 else kallelse

    return on_page


def kept_in_kallelse(rules: PublicCopyRules, meeting: Sammantrade) -> frozenset[str]:
    """The numbers kept in the texts the kallelse prints (on paper and on the web)."""
    return _kept(rules, _kallelse_texts(meeting))


def kept_in_anslag(rules: PublicCopyRules, meeting: Sammantrade) -> frozenset[str]:
    """The numbers kept in the texts the anslag prints: the organ's and the justering's."""
    printed = [organ_root(meeting), f"{protokoll_root(meeting)}/justering"]
    return _kept(rules, lambda source: _under(source, printed))


def kept_by_heading(
    rules: PublicCopyRules, meeting: Sammantrade, pdf: bytes
) -> Callable[[int], frozenset[str]]:
    """For a page of a packet laid out as one document (the web packet): the numbers kept
    in the texts of the ärende its running header names ("Ärende 4 · Dnr …"), or of the
    kallelse ("Kallelse 2020-12-07 · …"). The pages before the first header (the first
    page, which opens the kallelse) are the kallelse's. A later page without a header
    cannot say whose it is: there a number kept anywhere in the meeting passes, as before.
    `meeting` as stored."""
    numbered_items = dict(numbered(meeting.items))
    anywhere = _kept(rules, lambda source: True)
    kallelse = _kept(rules, _kallelse_texts(meeting))
    headings: dict[int, str] = {}

    @cache
    def on_page(page: int) -> frozenset[str]:
        if not headings:  # read once, when the check first asks (a kept number was found)
            headings.update(page_headings(pdf, set(range(1, page_count(pdf) + 1))) or {0: ""})
        heading = headings.get(page, "")
        first_headed = min((p for p, h in headings.items() if h), default=page + 1)
        if heading.startswith("Kallelse") or (not heading and page < first_headed):
            return kallelse
        found = _ARENDE.match(heading)
        item = numbered_items.get(int(found.group(1))) if found else None
        return _kept(rules, _item_texts(meeting, item)) if item is not None else anywhere

    return on_page


_ARENDE = re.compile(r"Ärende (\d+)\b")


def _kallelse_texts(meeting: Sammantrade) -> Callable[[str], bool]:
    meeting_texts = f"{meeting_root(meeting)}/"
    organ = organ_root(meeting)

    def printed(source: str) -> bool:
        if source.startswith(meeting_texts):
            return _TJANSTESKRIVELSE not in source
        return _under(source, [organ])

    return printed


def _item_texts(meeting: Sammantrade, item: Arende) -> Callable[[str], bool]:
    items = f"{meeting_root(meeting)}/items/"
    own = [f"{items}{row_name(item)}", *(bilaga_source(b) for b in item.bilagor)]
    organ = organ_root(meeting)

    def printed(source: str) -> bool:
        if source.startswith(items):
            return _under(source, own)
        return source.startswith(f"{meeting_root(meeting)}/") or _under(source, [organ, *own])

    return printed


def kept_in_protokoll(
    rules: PublicCopyRules, meeting: Sammantrade, only: Paragraf | None = None
) -> frozenset[str]:
    """The numbers kept in the texts the protokoll prints; `only`: the § an utdrag prints."""
    meeting_texts = f"{meeting_root(meeting)}/"
    paragrafer = f"{protokoll_root(meeting)}/paragrafer/"
    items = [i for i in meeting.items if only is None or i.id == only.item_id]
    own_items = [f"{meeting_texts}items/{row_name(item)}" for item in items]

    def printed(source: str) -> bool:
        if source.startswith(paragrafer):
            return only is None or _under(source, [f"{paragrafer}{row_name(only)}"])
        if source.startswith(f"{meeting_texts}items/"):
            return _TJANSTESKRIVELSE not in source and _under(source, own_items)
        return source.startswith((meeting_texts, f"{protokoll_root(meeting)}/")) or _under(
            source, [organ_root(meeting)]
        )

    return _kept(rules, printed)


def paragraf_pages(pdf: bytes, paragrafer: list[Paragraf]) -> Callable[[int], Paragraf | None]:
    """Which § a page of the full protokoll (1 first) prints: the § whose heading opens the
    page (interchange.pdf_page_heading.paragraf_starts) or, on a page that opens none, the
    § before it; None before the first § (the first page, the närvarolista, the Innehåll).
    The pages are read once, when first asked (the last check found something)."""
    by_number = {paragraf.nr: paragraf for paragraf in paragrafer}
    firsts: list[tuple[int, int]] = []  # (first page, § number), in page order

    @cache
    def on(page: int) -> Paragraf | None:
        if not firsts:
            begins = paragraf_starts(pdf, [(p.nr, line_under_number(p)) for p in paragrafer])
            firsts.extend(sorted((first, nr) for nr, first in begins.items()) or [(0, 0)])
        owner = bisect_right(firsts, (page, float("inf"))) - 1
        return by_number.get(firsts[owner][1]) if owner >= 0 else None

    return on


def kept_by_paragraf(
    rules: PublicCopyRules, meeting: Sammantrade, pages: Callable[[int], Paragraf | None]
) -> Callable[[int], frozenset[str]]:
    """For a page of the full protokoll (1 first): what was kept in the texts of the § it
    prints (`pages`: paragraf_pages), as for an utdrag of that § (a number kept in § 219 does
    not pass in § 220). Before the first § the pages print the protokoll's own fields and a
    line of each § (the Innehåll): there what was kept anywhere in the protokoll passes, as
    before. `meeting` as stored."""

    @cache
    def on_page(page: int) -> frozenset[str]:
        return kept_in_protokoll(rules, meeting, pages(page))

    return on_page


def kept_by_html_paragraf(
    rules: PublicCopyRules, meeting: Sammantrade, paragrafer: list[Paragraf], page: str
) -> list[tuple[str, frozenset[str]]]:
    """The HTML protokoll in parts, each with what the texts it prints kept, as the PDF is
    checked page by page (kept_by_paragraf): each § from its heading (`<h2
    id="paragraf-219">`, reports.web.html) to the next as an utdrag of that §, and what
    comes before the first § (the head, the first page, the närvarolista, the Innehåll) as
    the whole protokoll. A § written in a text is escaped there, and opens no part."""
    by_number = {paragraf.nr: paragraf for paragraf in paragrafer}
    starts = [(m.start(), int(m.group(1))) for m in _HTML_PARAGRAF.finditer(page)]
    bounds = [0, *(start for start, _ in starts), len(page)]
    owners = [None, *(by_number.get(nr) for _, nr in starts)]
    return [
        (page[begin:end], kept_in_protokoll(rules, meeting, owner))
        for begin, end, owner in zip(bounds[:-1], bounds[1:], owners, strict=True)
    ]


_HTML_PARAGRAF = re.compile(r'<h\d id="paragraf-(\d+)"')


def line_under_number(paragraf: Paragraf) -> str:
    """What a §'s heading prints on the line under its number, on paper and on the web
    (reports.protokoll_common.paragraf_story, reports.web.paragraf.paragraf_blocks)."""
    return f"Dnr {paragraf.dnr}" if paragraf.dnr else paragraf.title


def _under(source: str, roots: Iterable[str]) -> bool:
    """Whether `source` is one of `roots` or a text inside one ("…/title", "…:text")."""
    return any(
        source == root or source.startswith(f"{root}/") or source.startswith(f"{root}:")
        for root in roots
    )


def _kept(rules: PublicCopyRules, printed: Callable[[str], bool]) -> frozenset[str]:
    """What the texts `printed` accepts kept: numbers, and names' and titles' keys."""
    return frozenset(
        kept
        for source, kept_there in rules.kept_in_texts()
        if printed(source)
        for kept in kept_there
    )
