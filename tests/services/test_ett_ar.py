"""One year of meetings, end to end, through the services: a motion väckt, remitted,
återremitterad once, answered at 13 months and reported as over a year in the spring
redovisning; a delegationsbeslut anmält late gaining laga kraft at the right date; an uppdrag
overdue; expediering making one file per recipient."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

from pypdf import PdfReader

from ksdesk.core.arendegang import Utfall
from ksdesk.core.laga_kraft import LagaKraftLage
from ksdesk.core.meeting_agenda import insertion_index
from ksdesk.core.motion import MotionStatus
from ksdesk.core.protokoll import Justering
from ksdesk.db import meeting_repo
from ksdesk.services import (
    arende_history,
    arenden,
    delegationsbeslut,
    expediering,
    laga_kraft,
    meeting_lookup,
    meetings,
    motioner,
    protokoll,
    uppdrag,
    uppfoljning,
)
from ksdesk.services.delegation import version_in_force
from ksdesk.services.delegationsbeslut import BeslutInput
from tests.pdf_helpers import pages_text

KS, KF = "Kommunstyrelsen", "Kommunfullmäktige"
MOTION_DNR = "KS 2021/88"


class Year:
    """A kommun's year: meetings held, §§ decided, protokoll justerade and anslagna."""

    def __init__(self, store) -> None:
        self.store = store

    def meeting(self, organ: str, day: date, items: list[tuple[str, str, str, list[str]]]):
        """Hold a meeting: (title, dnr, beslut, beslut skickas till) per ärende, justerat
        three days later and anslaget the day after. Returns (meeting id, {title: §})."""
        meeting, _created = meetings.create_meeting(self.store, organ, day, time(14, 0))
        full = meeting_repo.get(self.store, meeting.id)
        for title, dnr, _beslut, _to in items:
            full.items.insert(insertion_index(full.items, None), meetings_item(title, dnr))
        meetings.save_meeting(self.store, full)
        started = protokoll.start_protokoll(self.store, meeting.id)
        by_title = {}
        for p in started.paragrafer:
            match = next((i for i in items if i[0] == p.title), None)
            if match is not None:
                p.beslut, p.beslut_skickas_till = match[2], list(match[3])
                protokoll.save_paragraf(self.store, p)
            by_title[p.title] = p
        justering = Justering(
            justerare=["Anna Andersson"],
            justerat=day + timedelta(days=3),
            anslaget=day + timedelta(days=4),
        )
        protokoll.save_justering(self.store, meeting.id, justering)
        protokoll.set_status(self.store, meeting.id, "genomförd")
        return meeting.id, by_title


def meetings_item(title: str, dnr: str):
    from ksdesk.core.meeting import Arende

    return Arende(title=title, dnr=dnr)


def pdf_text(data: bytes) -> str:
    return " ".join(pages_text(data))


def register_beslut(store, beslut_day: date, received: date, dnr: str) -> int:
    """A delegationsbeslut of kommunstyrelsen, resting on a point of the delegationsordning
    in force (the demo's, adopted 2019)."""
    version = version_in_force(store, beslut_day)
    numbers = [p.nr for _c, p in version.all_points()]
    point = next(p for _c, p in version.all_points() if p.delegat and numbers.count(p.nr) == 1)
    registered = delegationsbeslut.register(
        store,
        BeslutInput(
            dnr=dnr,
            date=beslut_day,
            delegat=point.delegat[0],
            beslut="Anställning av ekonomichef",
            punkt=point.nr,
            organ=KS,
            received=received,
        ),
    )
    return registered.beslut.id


def test_one_year_of_meetings(demo_store, tmp_path: Path) -> None:
    store = demo_store
    year = Year(store)
    # 1. The motion is väckt in fullmäktige on 22 March 2021 …
    kf_id, _ = year.meeting(KF, date(2021, 3, 22), [])
    motion = motioner.add(
        store,
        "motion",
        "Motion om solceller på kommunens tak",
        date(2021, 3, 22),
        av="Anna Andersson (C)",
        dnr=MOTION_DNR,
    )
    assert motion.senast == date(2022, 3, 22)
    # 2. … and remitted to kommunstyrelsen the same day.
    motion = motioner.remit(store, motion.id, KS, date(2021, 3, 22))
    assert motion.status == MotionStatus.REMITTERAD

    # 5. A delegationsbeslut comes in after the cut-off of the May meeting: it waits for June.
    late_id = register_beslut(store, date(2021, 5, 3), date(2021, 5, 12), "KS 2021/140")
    may_id, _ = year.meeting(KS, date(2021, 5, 17), [])
    assert delegationsbeslut.get(store, late_id).reported_meeting_id is None
    assert late_id in {b.id for b in delegationsbeslut.late_for_meeting(store, may_id)}

    # 6. June: kommunstyrelsen gives an uppdrag, the late decision is anmält; expediering.
    june_id, june = year.meeting(
        KS,
        date(2021, 6, 14),
        [
            (
                "Solcellsstrategi",
                "KS 2021/150",
                "Kommunstyrelsen uppdrar åt kommundirektören att ta fram en solcellsstrategi.",
                ["Kommundirektören för verkställighet", "Ekonomienheten för kännedom", "Akten"],
            ),
            (
                "Lokalförsörjningsplan",
                "KS 2021/151",
                "Kommunstyrelsen antar lokalförsörjningsplanen.",
                ["Fastighetsenheten", "Akten"],
            ),
        ],
    )
    assert delegationsbeslut.get(store, late_id).reported_meeting_id == june_id
    suggested = uppdrag.suggestions(store, june["Solcellsstrategi"].id)
    assert [(u.ansvarig, u.vad) for u in suggested] == [
        ("kommundirektören", "Ta fram en solcellsstrategi")
    ]
    task = suggested[0]
    task.senast = date(2021, 12, 31)
    task = uppdrag.save(store, task)
    sol, lok = june["Solcellsstrategi"].nr, june["Lokalförsörjningsplan"].nr
    assert task.kalla == f"{KS} 2021-06-14 § {sol}"

    # 7. Expediering: one file per recipient, each with its §§ and a bestyrkande.
    sent = expediering.expediera(store, june_id, tmp_path / "ut", day=date(2021, 6, 22))
    assert [(u.mottagare, u.paragrafer) for u in sent] == [
        ("Kommundirektören", [sol]),
        ("Ekonomienheten", [sol]),
        ("Akten", [sol, lok]),
        ("Fastighetsenheten", [lok]),
    ]
    files = sorted((tmp_path / "ut").iterdir())
    assert len(files) == 4 and {Path(u.fil) for u in sent} == set(files)
    akten = pdf_text(Path(next(u.fil for u in sent if u.mottagare == "Akten")).read_bytes())
    assert f"§ {sol}" in akten and f"§ {lok}" in akten
    assert akten.count("Utdraget överensstämmer med originalprotokollet") == 2
    assert expediering.expedierat_for(store, june_id)[lok] == (
        "Expedierat 2021-06-22 till Akten, Fastighetsenheten"
    )

    # The late decision gains laga kraft three weeks after the June protokoll's anslag
    # (2021-06-18, a Friday): the period ends Friday 9 July, laga kraft on the 10th.
    rad = next(r for r in laga_kraft.rows(store, date(2021, 7, 1)) if r.ref == "KS 2021/140")
    assert rad.anmald == date(2021, 6, 14)
    assert rad.period.anslaget == date(2021, 6, 18)
    assert rad.period.overklagande_slut == date(2021, 7, 9)
    assert rad.period.laga_kraft == date(2021, 7, 10)
    assert rad.period.lage == LagaKraftLage.OVERKLAGBART
    after = next(r for r in laga_kraft.rows(store, date(2021, 7, 12)) if r.ref == "KS 2021/140")
    assert after.period.lage == LagaKraftLage.LAGA_KRAFT

    # A decision registered after the August meeting was held was never anmält: alarm.
    aug_id, _ = year.meeting(KS, date(2021, 8, 23), [])
    never = register_beslut(store, date(2021, 8, 2), date(2021, 8, 2), "KS 2021/170")
    alarm = laga_kraft.ej_anmalda(store, date(2021, 9, 1))
    assert [(e.beslut.id, e.borde_anmalts) for e in alarm] == [(never, date(2021, 8, 23))]
    assert aug_id

    # 3. In February fullmäktige återremitterar the motion's answer once.
    feb_id, feb = year.meeting(
        KF,
        date(2022, 2, 21),
        [
            (
                "Svar på motion om solceller på kommunens tak",
                MOTION_DNR,
                "Kommunfullmäktige återremitterar ärendet till kommunstyrelsen för att "
                "kostnaderna ska utredas.",
                ["Kommunstyrelsen"],
            )
        ],
    )
    motioner.save(store, motion_with(store, motion.id, status=MotionStatus.ATERREMITTERAD))
    kf = meeting_lookup.find_organ(store, KF).id
    open_now = arenden.open_matters(store, kf)
    assert [(m.steg.utfall, m.steg.datum, m.tillbaka) for m in open_now] == [
        (Utfall.ATERREMISS, date(2022, 2, 21), None)
    ]

    # The uppdrag was due at the end of 2021 and is not done: late on 1 February.
    late = uppdrag.due(store, date(2022, 2, 1)).late
    assert [u.id for u in late] == [task.id]

    # 4. The spring redovisning (KF 28 March 2022, 12 months and 6 days) marks it.
    spring = motioner.redovisning_document(store, date(2022, 3, 28))
    motion_list = spring.lists[0]
    assert [row[1] for row in motion_list.rows] == ["Motion om solceller på kommunens tak"]
    assert motion_list.marked == {0} and motion_list.rows[0][-1] == "Ja"
    text = pdf_text(motioner.redovisning_pdf(store, date(2022, 3, 28)))
    assert "Redovisning av motioner och medborgarförslag som inte har beretts färdigt" in text
    assert "varav 1 har väckts för mer än ett år sedan" in text

    # Answered in April at 13 months: the återremiss is closed by the later § (same Dnr).
    apr_id, apr = year.meeting(
        KF,
        date(2022, 4, 25),
        [
            (
                "Svar på motion om solceller på kommunens tak",
                MOTION_DNR,
                "Kommunfullmäktige bifaller motionen.",
                ["Kommunstyrelsen"],
            )
        ],
    )
    answered = motioner.answer(store, motion.id, date(2022, 4, 25), "§ 2")
    assert answered.over_ett_ar(date(2022, 5, 1)) is True
    assert arenden.open_matters(store, kf) == []
    history = arende_history.history(
        store, paragraf_id=feb["Svar på motion om solceller på kommunens tak"].id
    )
    assert [(h.datum, h.utfall) for h in history] == [
        (date(2022, 2, 21), "Återremitterat"),
        (date(2022, 4, 25), "Beslut"),
    ]
    back = arende_history.history(
        store, paragraf_id=apr["Svar på motion om solceller på kommunens tak"].id
    )
    assert back == history  # linked both ways

    # The overview on 1 May 2022 has every key, with the late uppdrag in it.
    data = uppfoljning.as_json(uppfoljning.overview(store, date(2022, 5, 1)), store)
    assert set(data) == {
        "aterremitterade",
        "bordlagda",
        "uppdrag",
        "motioner",
        "laga_kraft",
        "ej_anmalda_delegationsbeslut",
    }
    assert data["uppdrag"][0]["forsenat"] is True
    assert data["motioner"] == []  # answered
    assert [e["dnr"] for e in data["ej_anmalda_delegationsbeslut"]] == ["KS 2021/170"]
    assert feb_id and kf_id and apr_id and PdfReader


def motion_with(store, motion_id: int, **changes):
    from dataclasses import replace

    return replace(motioner.get(store, motion_id), **changes)
