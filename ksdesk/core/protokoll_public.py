"""A § as the public version prints it. Its texts are scanned and masked by the walk of the
public edition (core.text_walk), like every other printed text; a § whose agenda item is
secret keeps its number and shows a neutral title, "Sekretess enligt <paragraf>" and nothing
else."""

from __future__ import annotations

from dataclasses import replace

from ksdesk.core.justering_check import forvaringsplats_of
from ksdesk.core.kallelse import PUBLIC_SECRET_TITLE
from ksdesk.core.meeting import Arende, Sammantrade
from ksdesk.core.not_in_full import note_of, paragraf_head
from ksdesk.core.organ import Organ
from ksdesk.core.protokoll import Justering, Paragraf

PUBLIC_NOTE = (
    "Offentlig version. Paragrafer som omfattas av sekretess återges utan innehåll, och "
    "personnummer är maskerade enligt granskningen före publicering."
)

UTDRAG_PUBLIC_NOTE = (
    "Offentlig version. En paragraf som omfattas av sekretess återges utan innehåll, och "
    "personnummer är maskerade enligt granskningen före publicering."
)


def public_paragraf(paragraf: Paragraf, secret: bool, item: Arende | None = None) -> Paragraf:
    """The § as the public version prints it (its texts already masked by the walk of the
    public edition): a secret § with its number, a neutral title and no content (its jäv
    only for who sat, never printed on its page); a § of an ärende not published in full
    (`item`, as the public edition shows it) with its number, Dnr and title only; any other
    § as it is, without the förslag it started from and the beslutsunderlag as ksdesk wrote
    it from the ärende (never printed, so never masked: core.text_walk.NOT_TEXT). A public
    title of the ärende is printed instead of the §'s title, secret or not."""
    p = paragraf
    own = item.public_title.strip() if item is not None else ""
    if not secret:
        if item is not None and item.not_in_full:
            return replace(paragraf_head(p), title=own or p.title)
        return replace(p, forslag="", underlag_fran_arendet=None, title=own or p.title)
    # Who sat stays true on the first page (Beslutande): the jäv is kept, its note not.
    return Paragraf(
        organ_id=p.organ_id,
        meeting_date=p.meeting_date,
        nr=p.nr,
        title=own or PUBLIC_SECRET_TITLE,
        meeting_id=p.meeting_id,
        item_id=p.item_id,
        id=p.id,
        jav=[replace(j, note="") for j in p.jav],
        # Justerad omedelbart is no secret: the first page and the § say so in both versions.
        omedelbar_justering=p.omedelbar_justering,
    )


def secret_paragraf_lines(justering: Justering, organ: Organ) -> list[str]:
    """What a secret § says in the public version under its sekretess line, as Kungsbacka's
    individ- och familjeomsorg prints it (protokoll 2025-03-20 § 37): where the § can be
    asked for, so that a reader may have the secrecy tried (OSL 6 kap.): "Ärendet hålls
    tillgängligt hos … med de begränsningar som följer av offentlighets- och
    sekretesslagen." The place is the protokoll's förvaringsplats, as the anslag names it.
    (A § justerad omedelbart says so in its signature block, below.)"""
    place = forvaringsplats_of(justering, organ)
    kept = f"Ärendet hålls tillgängligt hos {place}" if place else "Ärendet hålls tillgängligt"
    return [f"{kept} med de begränsningar som följer av offentlighets- och sekretesslagen."]


def hide_secret_underlag(paragraf: Paragraf, secret: dict[str, str]) -> Paragraf:
    """The beslutsunderlag with each line that names a secret bilaga (by its title, as
    protokollet lists it) replaced by that bilaga's public line: "Bilaga 2 – omfattas av
    sekretess (21 kap. 1 § OSL)"."""
    if not secret or not paragraf.beslutsunderlag:
        return paragraf
    lines = []
    # Spaces made one on both sides, as the ts's own list decides a bilaga is named
    # (core.beslutsunderlag_listed.already_named): "Utredning  enligt LSS" is its line.
    titles = {" ".join(title.split()): shown for title, shown in secret.items() if title.strip()}
    for line in paragraf.beslutsunderlag:
        flat = " ".join(line.split())
        named = next((shown for title, shown in titles.items() if title in flat), None)
        lines.append(f"{named}." if named else line)
    return replace(paragraf, beslutsunderlag=lines)


def not_in_full_line(meeting: Sammantrade, paragraf: Paragraf) -> str:
    """What the public § of an ärende not published in full says under its title, the
    ärende's sentence ("… publiceras inte i sin helhet på webben"); "" for any other §.
    `meeting`: the public edition's (a secret ärende says sekretess instead)."""
    item = next((i for i in meeting.items if i.id == paragraf.item_id), None)
    if item is None or item.secret or not item.not_in_full:
        return ""
    return note_of(item)
