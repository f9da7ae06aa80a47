"""A kallelse PDF's table whose cells are set in the middle of their rows (pdfcentre38): a
one-line "12." beside a three-line title sits on its middle line, or between two of its
lines on a baseline of its own, and the Dnr and the förslag likewise. Before, the title's
first lines were read as a row without number and the kallelse was refused (2 of 4
Kungsbacka kallelse PDFs in a quick check), or, without a Dnr column, read wrong."""

from __future__ import annotations

import dataclasses
import operator

import pytest

from tests.interchange.kallelse_pdfs_kungsbacka import kungsbacka_table
from tests.interchange.real_agendas import RealAgenda, rows_read
from tests.interchange.real_agendas_fourteenth import _e, _list
from tests.interchange.real_agendas_fourteenth_ks import KS_2025_01

# Three columns as some kallelser set them: the number, the title with its Dnr on the cell's
# last line, the föredragande. The titles and Dnr are Nämnden för Vård & Omsorg's of
# 2025-03-20 (data/kungsbacka/vo/2025/2025-03-20/kallelse.md, an excerpt); the föredragande
# are invented.
_VO = _list(
    "vo/2025/2025-03-20",
    (
        ("§ 1", "Förändring av\närendelistan/Godkännande av\ndagordningen\nVO-2025-00006", ""),
        ("§ 2", "Årsrapport 2024 - Qvalify AB\nVO-2024-00357", "Eva Lind,\ncontroller"),
        (
            "§ 4",
            "Hantering av driftavtal med\nVardaga Äldreomsorg AB\ngällande Vickan vård-och\n"
            "omsorgsboende\nVO-2024-00112",
            "Per Ek",
        ),
        (
            "§ 10",
            "Information – Redovisning av\ndet pågående arbetet med för att\nminska den "
            "administrativa\nbördan samt digitalisering och\nArtificiell Intelligens (AI)\n"
            "satsning\nVO-2023-00117",
            "Anna Berg,\nverksamhetschef, och\nOla Sund, IT-strateg",
        ),
        ("§ 13", "Ordförandebeslut\nVO-2025-00005", ""),
    ),
    (
        _e(1, "Förändring av ärendelistan/Godkännande av dagordningen", "VO-2025-00006"),
        _e(2, "Årsrapport 2024 - Qvalify AB", "VO-2024-00357", "Eva Lind, controller"),
        _e(
            4,
            "Hantering av driftavtal med Vardaga Äldreomsorg AB gällande Vickan vård-och "
            "omsorgsboende",
            "VO-2024-00112",
            "Per Ek",
        ),
        _e(
            10,
            "Information – Redovisning av det pågående arbetet med för att minska den "
            "administrativa bördan samt digitalisering och Artificiell Intelligens (AI) satsning",
            "VO-2023-00117",
            "Anna Berg, verksamhetschef, och Ola Sund, IT-strateg",
        ),
        _e(13, "Ordförandebeslut", "VO-2025-00005"),
    ),
)
_VO = dataclasses.replace(_VO, header=("§", "Ärende", "Föredragande"))


@pytest.mark.parametrize("ruled", [True, None], ids=["rutnät", "utan linjer"])
def test_a_table_set_in_its_rows_middle_is_read_by_its_rows(ruled: bool | None) -> None:
    """Kommunstyrelsen 2025-01-21: headings, "Val av justerare" and a förslag of many lines
    beside a title of two, the number and the Dnr between two of its lines."""
    meeting = ("Kommunstyrelsen", "tisdagen den 21 januari 2025 kl. 13.00")
    pdf = kungsbacka_table(
        KS_2025_01, *meeting, ruled=bool(ruled), bare=ruled is None, valign="MIDDLE"
    )
    assert operator.eq(*rows_read(KS_2025_01, (pdf, "k.pdf")))


# One long title among short ones: its row alone tells the table is set in the middle.
_ONE_LONG = dataclasses.replace(
    _VO,
    rows=(("§ 1", "Val av justerare", ""), _VO.rows[3], ("§ 13", "Ordförandebeslut", "")),
    expected=(_e(1, "Val av justerare"), _VO.expected[3], _e(13, "Ordförandebeslut")),
)


@pytest.mark.parametrize(
    ("agenda", "valign"),
    [(_VO, "TOP"), (_VO, "MIDDLE"), (_ONE_LONG, "MIDDLE")],
    ids=["överst", "mitt", "en lång titel, mitt"],
)
def test_a_title_with_its_dnr_below_it_stays_whole_with_its_row(
    agenda: RealAgenda, valign: str
) -> None:
    """Number ("§ 10"), title with the Dnr on its cell's last line, föredragande: set at
    the top of its row or in its middle, each row read whole, the Dnr with its own title
    (before, in the middle, read wrong and not refused: each line of a title a row of its
    own, those above the number's line and the Dnr headings without number; with one long
    title, its first lines a heading)."""
    meeting = ("Nämnden för Vård & Omsorg", "torsdag den 20 mars 2025 kl. 14:00")
    pdf = kungsbacka_table(agenda, *meeting, ruled=False, bare=True, valign=valign)
    assert operator.eq(*rows_read(agenda, (pdf, "k.pdf")))
