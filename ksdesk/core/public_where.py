"""Where a text of the walk (core.text_walk) stands, said in Swedish for the review list:
"meeting:3/items/Arende:12/tjansteskrivelse/telefon" → "ärende 3, tjänsteskrivelsen,
telefon". Labels never carry a personnummer: titles in them are masked."""

from __future__ import annotations

import re

from ksdesk.core.meeting import Sammantrade, numbered
from ksdesk.core.personnummer_masking import mask_personnummer
from ksdesk.core.protokoll import Protokoll
from ksdesk.core.text_walk import row_name

FIELD_NAMES = {
    "place": "plats",
    "remote_note": "distansdeltagande",
    "absence_note": "förhinderrad",
    "chair_name": "ordförande",
    "chair_title": "ordförandens titel",
    "secretary_name": "sekreterare",
    "secretary_title": "sekreterarens titel",
    "title": "rubrik",
    "dnr": "Dnr",
    "presenter": "föredragande",
    "time_slot": "tid",
    "proposal": "förslag till beslut",
    "secrecy_ref": "sekretesshänvisning",
    "not_in_full_note": "meningen om publicering",
    "public_title": "offentlig rubrik",
    "tjansteskrivelse": "tjänsteskrivelsen",
    "datum": "datum",
    "diarienummer": "diarienummer",
    "handlaggare": "handläggare",
    "handlaggare_titel": "handläggarens titel",
    "telefon": "telefon",
    "epost": "e-post",
    "ert_datum": "ert datum",
    "er_referens": "er referens",
    "mottagare": "mottagare",
    "forslag": "förslag",
    "sections": "avsnitt",
    "heading": "rubrik",
    "text": "text",
    "signatories": "underskrift",
    "name": "namn",
    "beslut_skickas_till": "beslut skickas till",
    "bilagor": "bilaga",
    "nr": "nummer",
    "justering": "justering",
    "justerare": "justerare",
    "forvaringsplats": "förvaringsplats",
    "upprop": "upprop",
    "party": "parti",
    "replaces": "ersätter",
    "beslut": "beslut",
    "beskrivning": "beskrivning av ärendet",
    "beslutsunderlag": "beslutsunderlag",
    "behandling": "behandling",
    "yrkanden": "yrkanden",
    "propositionsordning": "propositionsordning",
    "votering": "votering",
    "reservationer": "reservationer",
    "motivering": "motivering",
    "anteckningar": "protokollsanteckningar",
    "jav": "jäv",
    "deltar_inte": "deltar inte i beslut",
    "note": "anteckning",
    "ersattare": "ersättare",
    "names": "namn",
    "votes": "röster",
    "kommun": "kommun",
    "default_place": "standardplats",
    "secretary_email": "sekreterarens e-post",
    "secretary_phone": "sekreterarens telefon",
    "standard_items": "standardärenden",
    "members": "ledamöter",
    "personlig_for": "personlig ersättare för",
    "inkallelseordning": "inkallelseordning",
    "ja_text": "ja-röst",
    "nej_text": "nej-röst",
    "narvaro": "närvaro",
}
_ROW = re.compile(r"^[A-Za-z]+:[0-9a-f-]+$")
_ROOTS = {"meeting": "kallelsen", "protokoll": "protokollet", "organ": "organets uppgifter"}


class Labels:
    def __init__(self, meeting: Sammantrade) -> None:
        self.prefixes: dict[str, str] = {}
        self.items: dict[str, int] = {}
        root = f"meeting:{meeting.id}/items"
        for index, (nr, item) in enumerate(numbered(meeting.items)):
            key = f"{root}/{row_name(item) or index}"
            self.prefixes[key] = f"ärende {nr}" if nr is not None else "en rubrik i ärendelistan"
            if item.id is not None:
                self.items[key] = item.id
            for position, bilaga in enumerate(item.bilagor):
                name = " ".join(f"bilaga {bilaga.nr}".split())
                bilaga_key = f"{key}/bilagor/{row_name(bilaga) or position}"
                self.prefixes[bilaga_key] = f"{self.prefixes[key]}, {name}"

    def add_protokoll(self, protokoll: Protokoll, root: str) -> None:
        for index, paragraf in enumerate(protokoll.paragrafer):
            key = f"{root}/paragrafer/{row_name(paragraf) or index}"
            self.prefixes[key] = paragraf.label
            if paragraf.item_id is not None:
                self.items[key] = paragraf.item_id

    def _prefix(self, source: str) -> str | None:
        parts = source.split("/")
        for end in range(len(parts), 0, -1):
            candidate = "/".join(parts[:end])
            if candidate in self.prefixes:
                return candidate
        return None

    def item_of(self, source: str) -> int | None:
        prefix = self._prefix(source)
        while prefix is not None and prefix not in self.items:
            prefix = self._prefix(prefix.rsplit("/", 1)[0]) if "/" in prefix else None
        return self.items.get(prefix) if prefix else None

    def where(self, source: str) -> str:
        prefix = self._prefix(source)
        if prefix is not None:
            head, rest = self.prefixes[prefix], source[len(prefix) :]
        else:
            root, _, rest = source.partition("/")
            head, rest = _ROOTS.get(root.split(":")[0], root), "/" + rest
        words = []
        for part in rest.split("/"):
            if not part or part.isdigit() or _ROW.match(part) or part in ("key", "value"):
                continue
            if part in ("items", "text"):
                continue
            words.append(FIELD_NAMES.get(part, part))
        return mask_personnummer(", ".join([head, *words]))
