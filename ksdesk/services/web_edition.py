"""Web editions: what the kommun publishes, as tagged PDF/UA-1 + PDF/A-2a (and HTML).

Each is rendered from the very edition the paper prints (public_edition.public_edition,
protokoll_print.protokoll_edition, …): the public version after the public-copy guard, so
paper and web cannot say different things, and nothing the guard keeps off paper reaches the
web. Each output is read once more by the independent reader before it is returned."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.core.format import format_date
from ksdesk.core.protokoll import Paragraf, Protokoll
from ksdesk.db.connection import Store
from ksdesk.reports.web import kallelse as web_kallelse
from ksdesk.reports.web import protokoll as web_protokoll
from ksdesk.reports.web.html import web_html
from ksdesk.reports.web.typst_pdf import web_pdf
from ksdesk.services.protokoll_print import (
    held_meeting,
    protokoll_edition,
    utdrag_edition,
    utdrag_on,
)
from ksdesk.services.public_edition import public_edition
from ksdesk.services.public_kept import kept_by_html_paragraf, kept_in_kallelse
from ksdesk.services.web_handlingar import kallelse_handlingar
from ksdesk.services.web_packet import WebFile


def kallelse_web(store: Store, meeting_id: int, *, with_proposals: bool | None = None) -> bytes:
    """The public kallelse as a tagged PDF for the web (`with_proposals`: as on paper)."""
    return kallelse_web_print(store, meeting_id, with_proposals=with_proposals)[0]


def kallelse_web_print(
    store: Store, meeting_id: int, *, with_proposals: bool | None = None
) -> tuple[bytes, list[str]]:
    """The public kallelse for the web and, beside it, a line for each ärende with characters
    that printed as � (as the paper kallelse says them)."""
    from ksdesk.services.kallelse import print_notes

    e = public_edition(store, meeting_id)
    document = web_kallelse.kallelse_document(
        e.meeting, e.organ, public=True, with_proposals=with_proposals
    )
    return e.checked_kallelse(web_pdf(document), "Den offentliga kallelsen"), print_notes(e.meeting)


NOT_JUSTERAT = (
    "Protokollet är inte justerat ännu och publiceras inte på webben: ett protokoll blir "
    "offentligt när det är justerat, och anslaget säger att det är det. Skriv in dagen då "
    "det justerades under Justering (fliken Sammanträde), eller skriv ut ett utkast på papper."
)


def not_for_the_web(protokoll: Protokoll, paragraf: Paragraf | None = None) -> str:
    """Why the protokoll (or the utdrag of `paragraf`) is not published on the web yet, ""
    once it may be: before it is justerat a protokoll is a draft, not an allmän handling,
    and its anslag/bevis would say what is not so. A § justerad omedelbart may go before
    the rest. The GUI offers Spara för webben by this; the editions below refuse by it."""
    if protokoll.justering.justerat is not None:
        return ""
    if paragraf is None:
        return NOT_JUSTERAT
    if paragraf.omedelbar_justering:
        return ""
    return (
        f"§ {paragraf.nr} är inte justerad ännu och publiceras inte på webben: ett utdrag "
        "publiceras när protokollet är justerat, eller paragrafen justerad omedelbart."
    )


def protokoll_web(store: Store, meeting_id: int) -> bytes:
    """The public protokoll as a tagged PDF for the web, once it is justerat."""
    e = protokoll_edition(store, meeting_id, public=True)
    refused = not_for_the_web(e.protokoll)
    if refused:
        raise InvalidInput(refused)
    document = web_protokoll.protokoll_document(
        e.organ, e.meeting, e.protokoll, e.chain, public=True, fingerprint=e.fingerprint
    )
    return e.checked(web_pdf(document), "Det offentliga protokollet")


def utdrag_web(store: Store, meeting_id: int, number: int, bestyrkt: date | None = None) -> bytes:
    """The public protokollsutdrag of § `number` as a tagged PDF for the web."""
    e, paragraf = utdrag_edition(store, meeting_id, number, public=True)
    refused = not_for_the_web(e.protokoll, paragraf)
    if refused:
        raise InvalidInput(refused)
    document = web_protokoll.utdrag_document(
        e.organ, e.meeting, e.protokoll, paragraf, bestyrkt or date.today(), public=True
    )
    return e.checked(web_pdf(document), "Det offentliga protokollsutdraget")


def utdrag_web_on(
    store: Store,
    day: date,
    number: int,
    bestyrkt: date | None = None,
    *,
    organ: str | None = None,
) -> bytes:
    """The public utdrag of § `number` of the meeting held on `day` (of `organ`), for the
    web. A § kept without its meeting has no review before publishing: refused as on paper."""
    meeting = held_meeting(store, day, organ)
    if meeting is None:
        return utdrag_on(store, day, number, bestyrkt, organ=organ, public=True)  # says why
    return utdrag_web(store, meeting.id, number, bestyrkt)


@dataclass(frozen=True)
class HtmlPage:
    name: str  # file name: "kallelse-2020-12-07.html"
    title: str
    html: str


@dataclass
class HtmlFolder:
    """What `ksdesk webb` writes: the pages and, beside them, the handlingar the kallelse
    links (web_handlingar), with a line for each handling it could not publish."""

    pages: list[HtmlPage]
    stem: str  # the handlingar's names begin so: "kallelse-2020-12-07"
    files: list[WebFile] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def html_editions(store: Store, meeting_id: int) -> list[HtmlPage]:
    """The pages of `html_folder`, the kallelse first."""
    return html_folder(store, meeting_id).pages


def html_folder(store: Store, meeting_id: int) -> HtmlFolder:
    """The public kallelse, each public ärende's handlingar linked from its row and written
    beside it, and, once it is justerat, the public protokoll, as self-contained HTML pages
    (for kommuner that publish HTML rather than PDF): the same documents as the web PDFs,
    from the same public editions."""
    edition = public_edition(store, meeting_id)
    day = format_date(edition.meeting.date)
    stem = f"kallelse-{day}"
    handlingar = kallelse_handlingar(store, edition, stem)
    kallelse = web_kallelse.kallelse_document(
        edition.meeting, edition.organ, public=True, links=handlingar.lines_of
    )
    kept = kept_in_kallelse(edition.rules, edition.meeting)
    page = edition.checked_html(web_html(kallelse), "Den offentliga kallelsen (HTML)", kept)
    folder = HtmlFolder(
        [HtmlPage(f"{stem}.html", kallelse.title, page)],
        stem,
        handlingar.files,
        handlingar.problems,
    )
    try:
        e = protokoll_edition(store, meeting_id, public=True)
    except NotFound:  # no protokoll yet: the kallelse alone
        return folder
    if not_for_the_web(e.protokoll):  # a draft is not published
        return folder
    protokoll = web_protokoll.protokoll_document(
        e.organ, e.meeting, e.protokoll, e.chain, public=True, fingerprint=e.fingerprint
    )
    page = web_html(protokoll)
    # Read § by §, as the PDF is page by page: what one § kept passes in no other.
    for part, kept in kept_by_html_paragraf(e.rules, e.meeting, e.protokoll.paragrafer, page):
        edition.checked_html(part, "Det offentliga protokollet (HTML)", kept)
    folder.pages.append(HtmlPage(f"protokoll-{day}.html", protokoll.title, page))
    return folder
