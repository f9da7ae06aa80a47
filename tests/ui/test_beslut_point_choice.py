"""The point a delegationsbeslut rests on is chosen from a list whose rows are one line:
a point whose Ärende is a Word bullet list in its cell (Härjedalens kommun's
delegationsordning, source in tests/interchange/real_delegation_documents.write_herjedalen)
showed "1.2  Beslut om" over half of "- rivning av kommunägd byggnad"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ksdesk.core.delegation_choice import point_choice
from ksdesk.services import delegation_edit, delegation_import
from ksdesk.ui.dialogs.delegationsbeslut_form import BeslutForm
from tests.interchange.real_delegation_documents import write_herjedalen


def test_a_bulleted_point_is_one_line_in_the_list(qtbot, store, tmp_path: Path) -> None:
    write_herjedalen(tmp_path / "herjedalen.docx")
    version, _report = delegation_import.import_file(store, tmp_path / "herjedalen.docx")
    delegation_edit.adopt(store, version.id, date(2022, 6, 8), "46", "KS 2022/100")
    form = BeslutForm(store)
    qtbot.addWidget(form)
    form.date_edit.setDate(date(2022, 9, 1))
    texts = [form.point_combo.itemText(i) for i in range(form.point_combo.count())]
    assert texts[1] == (
        "1.2  Beslut om – rivning av kommunägd byggnad – försäljning av lös egendom"
        "  (1 Allmänna ärenden)"
    )
    assert not any("\n" in text for text in texts)


def test_a_long_point_is_cut_at_a_word() -> None:
    arende = "Beslut i ärenden som är så brådskande att styrelsens avgörande inte kan avvaktas"
    choice = point_choice("1.1", arende, "1 Allmänna ärenden", limit=40)
    assert choice == "1.1  Beslut i ärenden som är så brådskande…  (1 Allmänna ärenden)"
