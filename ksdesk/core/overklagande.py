"""A § appealed by laglighetsprövning (KL 13 kap.): the appeal reaches the förvaltningsrätt
within three weeks of the anslag (13 kap. 5 §), and while it is tried the beslut does not
gain laga kraft. The court upphäver the beslut or turns the appeal down (avslår, avvisar),
or the appellant takes it back (återkallar). Only what the secretary records is known here:
when the court's own judgment gains laga kraft is not computed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ksdesk.core.format import format_date

UTFALL = ("", "avslaget", "upphävt", "avvisat", "återkallat")  # "": still being tried
UTFALL_LABELS = {
    "": "Prövas",
    "avslaget": "Överklagandet avslaget",
    "upphävt": "Beslutet upphävt",
    "avvisat": "Överklagandet avvisat",
    "återkallat": "Överklagandet återkallat",
}
DEFAULT_INSTANS = "Förvaltningsrätten"


@dataclass
class Overklagande:
    paragraf_id: int
    inkom: date  # the day the appeal came in (to the court, or to the kommun for it)
    instans: str = DEFAULT_INSTANS
    malnummer: str = ""
    utfall: str = ""
    avgjort: date | None = None
    anteckning: str = ""
    id: int | None = None
    uuid: str = ""

    @property
    def pending(self) -> bool:
        return not self.utfall

    def lage(self) -> str:
        """What the Laga kraft list says: "Överklagat 2017-01-10, Förvaltningsrätten i
        Göteborg, mål 1234-17" while tried; "Beslutet upphävt 2017-04-02" once decided."""
        if self.pending:
            where = ", ".join(part for part in (self.instans, _mal(self.malnummer)) if part)
            return f"Överklagat {format_date(self.inkom)}" + (f", {where}" if where else "")
        when = f" {format_date(self.avgjort)}" if self.avgjort else ""
        return f"{UTFALL_LABELS[self.utfall]}{when}"


def _mal(malnummer: str) -> str:
    text = malnummer.strip()
    return f"mål {text}" if text and not text.lower().startswith("mål") else text


def problem(overklagande: Overklagande, meeting: date) -> str:
    """What makes it impossible to record (Swedish), or ""."""
    if overklagande.utfall not in UTFALL:
        return f"Okänt utfall ”{overklagande.utfall}”."
    if overklagande.inkom < meeting:
        return (
            f"Överklagandet kan inte ha kommit in {format_date(overklagande.inkom)}, före "
            f"sammanträdet {format_date(meeting)}."
        )
    if overklagande.avgjort is not None:
        if overklagande.pending:
            return "Ett överklagande som prövas har inget avgörandedatum: välj hur det slutade."
        if overklagande.avgjort < overklagande.inkom:
            return "Överklagandet kan inte ha avgjorts före det kom in."
    return ""
