"""The protokoll and the protokollsutdrag: the seed's § 216 layout, signature and anslag
blocks, Utdragsbestyrkande, text that copies out with å, ä, ö."""

from __future__ import annotations

import io
import re
from datetime import date, time

from pypdf import PdfReader

from ksdesk.core.meeting import Sammantrade
from ksdesk.core.organ import Organ
from ksdesk.core.protokoll import (
    Deltagare,
    Jav,
    Justering,
    Narvaro,
    Protokoll,
    Reservation,
    Votering,
    Yrkande,
)
from ksdesk.db import meeting_repo, protokoll_repo
from ksdesk.reports.utdrag_pdf import utdrag_pdf
from ksdesk.services import meeting_lookup
from ksdesk.services import protokoll as service
from ksdesk.services.protokoll_print import protokoll_document, utdrag_document


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def test_paragraf_216_prints_in_the_seed_s_order(demo_store) -> None:
    """The seed's § 216 page, heading by heading and line by line."""
    organ = Organ("Kommunstyrelsen", kommun="Ludvika kommun")
    meeting = Sammantrade(1, date(2020, 11, 24), time(14), secretary_name="Maria Östgren")
    paragraf = protokoll_repo.find(demo_store, 1, date(2020, 11, 24), 216)
    people = [Deltagare("Leif Pettersson", "S", "ordförande"), Deltagare("Roland Johansson", "SD")]
    protokoll = Protokoll(1, Justering(), people, [paragraf])
    text = lines("\n".join(pages(utdrag_pdf(organ, meeting, protokoll, paragraf))))
    wanted = [
        "Kommunstyrelsen",
        "Sammanträdesdatum 2020-11-24",
        "§ 216",
        "Dnr 2019/507",
        "Revidering av kommunstyrelsens delegationsordning",
        "Beslut",
        "Kommunstyrelsen återremitterar delegationsordning daterad den 12 oktober 2020 för",
        "Beskrivning av ärendet",
        "Beslutsunderlag",
        "1. Arbetsutskottet den 10 november 2020 § 143.",
        "5. Nuvarande delegationsordning beslutad den 20 augusti 2019 § 164.",
        "Behandling",
        "Beslut skickas till",
        "Kommunstyrelsens förvaltning för verkställighet",
        "Utdragsbestyrkande",
    ]
    positions, at = [], -1
    for w in wanted:  # each line found after the one before it: the order is the seed's
        at = next(i for i in range(at + 1, len(text)) if text[i].startswith(w))
        positions.append(at)
    behandling = " ".join(text[positions[11] : positions[12]])
    assert "Roland Johansson (SD) yrkar på ett förtydligande av punkt 51" in behandling
    assert behandling.index("Leif Pettersson (S) föreslår") < behandling.index("Åsa Bergkvist")


def held_demo(demo_store) -> int:
    meeting_id = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7)).id
    protokoll = service.start_protokoll(demo_store, meeting_id)
    j = protokoll.justering
    j.justerare = ["Roland Johansson", "Åsa Bergkvist"]
    j.date, j.time, j.place = date(2020, 12, 10), time(10), "Kommunledningskontoret"
    j.justerat, j.anslaget = date(2020, 12, 10), date(2020, 12, 11)
    j.forvaringsplats = "Kommunledningskontoret, Ludvika"
    service.save_justering(demo_store, meeting_id, j)
    p = protokoll.paragraf(222)
    p.yrkanden = [Yrkande("Roland Johansson", "yrkar avslag på förslaget", "SD")]
    p.votering = Votering(
        "förvaltningens förslag",
        "Roland Johanssons avslagsyrkande",
        {"Leif Pettersson": "ja", "Åsa Bergkvist": "ja", "Roland Johansson": "nej"},
    )
    p.reservationer = [Reservation(["Roland Johansson"], "till förmån för eget yrkande")]
    p.omedelbar_justering = True
    service.save_paragraf(demo_store, p)
    return meeting_id


def test_demo_protokoll_first_page_and_paragrafer(demo_store) -> None:
    text = pages(protokoll_document(demo_store, held_demo(demo_store)))
    assert len(text) >= 8  # the first page, then each § on its own page
    first = " ".join(lines(text[0]))
    for expected in (
        "Ludvika kommun",
        "PROTOKOLL",
        "Plats och tid Festsalen Folkets hus (presidiet), måndag 7 december 2020, kl. 14.00",
        "Leif Pettersson (S), ordförande",
        "Övriga närvarande Maria Östgren, kommunsekreterare",
        "Utses att justera Roland Johansson (SD), Åsa Bergkvist (S)",
        "Kommunledningskontoret, torsdag 10 december 2020, kl. 10.00",
        "Paragrafer 217–223",
        "ANSLAG/BEVIS",
        "Datum då anslaget sätts upp 2020-12-11",
        # Three weeks from Friday 11 December end on Friday 1 January, nyårsdagen: the
        # period runs to Monday 4 January and the anslag may come down on the 5th.
        "Datum då anslaget tas ned 2021-01-05",
        "Justerandes signatur",
        "Utdragsbestyrkande",
        "Sida 1 av",
    ):
        assert expected in first, expected
    body = " ".join(" ".join(lines(t)) for t in text[1:])
    for n in range(217, 224):
        assert f"§ {n}" in body
    assert "Omröstningsresultat: Med 2 ja-röster mot 1 nej-röst beslutar kommunstyrelsen" in body
    assert "Roland Johansson (SD) reserverar sig mot beslutet till förmån för eget yrkande." in body
    assert "Paragrafen justeras omedelbart." in body
    assert "Summa 2 1 0" in body


def test_utdrag_of_one_paragraf(demo_store) -> None:
    meeting_id = held_demo(demo_store)
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    meeting.items[5].secret, meeting.items[5].secrecy_ref = True, "21 kap. 1 § OSL"
    with demo_store.atomic():
        meeting_repo.save(demo_store, meeting)
    text = " ".join(
        " ".join(lines(t))
        for t in pages(utdrag_document(demo_store, meeting_id, 222, date(2020, 12, 11)))
    )
    assert "PROTOKOLLSUTDRAG" in text
    assert "§ 222" in text and "§ 221" not in text
    assert "Stockholm Business Alliance Sekretess enligt 21 kap. 1 § OSL" in text
    assert "Utdragsbestyrkande Paragrafen är justerad omedelbart. Utdraget" in text
    assert "Utdraget överensstämmer med originalprotokollet." in text
    assert "Ludvika, 2020-12-11" in text
    assert "Maria Östgren, kommunsekreterare" in text


def test_jav_and_ersattare_on_paper(demo_store) -> None:
    meeting_id = held_demo(demo_store)
    protokoll = service.get_protokoll(demo_store, meeting_id)
    people = protokoll.upprop
    people.insert(3, Deltagare("Karin Ek", "S", "ersättare"))
    service.save_upprop(demo_store, meeting_id, people)
    p = protokoll.paragraf(220)
    p.jav = [Jav("Åsa Bergkvist", "Karin Ek")]
    service.save_paragraf(demo_store, p)
    text = " ".join(lines(" ".join(pages(protokoll_document(demo_store, meeting_id)))))
    assert "Karin Ek (S), tjänstgörande ersättare för Åsa Bergkvist (S), § 220" in text
    # The first page says why she sat out § 220, as Kungsbacka's kommunstyrelse prints it
    # (protokoll 2024-05-28: "Magdalena Sundqvist (S), 2:e vice ordförande, deltar ej vid
    # § 153 p.g.a. jäv"); before, only "§§ 217–219, 221–223", as if she had left the room.
    assert "Åsa Bergkvist (S), deltar ej vid § 220 p.g.a. jäv" in text
    assert "Åsa Bergkvist (S) anmäler jäv och deltar inte i handläggningen av ärendet." in text
    assert re.search(r"Karin Ek \(S\) tjänstgör i stället\.", text)


def test_a_member_away_for_some_paragrafer_and_javig_in_another(demo_store) -> None:
    """Away at § 217 and jävig at § 220: the §§ she sat, then the jäv named as such."""
    meeting_id = held_demo(demo_store)
    protokoll = service.get_protokoll(demo_store, meeting_id)
    people = protokoll.upprop
    asa = next(a for a in people if a.name == "Åsa Bergkvist")
    asa.narvaro = [Narvaro(218, None)]
    service.save_upprop(demo_store, meeting_id, people)
    p = protokoll.paragraf(220)
    p.jav = [Jav("Åsa Bergkvist")]
    service.save_paragraf(demo_store, p)
    first = " ".join(lines(pages(protokoll_document(demo_store, meeting_id))[0]))
    assert "Åsa Bergkvist (S), §§ 218–219, 221–223, deltar ej vid § 220 p.g.a. jäv" in first


def test_leaving_and_coming_back_on_paper(demo_store) -> None:
    """Roland is out for § 220 and comes back; Karin Ek sits in his seat for that § and
    listens from the public benches the rest of the meeting."""
    meeting_id = held_demo(demo_store)
    protokoll = service.get_protokoll(demo_store, meeting_id)
    people = protokoll.upprop
    people[1].narvaro = [Narvaro(None, 219), Narvaro(221, None)]
    people.insert(3, Deltagare("Karin Ek", "SD", "ersättare", replaces="Roland Johansson"))
    service.save_upprop(demo_store, meeting_id, people)
    first = " ".join(lines(pages(protokoll_document(demo_store, meeting_id))[0]))
    assert "Roland Johansson (SD), §§ 217–219, 221–223" in first
    assert "Karin Ek (SD), tjänstgörande ersättare för Roland Johansson (SD), § 220" in first
    assert "Karin Ek (SD), ersättare, §§ 217–219, 221–223" in first
    assert "Maria Östgren, kommunsekreterare" in first


def test_the_ordforande_votes_last_on_the_votering_list(demo_store) -> None:
    """Kungsbacka's omröstningslista (Vård & Omsorg 2025-12-11 § 182) names the ordförande
    on its last line: she votes last. Before, she stood first, as in the upprop."""
    meeting_id = held_demo(demo_store)
    people = service.get_protokoll(demo_store, meeting_id).upprop
    next(a for a in people if a.name == "Åsa Bergkvist").role = "1:e vice ordförande"
    service.save_upprop(demo_store, meeting_id, people)
    page = next(
        " ".join(lines(t))
        for t in pages(protokoll_document(demo_store, meeting_id))
        if "Ledamot Ersätter Ja Nej Avstår" in t.replace("\n", " ")
    )
    table = page[page.index("Ledamot Ersätter Ja Nej Avstår") : page.index("Summa")]
    assert table.index("Roland Johansson (SD)") < table.index("Åsa Bergkvist (S)")
    assert table.index("Åsa Bergkvist (S)") < table.index("Leif Pettersson (S)")
    # Named as the list names them, as Kungsbacka's does.
    assert "Leif Pettersson (S), ordförande X" in table
    assert "Åsa Bergkvist (S), 1:e vice ordförande X" in table


def test_the_votering_list_names_whom_an_ersattare_sits_for_with_the_party(demo_store) -> None:
    """Kommuner print "ersätter Roland Johansson (SD)": the party shows whose seat it was."""
    meeting_id = held_demo(demo_store)
    protokoll = service.get_protokoll(demo_store, meeting_id)
    people = protokoll.upprop
    people[1].narvaro = []
    people.insert(3, Deltagare("Karin Ek", "SD", "ersättare", replaces="Roland Johansson"))
    service.save_upprop(demo_store, meeting_id, people)
    p = protokoll.paragraf(222)
    p.votering.votes = {"Leif Pettersson": "ja", "Åsa Bergkvist": "ja", "Karin Ek": "nej"}
    service.save_paragraf(demo_store, p)
    text = " ".join(lines(" ".join(pages(protokoll_document(demo_store, meeting_id)))))
    assert "Karin Ek (SD) Roland Johansson (SD) X" in text
