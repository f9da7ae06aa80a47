"""Team mode: the register of skyddade personuppgifter stays on each laptop (step m1807), so a
meeting naming someone in Anna's register carries Anna's mark (step m1809), and Cecilia's
public copy of it is refused: her register cannot mask the person (the red team's probe,
/tmp/rt23/probe_team.py, found her scan had 0 hits where Anna's had 2)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pypdf import PdfReader

from ksdesk.cli import main
from ksdesk.core.skyddad_mark import parse
from ksdesk.core.skyddad_person import SkyddadPerson
from ksdesk.db import skyddad_repo
from ksdesk.services import meetings, packet, public_copy, skyddade, skyddade_mark, team
from ksdesk.services.skyddade_mark import MarkedByColleague
from tests.team.helpers import add_item, meeting_on

PERSON = SkyddadPerson(
    "Dragana Jovanović", "Storgatan 12, 771 30 Ludvika", "", "Skyddad folkbokföring"
)
TEXT = "Dragana Jovanović, Storgatan 12, beviljas bidrag."
REFUSAL = "Sammanträdet nämner en person i Anna Eks register över skyddade personuppgifter"
ON_ANNAS = "Gör den offentliga kopian på Anna Eks dator"


def _text(pdf: bytes) -> str:
    import io

    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _annas_meeting(anna, cecilia) -> None:
    skyddade.save(anna, replace(PERSON), by="Anna")
    add_item(anna, "Bostadsanpassning", proposal=TEXT)
    team.sync(anna)
    team.sync(cecilia)


def _hits(store) -> list:
    return [h for h in public_copy.scan_public(store, meeting_on(store).id) if h.kind == "skyddad"]


def _decide_all(store) -> None:
    mid = meeting_on(store).id
    open_keys = [h.key for h in public_copy.scan_public(store, mid) if not h.resolved]
    if open_keys:
        public_copy.decide(store, mid, open_keys, "maskera", by="Test")


def test_a_colleagues_public_packet_is_refused_and_annas_is_made_masked(ks_pair) -> None:
    anna, cecilia = ks_pair
    _annas_meeting(anna, cecilia)
    assert len(_hits(anna)) == 2  # name and address: masked always, and the mark made
    team.sync(anna)
    team.sync(cecilia)
    assert _hits(cecilia) == []  # her register does not know the person: the probe's leak
    marks = parse(skyddad_repo.marks_of(cecilia, meeting_on(cecilia).id))
    assert [(m.login, m.name, m.hits) for m in marks.values()] == [("anna", "Anna Ek", 2)]
    assert "Dragana" not in skyddad_repo.marks_of(cecilia, meeting_on(cecilia).id)
    _decide_all(cecilia)
    with pytest.raises(MarkedByColleague) as refused:
        packet.build_packet(cecilia, meeting_on(cecilia).id, public=True)
    assert str(refused.value).startswith(REFUSAL) and ON_ANNAS in str(refused.value)
    assert "Inget har sparats." in str(refused.value)
    # The laptop that made the mark is not blocked: its register masks the person.
    _decide_all(anna)
    made = packet.build_packet(anna, meeting_on(anna).id, public=True, with_proposals=True)
    assert made.pdf.startswith(b"%PDF")
    text = " ".join(_text(made.pdf).split())
    assert "Bostadsanpassning" in text and "enskild person, [adress borttagen]" in text
    assert "Dragana" not in text and "Storgatan 12" not in text
    internal = packet.build_packet(cecilia, meeting_on(cecilia).id)  # not public: not refused
    assert internal.pdf.startswith(b"%PDF")


def test_the_mark_goes_when_the_text_no_longer_names_the_person(ks_pair) -> None:
    anna, cecilia = ks_pair
    _annas_meeting(anna, cecilia)
    _hits(anna)
    team.sync(anna)
    team.sync(cecilia)
    meeting = meeting_on(anna)
    item = next(i for i in meeting.items if i.title == "Bostadsanpassning")
    item.proposal = "Sökanden beviljas bidrag."
    meetings.save_meeting(anna, meeting)
    assert _hits(anna) == []  # Anna scans again: her mark is taken away
    assert skyddad_repo.marks_of(anna, meeting.id) == ""
    team.sync(anna)
    team.sync(cecilia)
    assert skyddad_repo.marks_of(cecilia, meeting_on(cecilia).id) == ""
    _decide_all(cecilia)
    assert packet.build_packet(cecilia, meeting_on(cecilia).id, public=True).pdf


def test_the_cli_says_it_in_swedish_with_exit_code_1(ks_pair, capsys, tmp_path) -> None:
    anna, cecilia = ks_pair
    _annas_meeting(anna, cecilia)
    _hits(anna)
    team.sync(anna)
    team.sync(cecilia)
    _decide_all(cecilia)
    day = meeting_on(cecilia).date.isoformat()
    db = str(cecilia.path)
    capsys.readouterr()
    out = tmp_path / "offentlig.pdf"
    code = main(["kallelse", "--db", db, "--meeting", day, "--public", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1 and REFUSAL in err and ON_ANNAS in err
    assert "Traceback" not in err and not out.exists()
    code = main(["public", "scan", "--db", db, "--meeting", day])
    err = capsys.readouterr().err
    assert code == 1 and REFUSAL in err


def test_a_meeting_a_colleague_has_checked_out_keeps_no_mark_and_the_scan_says_so(
    ks_pair,
) -> None:
    """The server refuses a change to a meeting another has checked out: Anna's mark cannot
    be written then, and her review (and `ksdesk public scan`) tells her so."""
    anna, cecilia = ks_pair
    skyddade.save(anna, replace(PERSON), by="Anna")
    add_item(anna, "Bostadsanpassning", proposal=TEXT)
    team.sync(anna)
    team.sync(cecilia)
    team.checka_ut(cecilia, meeting_on(cecilia).date)
    team.sync(anna)
    hits = public_copy.scan_public(anna, meeting_on(anna).id)
    assert [h.kind for h in hits].count("skyddad") == 2  # masked on her laptop all the same
    assert skyddad_repo.marks_of(anna, meeting_on(anna).id) == ""
    said = skyddade_mark.record(anna, meeting_on(anna).id, hits)
    assert said.startswith("Markeringen att sammanträdet nämner en person i ditt register")
    assert "utcheckat av Cecilia Dahl" in said and said.endswith("när det är incheckat."), said


def test_two_registers_naming_people_in_one_meeting_are_told_to_meet_in_one(ks_pair) -> None:
    """Cecilia's register names someone in the same meeting: each laptop refuses the other,
    so her refusal says the registers must meet, not only "on Anna's laptop"."""
    anna, cecilia = ks_pair
    _annas_meeting(anna, cecilia)
    assert len(_hits(anna)) == 2
    team.sync(anna)
    team.sync(cecilia)
    neighbour = SkyddadPerson(
        "Milan Petrović", "Ågatan 3, 771 31 Ludvika", "", "Sekretessmarkering"
    )
    skyddade.save(cecilia, neighbour, by="Cecilia")
    add_item(cecilia, "Färdtjänst", proposal="Milan Petrović, Ågatan 3, beviljas färdtjänst.")
    assert _hits(cecilia)  # her own mark made too
    said = skyddade_mark.refusal(cecilia, meeting_on(cecilia).id)
    assert said.startswith("Sammanträdet nämner personer både i ditt och i Anna Eks register")
    assert ON_ANNAS not in said
