"""A kommunfullmäktige as ksdesk's services hold one: 61 ledamöter and 31 ersättare, a
meeting of some ärenden, the protokoll justerat, a votering of every ledamot in one §.

Built for the structure real fullmäktige protokoll have, not for one file: a first page that
cannot hold 61 names and still keep the justering and the anslag/bevis, as Trollhättan's
(https://docplayer.se/39404659-Protokoll-40.html, "Beslutande Se förteckning bilaga 1", the
list on page 2), Sunne's (https://docplayer.se/amp/39402809-olle-edgren-kommunchef-gunilla-
nystrom-kommunsekreterare-jorn-okan-och-tobias-eriksson-karl-johan-adolfsson.html,
"Beslutande Se sid 2"), Nora's (http://docplayer.se/16724377-bengt-nilsson-fp-och-david-
stansvik-s-anslag-bevis-protokollet-ar-justerat-justeringen-har-tillkannagivits-genom-
anslag.html, "Beslutande enligt bifogad närvarolista") and Ale's (http://docplayer.se/
165107537-protokoll-fran-kommunfullmaktige-1-47.html: 49 names in columns, the anslag/bevis
pushed to page 2) show. The seats follow a 61-seat fullmäktige's parties."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from ksdesk.core.meeting import Arende
from ksdesk.core.organ import Fortroendevald
from ksdesk.core.protokoll import Votering
from ksdesk.db.connection import Store, open_store
from ksdesk.services import meetings
from ksdesk.services import protokoll as service
from ksdesk.services.own_kommun import new_database

MEETING_DAY = date(2026, 12, 14)
FIRST = ("Anna", "Erik", "Maria", "Lars", "Karin", "Per", "Eva", "Johan", "Kristina", "Anders",
         "Ingrid", "Mikael", "Birgitta", "Jan-Olof", "Ann-Christin", "Mohammed", "Fatima", "Åsa",
         "Örjan", "Görel", "Sven", "Lena", "Tomas", "Helena", "Nils", "Sofia", "Bengt",
         "Margareta", "Olof", "Linnéa", "Kent")  # fmt: skip
LAST = ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
        "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindqvist-Bergström",
        "Åkesson", "Öberg", "Al-Hassan", "Wikström", "Nordin", "Hedlund", "Sjöberg")  # fmt: skip
PARTIES = ["S"] * 20 + ["M"] * 12 + ["SD"] * 11 + ["C"] * 6 + ["V"] * 5 + ["KD"] * 3
PARTIES += ["L"] * 2 + ["MP"] * 2
VOTES = ("ja", "ja", "nej", "ja", "avstår")


def _name(i: int) -> str:
    """92 different names: first names run through, surnames step past them."""
    return f"{FIRST[i % len(FIRST)]} {LAST[(i * 7 + i // len(FIRST)) % len(LAST)]}"


def ledamoter() -> list[Fortroendevald]:
    people = []
    for i, party in enumerate(PARTIES):
        role = {0: "ordförande", 20: "1:e vice ordförande", 32: "2:e vice ordförande"}
        people.append(Fortroendevald(_name(i), party, role.get(i, "ledamot")))
    return people


def ersattare() -> list[Fortroendevald]:
    return [Fortroendevald(_name(61 + i), PARTIES[i * 2], "ersättare") for i in range(31)]


# The file as first built for each number of ärenden, and its meeting's id: a new file runs
# every migration step and the set-up saves 92 people, 0.3-0.5 s that each test repeated.
_BUILT: dict[int, tuple[bytes, int]] = {}


def kommunfullmaktige(folder: Path, arenden: int = 3) -> tuple[Store, int]:
    """A new database with the fullmäktige and one held meeting of `arenden` ärenden (besides
    the ones every protokoll opens with), justerat; § 6 decided by votering of all 61. Built
    once per test run for each `arenden`; every call gets its own copy of the file."""
    path = folder / "kf.sqlite"
    if arenden in _BUILT:
        data, meeting_id = _BUILT[arenden]
        path.write_bytes(data)
        return open_store(path), meeting_id
    store, meeting_id = _build(path, arenden)
    store.flush()  # the whole database in the one file, to copy
    _BUILT[arenden] = (path.read_bytes(), meeting_id)
    return store, meeting_id


def _build(path: Path, arenden: int) -> tuple[Store, int]:
    store = new_database(path, "Smedjebackens kommun", "Kommunfullmäktige")
    organ = meetings.list_organs(store)[0]
    organ.members = ledamoter() + ersattare()
    organ.default_place = "Sessionssalen, Stadshuset, Storgatan 1"
    organ.forvaringsplats = "Kommunledningskontoret"
    organ.secretary_name = "Görel Sjöberg"
    meetings.save_organ(store, organ)
    created, _ = meetings.create_meeting(
        store, organ.name, MEETING_DAY, time(18, 30), organ.default_place
    )
    meeting = meetings.get_meeting(store, created.id)
    meeting.items += [
        Arende(f"Motion om cykelvägar längs Storgatan, del {n}", dnr=f"KS 2026/{100 + n}")
        for n in range(1, arenden + 1)
    ]
    meetings.save_meeting(store, meeting)
    protokoll = service.start_protokoll(store, created.id)
    voting = next(p for p in protokoll.paragrafer if p.nr == 6)
    voting.beslut = "Kommunfullmäktige beslutar att bifalla motionen."
    voters = [d.name for d in protokoll.upprop if d.is_ledamot]
    voting.votering = Votering(
        "kommunstyrelsens förslag",
        "bifall till motionen",
        {name: VOTES[i % len(VOTES)] for i, name in enumerate(voters)},
    )
    service.save_paragraf(store, voting)
    justering = protokoll.justering
    justering.justerare = [protokoll.upprop[1].name, protokoll.upprop[2].name]
    justering.date, justering.time, justering.place = date(2026, 12, 17), time(10), "Stadshuset"
    justering.justerat, justering.anslaget = date(2026, 12, 17), date(2026, 12, 18)
    service.save_justering(store, created.id, justering)
    return store, created.id


def ten_away(store: Store, meeting_id: int) -> None:
    """The last ten ledamöter away, the first ten ersättare serving for them, the next five
    in the room listening."""
    upprop = service.get_protokoll(store, meeting_id).upprop
    away = [d for d in upprop if d.role == "ledamot"][-10:]
    for ledamot, stand_in in zip(away, [d for d in upprop if d.is_ersattare], strict=False):
        ledamot.present = False
        stand_in.present, stand_in.replaces = True, ledamot.name
    for listening in [d for d in upprop if d.is_ersattare][10:15]:
        listening.present = True
    service.save_upprop(store, meeting_id, upprop)
