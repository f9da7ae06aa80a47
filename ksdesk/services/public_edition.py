"""The one public edition of a meeting: what every public output prints, whatever renders it
(the paper kallelse, packet and protokoll, the web PDFs and HTML, the calendar file).

    e = public_edition(store, meeting_id)    # refuses while a hit of the review is open
    e.meeting, e.organ                       # every text masked as decided
    e.bilaga_pdf(bilaga)                     # a stored PDF bilaga as it may be published
    e.checked_kallelse(pdf, "Den offentliga kallelsen")   # the last independent read
    e.checked_text(text, what) / e.checked_html(html, what)

The edition is made by walking every text field of the printed dataclasses (core.text_walk)
under the names the review scanned them by, so a field nobody listed is masked too; a
renderer only ever sees the edition, and its output is read once more before it is saved."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from urllib.parse import unquote

from ksdesk.core import text_walk
from ksdesk.core.kallelse import public_title, secret_bilaga_title
from ksdesk.core.meeting import Arende, Bilaga, Sammantrade
from ksdesk.core.not_in_full import withhold_texts
from ksdesk.core.organ import Organ
from ksdesk.core.public_copy import PublicCopyRules
from ksdesk.db import meeting_repo, organ_repo
from ksdesk.db.connection import Store
from ksdesk.services import public_gate, public_pdf


@dataclass(frozen=True)
class PublicEdition:
    """A meeting and its organ as a public copy may show them, with the decisions of the
    review (`rules`) that made them."""

    meeting: Sammantrade
    organ: Organ
    rules: PublicCopyRules

    def bilaga_pdf(self, bilaga: Bilaga) -> bytes:
        """A stored PDF bilaga as it may be published: only its pages' drawn content (no
        forms, annotations, links, attached files, scripts, outlines or metadata), each
        number decided "maskera" taken out of the text, read once more. InvalidInput (in
        Swedish) when it cannot be made safe: it is then left out, and the caller says so."""
        from ksdesk.services.public_sources import bilaga_source

        data = public_pdf.public_bilaga(bilaga, self.rules)
        what = f"Bilagan ”{bilaga.title}”"
        return public_gate.checked(data, what, self.rules, within=bilaga_source(bilaga))

    def checked_kallelse(self, pdf: bytes, what: str) -> bytes:
        """The kallelse's `pdf` once the independent reader finds no number in it that was
        not consciously kept in a text the kallelse prints (public_gate.PublicOutputRefused,
        naming where, otherwise): not one kept only in a tjänsteskrivelse or a bilaga."""
        from ksdesk.services.public_kept import kept_in_kallelse

        kept = kept_in_kallelse(self.rules, self.meeting)
        return public_gate.checked(pdf, what, self.rules, on_page=lambda page: kept)

    def checked_text(self, text: str, what: str, kept: frozenset[str] | None = None) -> str:
        """`text` once the last check finds nothing in it that was not kept; `kept`: what the
        texts it prints kept (public_kept), what was kept anywhere in the meeting if None."""
        return public_gate.checked_text(text, what, self.rules, kept=kept)

    def checked_html(self, page: str, what: str, kept: frozenset[str] | None = None) -> str:
        """An HTML page read as a browser shows it and as a reader of its source finds it:
        its text with block tags as breaks and inline tags joining what they split, and
        every attribute (the author, an alt text, a link) on a line of its own. `kept`: what
        the texts it prints kept (public_gate.checked_text)."""
        for reading in html_readings(page):
            public_gate.checked_text(reading, what, self.rules, kept=kept)
        return page


# Tags a browser draws inside a line: a number split by them is shown whole.
_INLINE = r"(?:a|abbr|b|em|i|mark|small|span|strong|sub|sup|u)"
_INLINE_TAG = re.compile(rf"</?{_INLINE}\b[^>]*>", re.IGNORECASE)


def html_readings(page: str) -> list[str]:
    """What an HTML page shows (its text as drawn) and what its tags carry (the values of
    their attributes), each with the entities resolved; the attributes once more as a
    browser follows a link (URL-decoded: "mailto:karin%2Eberg%40hotmail.com")."""
    source = re.sub(r"<!--.*?-->", "", page, flags=re.DOTALL)
    shown = html.unescape(re.sub(r"<[^>]*>", "\n", _INLINE_TAG.sub("", source)))
    attributes = [
        html.unescape(value)
        for tag in re.findall(r"<[^>]*>", source)
        for quoted in re.findall(r"""=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", tag)
        for value in quoted
        if value
    ]
    decoded = [unquote(value) for value in attributes if "%" in value]
    return [shown, "\n".join(attributes), "\n".join(decoded)]


def public_edition(store: Store, meeting_id: int) -> PublicEdition:
    """The public edition of the meeting; refused (PublicCopyBlocked, naming what is open)
    until every hit of the review has a decision."""
    from ksdesk.services.public_copy import ensure_public_ok, organ_root

    rules = ensure_public_ok(store, meeting_id)
    meeting = meeting_repo.get(store, meeting_id)
    organ = organ_repo.get(store, meeting.organ_id)
    masked_organ = text_walk.masked(organ, organ_root(meeting), rules.mask)
    return PublicEdition(public_view(store, meeting, rules), masked_organ, rules)


def public_view(
    store: Store, meeting: Sammantrade, rules: PublicCopyRules | None = None
) -> Sammantrade:
    """The meeting as a public copy may show it, after the public-copy safety check
    (`public_copy.ensure_public_ok`, which refuses while a personnummer or a secret item has
    no decision). Every text of the meeting is walked (core.text_walk) and masked as decided,
    under the same names the scan gave it, so no field can be printed unmasked; what was
    decided "maskera" is left out: a secret item keeps its number, a neutral title and its
    sekretess reference and nothing else; a bilaga gets `withheld`, the reason the reports
    name where they list it."""
    from ksdesk.services.public_copy import ensure_public_ok, meeting_root

    if rules is None:  # a caller that needs the rules too (the protokoll) passes them
        rules = ensure_public_ok(store, meeting.id)
    view = text_walk.masked(meeting, meeting_root(meeting), rules.mask)
    for item in view.items:
        item.secret = rules.omit_item_content(item.id)  # a conscious "behåll" shows it
        if item.secret:
            _neutral(item)
        for bilaga in item.bilagor:
            # "" = printed (also a kept secret), maybe with pages left out
            bilaga.withheld = rules.withheld(bilaga.id) or _whole(bilaga, rules)
            if bilaga.withheld == "sekretess":
                bilaga.title = secret_bilaga_title(bilaga)  # its title may say what is secret
        if not item.secret:
            withhold_texts(item)  # its public title; no texts when not published in full
    return view


def _whole(bilaga: Bilaga, rules: PublicCopyRules) -> str:
    """Why a bilaga is left out whole when every one of its pages would be left out."""
    if not rules.pages_left_out(bilaga.id) or not bilaga.content:
        return ""
    try:
        count = public_pdf.page_count(bilaga.sha256, bilaga.content)
    except Exception:  # pikepdf's and qpdf's errors: the scan has said it cannot be read
        return "oläslig"
    return rules.every_page_left_out(bilaga.id, count)


def _neutral(item: Arende) -> None:
    """A secret item in a public copy: its number (kept by its place), a neutral title with
    the OSL reference, and nothing else: no Dnr, no förslag, no handlingar."""
    item.title = public_title(item)
    item.dnr = item.proposal = item.presenter = item.time_slot = ""
    item.tjansteskrivelse = None
    for bilaga in item.bilagor:
        bilaga.title = ""
