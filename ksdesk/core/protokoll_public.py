"""The protokoll's texts as the public-copy scan sees them, and a § as the public version
prints it.

Each text of a § is a scan source named "paragraf:<id>:<field>" (lists such as the yrkanden
are one source: a decision on a number in them covers the list). The same names are used to
scan and to mask, so what the secretary decided in the scan is what the paper does. A §
whose agenda item is secret keeps its number and shows a neutral title, "Sekretess enligt
<paragraf>" and nothing else."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ksdesk.core.kallelse import PUBLIC_SECRET_TITLE
from ksdesk.core.protokoll import Paragraf

PUBLIC_NOTE = (
    "Offentlig version. Paragrafer som omfattas av sekretess återges utan innehåll, och "
    "personnummer är maskerade enligt granskningen före publicering."
)

UTDRAG_PUBLIC_NOTE = (
    "Offentlig version. En paragraf som omfattas av sekretess återges utan innehåll, och "
    "personnummer är maskerade enligt granskningen före publicering."
)

Mask = Callable[[str, str], str]  # (source, text) -> the text as the public copy shows it


def source(paragraf: Paragraf, field: str) -> str:
    return f"paragraf:{paragraf.id}:{field}"


def paragraf_texts(paragraf: Paragraf) -> list[tuple[str, str, str]]:
    """(source, where in Swedish, text) for every text of the § a protokoll prints."""
    p = paragraf
    votering = [p.votering.ja_text, p.votering.nej_text] if p.votering else []
    texts = {
        "title": ("rubrik", p.title),
        "beslut": ("beslut", p.beslut),
        "beskrivning": ("beskrivning av ärendet", p.beskrivning),
        "beslutsunderlag": ("beslutsunderlag", "\n".join(p.beslutsunderlag)),
        "yrkanden": ("yrkanden", "\n".join(y.text for y in p.yrkanden)),
        "propositionsordning": ("propositionsordning", p.propositionsordning),
        "votering": ("votering", "\n".join(votering)),
        "behandling": ("behandling", p.behandling),
        "reservationer": (
            "reservationer",
            "\n".join(f"{r.text}\n{r.motivering}" for r in p.reservationer),
        ),
        "anteckningar": ("protokollsanteckningar", "\n".join(a.text for a in p.anteckningar)),
        "jav": ("jäv", "\n".join(j.note for j in p.jav)),
        "skickas": ("beslut skickas till", "\n".join(p.beslut_skickas_till)),
    }
    return [
        (source(p, field), f"{p.label}, {where}", text)
        for field, (where, text) in texts.items()
        if text.strip()
    ]


def public_paragraf(paragraf: Paragraf, mask: Mask, secret: bool) -> Paragraf:
    """The § as the public version prints it: a secret § with its number, a neutral title
    and no content (its jäv only for who sat, never printed on its page); any other § with
    its texts masked."""
    p = paragraf
    if secret:
        # Who sat stays true on the first page (Beslutande): the jäv is kept, its note not.
        return Paragraf(
            organ_id=p.organ_id,
            meeting_date=p.meeting_date,
            nr=p.nr,
            title=PUBLIC_SECRET_TITLE,
            meeting_id=p.meeting_id,
            item_id=p.item_id,
            id=p.id,
            jav=[replace(j, note="") for j in p.jav],
        )

    def m(field: str, text: str) -> str:
        return mask(source(p, field), text) if text else text

    votering = p.votering
    if votering is not None:
        votering = replace(
            votering,
            ja_text=m("votering", votering.ja_text),
            nej_text=m("votering", votering.nej_text),
        )
    return replace(
        p,
        title=m("title", p.title),
        beslut=m("beslut", p.beslut),
        forslag="",
        beskrivning=m("beskrivning", p.beskrivning),
        beslutsunderlag=[m("beslutsunderlag", t) for t in p.beslutsunderlag],
        yrkanden=[replace(y, text=m("yrkanden", y.text)) for y in p.yrkanden],
        propositionsordning=m("propositionsordning", p.propositionsordning),
        votering=votering,
        behandling=m("behandling", p.behandling),
        reservationer=[
            replace(r, text=m("reservationer", r.text), motivering=m("reservationer", r.motivering))
            for r in p.reservationer
        ],
        anteckningar=[replace(a, text=m("anteckningar", a.text)) for a in p.anteckningar],
        jav=[replace(j, note=m("jav", j.note)) for j in p.jav],
        beslut_skickas_till=[m("skickas", t) for t in p.beslut_skickas_till],
    )
