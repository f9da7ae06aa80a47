"""The walk of every printed text: a printed dataclass that gains a field of a kind the walk
does not know fails here, so no text can reach a public copy unscanned."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from ksdesk.core import text_walk
from ksdesk.core.meeting import Arende, Bilaga, Sammantrade, Signatory, Tjansteskrivelse
from ksdesk.core.organ import Organ
from ksdesk.core.protokoll import Protokoll

PRINTED = [Sammantrade, Protokoll, Organ]


def test_every_field_of_the_printed_dataclasses_is_known_to_the_walk() -> None:
    for cls in PRINTED:
        assert text_walk.uncovered_fields(cls) == [], cls.__name__


def test_a_field_of_an_unknown_kind_is_reported() -> None:
    @dataclass
    class Odd:
        title: str
        amounts: set[str] = field(default_factory=set)

    assert text_walk.uncovered_fields(Odd) == ["Odd.amounts: set[str]"]


def test_every_text_is_walked_and_masked_under_the_same_name() -> None:
    meeting = Sammantrade(organ_id=1, date=date(2020, 12, 7), time=time(14), id=3, place="Rum A")
    ts = Tjansteskrivelse(telefon="0240-860 00", signatories=[Signatory("Eva", "chef")])
    item = Arende("Ärende", dnr="KS 2020/1", id=12, tjansteskrivelse=ts)
    item.bilagor.append(Bilaga("Avtal", nr="1", id=7, sha256="ab12", content=b"%PDF"))
    meeting.items.append(item)
    item.uuid, item.bilagor[0].uuid = "u-12", "u-7"
    texts = dict(text_walk.texts(meeting, "meeting:3"))
    assert texts["meeting:3/place"] == "Rum A"
    assert texts["meeting:3/items/Arende:u-12/tjansteskrivelse/telefon"] == "0240-860 00"
    assert texts["meeting:3/items/Arende:u-12/tjansteskrivelse/signatories/0/name"] == "Eva"
    assert texts["meeting:3/items/Arende:u-12/bilagor/Bilaga:u-7/title"] == "Avtal"
    assert not any(k.endswith(("sha256", "content", "uuid")) for k in texts)

    seen = []
    copy = text_walk.masked(meeting, "meeting:3", lambda s, t: seen.append(s) or t.upper())
    assert set(seen) == {k for k, v in texts.items() if v}
    assert copy.items[0].tjansteskrivelse.signatories[0].name == "EVA"
    assert copy.items[0].bilagor[0].content == b"%PDF" and meeting.place == "Rum A"
