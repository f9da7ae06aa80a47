"""A §'s beslutsunderlag: the documents its decision rests on, written from the ärende (its
tjänsteskrivelse and bilagor) when the § is made, and written again when the ärende's
handlingar change and the secretary has not rewritten the list by hand.

A § keeps the list as ksdesk last wrote it from the ärende (`underlag_fran_arendet`): the
secretary's own list differs from it. A justerad § is never rewritten: it may have been
sent, and what was signed stays as signed."""

from __future__ import annotations

from dataclasses import dataclass

from ksdesk.core.beslutsunderlag_listed import (
    already_named,
    bilaga_named,
    listed_underlag,
    names_this_ts,
)
from ksdesk.core.format import FormatError, format_date_medium, parse_date
from ksdesk.core.meeting import Arende, Tjansteskrivelse
from ksdesk.core.protokoll import Paragraf, Protokoll


def from_arende(item: Arende) -> list[str]:
    """ "Tjänsteskrivelse daterad 27 november 2020." and each bilaga's title. The bilagor are
    the underlag with or without a tjänsteskrivelse: "Förteckning över delegationsbeslut" of
    Anmälan av delegationsbeslut has none. A tjänsteskrivelse that lists its own
    Beslutsunderlag gives its list (beslutsunderlag_listed), its line for itself as written;
    a bilaga the list names is not named twice, and a line naming a bilaga by its leading
    words is the bilaga's title (the public protokoll finds a secret bilaga by it)."""
    ts = item.tjansteskrivelse
    underlag: list[str] = []
    titles = [b.title.strip() for b in item.bilagor if b.title.strip()]
    if ts is not None:
        listed = [
            line if names_this_ts(line, ts) else bilaga_named(line, titles) or line
            for line in listed_underlag(ts)
        ]
        if not any(names_this_ts(line, ts) for line in listed):
            underlag.append(_ts_line(ts))
        underlag += [_ended(line) for line in listed]
    for title in titles:
        if not already_named(title, underlag):
            underlag.append(_ended(title))
    return underlag


def _ts_line(ts: Tjansteskrivelse) -> str:
    try:
        when = format_date_medium(parse_date(ts.datum)) if ts.datum.strip() else ""
    except FormatError:
        when = ts.datum.strip()
    return f"Tjänsteskrivelse daterad {when}." if when else "Tjänsteskrivelse."


def _ended(title: str) -> str:
    return title if title.endswith(".") else title + "."


def edited_by_hand(paragraf: Paragraf) -> bool:
    """The secretary has written the list herself: it is not the one ksdesk wrote from the
    ärende. (None: a § written from the ärende and never changed since.)"""
    written = paragraf.underlag_fran_arendet
    return written is not None and paragraf.beslutsunderlag != written


def follow_arende(paragraf: Paragraf, fresh: list[str], *, signed: bool) -> bool:
    """Bring the § up to the ärende's handlingar `fresh`; True when the § changed.

    The list is rewritten unless the secretary wrote her own or the § is justerad (`signed`);
    either way the § remembers `fresh` as the ärende's, so "Hämta från ärendet" gives it and
    `kept_lists` can say which §§ kept a list of their own."""
    written = paragraf.underlag_fran_arendet
    if written is None:
        written = list(paragraf.beslutsunderlag)
    if fresh == written:
        return False
    rewrite = not signed and paragraf.beslutsunderlag == written
    if rewrite:
        paragraf.beslutsunderlag = list(fresh)
    paragraf.underlag_fran_arendet = list(fresh)
    return True


@dataclass(frozen=True)
class KeptUnderlag:
    """A § whose ärende's handlingar changed but whose beslutsunderlag was kept."""

    nr: int
    title: str
    signed: bool  # justerad (else: written by hand)


def kept_lists(before: Protokoll, after: Protokoll) -> list[KeptUnderlag]:
    """The §§ whose ärende's handlingar changed between `before` and `after` (an update of
    the §§) but whose beslutsunderlag stayed as it was: by hand, or justerad."""
    earlier = {p.id: p for p in before.paragrafer if p.id is not None}
    kept = []
    for paragraf in after.paragrafer:
        was = earlier.get(paragraf.id)
        if was is None or paragraf.beslutsunderlag != was.beslutsunderlag:
            continue
        old = was.underlag_fran_arendet
        old = was.beslutsunderlag if old is None else old
        new = paragraf.underlag_fran_arendet
        if new is not None and new != old:
            signed = after.justering.justerat is not None or paragraf.omedelbar_justering
            kept.append(KeptUnderlag(paragraf.nr, paragraf.title, signed))
    return kept


def kept_message(kept: list[KeptUnderlag]) -> str:
    """What the secretary is told after the update (plain text, one line a §)."""
    if not kept:
        return ""
    lines = [
        f"§ {k.nr} {k.title}: "
        + ("paragrafen är justerad." if k.signed else "du har skrivit underlaget själv.")
        for k in kept
    ]
    whose = "ärendet" if len(kept) == 1 else "ärendena"
    return (
        f"Handlingarna i {whose} har ändrats, men beslutsunderlaget har inte skrivits om i:\n"
        + "\n".join(f"• {line}" for line in lines)
        + f"\n\nJämför med bilagorna i {whose} under fliken Kallelse. Under Sammanträde → "
        "Paragrafer kan du ändra listan, eller ta ärendets lista med Hämta från ärendet."
    )
