"""The status under the hits of Granska offentlig kopia (ui.dialogs.public_check_dialog):
how many are still open and what a decision does, the hits no choice is given for, and what
is published but worth the secretary's attention."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from ksdesk.core.format import format_count
from ksdesk.core.public_blocked import not_handled
from ksdesk.core.public_copy import PublicHit
from ksdesk.services.public_skyddade import unchecked_warning


def status_text(
    hits: list[PublicHit], untagged: list[str], silent: list[str], hints: Sequence[str] = ()
) -> str:
    """The status as rich text, from the hits, the scan's two lists of notes and its
    suggestions (core.tillsyn_hint), each a sentence of its own that blocks nothing."""
    open_count = sum(1 for h in hits if not h.resolved)
    if not hits:
        text = "Inga personnummer och inget sekretessmarkerat: kopian kan bli offentlig."
    elif open_count:
        text = (
            f"<b style='color:#b3261e'>{open_count} av "
            f"{format_count(len(hits), 'träff', 'träffar')} {not_handled(open_count)}.</b> "
            "En offentlig kopia kan inte göras förrän varje träff är maskerad eller medvetet "
            "behållen. Ett maskerat personnummer tas bort ur texten (är det ritat som "
            "kurvor svärtas det över och tas bort ur sidan); en maskerad bild eller "
            "sida som inte kan läsas byts mot en sida som säger varför, en "
            "sekretessmarkerad bilaga tas inte med i den offentliga kopian, och där en "
            "text nämner den vid namn står ”omfattas av sekretess” i stället. En "
            "förslagsställare som inte samtyckt till publicering kallas "
            "”förslagsställaren”; en bilaga med delegationsbeslut som rör en enskild "
            "person tas inte med. En privatpersons maskerade namn, adress, telefonnummer "
            "eller e-post tas bort ur texten och ur bilagans sidor."
        )
    else:
        every = "Träffen är" if len(hits) == 1 else f"Alla {len(hits)} träffar är"
        text = f"<b>{every} hanterade:</b> en offentlig kopia kan göras."
    protected = sum(1 for h in hits if h.always_masked)
    if protected:
        text += (
            f"<br><b>{format_count(protected, 'träff', 'träffar')} gäller en person med "
            "skyddade personuppgifter</b> och maskeras alltid, utan val: att publicera "
            "dem kan röja var personen bor eller vem hen är."
        )
    if unchecked_warning(hits):  # said whole where "behåll" is asked about
        text += (
            "<br><b>En sida som inte kan läsas kan inte kontrolleras mot registret över "
            "skyddade personuppgifter:</b> maskera den, eller titta på den innan du behåller."
        )
    text += _listed(
        "Inte tillgänglighetsanpassade",
        untagged,
        "De saknar taggar för skärmläsare och publiceras som egna filer bredvid "
        "webbversionen: be den som skrev dem om en tillgänglig kopia.",
    )
    text += _listed(
        "Bilder där ingen text hittades",
        silent,
        "De publiceras som de är; titta på dem, eftersom textigenkänningen inte läser "
        "handskrift eller vriden text säkert.",
    )
    return text + "".join(f"<br><b>Förslag:</b> {escape(hint)}" for hint in hints)


def _listed(title: str, lines: list[str], advice: str) -> str:
    """A note under the status: what is published but worth the secretary's attention."""
    if not lines:
        return ""
    return f"<br><b>{title}:</b> {'; '.join(escape(line) for line in lines)}. {advice}"
