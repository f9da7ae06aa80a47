"""A tjänsteskrivelse or a protokoll chosen by mistake as an ärendelista: its att-satser
("1. Kommunstyrelsen fastställer …") or its §§ were read as ärenden, or it was refused for a
missing "kolumnen Ärende". It is refused saying what the file seems to be and what to choose;
a kallelse whose list sits among such words is still read."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ksdesk.core.errors import InvalidInput
from ksdesk.interchange.agenda_import import read_agenda
from tests.interchange.real_agenda_groups import saved
from tests.interchange.real_tjansteskrivelser import write_ludvika_437

_PDFS = Path(__file__).parent / "libreoffice_pdfs"


@pytest.mark.parametrize(
    "name", ["ludvika_437.pdf", "tyreso_korta_carlito.pdf", "tranas.pdf", "karlskoga.pdf"]
)
def test_a_tjansteskrivelse_pdf_is_refused_as_one(name: str) -> None:
    """Ludvika's and Tyresö's numbered att-satser were read as five ärenden; Tranås's and
    Karlskoga's refused for "kolumnen Ärende saknas"."""
    with pytest.raises(InvalidInput) as refused:
        read_agenda((_PDFS / name).read_bytes(), name)
    said = str(refused.value)
    assert said.startswith(f"{name} ser ut att vara en tjänsteskrivelse (")
    assert "inte en ärendelista" in said and "kallelse eller föredragningslista" in said
    assert "Tjänsteskrivelse från Word eller PDF till markerat ärende" in said


def test_a_tjansteskrivelse_in_word_is_refused_as_one(tmp_path: Path) -> None:
    write_ludvika_437(tmp_path / "ts.docx")
    with pytest.raises(InvalidInput, match=r"ts\.docx ser ut att vara en tjänsteskrivelse"):
        read_agenda((tmp_path / "ts.docx").read_bytes(), "ts.docx")


def _protokoll() -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    lines = [
        "SAMMANTRÄDESPROTOKOLL",
        "Kommunstyrelsen 2020-12-07",
        "Justerare Eva Ek",
        "§ 12 Budget 2021",
        "Dnr KS 2020/434",
        "Beslut",
        "Kommunstyrelsen beslutar",
        "att anta budgeten för 2021.",
        "§ 13 Val av ombud",
        "Beslut",
        "1. Anna Berg väljs till ombud.",
        "2. Lars Holm väljs till ersättare.",
    ]
    for at, text in enumerate(lines):
        canvas.drawString(72, 780 - 16 * at, text)
    canvas.save()
    return out.getvalue()


def test_a_protokoll_is_refused_as_one() -> None:
    with pytest.raises(InvalidInput) as refused:
        read_agenda(_protokoll(), "protokoll.pdf")
    assert str(refused.value).startswith(
        "protokoll.pdf ser ut att vara ett protokoll (”SAMMANTRÄDESPROTOKOLL” överst, "
        "paragrafer som ”§ 12” och ”Justerare”), inte en ärendelista."
    )


def test_a_kallelse_with_forslag_till_beslut_and_a_bakgrund_is_read() -> None:
    """A kallelse's list whose rows have a Dnr is a list, whatever words stand around it."""
    document = docx.Document()
    for text in (
        "KALLELSE",
        "Bakgrund",
        "Förslag till beslut lämnas på sammanträdet.",
        "1. Val av justerare",
        "2. Budget 2021    KS 2020/434",
        "3. Detaljplan för Eken    KS 2020/12",
    ):
        document.add_paragraph(text)
    read = read_agenda(saved(document), "kallelse.docx")
    assert [(n, i.dnr) for n, i in zip(read.numbers, read.items, strict=True)] == [
        (1, ""),
        (2, "KS 2020/434"),
        (3, "KS 2020/12"),
    ]
