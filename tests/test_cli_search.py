"""`ksdesk sok --db F FRÅGA [--organ O] [--ar ÅÅÅÅ] [--typ …] [--json]`: the JSON is a list
of {"typ", "organ", "datum", "rubrik", "utdrag", "ref"}, best first, the hit marked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ksdesk.cli import main
from ksdesk.core.search import MARK


def _sok(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str, str]:
    code = main(["sok", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_shape_best_first(demo_path: Path, capsys: pytest.CaptureFixture) -> None:
    code, out, _err = _sok(capsys, "--db", str(demo_path), "delegationsordning", "--json")
    assert code == 0
    hits = json.loads(out)
    assert hits and all(
        list(h) == ["typ", "organ", "datum", "rubrik", "utdrag", "ref"] for h in hits
    )
    assert all(MARK in h["utdrag"] for h in hits)
    assert "delegationsordning" in hits[0]["rubrik"].lower()  # a hit in the title ranks first


def test_filters_on_the_command_line(demo_path: Path, capsys: pytest.CaptureFixture) -> None:
    args = ["--db", str(demo_path), "kommun", "--organ", "Kommunstyrelsen", "--ar", "2020"]
    code, out, _err = _sok(capsys, *args, "--typ", "arende", "--json")
    hits = json.loads(out)
    assert code == 0 and hits
    assert {(h["typ"], h["organ"], h["datum"][:4]) for h in hits} == {
        ("arende", "Kommunstyrelsen", "2020")
    }


def test_text_output_and_no_hits(demo_path: Path, capsys: pytest.CaptureFixture) -> None:
    code, out, _err = _sok(capsys, "--db", str(demo_path), "Sker", "--typ", "punkt")
    assert code == 0 and "Delegationspunkt: Punkt 76" in out
    code, out, _err = _sok(capsys, "--db", str(demo_path), "zzyzx")
    assert (code, out.strip()) == (0, "Inga träffar.")


def test_bad_input_is_a_swedish_message(demo_path: Path, capsys: pytest.CaptureFixture) -> None:
    code, _out, err = _sok(capsys, "--db", str(demo_path), "budget", "--organ", "Okänd")
    assert code == 1 and "Det finns ingen nämnd ”Okänd”" in err
    with pytest.raises(SystemExit):
        main(["sok", "--db", str(demo_path), "budget", "--typ", "motion"])
    assert "ogiltigt val" in capsys.readouterr().err


def _loaded_by_sok(demo_path: Path, tmp_path: Path, args: list[str], probe: str) -> str:
    """What `probe` (an expression over sys.modules) prints after a search in a process of
    its own, on a file whose index is complete (so it is opened read-only)."""
    import shutil
    import subprocess
    import sys

    db = tmp_path / "ks.sqlite"
    shutil.copy(demo_path, db)
    assert main(["sok", "--db", str(db), "kommun"]) == 0  # the index completed, if it was not
    code = (
        "import sys\n"
        "from ksdesk.cli import main\n"
        f"assert main(['sok', '--db', {str(db)!r}, *{args!r}]) == 0\n"
        f"print({probe}, file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    return result.stderr.strip().splitlines()[-1]


def test_sok_loads_no_print_gui_or_team_modules(demo_path: Path, tmp_path: Path) -> None:
    """`ksdesk sok` is run often from a terminal: what it loads is what it costs. A file
    whose index is complete is opened read-only: no writer lock, no team mode's modules.
    Nor typing or dataclasses (with inspect): 2 and 4 ms of a search's 30; nor logging (4 ms),
    which a message about a refused file loads when it has something to log; nor getpass
    (with termios and pwd: who changes a file is asked only when something is written)."""
    heavy = (
        "PySide6", "reportlab", "pypdf", "babel", "ksdesk.core.team", "ksdesk.services.team",
        "ksdesk.interchange", "ksdesk.reports", "socket", "decimal", "platformdirs",
        "ksdesk.db.team_guard", "tempfile", "typing", "dataclasses", "inspect", "logging",
        "getpass", "ksdesk.db.lock",
    )  # fmt: skip
    probe = f"sorted(m for m in sys.modules if m.startswith({heavy!r}))"
    assert _loaded_by_sok(demo_path, tmp_path, ["delegation", "--json"], probe) == "[]"
    # Filtered too: the organ is found by its name alone, not read whole with its members.
    filtered = ["delegation", "--organ", "KS", "--ar", "2020", "--typ", "punkt", "--json"]
    assert _loaded_by_sok(demo_path, tmp_path, filtered, probe) == "[]"


def test_sok_as_text_loads_no_json(demo_path: Path, tmp_path: Path) -> None:
    """The secretary's own way, text in a terminal: json is loaded for --json only."""
    probe = "'json' in sys.modules"
    assert _loaded_by_sok(demo_path, tmp_path, ["delegation"], probe) == "False"


def test_sok_fills_what_the_index_lacks_first(
    demo_path: Path, capsys: pytest.CaptureFixture
) -> None:
    """A file holding a bilaga whose text is not read yet is opened for writing, the text
    read, then searched: the hit is there on the first search."""
    from datetime import date, time

    from ksdesk.core.meeting import Arende
    from ksdesk.services import meetings as meeting_service
    from ksdesk.services import search
    from ksdesk.services.store import open_database
    from tests.pdf_helpers import make_pdf

    store = open_database(demo_path)
    meeting, _ = meeting_service.create_meeting(store, "Kommunstyrelsen", date(2021, 2, 1), time(9))
    pdf = meeting_service.pdf_bilaga(make_pdf(1, "Kvarteret Domherren"), "domherre.pdf", "domherre")
    meeting.items.append(Arende("Detaljplan", bilagor=[pdf]))
    meeting_service.save_meeting(store, meeting)
    with store.atomic():  # as a file from before the index: the text never read
        store.db.execute("DELETE FROM file_text")
    store.close()
    code, out, err = _sok(capsys, "--db", str(demo_path), "domherren", "--json")
    assert code == 0 and "Läser texten" in err
    assert [hit["rubrik"] for hit in json.loads(out)] == ["domherre"]
    store = open_database(demo_path, read_only=True)
    try:
        assert search.index_complete(store)
    finally:
        store.close()


def test_sok_json_is_what_the_json_module_writes(demo_path: Path, tmp_path: Path) -> None:
    """--json is written without the json module: the same bytes as json.dump(indent=2,
    ensure_ascii=False), for quotes, backslashes, control characters, line separators and
    letters beyond Latin-1 too."""
    from ksdesk.cli.search_commands import hits_json
    from ksdesk.core.search import Hit

    odd = 'citat "så" \\ C:\\mapp\n\tflik \x01\x1f\x7f \u2028 Skер ✓ 😀'
    hits = [Hit("arende", "Kommunstyrelsen", "2020-12-07", odd, f"**{odd}**", "u-1")] * 2
    for listed in ([], hits[:1], hits):
        records = [hit.as_json() for hit in listed]
        assert hits_json(listed) == json.dumps(records, ensure_ascii=False, indent=2)


def test_sok_json_writes_bidi_controls_as_escapes_as_every_json_output_does() -> None:
    """print_json writes a bidi control as its escape (printed as itself it turns the
    terminal's text backwards); `sok --json`, written without the json module, wrote it raw."""
    from ksdesk.cli.search_commands import hits_json
    from ksdesk.core.search import Hit

    turned = "Protokoll \u202efdp.exe \u2066x\u2069"
    written = hits_json([Hit("bilaga", "Kommunstyrelsen", "2020-12-07", turned, turned, "u-1")])
    assert not any(0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in written)
    assert json.loads(written)[0]["rubrik"] == turned


def test_sok_json_loads_no_json_package(demo_path: Path, tmp_path: Path) -> None:
    probe = "[m for m in ('json', '_json') if m in sys.modules]"
    assert _loaded_by_sok(demo_path, tmp_path, ["delegation", "--json"], probe) == "[]"


def test_sok_of_swedish_words_loads_no_unicode_tables(demo_path: Path, tmp_path: Path) -> None:
    """Words below U+0300 (å, ä, ö, é included) are NFC as typed and hold no look-alike
    letter: neither unicodedata nor core.lookalike is loaded to read them."""
    probe = "[m for m in ('unicodedata', 'ksdesk.core.lookalike') if m in sys.modules]"
    args = ['"gång- och cykelvägar" delegationsordning', "--json"]
    assert _loaded_by_sok(demo_path, tmp_path, args, probe) == "[]"


def test_json_shape_of_a_pdfmaker_bilaga_read_again_a_share_at_a_time(
    demo_path: Path, capsys: pytest.CaptureFixture
) -> None:
    """A PDFMaker form held by three bilagor, its text as an older ksdesk read it (pypdf's
    "Me dlem"), read again by the window a share of its bilagor at a time: between the
    shares and after them `ksdesk sok --json` gives the same six keys, each bilaga once."""
    from datetime import date, time

    from ksdesk.core.meeting import Arende
    from ksdesk.db import search_repo
    from ksdesk.db.migrations.m1806_pdf_text_reread import m1806_pdf_text_reread
    from ksdesk.interchange.pdf_text import pypdf_text
    from ksdesk.services import meetings as meeting_service
    from ksdesk.services import search
    from ksdesk.services.store import open_database
    from tests.interchange.word_pdf_files import BATPLATS

    store = open_database(demo_path)
    data = BATPLATS.read_bytes()
    meeting, _ = meeting_service.create_meeting(store, "Kommunstyrelsen", date(2021, 2, 1), time(9))
    bilagor = [
        meeting_service.pdf_bilaga(data, f"batplats {n}.pdf", f"batplats {n}") for n in (1, 2, 3)
    ]
    meeting.items.append(Arende("Båtplatser", bilagor=bilagor))
    meeting_service.save_meeting(store, meeting)
    with store.atomic():
        search_repo.put_texts(store, [(bilagor[0].sha256, pypdf_text(data))])
        m1806_pdf_text_reread(store.db)
    keys = ["typ", "organ", "datum", "rubrik", "utdrag", "ref"]

    def sok(word: str) -> list[dict]:
        code, out, _err = _sok(capsys, "--db", str(demo_path), word, "--typ", "bilaga", "--json")
        assert code == 0
        hits = json.loads(out)
        assert all(list(hit) == keys and hit["typ"] == "bilaga" for hit in hits)
        return sorted(hit["rubrik"] for hit in hits)

    store.close()
    assert sok("medlem") == [] and len(sok("dlem")) == 3
    store = open_database(demo_path)
    search.store_unread_beside(store, files=20, bilagor=2)
    store.close()
    assert sok("medlem") == ["batplats 1", "batplats 2"] and sok("dlem") == ["batplats 3"]
    store = open_database(demo_path)
    search.store_unread_beside(store, files=20, bilagor=2)
    store.close()
    assert sok("medlem") == ["batplats 1", "batplats 2", "batplats 3"] and sok("dlem") == []


def test_plain_output_prints_a_stored_bidi_control_as_nothing(
    demo_path: Path, capsys: pytest.CaptureFixture
) -> None:
    """A title stored with a bidi control (a file from an older ksdesk, a colleague's sync)
    turned the terminal's line backwards in every plain listing; the window shows it
    without, and so does the command line now. --json keeps it, as an escape."""
    from ksdesk.db.connection import open_store
    from ksdesk.services import meetings

    store = open_store(demo_path)
    try:
        meeting = meetings.get_meeting(store, meetings.list_meetings(store)[0].id)
        meeting.items[2].title = "Domherre \u202eredovisning\u202c av läget"
        meetings.save_meeting(store, meeting)
    finally:
        store.close()
    code, out, err = _sok(capsys, "--db", str(demo_path), "domherre")
    assert code == 0 and "Domherre redovisning av läget" in out
    assert not any(0x202A <= ord(c) <= 0x202E for c in out + err)
    code, out, _err = _sok(capsys, "--db", str(demo_path), "domherre", "--json")
    assert json.loads(out)[0]["rubrik"] == "Domherre \u202eredovisning\u202c av läget"


def test_the_command_lines_bidi_controls_are_the_windows() -> None:
    """cli.plain_output keeps its own table of them (core.glyphs is not loaded by --help)."""
    from ksdesk.cli.plain_output import TURN_CODES
    from ksdesk.core.glyphs import TURNS

    assert {code for code in range(0x10000) if TURNS.match(chr(code))} == set(TURN_CODES)


def test_text_output_shows_no_markers_and_says_a_title_once(
    demo_path: Path, capsys: pytest.CaptureFixture
) -> None:
    """The terminal showed the JSON's markers ("**delegationsordning**") and, for a bilaga
    found by its title, the same title twice. Written to a pipe the text is plain; in a
    terminal the words that matched are bold."""
    from ksdesk.cli.search_commands import shown_utdrag

    code, out, _err = _sok(capsys, "--db", str(demo_path), "delegationsordning")
    assert code == 0 and "delegationsordning" in out
    assert MARK not in out
    titles = [line.split(": ", 1)[1] for line in out.splitlines() if not line.startswith("    ")]
    excerpts = [line.strip() for line in out.splitlines() if line.startswith("    ")]
    assert titles and not set(titles) & set(excerpts)
    marked = f"Reviderad {MARK}delegationsordning{MARK} för {MARK}kommunstyrelsen{MARK}"
    assert shown_utdrag(marked, bold=True) == (
        "Reviderad \x1b[1mdelegationsordning\x1b[22m för \x1b[1mkommunstyrelsen\x1b[22m"
    )
    assert shown_utdrag(marked, bold=False) == "Reviderad delegationsordning för kommunstyrelsen"
    assert shown_utdrag(f"a {MARK} b", bold=True) == f"a {MARK} b"  # unpaired: as written


def test_bold_only_where_the_terminal_shows_it() -> None:
    """Windows' own console printed the escape for bold as "←[1mdelegationsordning←[22m"
    (16d7c0fb bolded every terminal); Windows Terminal (WT_SESSION) shows it as bold."""
    from ksdesk.cli.search_commands import takes_bold

    assert takes_bold({}, "posix")
    assert not takes_bold({}, "nt")
    assert takes_bold({"WT_SESSION": "1"}, "nt")
    assert not takes_bold({"NO_COLOR": "1"}, "posix")
    assert not takes_bold({"TERM": "dumb"}, "posix")
