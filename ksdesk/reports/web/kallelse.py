"""The web edition of the kallelse: the paper kallelse's words in its order
(reports/kallelse_pdf.py) as a structured document. The organ is the H1, "Till … ledamöter
och ersättare" and "Ärenden" are H2, Tid and Plats are label/value pairs, the ärendelista is
a table whose header row comes back on every page. In the packet each ärende's row also
names its bilagor, each a link to where it is."""

from __future__ import annotations

from collections.abc import Callable

from ksdesk.core.beslut_groups import proposal_parts
from ksdesk.core.format import format_date
from ksdesk.core.kallelse import (
    addressee,
    item_details,
    public_note,
    public_title,
    signatories,
    when_and_where,
)
from ksdesk.core.meeting import Arende, Sammantrade, numbered, written_dnr
from ksdesk.core.organ import Organ
from ksdesk.reports.web.model import (
    Block,
    Cell,
    Columns,
    Fields,
    Heading,
    Inline,
    Para,
    Part,
    Run,
    Signature,
    Signatures,
    Space,
    Table,
    WebDocument,
)

# The handlingar of one ärende's row, in order: (name, target), "" for one not linked.
BilagaLinks = Callable[[int, Arende], list[tuple[str, str]]]


def kallelse_title(meeting: Sammantrade, organ: Organ, public: bool) -> str:
    """The title a viewer shows; a public copy says so, as the public protokoll does."""
    title = f"Kallelse {organ.name} {format_date(meeting.date)}"
    return title + (" (offentlig version)" if public else "")


def kallelse_header(meeting: Sammantrade, organ: Organ, public: bool) -> dict:
    left = " · ".join(part for part in (organ.kommun, organ.name) if part)
    right = f"Kallelse {format_date(meeting.date)}" + (" · Offentlig version" if public else "")
    return {"header_left": (left,), "header_right": (right,)}


def kallelse_document(
    meeting: Sammantrade,
    organ: Organ,
    *,
    public: bool = False,
    with_proposals: bool | None = None,
    links: BilagaLinks | None = None,
) -> WebDocument:
    """The kallelse alone; `links` names each ärende's handlingar under its title (the HTML
    kallelse, whose handlingar are files beside it)."""
    part = kallelse_part(meeting, organ, public=public, links=links, with_proposals=with_proposals)
    return WebDocument(kallelse_title(meeting, organ, public), organ.name, [part])


def kallelse_part(
    meeting: Sammantrade,
    organ: Organ,
    *,
    public: bool = False,
    links: BilagaLinks | None = None,
    with_proposals: bool | None = None,
) -> Part:
    """The kallelse's pages; `links` names the bilagor under each ärende (the packet);
    `with_proposals` prints each förslag till beslut whatever the meeting's setting says."""
    proposals = meeting.show_proposals if with_proposals is None else with_proposals
    blocks: list[Block] = [_letterhead(meeting, organ, public), Space(8)]
    blocks += [
        Heading(addressee(organ), 2),
        Fields(tuple((label, (value,)) for label, value in when_and_where(meeting)), label_mm=22),
    ]
    blocks += [Para(note) for note in (meeting.remote_note, meeting.absence_note) if note.strip()]
    blocks += [Heading("Ärenden", 2), _agenda(meeting, organ, public, proposals, links)]
    if public:
        secret = [n for n, item in numbered(meeting.items) if n is not None and item.secret]
        if secret:
            blocks.append(Para(public_note(secret), "small"))
    signing = tuple(Signature(name, title) for name, title in signatories(meeting, organ))
    if signing:
        blocks.append(Signatures(signing))
    header = kallelse_header(meeting, organ, public)
    return Part(tuple(blocks), header_on_first_page=False, **header)


def _letterhead(meeting: Sammantrade, organ: Organ, public: bool) -> Columns:
    left = (Para((Run(organ.kommun.strip(), bold=True),)), Heading(organ.name.strip(), 1))
    right: tuple[Block, ...] = (
        Para("KALLELSE", "subtitle"),
        Para(f"Sammanträde {format_date(meeting.date)}", "small"),
    )
    if public:
        right += (Para((Run("Offentlig version", bold=True),), "small"),)
    return Columns((left, right), (0.65, 0.35), rule_below=True)


def _agenda(
    meeting: Sammantrade,
    organ: Organ,
    public: bool,
    proposals: bool,
    links: BilagaLinks | None,
) -> Table:
    """Nr | Ärende | Dnr, each ärende's förslag till beslut (when printed) under it, a part
    to fullmäktige and the organ's own each under its label, as the paper prints them."""
    header = tuple(Cell(h, bold=True) for h in ("Nr", "Ärende", "Dnr"))
    rows: list[tuple[Cell, ...]] = []
    shaded: list[int] = []
    # Where the last ärende's rows start (at a section row right over it): the web edition
    # keeps them on the page of the signatures, which are never alone on a page.
    last = 0
    for number, item in numbered(meeting.items):
        if number is None or len(rows) - 1 not in shaded[-1:]:
            last = len(rows)
        if number is None:
            shaded.append(len(rows))
            rows.append((Cell(" ".join(item.title.split()), colspan=3, bold=True),))
            continue
        hidden = public and item.secret
        rows.append(
            (
                Cell(str(number), align="right"),
                Cell(_title(item, hidden, links(number, item) if links and not hidden else [])),
                Cell("" if hidden else written_dnr(item)),
            )
        )
        parts = proposal_parts(item.proposal, organ.name) if proposals and not hidden else []
        if parts:
            text: list[Run] = []
            for label, part in parts:
                text += [Run("\n")] if text else []
                text += [Run(f"{label}: ", bold=True), Run(part)]
            rows.append((Cell(""), Cell(tuple(text), colspan=2)))
    shading = tuple(shaded)
    return Table((11, 132, 27), (header,), tuple(rows), 10, shading, keep=len(rows) - last)


def _title(item: Arende, hidden: bool, links: list[tuple[str, str]]) -> Inline:
    if hidden:
        return public_title(item)
    runs = [Run(" ".join(item.title.split()))]
    details = item_details(item)
    if details:
        runs += [Run("\n"), Run(" · ".join(d.strip() for d in details), small=True)]
    for name, target in links:
        runs += [Run("\n"), Run(name, link=target, small=True)]
    return tuple(runs)
