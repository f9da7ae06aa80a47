"""The protokoll's first page as kommuner print it: Ej tjänstgörande ersättare and Ej
närvarande as blocks of their own, the förvaringsplats from the organ, and a § justerad
omedelbart said so on paper (first page and the § itself, with lines to sign)."""

from __future__ import annotations

import subprocess
from datetime import date, time

from ksdesk.core.protokoll import Ajournering, Deltagare, Jav
from ksdesk.services import meeting_lookup, meetings
from ksdesk.services import protokoll as service
from ksdesk.services.protokoll_print import protokoll_document
from tests.reports.test_protokoll_pdf import held_demo, lines, pages


def _first_and_rest(store, meeting_id) -> tuple[str, str]:
    text = pages(protokoll_document(store, meeting_id))
    return " ".join(lines(text[0])), " ".join(" ".join(lines(t)) for t in text[1:])


def test_blocks_for_ersattare_not_serving_and_for_the_absent(demo_store) -> None:
    meeting_id = held_demo(demo_store)
    people = service.get_protokoll(demo_store, meeting_id).upprop
    people.insert(3, Deltagare("Karin Ek", "S", "ersättare"))
    absent = Deltagare("Per Holm", "M", "ledamot")
    absent.present = False
    people.insert(2, absent)
    away = Deltagare("Eva Lind", "C", "ersättare")
    away.present = False
    people.append(away)
    service.save_upprop(demo_store, meeting_id, people)
    first, _ = _first_and_rest(demo_store, meeting_id)
    assert "Ej tjänstgörande ersättare Karin Ek (S), ersättare" in first
    assert "Övriga närvarande Maria Östgren, kommunsekreterare" in first
    assert "Ej närvarande Per Holm (M) Eva Lind (C), ersättare" in first
    assert first.index("Beslutande") < first.index("Ej tjänstgörande") < first.index("Övriga")


def test_no_empty_blocks_when_everyone_is_there(demo_store) -> None:
    first, _ = _first_and_rest(demo_store, held_demo(demo_store))
    assert "Ej närvarande" not in first and "Ej tjänstgörande" not in first


def test_forvaringsplats_comes_from_the_organ(demo_store) -> None:
    meeting_id = held_demo(demo_store)
    justering = service.get_protokoll(demo_store, meeting_id).justering
    justering.forvaringsplats = ""
    service.save_justering(demo_store, meeting_id, justering)
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    organ = meetings.get_organ(demo_store, meeting.organ_id)
    organ.forvaringsplats = "Stadshuset, kansliet"
    meetings.save_organ(demo_store, organ)
    first, _ = _first_and_rest(demo_store, meeting_id)
    assert "Förvaringsplats för protokollet Stadshuset, kansliet" in first


def test_omedelbar_justering_on_paper(demo_store) -> None:
    meeting_id = held_demo(demo_store)  # § 222 is justerad omedelbart
    first, rest = _first_and_rest(demo_store, meeting_id)
    assert "Paragrafer 217–223 § 222 justerad omedelbart" in first
    assert "Paragrafen justeras omedelbart." in rest
    assert "§ 222 justerades omedelbart vid sammanträdet måndag 7 december 2020." in rest
    after = rest[rest.index("§ 222 justerades omedelbart") :]
    assert "Ordförande" in after and "Justerande" in after


def test_the_demo_anslag_says_where_the_protokoll_is_kept(demo_store) -> None:
    """The demo's kommunstyrelse has a förvaringsplats of its own, so its anslag is never
    printed with that line empty; without one anywhere the justering check reminds."""
    meeting_id = held_demo(demo_store)
    justering = service.get_protokoll(demo_store, meeting_id).justering
    justering.forvaringsplats = ""
    service.save_justering(demo_store, meeting_id, justering)
    first, _ = _first_and_rest(demo_store, meeting_id)
    kept = "Förvaringsplats för protokollet Kommunstyrelsens förvaltning, kansliet"
    assert kept in first
    assert not [f for f in service.check(demo_store, meeting_id) if "Förvaringsplats" in f.message]
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    organ = meetings.get_organ(demo_store, meeting.organ_id)
    organ.forvaringsplats = ""
    meetings.save_organ(demo_store, organ)
    [reminder] = [
        f for f in service.check(demo_store, meeting_id) if "Förvaringsplats" in f.message
    ]
    assert "KL 8 kap. 12 §" in reminder.message


def test_ajourneringar_under_plats_och_tid(demo_store) -> None:
    """Kommuner print the breaks under Plats och tid; one outside the meeting's hours is
    a warning in the justering check."""
    meeting_id = held_demo(demo_store)
    justering = service.get_protokoll(demo_store, meeting_id).justering
    justering.opened, justering.closed = time(14), time(16, 10)
    justering.ajourneringar = [Ajournering(time(15), time(15, 15))]
    service.save_justering(demo_store, meeting_id, justering)
    first, _ = _first_and_rest(demo_store, meeting_id)
    assert "kl. 14.00–16.10 Ajournering kl. 15.00–15.15 Beslutande" in first
    assert not [f for f in service.check(demo_store, meeting_id) if "Ajournering" in f.message]
    justering.ajourneringar.append(Ajournering(time(16), time(16, 30)))
    service.save_justering(demo_store, meeting_id, justering)
    first, _ = _first_and_rest(demo_store, meeting_id)
    assert "Ajourneringar kl. 15.00–15.15 och 16.00–16.30" in first
    [late] = [f for f in service.check(demo_store, meeting_id) if "Ajournering" in f.message]
    assert late.message == "Ajourneringen 16.00–16.30 ligger utanför sammanträdets tid."


def _label_tops(pdf: bytes, labels: set[str]) -> list[tuple[str, float]]:
    """(label, yMin) of each of `labels` on the first page, as pdftotext -bbox places them."""
    out = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-bbox", "-", "-"],
        input=pdf,
        capture_output=True,
        check=True,
    ).stdout.decode()
    tops = []
    for line in out.splitlines():
        if "<word " in line and (text := line.rsplit(">", 2)[-2].split("<")[0]) in labels:
            tops.append((text, float(line.split('yMin="')[1].split('"')[0])))
    return tops


def test_signing_lines_stay_level_when_a_name_is_not_known_yet(demo_store) -> None:
    """A kommun that has not filled in its secretary in the organ's settings: the
    Sekreterare line stood lower than the Ordförande line beside it."""
    meeting_id = held_demo(demo_store)
    meetings.update_meeting_fields(demo_store, meeting_id, {"secretary_name": ""})
    tops = dict(
        _label_tops(protokoll_document(demo_store, meeting_id), {"Sekreterare", "Ordförande"})
    )
    assert set(tops) == {"Sekreterare", "Ordförande"}
    assert tops["Sekreterare"] == tops["Ordförande"]


def _javig_ordforande_at_222(demo_store) -> int:
    """The held demo with Roland Johansson as 1:e vice ordförande and Leif Pettersson, the
    ordförande, jävig in § 222 (his vote taken out of its votering)."""
    meeting_id = held_demo(demo_store)
    people = service.get_protokoll(demo_store, meeting_id).upprop
    people[1].role = "1:e vice ordförande"  # Roland Johansson
    service.save_upprop(demo_store, meeting_id, people)
    p = service.get_protokoll(demo_store, meeting_id).paragraf(222)
    p.jav = [Jav("Leif Pettersson")]
    p.votering.votes.pop("Leif Pettersson")
    service.save_paragraf(demo_store, p)
    return meeting_id


def test_a_javig_ordforande_does_not_sign_the_paragraf_justerad_omedelbart(demo_store) -> None:
    """§ 222 justerad omedelbart while the ordförande was jävig: the vice ordförande who led
    it signs it at the table, and the first page says she led it (Nyköping KS 2015-09-14)."""
    meeting_id = _javig_ordforande_at_222(demo_store)
    first, rest = _first_and_rest(demo_store, meeting_id)
    assert "Roland Johansson (SD), 1:e vice ordförande, ordförande § 222" in first
    assert "Ordförande § 222" in first  # she signs the protokoll for the § she led
    after = rest[rest.index("§ 222 justerades omedelbart") : rest.index("§ 223")]
    assert "Ordförande Roland Johansson" in after
    assert "Leif Pettersson" not in after
    assert "Roland Johansson (SD) är ordförande under paragrafen." in rest


def test_the_justering_check_warns_when_the_vice_who_led_is_the_only_justerare(demo_store):
    meeting_id = _javig_ordforande_at_222(demo_store)
    justering = service.get_protokoll(demo_store, meeting_id).justering
    justering.justerare = ["Roland Johansson"]
    service.save_justering(demo_store, meeting_id, justering)
    warned = [f.message for f in service.check(demo_store, meeting_id) if f.paragraf == 222]
    assert any("leder paragrafen och är ensam justerare" in m for m in warned)
