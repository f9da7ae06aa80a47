"""Expediera as written to its folder: two §§ sent to one role go out as two utdrag, each
holding its own § only, and no file name in the folder holds a personnummer."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pypdf

from ksdesk.services import expediering, meeting_lookup, protokoll


def _text(path: Path) -> str:
    return "\n".join(
        page.extract_text() for page in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages
    )


def _justerat(store):
    """The demo's 2020-12-07 meeting with its protokoll started and justerat."""
    meeting = meeting_lookup.find_meeting(store, date(2020, 12, 7))
    started = protokoll.start_protokoll(store, meeting.id)
    j = started.justering
    j.justerat, j.anslaget = date(2020, 12, 14), date(2020, 12, 15)
    protokoll.save_justering(store, meeting.id, j)
    return meeting, started


def test_each_party_gets_its_own_paragraf_and_no_file_name_holds_a_number(demo_store, tmp_path):
    store = demo_store
    meeting, started = _justerat(store)
    first, second = started.paragrafer[:2]
    first.beslut_skickas_till = ["Elevens vårdnadshavare", "Lisa Berg, pnr 811218-9876"]
    second.beslut_skickas_till = ["Elevens vårdnadshavare för kännedom"]
    for paragraf in (first, second):
        protokoll.save_paragraf(store, paragraf)
    for paragraf in started.paragrafer[2:]:
        paragraf.beslut_skickas_till = []
        protokoll.save_paragraf(store, paragraf)

    sent = expediering.expediera(store, meeting.id, tmp_path / "ut", date(2020, 12, 15))

    assert [(u.mottagare, u.paragrafer) for u in sent] == [
        ("Elevens vårdnadshavare", [first.nr]),
        ("Lisa Berg, pnr 811218-9876", [first.nr]),
        ("Elevens vårdnadshavare", [second.nr]),
    ]
    names = sorted(p.name for p in (tmp_path / "ut").iterdir())
    assert names == sorted(
        [
            f"Protokollsutdrag KS 2020-12-07 Elevens vårdnadshavare § {first.nr}.pdf",
            f"Protokollsutdrag KS 2020-12-07 Elevens vårdnadshavare § {second.nr}.pdf",
            f"Protokollsutdrag KS 2020-12-07 Lisa Berg § {first.nr}.pdf",
        ]
    )
    letter = _text(Path(sent[2].fil))
    assert f"§ {second.nr}" in letter and second.title.split()[0] in letter
    assert f"§ {first.nr} " not in letter and "811218" not in letter


def test_every_utdrag_is_named_by_its_recipient_and_paragrafer_never_an_address(
    demo_store, tmp_path
):
    """Kungsbacka's "Fastighetsägaren, Bengt Karlsson, Tölövägen 14, 434 37 Kungsbacka
    (delges)", one recipient (walk28's finding 3; the persons invented): one utdrag, named
    "Fastighetsägaren, Bengt Karlsson § N", with no home address in the file name. walk34 #10:
    "Karin Ek, Storgatan 12, 434 30 Kungsbacka (delgivningskvitto)" was the file's name, and
    only a party by its role had its §. Two recipients of one name keep a file each."""
    store = demo_store
    meeting, started = _justerat(store)
    owner = "Fastighetsägaren, Bengt Karlsson, Tölövägen 14, 434 37 Kungsbacka (delges)"
    ek = "Karin Ek, Storgatan 12, 434 30 Kungsbacka (delgivningskvitto)"
    other_ek = "Karin Ek, Kullavägen 44, 434 96 Kungsbacka"
    first, second = started.paragrafer[:2]
    for paragraf in started.paragrafer:
        paragraf.beslut_skickas_till = {
            first.nr: [owner, ek, other_ek, "Skatteverket"],
            second.nr: ["Skatteverket"],
        }.get(paragraf.nr, [])
        protokoll.save_paragraf(store, paragraf)

    sent = expediering.expediera(store, meeting.id, tmp_path / "ut", date(2020, 12, 15))

    assert [u.mottagare for u in sent] == [owner, ek, other_ek, "Skatteverket"]
    assert sorted(p.name for p in (tmp_path / "ut").iterdir()) == [
        f"Protokollsutdrag KS 2020-12-07 Fastighetsägaren, Bengt Karlsson § {first.nr}.pdf",
        f"Protokollsutdrag KS 2020-12-07 Karin Ek § {first.nr} (2).pdf",
        f"Protokollsutdrag KS 2020-12-07 Karin Ek § {first.nr}.pdf",
        f"Protokollsutdrag KS 2020-12-07 Skatteverket §§ {first.nr}, {second.nr}.pdf",
    ]
