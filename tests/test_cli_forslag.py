"""`ksdesk kallelse --forslag`: each ärende's förslag till beslut printed under it, a long one
(35 att-satser, or 10 000 characters on one line) flowing over pages, never a LayoutError."""

from __future__ import annotations

from datetime import date

from ksdesk.cli import main
from ksdesk.services import meeting_lookup, meetings
from ksdesk.services.store import open_database
from tests.pdf_helpers import pages_text


def _set_proposals(path, long_lines: str, one_line: str) -> None:
    store = open_database(path)
    try:
        meeting = meeting_lookup.find_meeting(store, date(2020, 12, 7))
        numbered_items = [i for i in meeting.items if not i.is_section]
        numbered_items[1].proposal = long_lines
        numbered_items[2].proposal = one_line
        meetings.save_meeting(store, meeting)
    finally:
        store.close()


def test_long_proposals_print_across_pages(demo_path, tmp_path, capsys) -> None:
    att = "\n".join(f"{n}. Kommunstyrelsen föreslår att punkt {n} antas." for n in range(1, 36))
    sentence = "Kommunstyrelsen uppdrar åt förvaltningen att utreda frågan vidare. "
    one_line = (sentence * 160)[:10_000] + "SLUTORD"
    _set_proposals(demo_path, att, one_line)
    out = tmp_path / "kallelse.pdf"
    args = ["kallelse", "--db", str(demo_path), "--meeting", "2020-12-07", "--out", str(out)]
    assert main([*args, "--forslag"]) == 0
    assert "LayoutError" not in capsys.readouterr().err
    pages = pages_text(out.read_bytes())
    text = " ".join(pages)
    assert len(pages) >= 4
    assert "35. Kommunstyrelsen föreslår att punkt 35 antas." in text
    assert "SLUTORD" in text and text.count("Förslag till beslut:") >= 2
    assert main(args) == 0  # without --forslag: the meeting's own setting (no förslag)
    assert "Förslag till beslut:" not in " ".join(pages_text(out.read_bytes()))
    assert main([*args, "--forslag", "--packet"]) == 0
    assert "SLUTORD" in " ".join(pages_text(out.read_bytes()))
