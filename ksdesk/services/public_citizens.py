"""The review's hits for texts that name a citizen whose medborgarförslag may not carry the
name in public (core.citizen_mentions). Decided "maskera": in a text of the meeting or its
protokoll the name is replaced by "förslagsställaren", as a secret title is replaced by its
neutral words (core.public_copy.rules_from); a bilaga ksdesk renders from its registers is
left out, and so is a page of a stored PDF (the förslag itself, attached as its author sent
it), with a page saying why: their words cannot be rewritten for one meeting's copy."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from ksdesk.core.citizen_mentions import NEUTRAL, CitizenName, citizen_names
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.public_copy import MENTION_BREAK, REGISTER, PublicHit, hit_key
from ksdesk.core.secret_mentions import mentions
from ksdesk.db import motion_repo
from ksdesk.db.connection import Store
from ksdesk.interchange.pdf_text import PDF_MAGIC
from ksdesk.services.public_mentions import Hide, mention_context, pdf_pages

KIND = "namn"
# Texts of the meeting and its protokoll, where a name can be replaced.
_ROOTS = ("meeting:", "protokoll:")


class CitizenNames:
    """The names of the register's citizens who did not agree to publication, and the
    bilagor of the meeting they may stand in."""

    def __init__(
        self, store: Store, meeting: Sammantrade, protected: frozenset[str] = frozenset()
    ) -> None:
        # A citizen who is also in the register of skyddade personuppgifter (`protected`:
        # the names registered, in lower case) is the register's hit alone, masked always:
        # a second hit of the same name would stand open beside it (services.public_skyddade).
        names = citizen_names(motion_repo.list_all(store))
        self.names = [name for name in names if name.forms[-1].lower() not in protected]
        bilagor = [bilaga for item in meeting.items for bilaga in item.bilagor]
        self.pdfs = {b.id: b for b in bilagor if (b.content or b"").startswith(PDF_MAGIC)}
        self.rendered = {b.id for b in bilagor if b.content is None and (b.ref or "").strip()}
        # What a context hides before it is cut: a protected person (public_copy sets it).
        self.hide: Hide | None = None

    def hits(
        self, source: str, where: str, text: str, item_id: int | None, bilaga_id: int | None
    ) -> Iterator[PublicHit]:
        """A hit for each such name `text` holds, where the public copy prints `text`."""
        pages = pdf_pages(self.pdfs, source, bilaga_id) if self.names else []
        if pages or not self.names:
            yield from self._page_hits(pages or [], where, item_id, bilaga_id or 0)
            return
        # A list of ksdesk's registers prints a name only with consent itself (core.motion).
        rendered = (
            bilaga_id in self.rendered
            and source.startswith("bilaga:")
            and not source.endswith(REGISTER)
        )
        if not rendered and not source.startswith(_ROOTS):
            return
        for name in self.names:
            found = mentions(text, name.forms)
            if not found:
                continue
            hit = _hit(
                name, source, where, mention_context(text, *found[0], hide=self.hide), item_id
            )
            if rendered:  # no `mention`: "maskera" leaves the bilaga out
                yield replace(hit, bilaga_id=bilaga_id)
            else:
                yield replace(hit, mention=MENTION_BREAK.join(name.forms), neutral=NEUTRAL)

    def _page_hits(
        self, pages: list[tuple[str, int, str]], where: str, item_id: int | None, bilaga_id: int
    ) -> Iterator[PublicHit]:
        for page, number, text in pages:
            for name in self.names:
                if found := mentions(text, name.forms):
                    context = mention_context(text, *found[0], hide=self.hide)
                    hit = _hit(name, page, f"{where}, sida {number}", context, item_id)
                    yield replace(hit, bilaga_id=bilaga_id)


def _hit(
    name: CitizenName, source: str, where: str, context: str, item_id: int | None
) -> PublicHit:
    return PublicHit(
        hit_key(KIND, source, name.forms[-1].lower()),
        KIND,
        source,
        where,
        f"förslagsställarens namn ({name.what}, ej samtycke till publicering)",
        context=context,
        item_id=item_id,
    )
