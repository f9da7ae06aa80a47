"""A citizen's letter attached as a bilaga gives the writer's street address, postnummer and
ort, mobile number and private e-mail (session 23's barn- och ungdomsnämnd published them
all). Each is a hit of the review with a Swedish reason; undecided it stops the public
copy; "maskera" takes it out of the bilaga's PDF and every text; the last check refuses an
output that still holds it; the kommun's own address in the same letter is no hit."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.core.meeting import Bilaga
from ksdesk.core.public_copy import PublicCopyBlocked
from ksdesk.db import meeting_repo
from ksdesk.services import meeting_lookup, public_copy, public_pdf
from ksdesk.services.public_gate import PublicOutputRefused, checked, checked_text
from tests.pdf_helpers import pages_text, text_pdf

DAY = date(2020, 12, 7)
LETTER = """Lisa Andersson
Storgatan 12 B
771 30 Ludvika
070-123 45 67
lisa.andersson@gmail.com

Till Barn- och utbildningsnämnden
Ludvika kommun
Box 123
771 82 Ludvika

Synpunkt på skolskjutsen
Min son väntar varje morgon vid vägen och det är mörkt. Hör av er.
"""
PRIVATE = [
    "Lisa Andersson",
    "Storgatan 12 B",
    "771 30 Ludvika",
    "070-123 45 67",
    "lisa.andersson@gmail.com",
]


def _with_letter(store):
    meeting = meeting_lookup.find_meeting(store, DAY)
    item = next(i for i in meeting.items if not i.is_section and not i.is_standard)
    letter = Bilaga(title="Synpunkt", nr="3", filename="synpunkt.pdf", content=text_pdf([LETTER]))
    item.bilagor.append(letter)
    meeting_repo.save(store, meeting)
    return meeting_lookup.find_meeting(store, DAY)


def _bilaga(meeting) -> Bilaga:
    return next(b for i in meeting.items for b in i.bilagor if b.title == "Synpunkt")


def test_each_piece_is_a_hit_with_a_swedish_reason_and_blocks(demo_store) -> None:
    meeting = _with_letter(demo_store)
    hits = public_copy.scan_public(demo_store, meeting.id)
    assert [h.kind for h in hits] == ["kontakt"] * 5
    assert [h.shown for h in hits] == [
        "ser ut som en privatpersons namn vid egna kontaktuppgifter",
        "ser ut som en privatpersons gatuadress",
        "ser ut som en privatpersons postnummer och ort",
        "ser ut som en privatpersons mobilnummer",
        "ser ut som en privatpersons e-postadress",
    ]
    assert all("bilaga 3 Synpunkt" in h.where for h in hits)
    assert "070-123 45 67" in hits[3].context  # the secretary sees what she decides on
    with pytest.raises(PublicCopyBlocked, match=r"5 träffar är inte hanterade \(kontaktuppgift"):
        public_copy.ensure_public_ok(demo_store, meeting.id)


def test_masked_it_leaves_the_bilagas_pdf_and_the_packet(demo_store) -> None:
    from ksdesk.services.packet import PartCache, build_packet

    meeting = _with_letter(demo_store)
    hits = public_copy.scan_public(demo_store, meeting.id)
    public_copy.decide(demo_store, meeting.id, [h.key for h in hits], "maskera", by="Anna")
    rules = public_copy.ensure_public_ok(demo_store, meeting.id)
    (page,) = pages_text(public_pdf.public_bilaga(_bilaga(meeting), rules))
    assert not [piece for piece in PRIVATE if piece in page]
    assert "Box 123" in page and "771 82 Ludvika" in page
    assert "@" not in page  # its marks too: a lone ".@." only puzzles the reader
    packet = "\n".join(
        pages_text(build_packet(demo_store, meeting.id, public=True, cache=PartCache()).pdf)
    )
    assert not [piece for piece in PRIVATE if piece in packet]
    assert "Min son väntar varje morgon" in packet


def test_kept_it_is_published(demo_store) -> None:
    meeting = _with_letter(demo_store)
    hits = public_copy.scan_public(demo_store, meeting.id)
    public_copy.decide(demo_store, meeting.id, [h.key for h in hits], "behåll", by="Anna")
    rules = public_copy.ensure_public_ok(demo_store, meeting.id)
    (page,) = pages_text(public_pdf.public_bilaga(_bilaga(meeting), rules))
    assert all(piece in page for piece in PRIVATE)


def test_the_last_check_refuses_a_masked_piece_left_in(demo_store) -> None:
    meeting = _with_letter(demo_store)
    hits = public_copy.scan_public(demo_store, meeting.id)
    mobile = [h.key for h in hits if "mobilnummer" in h.shown]
    others = [h.key for h in hits if h.key not in mobile]
    public_copy.decide(demo_store, meeting.id, mobile, "maskera", by="Anna")
    public_copy.decide(demo_store, meeting.id, others, "behåll", by="Anna")
    rules = public_copy.ensure_public_ok(demo_store, meeting.id)
    with pytest.raises(PublicOutputRefused, match="en privatpersons kontaktuppgift"):
        checked(_bilaga(meeting).content, "Bilagan", rules)  # as it was, unmasked
    with pytest.raises(PublicOutputRefused, match="en privatpersons kontaktuppgift"):
        checked_text("Ring +46 70-123 45 67", "Kalendern", rules)  # in another form too
    assert checked_text("Storgatan 12 B, 771 30 Ludvika", "Kalendern", rules)  # kept


def test_scan_and_decide_from_a_terminal(demo_path: Path, capsys) -> None:
    from ksdesk.cli import main
    from ksdesk.db.connection import open_store

    store = open_store(demo_path)
    _with_letter(store)
    store.close()
    on = ["--db", str(demo_path), "--meeting", "2020-12-07"]
    main(["public", "scan", *on])
    out = capsys.readouterr().out
    assert "Kontaktuppgift: ser ut som en privatpersons mobilnummer" in out
    assert main(["public", "decide", *on, "--all", "--mask", "--by", "Anna"]) == 0
    capsys.readouterr()
    main(["public", "scan", *on])
    assert "Ej hanterad" not in capsys.readouterr().out


def test_masked_in_one_bilaga_it_is_masked_though_kept_in_another(demo_store) -> None:
    """The same letter attached twice (the letter, and the e-mail it came with): "maskera"
    on the letter is honoured, not overruled by "behåll" on the other copy. Keep may only
    publish what no decision asked to mask; the other way the number went out in the very
    bilaga the secretary masked it in."""
    meeting = _with_letter(demo_store)
    item = next(i for i in meeting.items if any(b.title == "Synpunkt" for b in i.bilagor))
    mail = Bilaga(title="E-post", nr="4", filename="epost.pdf", content=text_pdf([LETTER + "\n"]))
    item.bilagor.append(mail)
    meeting_repo.save(demo_store, meeting)
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    hits = public_copy.scan_public(demo_store, meeting.id)
    in_letter = [h.key for h in hits if "Synpunkt" in h.where]
    in_mail = [h.key for h in hits if "E-post" in h.where]
    assert len(in_letter) == len(in_mail) == 5
    public_copy.decide(demo_store, meeting.id, in_letter, "maskera", by="Anna")
    public_copy.decide(demo_store, meeting.id, in_mail, "behåll", by="Anna")
    rules = public_copy.ensure_public_ok(demo_store, meeting.id)
    (page,) = pages_text(public_pdf.public_bilaga(_bilaga(meeting), rules))
    assert [piece for piece in PRIVATE if piece in page] == []
    assert "Min son väntar varje morgon" in page


DRAWN = "Kontrollansvarig: Olle Grankvist, tel 070-123 45 67"


def test_masked_in_one_place_its_taking_out_of_another_bilaga_is_listed(demo_store) -> None:
    """A drawing (its line as walk34's, the name invented) names a kontrollansvarig by the
    letter writer's number, which by its look alone is nobody's private number (no hit
    there): "maskera" on the letter takes it out of the drawing's page too, and the scan
    lists it there, decided so (walk34 #6: the number went out of bilaga 5-1, and the scan
    never named that bilaga)."""
    meeting = _with_letter(demo_store)
    item = next(i for i in meeting.items if any(b.title == "Synpunkt" for b in i.bilagor))
    drawing = text_pdf([f"Planritning garage, Gåsevadholm 5:1\n{DRAWN}"])
    item.bilagor.append(Bilaga(title="Ritning", nr="4", filename="ritning.pdf", content=drawing))
    meeting_repo.save(demo_store, meeting)
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    hits = public_copy.scan_public(demo_store, meeting.id)
    assert not [h for h in hits if "Ritning" in h.where]
    public_copy.decide(demo_store, meeting.id, [h.key for h in hits], "maskera", by="Anna")

    hits = public_copy.scan_public(demo_store, meeting.id)

    (listed,) = [h for h in hits if "Ritning" in h.where]
    assert listed.shown == (
        "ser ut som en privatpersons mobilnummer – maskeras här också, som i "
        f"{next(h.where for h in hits if 'Synpunkt' in h.where)}"
    )
    assert listed.decision_text == "Maskeras" and "070-123 45 67" in listed.context
    public_copy.ensure_public_ok(demo_store, meeting.id)  # decided already: blocks nothing
    with pytest.raises(InvalidInput, match=r"maskeras i ärende .*ändra beslutet där"):
        public_copy.decide(demo_store, meeting.id, [listed.key], "behåll", by="Anna")


def test_the_writers_masked_name_is_masked_in_every_text_and_checked_for(demo_store) -> None:
    """The name over her address is her hit too: masked, it leaves every text of the copy
    (a tjänsteskrivelse that names her), and the last check refuses an output naming her."""
    meeting = _with_letter(demo_store)
    hits = public_copy.scan_public(demo_store, meeting.id)
    named = [h for h in hits if "privatpersons namn" in h.shown]
    assert len(named) == 1 and "Lisa Andersson" in named[0].context
    public_copy.decide(demo_store, meeting.id, [h.key for h in hits], "maskera", by="Anna")
    rules = public_copy.ensure_public_ok(demo_store, meeting.id)
    said = "Lisa Anderssons synpunkt besvaras av förvaltningen."
    assert rules.mask("item:1", said) == "[namn borttaget] synpunkt besvaras av förvaltningen."
    with pytest.raises(PublicOutputRefused, match="en privatpersons kontaktuppgift"):
        checked_text("Synpunkt från Lisa Andersson", "Kalendern", rules)


def test_a_name_the_file_knows_as_an_officials_is_no_writers_name_hit(demo_store) -> None:
    """A masked name is masked wherever it stands: a ledamot's namesake signing a letter
    would take the ledamot out of the närvarolista. The file's officials' names are no
    writer's name hit (her street and phone still are)."""
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    item = next(i for i in meeting.items if not i.is_section and not i.is_standard)
    signed = LETTER.replace("Lisa Andersson", "Leif Pettersson")
    item.bilagor.append(
        Bilaga(title="Synpunkt", nr="3", filename="s.pdf", content=text_pdf([signed]))
    )
    meeting_repo.save(demo_store, meeting)
    hits = public_copy.scan_public(demo_store, meeting.id)
    assert [h for h in hits if "privatpersons namn" in h.shown] == []
    assert len([h for h in hits if h.kind == "kontakt"]) == 4


def test_the_files_ordförande_with_the_role_before_the_name_is_no_writers_name_hit(
    demo_store,
) -> None:
    """ "Ordförande Leif Pettersson" over his mobile: the name was read with the role
    ("ordförande leif pettersson"), which no ledamot of the file is named, so the file's
    own ordförande was masked as a private person's name."""
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    item = next(i for i in meeting.items if not i.is_section and not i.is_standard)
    signed = "Ordförande Leif Pettersson\n070-123 45 67\n\nSynpunkt på skolskjutsen"
    item.bilagor.append(
        Bilaga(title="Synpunkt", nr="3", filename="s.pdf", content=text_pdf([signed]))
    )
    meeting_repo.save(demo_store, meeting)
    hits = public_copy.scan_public(demo_store, meeting.id)
    assert [h for h in hits if "privatpersons namn" in h.shown] == []
    assert [h for h in hits if h.kind == "kontakt"]  # the mobile still is one
