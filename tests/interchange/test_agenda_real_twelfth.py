"""The ärendelistor of real_agendas_twelfth.py (Åland's sammanträdeskallelser) imported row
by row, pasted, as Word and as a kallelse's PDF in each layout, and the shapes they brought:
the organ's code before each number ("KS 305" in a Nr cell was no number) and a list whose
last title starts with a heading's word ("11. ÄRENDEN TILL KÄNNEDOM.": in a numbered PDF
its line was taken for the rubrikrad, and the ärenden above it left out as lines before the
list)."""

from __future__ import annotations

import operator

import pytest

from ksdesk.interchange.agenda_header import is_rubrikrad
from ksdesk.interchange.agenda_import import read_agenda
from ksdesk.interchange.agenda_rows import read_nr
from tests.interchange import kallelse_pdfs
from tests.interchange.real_agenda_groups import as_word
from tests.interchange.real_agendas import RealAgenda, rows_read
from tests.interchange.real_agendas_fourth import build_fourth
from tests.interchange.real_agendas_twelfth import TWELFTH_AGENDAS

_TABLES = [a for a in TWELFTH_AGENDAS if a.kind == "csv"]


@pytest.mark.parametrize("agenda", TWELFTH_AGENDAS, ids=lambda a: a.name)
def test_each_row_of_a_twelfth_real_agenda_is_read_right(agenda: RealAgenda) -> None:
    assert operator.eq(*rows_read(agenda, build_fourth(agenda)))
    assert operator.eq(*rows_read(agenda, (as_word(agenda), f"{agenda.name}.docx")))


@pytest.mark.parametrize("layout", ["ruled_table", "tab_stops", "numbered_list"])
@pytest.mark.parametrize("agenda", _TABLES, ids=lambda a: a.name)
def test_each_twelfth_list_is_read_right_from_a_kallelse_pdf(
    agenda: RealAgenda, layout: str
) -> None:
    data = getattr(kallelse_pdfs, layout)(agenda, "Kommunstyrelsen", "2018-02-12")
    assert operator.eq(*rows_read(agenda, (data, "kallelse.pdf")))


def test_the_organs_code_before_a_number_is_the_paragraphs_number() -> None:
    """Eckerö's "KS 305" in the Nr column was read as a code, the row left without number;
    a code with the number run on (Borås' "SP8", "KC2") is still none."""
    assert read_nr("KS 305").number == 305  # type: ignore[union-attr]
    assert read_nr("KF 104.").number == 104  # type: ignore[union-attr]
    assert read_nr("SP8").number is None  # type: ignore[union-attr]
    read = read_agenda(b"KS 305. Kallelse\nKS 306. Budget 2018\n", "lista.txt")
    assert read.numbers == [305, 306] and read.items[0].title == "Kallelse"


def test_a_row_with_a_number_in_its_own_cell_is_no_rubrikrad() -> None:
    assert not is_rubrikrad(["11.", "ÄRENDEN TILL KÄNNEDOM."])
    assert is_rubrikrad(["Nr", "Ärenden"])
