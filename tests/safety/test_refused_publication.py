"""A public output asked for while the review has an open hit is refused in Swedish, names
where the hit is and what to do, and writes nothing: no PDF, no bilaga file beside it, no
HTML folder, no calendar file, no half-written file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ksdesk.cli import main
from ksdesk.db.connection import open_store
from ksdesk.services import meeting_lookup, meetings
from ksdesk.services import protokoll as protokoll_service
from tests.pdf_helpers import make_pdf
from tests.safety.planted_numbers import number

DAY = "2020-12-07"
NUMBER = number(11)

COMMANDS = {
    "kallelse": ["kallelse", "--public", "--out", "{out}/kallelse.pdf"],
    "paket": ["kallelse", "--public", "--packet", "--out", "{out}/paket.pdf"],
    "protokoll": ["protokoll", "--public", "--out", "{out}/protokoll.pdf"],
    "utdrag": ["utdrag", "--paragraf", "219", "--public", "--out", "{out}/utdrag.pdf"],
    "webb": ["webb", "--out", "{out}/webb"],
    "kalender": ["ics", "--out", "{out}/sammantrade.ics"],
}


def _open_hit(db: Path) -> None:
    """A justerat protokoll, a PDF bilaga (a file beside the web packet), and a personnummer
    in the meeting's place that nobody has decided on."""
    store = open_store(db)
    try:
        meeting = meeting_lookup.find_meeting(store, date(2020, 12, 7))
        meeting.place = f"Sammanträdesrummet, kontakt {NUMBER[:6]}-{NUMBER[6:]}"
        meeting.items[-1].bilagor.append(meetings.pdf_bilaga(make_pdf(1), "karta.pdf", "Karta"))
        meetings.save_meeting(store, meeting)
        justering = protokoll_service.start_protokoll(store, meeting.id).justering
        justering.justerat = date(2020, 12, 10)
        protokoll_service.save_justering(store, meeting.id, justering)
    finally:
        store.close()


@pytest.mark.parametrize("what", sorted(COMMANDS))
def test_a_refused_publication_says_why_in_swedish_and_writes_nothing(
    what: str, demo_path: Path, tmp_path: Path, capsys
) -> None:
    _open_hit(demo_path)
    out = tmp_path / "ut"
    out.mkdir()
    words = [word.format(out=out) for word in COMMANDS[what]]
    assert main([*words, "--meeting", DAY, "--db", str(demo_path)]) == 1
    said = capsys.readouterr()
    assert said.out == ""
    assert said.err.startswith("ksdesk: Den offentliga kopian kan inte skapas: 1 träff är inte ")
    assert "personnummer i kallelsen, plats" in said.err
    assert "Arkiv → Granska offentlig kopia" in said.err and NUMBER[6:] not in said.err
    assert list(out.iterdir()) == []
