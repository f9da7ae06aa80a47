"""What a review with hits still open says, in Swedish: the refusal of a public copy and the
count under Granska offentlig kopia ("2 av 3 träffar är inte hanterade")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # core.public_copy reads its refusal here
    from ksdesk.core.public_copy import PublicHit


def not_handled(count: int) -> str:
    """ "är inte hanterad" after one (träff), "hanterade" after more: "1 träff är inte
    hanterad", "2 av 3 träffar är inte hanterade"."""
    return "är inte hanterad" if count == 1 else "är inte hanterade"


def blocked_message(open_hits: list[PublicHit]) -> str:
    count = len(open_hits)
    noun = "träff" if count == 1 else "träffar"
    places = "; ".join(f"{h.kind_text.lower()} i {h.where}" for h in open_hits[:3])
    more = f" och {count - 3} till" if count > 3 else ""
    return (
        f"Den offentliga kopian kan inte skapas: {count} {noun} {not_handled(count)} "
        f"({places}{more}). Maskera eller behåll var och en medvetet under "
        "Arkiv → Granska offentlig kopia, eller med `ksdesk public scan` (visar träffarna) "
        "och `ksdesk public decide --mask` eller `--keep`."
    )
