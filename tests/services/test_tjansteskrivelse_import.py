"""Importing a tjänsteskrivelse from Word onto an ärende of the demo meeting (Ludvika KS
2020-12-07): planned without saving, saved whole, a Dnr naming another ärende warned about,
one already there kept unless replacing is asked for, and personal data in the imported
text masked in the public packet as typed text is."""

from __future__ import annotations

from datetime import date

import docx
import pytest

from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.db import meeting_repo
from ksdesk.services import public_copy
from ksdesk.services.packet import build_packet
from ksdesk.services.tjansteskrivelse_import import apply_import, import_file, plan_import
from tests.interchange.real_tjansteskrivelser import write_ludvika_434
from tests.pdf_helpers import pages_text

BUDGET_ROW = 2  # ärende 3, "Omfördelning av budgetmedel …", Dnr 2020/434
SBA_ROW = 5  # ärende 6, Stockholm Business Alliance, Dnr 2020/439


def _meeting(store):
    return meeting_repo.find_by_date(store, date(2020, 12, 7))


@pytest.fixture
def word_file(tmp_path):
    path = tmp_path / "KS 2020-434 tjänsteskrivelse.docx"
    write_ludvika_434(path)
    return path


def test_plan_puts_the_file_on_the_arende_and_saves_nothing(demo_store, word_file):
    meeting = _meeting(demo_store)
    before = meeting.items[BUDGET_ROW].tjansteskrivelse
    planned = plan_import(demo_store, meeting.id, BUDGET_ROW, word_file)
    assert planned.replaces
    ts = planned.item.tjansteskrivelse
    assert (ts.handlaggare, ts.epost) == ("Jessica Hedlund", "jessica.hedlund@ludvika.se")
    assert ts.id == before.id  # the same stored row, its content replaced
    said = [line.text for line in planned.report.warnings]
    assert len(said) == 1 and "Spara ersätter den" in said[0]  # KS 2020/434 is its 2020/434
    assert _meeting(demo_store).items[BUDGET_ROW].tjansteskrivelse == before
    apply_import(demo_store, planned)
    saved = _meeting(demo_store).items[BUDGET_ROW].tjansteskrivelse
    assert saved.telefon == "86656" and len(saved.signatories) == 2
    assert saved.beslut_skickas_till == [
        "Samhällsbyggnadsnämnden",
        "Ekonomienheten för kännedom",
        "Akten",
    ]
    assert planned.report.saved


def test_a_pdf_saved_from_word_is_read_by_its_content(demo_store, word_file, tmp_path):
    """Ludvika's KS 2020/434 printed to PDF as Word does (tests/interchange/
    tjansteskrivelse_as_pdf), even named .docx: the same tjänsteskrivelse as from Word, and
    the report speaks of the PDF file."""
    from tests.interchange.tjansteskrivelse_as_pdf import write_pdf

    pdf = tmp_path / "skickad som pdf.docx"
    write_pdf(word_file, pdf)
    meeting = _meeting(demo_store)
    from_word = plan_import(demo_store, meeting.id, BUDGET_ROW, word_file).item
    planned = plan_import(demo_store, meeting.id, BUDGET_ROW, pdf)
    ts, word_ts = planned.item.tjansteskrivelse, from_word.tjansteskrivelse
    assert (ts.title, ts.diarienummer, ts.handlaggare) == (
        word_ts.title,
        word_ts.diarienummer,
        word_ts.handlaggare,
    )
    assert ts.forslag == word_ts.forslag and ts.sections == word_ts.sections
    assert "PDF-filens" in planned.report.warnings[0].text


def test_a_file_neither_word_nor_pdf_names_both(demo_store, tmp_path):
    """A PDF is told by its content: a text file named .pdf is refused as not what its name
    says (interchange.other_formats), a file of another name as neither Word nor PDF."""
    path = tmp_path / "inte.pdf"
    path.write_text("Förslag till beslut", encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"inte.pdf är ingen PDF-fil fast namnet slutar på"):
        plan_import(demo_store, _meeting(demo_store).id, BUDGET_ROW, path)
    path = path.rename(tmp_path / "inte.txt")
    with pytest.raises(InvalidInput, match=r"inget Word-dokument.*ingen PDF"):
        plan_import(demo_store, _meeting(demo_store).id, BUDGET_ROW, path)


def test_a_dnr_of_another_arende_is_warned_about(demo_store, word_file):
    planned = plan_import(demo_store, _meeting(demo_store).id, SBA_ROW, word_file)
    said = " ".join(line.text for line in planned.report.warnings)
    assert "KS 2020/434" in said and "2020/439" in said


def test_a_file_that_is_another_arendes_is_refused_naming_both(demo_store, word_file):
    """walk34 #5: "Strandskyddsdispens för brygga" went onto the stående ärende "Anmälan av
    delegationsbeslut" unasked. Ludvika's KS 2020/434 onto the stående ärende 2 or onto
    ärende 6 (another title, another Dnr) is refused naming the ärende it fits; asked for,
    it is put there."""
    meeting_id = _meeting(demo_store).id
    with pytest.raises(InvalidInput) as refused:
        import_file(demo_store, meeting_id, 2, word_file)
    said = str(refused.value)
    assert "ärende 2 ”Anmälan av extra ärenden”, ett stående ärende: titeln skiljer sig" in said
    assert "Den passar ärende 3 ”Omfördelning av budgetmedel" in said and "--trots-fel" in said
    with pytest.raises(InvalidInput, match=r"ärende 6 .*titel och Dnr skiljer sig.*ärende 3"):
        import_file(demo_store, meeting_id, 6, word_file)
    assert _meeting(demo_store).items[1].tjansteskrivelse is None
    planned = import_file(demo_store, meeting_id, 2, word_file, anyway=True)
    assert planned.mismatch and _meeting(demo_store).items[1].tjansteskrivelse is not None


def test_the_command_line_keeps_a_tjansteskrivelse_unless_told(demo_store, word_file):
    meeting_id = _meeting(demo_store).id
    with pytest.raises(InvalidInput, match="redan en tjänsteskrivelse"):
        import_file(demo_store, meeting_id, 3, word_file)
    import_file(demo_store, meeting_id, 3, word_file, replace_existing=True)
    assert _meeting(demo_store).items[BUDGET_ROW].tjansteskrivelse.handlaggare == "Jessica Hedlund"


def test_an_arende_without_one_gets_it_and_its_title_when_the_file_has_none(demo_store, tmp_path):
    document = docx.Document()
    document.add_heading("Beskrivning av ärendet", 2)
    document.add_paragraph("Ordföranden informerar om arbetet i Bergslagens räddningstjänst.")
    document.save(tmp_path / "info.docx")
    meeting_id = _meeting(demo_store).id
    planned = import_file(demo_store, meeting_id, 7, tmp_path / "info.docx")
    assert not planned.replaces
    saved = _meeting(demo_store).items[6].tjansteskrivelse
    assert saved.title == "Ordförandeinformation"
    assert saved.sections[0].heading == "Beskrivning av ärendet"


def test_a_missing_number_is_refused(demo_store, word_file):
    with pytest.raises(NotFound, match="inget ärende 12"):
        import_file(demo_store, _meeting(demo_store).id, 12, word_file)


def test_a_personnummer_in_an_imported_section_stays_out_of_the_public_packet(demo_store, tmp_path):
    """The imported text is the tjänsteskrivelse's own text: the public copy masks it."""
    path = tmp_path / "434.docx"
    write_ludvika_434(path)
    document = docx.Document(str(path))
    beskrivning = next(p for p in document.paragraphs if p.text.startswith("De förlorade"))
    beskrivning.add_run(" Sökande: Anna Andersson, 811218-9876.")
    document.save(path)
    meeting_id = _meeting(demo_store).id
    apply_import(demo_store, plan_import(demo_store, meeting_id, BUDGET_ROW, path))
    hits = public_copy.scan_public(demo_store, meeting_id)
    assert hits, "the imported personnummer is found by the public check"
    public_copy.decide(demo_store, meeting_id, [h.key for h in hits], "maskera", by="Test")
    text = " ".join(pages_text(build_packet(demo_store, meeting_id, public=True).pdf))
    assert "811218" not in text and "Sökande: [namn borttaget], XXXXXX-XXXX" in text
    internal = " ".join(pages_text(build_packet(demo_store, meeting_id).pdf))
    assert "811218-9876" in internal  # the members' packet keeps what the handläggare wrote
