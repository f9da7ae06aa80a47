"""Last meeting's kallelse as the PDF on the kommun's web site, imported as a file: refused
before with advice to import the Word original, since ksdesk's page reader joins a row's cells
with single spaces ("… till KS 2020/434 samhällsbyggnadsnämnden"). Read now as the text copied
out of it with its columns a tab apart: ksdesk's own kallelse and four real lists in their
kommuner's layouts (tests/interchange/kallelse_pdfs.py) read row for row as the lists are;
the running header and footer reported for each page, never part of a title."""

from __future__ import annotations

import io
import shlex
from pathlib import Path

import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from ksdesk.cli import main
from ksdesk.core.dnr import parse_dnr
from ksdesk.core.errors import InvalidInput
from ksdesk.interchange.agenda_import import read_agenda
from tests.interchange.kallelse_pdfs import REAL_KALLELSER, ruled_table
from tests.interchange.real_agendas import RealAgenda
from tests.interchange.real_agendas_fourth import HULTSFRED_KF_2018
from tests.interchange.real_agendas_more import STOCKHOLM_ALDRE_2013


def _fields(read) -> list[tuple]:
    return [
        (n, i.title, i.dnr, parse_dnr(i.dnr).key, i.is_section, i.time_slot, i.presenter)
        for n, i in zip(read.numbers, read.items, strict=True)
    ]


def _kallelse_id(value: object) -> str | None:
    """A case's name as its id; the list and the maker get none (their repr holds a memory
    address, which differs between pytest-xdist's workers: they must collect alike)."""
    return value if isinstance(value, str) else ""


@pytest.mark.parametrize(("name", "agenda", "make"), REAL_KALLELSER, ids=_kallelse_id)
def test_every_row_of_a_real_kallelse_in_pdf_is_read_as_the_list_has_it(
    name: str, agenda: RealAgenda, make
) -> None:
    expected = [
        (e.nr, e.title, e.dnr, e.key, e.section, e.time_slot, e.presenter) for e in agenda.expected
    ]
    assert _fields(read_agenda(make(), f"{name}.pdf")) == expected


@pytest.mark.parametrize(("name", "agenda", "make"), REAL_KALLELSER, ids=_kallelse_id)
def test_the_running_header_and_footer_are_reported_for_each_page_never_read(
    name: str, agenda: RealAgenda, make
) -> None:
    read = read_agenda(make(), f"{name}.pdf")
    edges = [line for line in read.report.dropped if line.why == "sidhuvud eller sidfot"]
    pages = {line.where.split(",")[0] for line in edges}
    assert pages == {"Sida 1", "Sida 2"} or len(pages) > 2
    assert all(line.where.startswith("Sida ") and ", rad " in line.where for line in edges)
    assert not any("KALLELSE" in i.title or "Postadress" in i.title for i in read.items)
    assert read.report.read[0].endswith("sidor i PDF-filen")


def test_a_tables_rubrikrad_repeated_on_the_next_page_is_said_once_there() -> None:
    name, _agenda, make = REAL_KALLELSER[0]
    read = read_agenda(make(), f"{name}.pdf")
    repeated = [line for line in read.report.dropped if "upprepad" in line.why]
    assert [(line.where.split(",")[0], line.text) for line in repeated] == [
        ("Sida 2", "Nr Ärende Dnr")
    ]


def test_the_signatures_after_the_table_are_reported_with_their_page_and_line() -> None:
    name, _agenda, make = REAL_KALLELSER[0]
    report = read_agenda(make(), f"{name}.pdf").report
    after = {line.text: line.where for line in report.dropped if "sista ärende" in line.why}
    assert set(after) == {"Eva Ek Lars Berg", "ordförande sekreterare"}
    assert all(where.startswith("Sida 2, rad ") for where in after.values())


def test_a_title_wrapping_in_its_cell_stays_one_title() -> None:
    """Stockholm's row 9 runs over three lines of its cell; its Dnr stands on the first."""
    name, _agenda, make = REAL_KALLELSER[0]
    titles = {i.title: i.dnr for i in read_agenda(make(), f"{name}.pdf").items}
    title = (
        'Revisionsrapport 2013:5 "Avvikelsehantering inom äldreomsorgen" Stadsrevisionen, för '
        "yttrande senast den 24 maj 2013 (dnr 420-145-2012)"
    )
    assert titles[title] == "106-156/2013"


def test_ksdesks_own_kallelse_is_imported_by_the_command_line(tmp_path: Path, capsys) -> None:
    db, pdf = tmp_path / "k.db", tmp_path / "kallelse.pdf"
    main(["demo", "--db", str(db)])
    main(shlex.split(f"kallelse --db {db} --meeting 2020-12-07 --out {pdf}"))
    organ = ["--organ", "Kommunstyrelsen"]
    main(["meeting", "create", "--db", str(db), *organ, "--date", "2021-12-06", "--time", "14.00"])
    capsys.readouterr()
    assert main(shlex.split(f"agenda import --db {db} --meeting 2021-12-06 {pdf}")) == 0
    said = capsys.readouterr().out
    assert "Sida 1, rad 12" not in said  # the rubrikrad is read, not reported
    assert "sidan 1 av 1 i PDF-filen" in said
    main(shlex.split(f"agenda import --db {db} --meeting 2021-12-06 {pdf} --dry-run --json"))
    assert "Omfördelning av budgetmedel" in capsys.readouterr().out


def test_ksdesks_own_kallelse_reads_its_dnr_apart_from_the_title(tmp_path: Path) -> None:
    """The row the single-spaced text ran together: "… till KS 2020/434 samhällsbyggnads-
    nämnden" (the title wraps in its cell, the Dnr stands on its first line)."""
    db, pdf = tmp_path / "k.db", tmp_path / "kallelse.pdf"
    main(["demo", "--db", str(db)])
    main(shlex.split(f"kallelse --db {db} --meeting 2020-12-07 --out {pdf}"))
    read = read_agenda(pdf.read_bytes(), "kallelse.pdf")
    rows = {i.title: i.dnr for i in read.items}
    title = "Omfördelning av budgetmedel från kommunstyrelsen till samhällsbyggnadsnämnden"
    assert rows[title] == "KS 2020/434"
    assert rows["Stockholm Business Alliance"] == "2020/439"


def _scanned() -> bytes:
    picture = io.BytesIO()
    Image.new("L", (200, 280), 255).save(picture, "PNG")
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.drawImage(ImageReader(io.BytesIO(picture.getvalue())), 0, 0, *A4)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_a_scanned_kallelse_is_refused_saying_so_and_what_to_do() -> None:
    with pytest.raises(InvalidInput) as refused:
        read_agenda(_scanned(), "skannad.pdf")
    said = str(refused.value)
    assert said.startswith("skannad.pdf har ingen text att läsa")
    assert "inskannad" in said and "Word" in said


def test_a_pdf_without_a_list_gets_the_text_routes_message_with_its_place() -> None:
    lines = ["Tjänsteskrivelse", "Förvaltningen föreslår att nämnden godkänner budgeten."]
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    for at, text in enumerate(lines):
        canvas.drawString(72, 760 - 16 * at, text)
    canvas.save()
    with pytest.raises(InvalidInput) as as_text:
        read_agenda("\n".join(lines).encode(), "brev.pdf")
    with pytest.raises(InvalidInput) as as_pdf:
        read_agenda(out.getvalue(), "brev.pdf")
    said = str(as_text.value).replace("brev.pdf, rad ", "brev.pdf, sida 1, rad ")
    assert str(as_pdf.value) == said


def test_a_landscape_table_without_vertical_rules_reads_its_five_columns() -> None:
    from tests.interchange.real_agendas_fourth import BEREDANDE_KS_2015

    read = read_agenda(ruled_table(BEREDANDE_KS_2015, "KS", "2015-03-24"), "ks.pdf")
    assert (read.items[0].dnr, read.items[0].presenter, read.items[0].time_slot) == (
        "2015/128 AKK",
        "Gösta Lind",
        "09.00–09.20",
    )


def test_the_lines_left_out_are_reported_top_to_bottom_page_by_page() -> None:
    name, _agenda, make = REAL_KALLELSER[0]
    wheres = [line.where for line in read_agenda(make(), f"{name}.pdf").report.dropped]
    pages_rows = [tuple(int(n) for n in w[5:].split(", rad ")) for w in wheres]
    assert wheres[0] == "Sida 1, rad 1" and pages_rows == sorted(pages_rows)


def test_a_page_whose_font_the_own_reader_cannot_read_is_read_by_pypdf_and_said(
    tmp_path: Path,
) -> None:
    """pypdf's text of the page goes the way a copy of it would: read as pasted text."""
    import pypdf

    from tests.interchange.test_beslut_text import _with_a_font_without_map

    db, pdf = tmp_path / "k.db", tmp_path / "kallelse.pdf"
    main(["demo", "--db", str(db)])
    main(shlex.split(f"kallelse --db {db} --meeting 2020-12-07 --out {pdf}"))
    data = _with_a_font_without_map(pdf.read_bytes(), 1)
    read = read_agenda(data, "kallelse.pdf")
    assert [(line.where, line.text) for line in read.report.warnings] == [
        ("Sida 1", "ksdesk:s läsare kan inte läsa typsnittet Nameless")
    ]
    assert "granska ärendena" in read.report.warnings[0].why
    text = pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text()
    pasted = read_agenda(text.encode("utf-8"), "kallelse.pdf")
    assert [i.title for i in read.items] == [i.title for i in pasted.items]
    assert len(read.items) == 7


def test_a_page_read_by_pypdf_has_its_running_header_and_footer_told() -> None:
    """pypdf gives page 2's header in parts ("KALLELSE Socialnämnden" over "2011-11-24 Sida
    2 (2)") with the footer under it: none was told, and page 1's header was read as the
    list's rubrikrad ("kolumnen Ärende saknas"). The list reads whole."""
    from tests.interchange.test_beslut_text import _with_a_font_without_map

    name, agenda, make = REAL_KALLELSER[3]
    read = read_agenda(_with_a_font_without_map(make(), 2), f"{name}.pdf")
    assert _fields(read) == [
        (e.nr, e.title, e.dnr, e.key, e.section, e.time_slot, e.presenter) for e in agenda.expected
    ]
    edges = [(d.where, d.text) for d in read.report.dropped if d.why == "sidhuvud eller sidfot"]
    assert edges[0] == ("Sida 1, rad 1", "KALLELSE Socialnämnden 2011-11-24 Sida 1 (2)")
    assert [where for where, _ in edges[-4:]] == [f"Sida 2, rad {n}" for n in range(1, 5)]


def test_a_kallelse_sent_with_its_handlingar_is_read_to_the_lists_end() -> None:
    """The handlingar after the list are no part of it: read to the page where the list's
    numbers stop following (it was read to page 12 whatever stood there)."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    for at, (nr, title) in enumerate(
        [("Nr", "Ärende"), ("1", "Val av justerare"), ("2", "Budget")]
    ):
        canvas.drawString(72, 760 - 16 * at, nr)
        canvas.drawString(110, 760 - 16 * at, title)
    canvas.showPage()
    for page in range(2, 31):
        canvas.drawString(72, 760, f"Handling {page}: tjänsteskrivelse")
        canvas.drawString(72, 740, "1. Bakgrund")
        canvas.drawString(72, 720, "2. Ärendet")
        canvas.showPage()
    canvas.save()
    read = read_agenda(out.getvalue(), "handlingar.pdf")
    assert [i.title for i in read.items] == ["Val av justerare", "Budget"]
    assert read.report.read[0] == "sidan 1 av 30 i PDF-filen"
    assert [(w.where, w.text, w.why) for w in read.report.warnings] == [
        ("Sidorna 2–30", "lästes inte in", "står efter ärendelistan: kallelsens handlingar")
    ]


@pytest.mark.parametrize("agenda", [STOCKHOLM_ALDRE_2013, HULTSFRED_KF_2018], ids=lambda a: a.name)
def test_a_list_after_a_long_inledning_is_found_where_it_stands(agenda: RealAgenda) -> None:
    """A kallelse of 100 pages, its list starting on page 14 after the ordförande's inledning
    and followed by the handlingar: read whole, the pages around it said, in under 2 s (it
    was refused: only the first 12 pages were read)."""
    import time

    from tests.interchange.long_kallelse_pdfs import long_kallelse

    data = long_kallelse(agenda, 14, 100)
    started = time.perf_counter()
    got, want = _as_read(agenda, data)
    assert time.perf_counter() - started < 2.0
    assert got == want
    read = read_agenda(data, "kallelse.pdf")
    pages = {1: "sidan 14 av 100 i PDF-filen", 2: "sidorna 14–15 av 100 i PDF-filen"}
    last = 13 + next(n for n, said in pages.items() if said in read.report.read)
    assert [(w.where, w.why) for w in read.report.warnings] == [
        ("Sidorna 1–13", "står före ärendelistan"),
        (f"Sidorna {last + 1}–100", "står efter ärendelistan: kallelsens handlingar"),
    ]


_WORD_PDFS = Path(__file__).parent / "word_pdfs"


def test_a_real_kallelse_from_word_and_pdfmaker_reads_its_numbered_dagordning() -> None:
    """Skarpöborgs fastighetsägareförening's kallelse as published (word_pdfs/README.md):
    the 21 points of its dagordning, a point wrapping onto the next line one title, the
    closing date line reported."""
    data = (_WORD_PDFS / "skarpo_kallelse_pdfmaker.pdf").read_bytes()
    read = read_agenda(data, "kallelse.pdf")
    assert read.numbers == list(range(1, 22))
    assert read.items[6].title == (
        "Föredragning av årsredovisning inklusive förvaltningsberättelse. (finns på hemsidan "
        "14 dagar innan stämman)"
    )
    assert read.items[-1].title == "Stämmans avslutande."
    assert ("Sida 1, rad 33", "Stockholm den 1 juni 2022") in [
        (line.where, line.text) for line in read.report.dropped
    ]


def test_a_forms_tick_boxes_drawn_as_code_zero_do_not_make_it_no_text_file() -> None:
    """The förening's form draws its tick boxes with code 0: the text was refused as "ingen
    textfil"; it is a PDF without a list, and says so as the text route does."""
    data = (_WORD_PDFS / "skarpo_batplats_pdfmaker.pdf").read_bytes()
    with pytest.raises(InvalidInput, match="kolumnen Ärende saknas"):
        read_agenda(data, "ansokan.pdf")


def _as_read(agenda: RealAgenda, data: bytes) -> tuple[list[tuple], list[tuple]]:
    read = read_agenda(data, "kallelse.pdf")
    got = [
        (n, i.title, i.dnr, i.is_section, i.presenter)
        for n, i in zip(read.numbers, read.items, strict=True)
    ]
    want = [(e.nr, e.title, e.dnr, e.section, e.presenter) for e in agenda.expected]
    return got, want


def test_numbers_in_a_column_without_heading_are_the_nr() -> None:
    """Ludvika's table has no "Nr" over its numbers: they stood in the Ärende column."""
    from tests.interchange.real_agendas import LUDVIKA_KS_2020

    got, want = _as_read(LUDVIKA_KS_2020, ruled_table(LUDVIKA_KS_2020, "KS", "2020-12-07"))
    assert got == want


def test_the_foredragande_on_the_cells_last_line_under_arende_foredragande() -> None:
    """Höör's "Ärende/Föredragande": a line broken short in its cell stays a line of its own,
    so the name on the last one is the föredragande."""
    from tests.interchange.real_agendas_third import HOOR_BUN_2018

    got, want = _as_read(HOOR_BUN_2018, ruled_table(HOOR_BUN_2018, "BUN", "2018-06-18"))
    assert got[3] == want[3] == (4, "Information GDPR", "", False, "Per Ask")
    assert got == want


def test_names_after_a_full_title_line_under_arende_foredragande_are_the_foredragande() -> None:
    """Höör's item 9 fills its title's line, its names on the next: "Sara Holm och Linda
    Mäkinen" was read into the title (12/13), in the table and set with tab stops alike."""
    from tests.interchange.kallelse_pdfs import tab_stops
    from tests.interchange.real_agendas_third import HOOR_BUN_2018

    got, want = _as_read(HOOR_BUN_2018, tab_stops(HOOR_BUN_2018, "BUN", "2018-06-18"))
    assert got == want


def test_a_numbered_list_names_the_foredragande_on_the_line_under_the_title() -> None:
    """A numbered list has no column for who presents an ärende: the kallelse writes
    "Föredragande: Per Ask" under the title, as Skövde's "Politiskt föredragande: NN (M)"."""
    from tests.interchange.kallelse_pdfs import numbered_list
    from tests.interchange.real_agendas_third import HOOR_BUN_2018

    got, want = _as_read(HOOR_BUN_2018, numbered_list(HOOR_BUN_2018, "BUN", "2018-06-18"))
    assert got == want


@pytest.mark.parametrize("agenda_name", ["barnhemsgatan", "tyreso", "stockholm"])
def test_a_tab_stop_list_tells_a_cells_next_line_from_the_next_row(agenda_name: str) -> None:
    """Rows a line apart with delpunkter under short titles (Barnhemsgatan), a title's Dnr on
    its cell's second line (Tyresö), headings and titles of two lines (Stockholm)."""
    from tests.interchange import real_agendas
    from tests.interchange.kallelse_pdfs import tab_stops

    agenda = {
        "barnhemsgatan": real_agendas.SOCIALNAMNDEN_2012,
        "tyreso": real_agendas.TYRESO_KS_2018,
        "stockholm": real_agendas.STOCKHOLM_SOCN_2011,
    }[agenda_name]
    got, want = _as_read(agenda, tab_stops(agenda, "Nämnden", "2012-03-28"))
    assert got == want


def test_a_dnr_alone_at_the_foot_and_the_head_of_pages_is_no_running_footer() -> None:
    """Hultsfred's Dnr under each title: "2018/212" last on page 1 and "2018/213" first on
    page 2 are one line, digits aside, but they stand at no page's header or footer."""
    from tests.interchange.kallelse_pdfs import numbered_list
    from tests.interchange.real_agendas_fourth import HULTSFRED_KF_2018

    data = numbered_list(HULTSFRED_KF_2018, "Kommunfullmäktige", "2018-05-28")
    report = read_agenda(data, "kallelse.pdf").report
    edges = [line.text for line in report.dropped if line.why == "sidhuvud eller sidfot"]
    assert edges and not any("2018/21" in text for text in edges)


def test_a_dnr_alone_under_a_numbered_title_is_read_as_its_dnr_not_joined() -> None:
    """Hultsfred's list numbered, each Dnr ("2018/211") on the line under its title at the
    hanging indent: the line is the title's Dnr, not more of its title."""
    from tests.interchange.kallelse_pdfs import numbered_list
    from tests.interchange.real_agendas_fourth import HULTSFRED_KF_2018

    data = numbered_list(HULTSFRED_KF_2018, "Kommunfullmäktige", "2018-05-28")
    got, want = _as_read(HULTSFRED_KF_2018, data)
    assert got == want


def test_the_lists_heading_above_it_is_said_to_be_its_heading_not_maybe_an_arende() -> None:
    """Skarpöborg's "Dagordning:" over its numbered points was reported as perhaps the
    list's first ärende, to be added by hand."""
    data = (_WORD_PDFS / "skarpo_kallelse_pdfmaker.pdf").read_bytes()
    dropped = {line.text: line.why for line in read_agenda(data, "k.pdf").report.dropped}
    assert dropped["Dagordning:"] == "står före listan"
