"""Which ärenden have a tjänsteskrivelse, without reading one: a public packet says where a
secret ärende's tjänsteskrivelse was left out (services.packet_parts), and the public view
it prints from has taken it away already."""

from __future__ import annotations

from ksdesk.db.connection import Store
from ksdesk.db.rows import to_json


def with_tjansteskrivelse(store: Store, item_ids: set[int]) -> set[int]:
    """The ids among `item_ids` of the ärenden that have a tjänsteskrivelse."""
    if not item_ids:
        return set()
    # The ids as one JSON parameter: the query's text is the same for any number of them.
    rows = store.db.query(
        "SELECT item_id FROM tjansteskrivelse WHERE item_id IN (SELECT value FROM json_each(?))",
        [to_json(sorted(item_ids))],
    )
    return {row["item_id"] for row in rows}
