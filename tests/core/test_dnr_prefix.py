"""A Dnr imported without the organ's prefix gets it, with a line in the report (walk29's
finding 6). Dnr shapes: Kungsbacka's kallelse and protokoll 2025-02-18 (kommunstyrelsen,
moggleif/kommunhandlingar data/kungsbacka/ks/2025/2025-02-18/)."""

from __future__ import annotations

from ksdesk.core.dnr_prefix import add_organ_prefix
from ksdesk.core.import_report import ImportReport
from ksdesk.core.meeting import Arende


def test_a_dnr_without_the_organs_prefix_gets_it_and_says_so():
    items = [Arende("Årsredovisning 2024", dnr="2024-00365"), Arende("Budget", dnr="2024/12")]
    report = ImportReport("dagordning", "kallelse.pdf")
    add_organ_prefix(items, ["KS-2020-00313", "KS-2023-00584", "2021-00001"], report)
    assert [item.dnr for item in items] == ["KS-2024-00365", "2024/12"]  # another shape: kept
    assert len(report.changed) == 1 and "KS-2024-00365" in report.changed[0].sentence()


def test_two_prefixes_of_the_shape_leave_it_as_typed():
    items = [Arende("Årsredovisning 2024", dnr="2024-00365")]
    add_organ_prefix(items, ["KS-2020-00313", "MH-2023-00584"], ImportReport("x", "y"))
    assert items[0].dnr == "2024-00365"


def test_many_changed_are_one_line_naming_each():
    items = [Arende(f"Ärende {n}", dnr=f"2025-{n:05d}") for n in range(1, 6)]
    report = ImportReport("tjänsteskrivelse", "ts.docx")
    add_organ_prefix(items, ["KS-2024-00365"], report)
    assert [line.sentence() for line in report.changed] == [
        "Ärendelistan: 5 diarienummer skrivs med KS- (som nämndens övriga: 2025-00001 → "
        "KS-2025-00001, 2025-00002 → KS-2025-00002, 2025-00003 → KS-2025-00003, 2025-00004 → "
        "KS-2025-00004, 2025-00005 → KS-2025-00005; ändra under fliken Kallelse om det är fel)"
    ]


def test_the_word_dnr_is_no_diarium_prefix():
    """ "Dnr 2024-00365" typed with its word is a bare Dnr: it gave "DNR 2024-00366"."""
    items = [Arende("Budget", dnr="2024-00366")]
    add_organ_prefix(items, ["Dnr 2024-00365", "dnr. 2023-00001"], ImportReport("x", "y"))
    assert items[0].dnr == "2024-00366"
