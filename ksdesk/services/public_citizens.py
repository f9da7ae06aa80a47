"""The review's hits for texts of the meeting and its protokoll that name a citizen whose
medborgarförslag may not carry the name in public (core.citizen_mentions). Decided
"maskera", the name is replaced in that text by "förslagsställaren", as a secret title is
replaced by its neutral words (core.public_copy.rules_from)."""

from __future__ import annotations

from collections.abc import Iterator

from ksdesk.core.citizen_mentions import NEUTRAL, citizen_names
from ksdesk.core.public_copy import MENTION_BREAK, PublicHit, hit_key
from ksdesk.core.secret_mentions import mentions
from ksdesk.db import motion_repo
from ksdesk.db.connection import Store
from ksdesk.services.public_mentions import mention_context

KIND = "namn"
# Texts of the meeting and its protokoll; a bilaga's content has checks of its own.
_ROOTS = ("meeting:", "protokoll:")


class CitizenNames:
    """The names of the register's citizens who did not agree to publication."""

    def __init__(self, store: Store) -> None:
        self.names = citizen_names(motion_repo.list_all(store))

    def hits(self, source: str, where: str, text: str, item_id: int | None) -> Iterator[PublicHit]:
        """A hit for each such name `text` holds, where the public copy prints `text`."""
        if not source.startswith(_ROOTS):
            return
        for name in self.names:
            found = mentions(text, name.forms)
            if not found:
                continue
            yield PublicHit(
                hit_key(KIND, source, name.forms[-1].lower()),
                KIND,
                source,
                where,
                f"förslagsställarens namn ({name.what}, ej samtycke till publicering)",
                context=mention_context(text, *found[0]),
                item_id=item_id,
                mention=MENTION_BREAK.join(name.forms),
                neutral=NEUTRAL,
            )
