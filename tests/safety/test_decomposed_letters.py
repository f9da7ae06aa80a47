"""A citizen's name or a secret title with å, ä or ö written decomposed ("A" and a combining
ring: NFD, as a Mac writes a file name and as text copied from many PDFs comes) prints the same
letters. Before, the review looked for the composed letters only: "Åsa Öberg" written so in an
ärende's förslag was no hit, and the HTML pages, the web editions and the calendar file
published the name of a citizen who had not agreed to it; a secret title stored decomposed (a
bilaga named by its file) was not found where a text wrote it composed. Now each letter is
looked for both ways (core.secret_mentions, a change of two lines there)."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

from ksdesk.core.motion import Motion, MotionTyp
from ksdesk.core.secret_mentions import mentions, replace_mentions
from ksdesk.services import meeting_lookup, meetings, motioner, public_copy
from tests.safety.planted_db import demo_copy
from tests.safety.planted_place import READ, justera
from tests.safety.public_surfaces import OUTPUTS

CITIZEN = "Åsa Öberg"  # made up
DECOMPOSED = unicodedata.normalize("NFD", CITIZEN)
TITLE = "Överlåtelse av fastigheten Gonäs 3:14"


def test_a_decomposed_name_is_found_and_replaced() -> None:
    text = f"att avslå {DECOMPOSED}s förslag om bänkar"
    forms = (f"{CITIZEN}s", CITIZEN)  # the genitive too, as core.citizen_mentions lists it
    assert mentions(text, forms) == [(text.index(DECOMPOSED), text.index(" förslag"))]
    replaced = replace_mentions(
        text, {forms[0]: "förslagsställarens", CITIZEN: "förslagsställaren"}
    )
    assert replaced == "att avslå förslagsställarens förslag om bänkar"


def test_a_title_stored_decomposed_is_found_composed() -> None:
    text = f"Jämför ärendet {TITLE.lower()}."
    assert mentions(text, (unicodedata.normalize("NFD", TITLE),)) != []


def test_no_public_output_publishes_the_decomposed_name(demo_template: Path, tmp_path: Path):
    with demo_copy(demo_template, tmp_path) as store:
        typ = MotionTyp.MEDBORGARFORSLAG
        motioner.save(store, Motion(typ, "Bänkar i parken", date(2019, 5, 6), av=CITIZEN))
        meeting = meeting_lookup.find_meeting(store, date(2020, 12, 7))
        item = next(i for i in meeting.items if not i.secret and not i.is_section)
        item.proposal = f"att avslå {DECOMPOSED}s medborgarförslag om bänkar i parken."
        meetings.save_meeting(store, meeting)
        justera(store, meeting.id)
        hits = public_copy.scan_public(store, meeting.id)
        assert any(hit.kind == "namn" for hit in hits)
        keys = [hit.key for hit in hits if not hit.resolved]
        public_copy.decide(store, meeting.id, keys, "maskera", by="Test", scanned=hits)
        for output in ("kallelse med förslag (webb)", "kallelse med förslag (papper)", *READ):
            read = unicodedata.normalize("NFC", OUTPUTS[output](store, meeting.id))
            assert "Öberg" not in read, output
